// A recipient fix in Thunderbird changes the one address it means to change and leaves every
// other entry of the field exactly as the user had it: address-book lists, a bare name, groups,
// "undisclosed-recipients:;", quoted names, address-book references.
import type { FixEdit } from '../../../src/core/types';
import { detailsForEdits } from '../../../src/hosts/thunderbird/compose-edits';
import { StaleEditError } from '../../../src/core/host/mail-host';

const operator = 'Marco Bianchi <marco.bianchi@palitalsoft.example>';
const ticket = { name: 'Tributi', address: 'tributi@ticket.palitalsoft.example' };

/** The personal-recipient fix as the engine builds it from the draft it read. */
const replaceOperator: FixEdit = {
  kind: 'set-recipients',
  field: 'to',
  recipients: [ticket, { address: 'anna.verdi@comune.fano.example.it' }],
  basedOn: [
    { name: 'Marco Bianchi', address: 'marco.bianchi@palitalsoft.example' },
    { address: 'anna.verdi@comune.fano.example.it' },
  ],
};

describe('recipient fixes in Thunderbird keep what they do not mean to change', () => {
  it.each([
    ['an address-book list shown by name', 'Lista Colleghi <Lista Colleghi>'],
    ['a bare name', 'Colleghi'],
    ['undisclosed recipients', 'undisclosed-recipients:;'],
    ['a group', 'Ufficio Tributi: a.rossi@comune.fano.example.it, b.neri@comune.fano.example.it;'],
    ['a quoted name with a comma', '"Verdi, Anna" <anna.verdi@comune.fano.example.it>'],
    ['a quoted name with quotes', '"Anna \\"Tributi\\" Verdi" <anna.verdi@comune.fano.example.it>'],
    ['an encoded name', '=?UTF-8?Q?Ren=C3=A9_Bianchi?= <rene@comune.fano.example.it>'],
  ])('%s stays verbatim, in its place', (_, entry) => {
    const update = detailsForEdits({ to: [entry, operator] }, [replaceOperator]);
    expect(update.to).toEqual([entry, 'Tributi <tributi@ticket.palitalsoft.example>']);
  });

  it('keeps address-book references in their place', () => {
    const card = { id: 'card-1', type: 'contact' as const };
    const list = { id: 'list-7', type: 'mailingList' as const };
    const update = detailsForEdits({ to: [card, operator, list] }, [replaceOperator]);
    expect(update.to).toEqual([card, 'Tributi <tributi@ticket.palitalsoft.example>', list]);
  });

  it('leaves an unchanged recipient as the user wrote it, not re-formatted', () => {
    const anna = '"Verdi, Anna" <Anna.Verdi@comune.fano.example.it>';
    const update = detailsForEdits({ to: [operator, anna] }, [replaceOperator]);
    expect(update.to).toEqual(['Tributi <tributi@ticket.palitalsoft.example>', anna]);
  });

  it('keeps an address typed since the check', () => {
    const update = detailsForEdits({ to: [operator, 'nuovo@comune.fano.example.it'] }, [
      replaceOperator,
    ]);
    expect(update.to).toEqual([
      'Tributi <tributi@ticket.palitalsoft.example>',
      'nuovo@comune.fano.example.it',
    ]);
  });

  it('does not put back a recipient the user removed since the check', () => {
    const update = detailsForEdits({ to: [operator] }, [replaceOperator]);
    expect(update.to).toEqual(['Tributi <tributi@ticket.palitalsoft.example>']);
  });

  it('does not double the module address when the user typed it meanwhile', () => {
    const update = detailsForEdits({ to: [operator, 'TRIBUTI@ticket.palitalsoft.example'] }, [
      replaceOperator,
    ]);
    expect(update.to).toEqual(['Tributi <tributi@ticket.palitalsoft.example>']);
  });
});

describe('subject fixes in Thunderbird', () => {
  const propose: FixEdit = { kind: 'set-subject', subject: 'Tributi – IMU', basedOn: 'Aiuto' };

  it('apply when the subject is the one the check saw', () => {
    expect(detailsForEdits({ subject: 'Aiuto' }, [propose])).toEqual({ subject: 'Tributi – IMU' });
  });

  it('are refused when the user changed the subject since', () => {
    expect(() => detailsForEdits({ subject: 'Tributi: errore IMU' }, [propose])).toThrow(
      StaleEditError,
    );
  });
});
