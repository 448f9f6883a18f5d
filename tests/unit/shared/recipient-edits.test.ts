// The host-independent part of a recipient fix: what goes, what comes, what stays untouched.
import { applyRecipientEdit, mergeRecipientEdit } from '../../../src/core/fixes/merge-recipients';
import type { FixEdit, Recipient } from '../../../src/core/types';

const operator = { address: 'mario.rossi@palitalsoft.example' };
const ticket = { name: 'Tributi', address: 'tributi@ticket.palitalsoft.example' };
const anna = { name: 'Anna Verdi', address: 'anna.verdi@comune.rimini.it' };

const edit: Extract<FixEdit, { kind: 'set-recipients' }> = {
  kind: 'set-recipients',
  field: 'to',
  recipients: [ticket, anna],
  basedOn: [operator, anna],
};

describe('applyRecipientEdit', () => {
  it('puts the new address where the removed one was and leaves the rest in place', () => {
    expect(mergeRecipientEdit([anna, operator], edit)).toEqual([anna, ticket]);
  });

  it('returns the untouched entries themselves, not copies rebuilt from their address', () => {
    const annaAsTyped = { name: 'Verdi, Anna', address: 'Anna.Verdi@comune.rimini.it' };
    const out = mergeRecipientEdit([operator, annaAsTyped], edit);
    expect(out[1]).toBe(annaAsTyped);
  });

  it('keeps entries that are not one plain address, whatever the edit', () => {
    const shapes = ['Colleghi', 'undisclosed-recipients:;', 'Ufficio: a@x.it, b@x.it;', ''];
    const key = (entry: string) => (/^[^\s@]+@[^\s@]+$/.test(entry) ? entry : undefined);
    const out = applyRecipientEdit(
      [...shapes, operator.address],
      edit,
      key,
      (r: Recipient) => r.address,
    );
    expect(out).toEqual([...shapes, ticket.address]);
  });

  it('keeps an entry with an empty address (an unresolved name)', () => {
    const unresolved = { name: 'Colleghi', address: '' };
    expect(mergeRecipientEdit([unresolved, operator, anna], edit)).toEqual([
      unresolved,
      ticket,
      anna,
    ]);
  });

  it('adds the fix’s addresses first when the removed one is already gone', () => {
    expect(mergeRecipientEdit([anna], edit)).toEqual([ticket, anna]);
  });

  it('without basedOn, replaces the plain addresses and still keeps the rest', () => {
    const unresolved = { name: 'Colleghi', address: '' };
    const plain = { ...edit, recipients: [ticket], basedOn: undefined };
    expect(mergeRecipientEdit([operator, unresolved, anna], plain)).toEqual([ticket, unresolved]);
  });
});
