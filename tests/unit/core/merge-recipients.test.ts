// A recipients fix computed from a draft a few seconds old must not drop an address the user has
// typed since: it is applied to the field as it is when the user clicks.
import { mergeRecipientEdit } from '../../../src/core/fixes/merge-recipients';
import type { FixEdit } from '../../../src/core/types';

const ticketAddress = { name: 'Tributi', address: 'tributi@ticket.palitalsoft.example' };
const personal = { address: 'mario.rossi@palitalsoft.example' };
const colleague = { address: 'anna.verdi@comune.rimini.it' };

const edit: Extract<FixEdit, { kind: 'set-recipients' }> = {
  kind: 'set-recipients',
  field: 'to',
  recipients: [ticketAddress],
  basedOn: [personal],
};

describe('mergeRecipientEdit', () => {
  test('keeps an address typed after the check, after the fixed list', () => {
    expect(mergeRecipientEdit([personal, colleague], edit)).toEqual([ticketAddress, colleague]);
  });
  test('the address the fix removes stays removed', () => {
    expect(mergeRecipientEdit([personal], edit)).toEqual([ticketAddress]);
  });
  test('an address the fix adds is not doubled when the user typed it too (any case)', () => {
    const typed = { address: 'Tributi@Ticket.Palitalsoft.example' };
    expect(mergeRecipientEdit([personal, typed], edit)).toEqual([ticketAddress]);
  });
  test('an edit without basedOn is applied as it is', () => {
    const plain = { ...edit, basedOn: undefined };
    expect(mergeRecipientEdit([personal, colleague], plain)).toEqual([ticketAddress]);
  });
});
