// Who writes and how to call them back, second pass (opened set ZZZZZZZZZZZZZZZA): compound police
// ranks before a surname sign the mail, and "domattina" is a time to call, as "domani mattina".
import { checkTicket } from '../../../src/core/engine';

const rulesOf = (request: string, signature: string) =>
  checkTicket({
    subject: 'Verbali notificati via PEC non aggiornati',
    to: [{ address: 'polizia-locale@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'ricevute.pdf', size: 20_000, contentType: 'application/pdf' }],
    from: { name: 'Sergio Pellegrini', address: 's.pellegrini@comune.montefiore.example' },
    bodyText:
      'Buongiorno,\ni verbali notificati via PEC dal 3 novembre restano nello stato "inviato" anche se ' +
      `sono arrivate le ricevute di consegna, che vi allego.\n${request}\n\nCordiali saluti\n\n${signature}`,
  }).findings.map((f) => f.rule);
const office = 'Polizia Locale - Comune di Montefiore\n0736 890 215';

describe('a rank and a surname sign the mail', () => {
  test.each(['Comm. Agg. Pellegrini', 'Isp. Capo Pellegrini', 'Vice Comm. Pellegrini'])(
    '%s',
    (name) => {
      expect(rulesOf('Chiamatemi la mattina.', `${name}\n${office}`)).not.toContain(
        'signature-missing',
      );
    },
  );
});

describe('"domattina" as a time to call', () => {
  test.each([
    'Chiamatemi domattina.',
    'Oggi pomeriggio sono di pattuglia, meglio domattina.',
    'Meglio domani mattina.',
  ])('%s', (request) => {
    expect(rulesOf(request, `Sergio Pellegrini\n${office}`)).not.toContain('availability-missing');
  });
  test.each([
    'Vi mando il resto delle ricevute domattina.',
    'La scadenza per la notifica è domattina.',
  ])('not when it dates something else: %s', (request) => {
    expect(rulesOf(request, `Sergio Pellegrini\n${office}`)).toContain('availability-missing');
  });
});
