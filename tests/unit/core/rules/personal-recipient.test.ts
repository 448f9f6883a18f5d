import { personalRecipient } from '../../../../src/core/rules/personal-recipient';
import { goodSubject, moduleAddress, toModule } from './fixtures';
import { findingsOf, testRule, type InvalidCase } from './rule-tester';
import type { FixEdit, Recipient } from '../../../../src/core/types';
import { mergeRecipientEdit } from '../../../../src/core/fixes/merge-recipients';

// The subject makes the module Tributi, whose address replaces personal ones.
const subject = goodSubject;
const tributi = { name: 'Tributi', address: moduleAddress };

// Two personal addresses in To and one in Cc: the fixes are computed from the same draft.
const luca = { address: 'luca.ferri@palitalsoft.example' };
const anna = { address: 'anna.bianchi@palitalsoft.example' };
const giulia = { address: 'giulia.verdi@palitalsoft.example' };
const colleague = { address: 'collega@comune.rimini.it' };
// Each fix replaces only its own address; the module address is the same in both To fixes.
const toFix = (personal: Recipient) => ({
  id: 'use-module-address',
  edits: [
    {
      kind: 'set-recipients' as const,
      field: 'to' as const,
      recipients: [tributi],
      basedOn: [personal],
    },
  ],
});
const twoPersonal: InvalidCase = {
  name: 'two personal To and one Cc: the module is added once, in To; Cc is emptied',
  subject,
  draft: { to: [luca, colleague, anna], cc: [giulia] },
  findings: [
    { messageId: 'default', field: 'to', excerpt: luca.address, fix: toFix(luca) },
    { messageId: 'default', field: 'to', excerpt: anna.address, fix: toFix(anna) },
    {
      messageId: 'default',
      field: 'cc',
      excerpt: giulia.address,
      fix: {
        id: 'remove-personal-address',
        edits: [{ kind: 'set-recipients', field: 'cc', recipients: [], basedOn: [giulia] }],
      },
    },
  ],
};

testRule(personalRecipient, {
  valid: [
    {
      name: 'module, notification and outside addresses',
      subject,
      draft: {
        to: toModule,
        cc: [
          { address: 'noreply@ticket.palitalsoft.example' },
          { address: 'collega@comune.rimini.it' },
        ],
      },
    },
    ...[
      'help.desk@ticket.palitalsoft.example',
      'noreply@ticket.palitalsoft.example',
      // An old per-module mailbox: shared, however old (wrong-module-address tells about it).
      'assistenza.demografici@palitalsoft.example',
      'polizia-locale.supporto@palitalsoft.example',
      // What offices call their work, words run together, a number after a word.
      'assistenza.paghe@palitalsoft.example',
      'vigili@palitalsoft.example',
      'tributi.imu@palitalsoft.example',
      'helpdesk.polizialocale@palitalsoft.example',
      'assistenzatributi@palitalsoft.example',
      'tributi2@palitalsoft.example',
    ].map((address) => ({
      name: `a shared mailbox on the ticketing domain: ${address}`,
      subject,
      draft: { to: toModule, cc: [{ address }] },
    })),
  ],
  invalid: [
    {
      name: 'an operator mailbox in Cc, the module already in To: it is removed',
      subject,
      draft: { to: toModule, cc: [{ address: 'giulia.verdi@palitalsoft.example' }] },
      findings: [
        {
          messageId: 'default',
          severity: 'error',
          field: 'cc',
          excerpt: 'giulia.verdi@palitalsoft.example',
          data: { address: 'giulia.verdi@palitalsoft.example' },
          fix: {
            id: 'remove-personal-address',
            edits: [
              {
                kind: 'set-recipients',
                field: 'cc',
                recipients: [],
                basedOn: [{ address: 'giulia.verdi@palitalsoft.example' }],
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a personal To is replaced with the module address',
      subject,
      draft: { to: [{ address: 'marco@assistenza.palitalsoft.example' }] },
      findings: [
        {
          messageId: 'default',
          field: 'to',
          excerpt: 'marco@assistenza.palitalsoft.example',
          fix: {
            id: 'use-module-address',
            edits: [
              {
                kind: 'set-recipients',
                field: 'to',
                recipients: [tributi],
                basedOn: [{ address: 'marco@assistenza.palitalsoft.example' }],
              },
            ],
          },
        },
      ],
    },
    {
      name: 'an operator mailbox on the ticketing domain itself',
      subject,
      draft: { to: toModule, cc: [{ address: 'marta.rinaldi@ticket.palitalsoft.example' }] },
      findings: [
        {
          messageId: 'default',
          field: 'cc',
          excerpt: 'marta.rinaldi@ticket.palitalsoft.example',
        },
      ],
    },
    twoPersonal,
  ],
});

test.each([
  ['in order', [0, 1, 2]],
  ['in reverse', [2, 1, 0]],
])(
  'fixes for two personal addresses, applied one after another %s as hosts do, never put one back nor add the module twice',
  (_order, order) => {
    const after: Record<'to' | 'cc', Recipient[]> = { to: [luca, colleague, anna], cc: [giulia] };
    const edits: FixEdit[] = findingsOf(personalRecipient, twoPersonal).map(
      (f) => f.fix!.edits[0]!,
    );
    expect(edits).toHaveLength(3);
    for (const edit of order.map((i) => edits[i]!)) {
      if (edit.kind === 'set-recipients')
        after[edit.field] = mergeRecipientEdit(after[edit.field], edit);
    }
    expect(after.to.map((r) => r.address)).toEqual([moduleAddress, 'collega@comune.rimini.it']);
    expect(after.cc).toEqual([]);
  },
);

test('one fix replaces only its own address', () => {
  const [lucaFix] = findingsOf(personalRecipient, twoPersonal).map((f) => f.fix!.edits[0]!);
  if (lucaFix?.kind !== 'set-recipients') throw new Error('no recipients fix');
  expect(mergeRecipientEdit([luca, colleague, anna], lucaFix)).toEqual([tributi, colleague, anna]);
});
