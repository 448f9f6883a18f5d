// The engine against the labelled corpus. On the dev and validation sets (the engine was tuned on
// both) every rule's F1 and the module and ticket-type accuracy must reach the quality goals; the
// writers' batches tuned on since must keep the send figures users notice (false prompts, false
// blocks, missed blocks) and macro F1. Holdout sets (never used for tuning) are small per rule, so
// they guard macro F1 and the two accuracies. Every set must also be what its sources generate.
import { readdirSync, readFileSync } from 'node:fs';
import { renderSet } from '../../corpus/build-corpus';
import {
  BATCH_GOALS,
  HOLDOUT_GOALS,
  QUALITY_GOALS,
  evaluateSet,
  macroF1,
  type SetEvaluation,
} from '../../corpus/evaluate';
import {
  ALL_RULES,
  CORPUS_SETS,
  corpusDir,
  loadLabels,
  setInfo,
  type CorpusSet,
} from '../../corpus/labels';
import { SETS } from '../../corpus/sets';

const TUNED_SETS = ['dev', 'validation'] as const satisfies readonly CorpusSet[];
const setsWithRole = (role: string) =>
  SETS.filter((s) => s.role === role).map((s) => s.name as CorpusSet);
const TUNED_BATCHES = setsWithRole('tuned').filter(
  (s) => !(TUNED_SETS as readonly string[]).includes(s),
);
const HOLDOUT_SETS = setsWithRole('holdout');

// Each set is evaluated once, however many describe blocks look at it.
const evaluations = new Map<CorpusSet, Promise<SetEvaluation>>();
function evaluationOf(set: CorpusSet): Promise<SetEvaluation> {
  let pending = evaluations.get(set);
  if (!pending) {
    pending = evaluateSet(set);
    evaluations.set(set, pending);
  }
  return pending;
}

describe.each(CORPUS_SETS)('corpus set %s', (set) => {
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
    expect(labels.length).toBeGreaterThanOrEqual(setInfo(set).minTickets);
    const thin = ALL_RULES.filter(
      (rule) => labels.filter((l) => l.rules.includes(rule)).length < setInfo(set).minPositives,
    );
    expect(thin).toEqual([]);
  });

  it('parses and checks every ticket without error', async () => {
    const evaluation = await evaluationOf(set);
    expect(evaluation.tickets.filter((t) => t.error).map((t) => `${t.file}: ${t.error}`)).toEqual(
      [],
    );
  }, 60_000);
});

describe.each(TUNED_SETS)('tuned corpus set %s', (set) => {
  let evaluation: SetEvaluation;

  beforeAll(async () => {
    evaluation = await evaluationOf(set);
  }, 60_000);

  it.each(ALL_RULES)(`rule %s reaches F1 >= ${QUALITY_GOALS.ruleF1}`, (rule) => {
    const score = evaluation.rules.find((r) => r.rule === rule)!;
    expectAtLeast(score.f1, QUALITY_GOALS.ruleF1, ruleMisses(evaluation, rule));
  });

  it(`detects the module in at least ${QUALITY_GOALS.moduleAccuracy * 100}% of tickets`, () => {
    expectAtLeast(
      evaluation.moduleAccuracy,
      QUALITY_GOALS.moduleAccuracy,
      moduleMisses(evaluation),
    );
  });

  it(`classifies the ticket type in at least ${QUALITY_GOALS.typeAccuracy * 100}% of tickets`, () => {
    expectAtLeast(evaluation.typeAccuracy, QUALITY_GOALS.typeAccuracy, typeMisses(evaluation));
  });
});

describe.each(TUNED_BATCHES)('tuned batch %s', (set) => {
  let evaluation: SetEvaluation;

  beforeAll(async () => {
    evaluation = await evaluationOf(set);
  }, 60_000);

  const atMost = (what: 'falsePrompts' | 'falseBlocks' | 'missedBlocks') => {
    const wrong = (t: SetEvaluation['tickets'][number]) =>
      what === 'falsePrompts'
        ? t.verdictExpected === 'ok' && t.verdictGot !== 'ok'
        : what === 'falseBlocks'
          ? t.verdictExpected !== 'block' && t.verdictGot === 'block'
          : t.verdictExpected === 'block' && t.verdictGot !== 'block';
    const misses = evaluation.tickets
      .filter(wrong)
      .map((t) => `${t.file}: expected ${t.verdictExpected}, got ${t.verdictGot}`);
    expectAtMost(evaluation.send[what].rate, BATCH_GOALS[what], misses);
  };

  it(`stops at most ${BATCH_GOALS.falsePrompts * 100}% of good tickets at Send`, () =>
    atMost('falsePrompts'));
  it(`blocks at most ${BATCH_GOALS.falseBlocks * 100}% of tickets without an error`, () =>
    atMost('falseBlocks'));
  it(`misses at most ${BATCH_GOALS.missedBlocks * 100}% of the blocks`, () =>
    atMost('missedBlocks'));

  it(`reaches a macro F1 of at least ${BATCH_GOALS.macroF1}`, () => {
    expectAtLeast(macroF1(evaluation), BATCH_GOALS.macroF1, weakestRules(evaluation));
  });

  it(`detects the module in at least ${BATCH_GOALS.moduleAccuracy * 100}% of tickets`, () => {
    expectAtLeast(evaluation.moduleAccuracy, BATCH_GOALS.moduleAccuracy, moduleMisses(evaluation));
  });

  it(`classifies the ticket type in at least ${BATCH_GOALS.typeAccuracy * 100}% of tickets`, () => {
    expectAtLeast(evaluation.typeAccuracy, BATCH_GOALS.typeAccuracy, typeMisses(evaluation));
  });
});

// A sealed set's failure names no ticket: the names (and what went wrong in each) would tell
// whoever reads the test output what to tune, and the set would stop measuring anything.
const SEALED = [
  'sealed set: ticket names hidden (npm run eval -- SET --summary gives the figures)',
];

describe.each(HOLDOUT_SETS)('blind holdout set %s', (set) => {
  let evaluation: SetEvaluation;

  beforeAll(async () => {
    evaluation = await evaluationOf(set);
  }, 60_000);

  it(`reaches a macro F1 over all rules of at least ${HOLDOUT_GOALS.macroF1}`, () => {
    expectAtLeast(macroF1(evaluation), HOLDOUT_GOALS.macroF1, SEALED);
  });

  it(`detects the module in at least ${HOLDOUT_GOALS.moduleAccuracy * 100}% of tickets`, () => {
    expectAtLeast(evaluation.moduleAccuracy, HOLDOUT_GOALS.moduleAccuracy, SEALED);
  });

  it(`classifies the ticket type in at least ${HOLDOUT_GOALS.typeAccuracy * 100}% of tickets`, () => {
    expectAtLeast(evaluation.typeAccuracy, HOLDOUT_GOALS.typeAccuracy, SEALED);
  });
});

function weakestRules(e: SetEvaluation): string[] {
  return [...e.rules]
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 5)
    .map((r) => `${r.rule}: F1 ${r.f1.toFixed(2)} (${ruleMisses(e, r.rule).join('; ')})`);
}

function ruleMisses(e: SetEvaluation, rule: (typeof ALL_RULES)[number]): string[] {
  return [
    ...e.tickets.filter((t) => t.missing.includes(rule)).map((t) => `missed in ${t.file}`),
    ...e.tickets.filter((t) => t.extra.includes(rule)).map((t) => `wrongly in ${t.file}`),
  ];
}

function moduleMisses(e: SetEvaluation): string[] {
  return e.tickets
    .filter((t) => t.moduleExpected !== t.moduleGot)
    .map((t) => `${t.file}: expected ${t.moduleExpected}, got ${t.moduleGot}`);
}

function typeMisses(e: SetEvaluation): string[] {
  return e.tickets
    .filter((t) => t.typeExpected !== t.typeGot)
    .map((t) => `${t.file}: expected ${t.typeExpected}, got ${t.typeGot}`);
}

/** Like toBeGreaterThanOrEqual, but a failure lists the tickets behind the number. */
function expectAtLeast(value: number, goal: number, details: string[]): void {
  if (value < goal) {
    throw new Error(`${value.toFixed(3)} is below the goal ${goal}:\n  ${details.join('\n  ')}`);
  }
  expect(value).toBeGreaterThanOrEqual(goal);
}

/** Like toBeLessThanOrEqual, but a failure lists the tickets behind the number. */
function expectAtMost(value: number, goal: number, details: string[]): void {
  if (value > goal) {
    throw new Error(`${value.toFixed(3)} is above the goal ${goal}:\n  ${details.join('\n  ')}`);
  }
  expect(value).toBeLessThanOrEqual(goal);
}
