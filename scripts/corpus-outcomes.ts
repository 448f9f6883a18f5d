// Per-ticket outcomes of the engine over every corpus set, and what changed between two runs:
// the check to run before committing a change to the engine (a ticket that got worse anywhere,
// and any movement on a sealed set, is a reason to stop).
//   npx tsx scripts/corpus-outcomes.ts dump OUT.jsonl [SET,SET…]
//   npx tsx scripts/corpus-outcomes.ts compare BEFORE.jsonl AFTER.jsonl
// Typical use: dump on the committed engine (git stash push -- src), dump again with the change,
// compare. Sealed sets (holdout, blind) print counts only, and their dump keeps no ticket name or
// label (a hash of the name and the count of missed labels): both are a hint to whoever tunes.
// Write the dumps outside the repository (/tmp).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emlToDraft } from '../src/cli/eml-to-draft';
import { checkTicket } from '../src/core/engine';
import { corpusDir, loadLabels } from '../tests/corpus/labels';
import { SETS } from '../tests/corpus/sets';

interface Labels {
  rules: string[];
  module: string | null;
  type: string | null;
}

interface Outcome extends Labels {
  set: string;
  role: string;
  /** The file name; on a sealed set a hash of it. */
  file: string;
  verdict: string;
  /** Internal errors of the check: a rule that threw is skipped, so its findings vanish. */
  errors: number;
  /** How many labels the outcome misses: rules either way, module, type. */
  misses: number;
  /** The labels, on open sets only. */
  expected?: Labels;
}

const sealedRoles = new Set(['holdout', 'blind']);

function missesOf(got: Labels, expected: Labels): number {
  const want = new Set(expected.rules);
  const have = new Set(got.rules);
  const rules =
    [...want].filter((r) => !have.has(r)).length + [...have].filter((r) => !want.has(r)).length;
  return rules + Number(got.module !== expected.module) + Number(got.type !== expected.type);
}

async function dump(out: string, only: string[] | null): Promise<void> {
  const lines: string[] = [];
  for (const info of SETS) {
    if (only && !only.includes(info.name)) continue;
    const sealed = sealedRoles.has(info.role);
    for (const label of loadLabels(info.name)) {
      const draft = await emlToDraft(readFileSync(join(corpusDir(info.name), label.file)));
      const report = checkTicket(draft, label.settings ? { settings: label.settings } : {});
      const got: Labels = {
        rules: [...new Set(report.findings.map((f) => f.rule))].sort(),
        module: report.module?.id ?? null,
        type: report.ticketType ?? null,
      };
      const expected: Labels = {
        rules: [...label.rules].sort(),
        module: label.module ?? null,
        type: label.ticketType ?? null,
      };
      const outcome: Outcome = {
        set: info.name,
        role: info.role,
        file: sealed
          ? createHash('sha256').update(label.file).digest('hex').slice(0, 12)
          : label.file,
        verdict: report.verdict,
        ...got,
        errors: report.internalErrors.length,
        misses: missesOf(got, expected),
        ...(sealed ? {} : { expected }),
      };
      lines.push(JSON.stringify(outcome));
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${lines.length} tickets written to ${out}`);
}

function load(path: string): Map<string, Outcome> {
  const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  return new Map(
    rows.map((row) => {
      const o = JSON.parse(row) as Outcome;
      return [`${o.set}/${o.file}`, o];
    }),
  );
}

function compare(beforePath: string, afterPath: string): void {
  const before = load(beforePath);
  const after = load(afterPath);
  const sealedCounts = new Map<string, number>();
  let changed = 0;
  for (const [key, now] of after) {
    const sealed = sealedRoles.has(now.role);
    if (now.errors > 0)
      console.log(`ERROR ${sealed ? now.set : key}: ${now.errors} internal error(s)`);
    const was = before.get(key);
    if (!was) continue;
    const same =
      was.verdict === now.verdict &&
      was.module === now.module &&
      was.type === now.type &&
      was.rules.join() === now.rules.join();
    if (same) continue;
    changed++;
    const delta = now.misses - was.misses;
    const how = delta < 0 ? 'better' : delta > 0 ? 'WORSE' : 'changed';
    if (sealed) {
      const k = `${now.set} ${how}`;
      sealedCounts.set(k, (sealedCounts.get(k) ?? 0) + 1);
      continue;
    }
    const label = now.expected;
    const parts: string[] = [];
    if (was.verdict !== now.verdict) parts.push(`verdict ${was.verdict} -> ${now.verdict}`);
    if (was.module !== now.module)
      parts.push(`module ${was.module} -> ${now.module} (label ${label?.module})`);
    if (was.type !== now.type) parts.push(`type ${was.type} -> ${now.type} (label ${label?.type})`);
    const lost = was.rules.filter((r) => !now.rules.includes(r));
    const gained = now.rules.filter((r) => !was.rules.includes(r));
    if (lost.length || gained.length)
      parts.push(`rules -[${lost}] +[${gained}] (label [${label?.rules}])`);
    console.log(`${how} ${key}: ${parts.join('; ')}`);
  }
  for (const [k, n] of sealedCounts) console.log(`sealed ${k}: ${n} ticket(s)`);
  // A set added or dropped between the runs is no change of the engine, but it is said.
  const onlyAfter = [...after.keys()].filter((k) => !before.has(k)).length;
  const onlyBefore = [...before.keys()].filter((k) => !after.has(k)).length;
  if (onlyAfter) console.log(`${onlyAfter} ticket(s) only in ${afterPath}: not compared`);
  if (onlyBefore) console.log(`${onlyBefore} ticket(s) only in ${beforePath}: not compared`);
  console.log(changed === 0 ? 'no ticket changed' : `${changed} ticket(s) changed`);
}

const [command, a, b] = process.argv.slice(2);
if (command === 'dump' && a) void dump(a, b ? b.split(',') : null);
else if (command === 'compare' && a && b) compare(a, b);
else {
  console.error(
    'usage: corpus-outcomes.ts dump OUT.jsonl [SETS] | compare BEFORE.jsonl AFTER.jsonl',
  );
  process.exit(2);
}
