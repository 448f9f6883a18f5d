// The phone in the settings is checked with the engine's own phone parser, so a saved number is
// one the phone rule will find in the signature it goes into.
import { checkTicket } from '../../../src/core';
import { checkPhoneSetting, isValidPhoneSetting } from '../../../src/core/phone/phone-setting';

describe('checkPhoneSetting', () => {
  it.each(['0721 887654', '0721/887654', '+39 0721 887654', '333 1234567', '333.123.45.67'])(
    'accepts the Italian number %j',
    (phone) => {
      expect(checkPhoneSetting(phone)).toMatchObject({ valid: true });
    },
  );

  it.each(['12345', 'chiamatemi', '0721', '+41 44 668 18 00'])('refuses %j', (phone) => {
    expect(checkPhoneSetting(phone)).toEqual({ valid: false, reason: 'not-a-phone' });
  });

  it('says an empty value is empty', () => {
    expect(checkPhoneSetting('   ')).toEqual({ valid: false, reason: 'empty' });
  });

  it('accepts exactly the numbers the phone rule then finds in the signature', () => {
    for (const phone of ['0721 887654', '333 1234567', '12345', '0721']) {
      const report = checkTicket(
        {
          subject: 'Tributi: errore IMU',
          bodyText: `Il calcolo IMU è errato.\n\nCordiali saluti\nMario Rossi\nTel. ${phone}`,
          to: [],
          cc: [],
          attachments: [],
        },
        { settings: { name: 'Mario Rossi', phone } },
      );
      const found = !report.findings.some((f) => f.rule === 'phone-missing');
      expect([phone, isValidPhoneSetting(phone)]).toEqual([phone, found]);
    }
  });
});
