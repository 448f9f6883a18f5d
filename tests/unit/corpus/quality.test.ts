// The engine against the labelled corpus: every rule's F1 and the module and ticket-type accuracy
// must reach the quality goals on the dev set and on the validation set (written separately; the
// engine was tuned on both). Also checks that the committed .eml files are what the sources generate.
import { readdirSync, readFileSync } from 'node:fs';
import { renderSet } from '../../corpus/build-corpus';
import { QUALITY_GOALS, evaluateSet, type SetEvaluation } from '../../corpus/evaluate';
import { ALL_RULES, CORPUS_SETS, corpusDir, loadLabels } from '../../corpus/labels';

const MIN_POSITIVES = { dev: 5, validation: 2 } as const;
const MIN_TICKETS = { dev: 70, validation: 30 } as const;

describe.each(CORPUS_SETS)('corpus set %s', (set) => {
  let evaluation: SetEvaluation;

  beforeAll(async () => {
    evaluation = await evaluateSet(set);
  }, 60_000);

  it('is generated from its sources (run `npx tsx tests/corpus/build-corpus.ts` after editing)', () => {
    const { files } = renderSet(set);
    const onDisk = readdirSync(corpusDir(set)).sort();
    expect(onDisk).toEqual([...files.keys()].sort());
    const stale = [...files].filter(
      ([name, data]) => !readFileSync(`${corpusDir(set)}/${name}`).equals(data),
    );
    expect(stale.map(([name]) => name)).toEqual([]);
  });

  it('has enough tickets and positives of every rule', () => {
    const labels = loadLabels(set);
    expect(labels.length).toBeGreaterThanOrEqual(MIN_TICKETS[set]);
    const thin = ALL_RULES.filter(
      (rule) => labels.filter((l) => l.rules.includes(rule)).length < MIN_POSITIVES[set],
    );
    expect(thin).toEqual([]);
  });

  it('parses and checks every ticket without error', () => {
    expect(evaluation.tickets.filter((t) => t.error).map((t) => `${t.file}: ${t.error}`)).toEqual(
      [],
    );
  });

  it.each(ALL_RULES)(`rule %s reaches F1 >= ${QUALITY_GOALS.ruleF1}`, (rule) => {
    const score = evaluation.rules.find((r) => r.rule === rule)!;
    expectAtLeast(score.f1, QUALITY_GOALS.ruleF1, [
      ...evaluation.tickets
        .filter((t) => t.missing.includes(rule))
        .map((t) => `missed in ${t.file}`),
      ...evaluation.tickets
        .filter((t) => t.extra.includes(rule))
        .map((t) => `wrongly in ${t.file}`),
    ]);
  });

  it(`detects the module in at least ${QUALITY_GOALS.moduleAccuracy * 100}% of tickets`, () => {
    expectAtLeast(
      evaluation.moduleAccuracy,
      QUALITY_GOALS.moduleAccuracy,
      evaluation.tickets
        .filter((t) => t.moduleExpected !== t.moduleGot)
        .map((t) => `${t.file}: expected ${t.moduleExpected}, got ${t.moduleGot}`),
    );
  });

  it(`classifies the ticket type in at least ${QUALITY_GOALS.typeAccuracy * 100}% of tickets`, () => {
    expectAtLeast(
      evaluation.typeAccuracy,
      QUALITY_GOALS.typeAccuracy,
      evaluation.tickets
        .filter((t) => t.typeExpected !== t.typeGot)
        .map((t) => `${t.file}: expected ${t.typeExpected}, got ${t.typeGot}`),
    );
  });
});

/** Like toBeGreaterThanOrEqual, but a failure lists the tickets behind the number. */
function expectAtLeast(value: number, goal: number, details: string[]): void {
  if (value < goal) {
    throw new Error(`${value.toFixed(3)} is below the goal ${goal}:\n  ${details.join('\n  ')}`);
  }
  expect(value).toBeGreaterThanOrEqual(goal);
}
