// ReDoS guard by measurement (issue 11): every rule stays linear on long runs of whitespace,
// punctuation and repeated words, in the subject and in the body. Each rule is timed alone on a
// context built beforehand, on an input and on 10× that input; linear is about 10, the
// ticket-number pattern that took 8 s on a subject of spaces was cubic. The bound is generous so
// a busy 2-core machine does not make it flaky; `npm run bench` prints the ratios.
import fc from 'fast-check';
import { buildContext } from '../../../src/core/context';
import { runRule } from '../../../src/core/engine';
import { rules } from '../../../src/core/rules';
import type { TicketDraft } from '../../../src/core/types';
import { growthRatio } from '../../support/growth';
import { draft } from './helpers';

/** Runs that make a backtracking pattern rescan: blanks, punctuation, words that repeat. */
const units = [
  ' ',
  '\t',
  '\n',
  ' \n ',
  '!',
  '.',
  ',',
  ':',
  '-',
  '#',
  '>',
  '> ',
  '*',
  '<',
  '0',
  '7 ',
  'a',
  'R: ',
  'ticket ',
  'ticket n ',
  'di ',
  'comune di ',
  'Errore ',
  'URGENTE ',
  'dalle 9 ',
  '0541 ',
  'Mario, ',
  'ha scritto ',
];

/** Subjects are read up to 1,000 characters: both sizes stay under it. */
const sizes = { subject: 80, body: 600 };

function drafted(field: 'subject' | 'body', head: string, unit: string, tail: string) {
  return (n: number): TicketDraft => {
    const run = head + unit.repeat(Math.ceil(n / unit.length)) + tail;
    return field === 'subject' ? draft({ subject: run }) : draft({ bodyText: run });
  };
}

const fields = ['subject', 'body'] as const;
const heads = ['R: ticket ', 'Buongiorno,\n', 'Comune di ', 'Sollecito: '];
const tails = [' x', ' 12345', '\nMario Rossi'];

test('every rule stays linear on long runs in the subject and the body', () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...fields),
      // A run of one unit, or of a few glued together ("> " + "\n", "di " + "!").
      fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 3 }).map((u) => u.join('')),
      fc.constantFrom(...heads),
      fc.constantFrom(...tails),
      (field, unit, head, tail) => {
        const make = drafted(field, head, unit, tail);
        const contexts = (n: number) => buildContext(make(n), {}).ctx;
        for (const rule of rules) {
          const ratio = growthRatio(contexts, (ctx) => runRule(rule, ctx), sizes[field], 1);
          if (ratio > 40) {
            throw new Error(
              `${rule.id}: ${ratio.toFixed(1)}× the time for 10× ${JSON.stringify(unit)} in the ${field}`,
            );
          }
        }
      },
    ),
    {
      numRuns: 8,
      // Every unit alone in both fields, between text (a run at the edge is trimmed away).
      examples: fields.flatMap((field) =>
        units.map((unit): [typeof field, string, string, string] => [
          field,
          unit,
          heads[0]!,
          tails[0]!,
        ]),
      ),
    },
  );
});
