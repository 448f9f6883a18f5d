// Per-ticket outcomes of the engine over every corpus set, and what changed between two runs:
// the check to run before committing a change to the engine (a ticket that got worse anywhere,
// and any movement on a sealed set, is a reason to stop).
//   npx tsx scripts/corpus-outcomes.ts dump OUT.jsonl [SET,SET…]
//   npx tsx scripts/corpus-outcomes.ts compare BEFORE.jsonl AFTER.jsonl
// Typical use: dump on the committed engine (git stash push -- src), dump again with the change,
// compare. Sealed sets (holdout, blind) print counts only: their ticket names are a hint.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emlToDraft } from '../src/cli/eml-to-draft';
import { checkTicket } from '../src/core/engine';
import { corpusDir, loadLabels } from '../tests/corpus/labels';
import { SETS } from '../tests/corpus/sets';

interface Outcome {
  set: string;
  role: string;
  file: string;
  verdict: string;
  module: string | null;
  type: string | null;
  rules: string[];
  expected: { rules: string[]; module: string | null; type: string | null };
}

async function dump(out: string, only: string[] | null): Promise<void> {
  const lines: string[] = [];
  for (const info of SETS) {
    if (only && !only.includes(info.name)) continue;
    for (const label of loadLabels(info.name)) {
      const draft = await emlToDraft(readFileSync(join(corpusDir(info.name), label.file)));
      const report = checkTicket(draft, label.settings ? { settings: label.settings } : {});
      const outcome: Outcome = {
        set: info.name,
        role: info.role,
        file: label.file,
        verdict: report.verdict,
        module: report.module?.id ?? null,
        type: report.ticketType ?? null,
        rules: [...new Set(report.findings.map((f) => f.rule))].sort(),
        expected: {
          rules: [...label.rules].sort(),
          module: label.module ?? null,
          type: label.ticketType ?? null,
        },
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

/** How many of the ticket's labels the outcome misses: rules either way, module, type. */
function misses(o: Outcome): number {
  const expected = new Set(o.expected.rules);
  const got = new Set(o.rules);
  const rules =
    [...expected].filter((r) => !got.has(r)).length +
    [...got].filter((r) => !expected.has(r)).length;
  return rules + Number(o.module !== o.expected.module) + Number(o.type !== o.expected.type);
}

function compare(beforePath: string, afterPath: string): void {
  const before = load(beforePath);
  const sealed = new Map<string, number>();
  let changed = 0;
  for (const [key, after] of load(afterPath)) {
    const was = before.get(key);
    if (!was) continue;
    const same =
      was.verdict === after.verdict &&
      was.module === after.module &&
      was.type === after.type &&
      was.rules.join() === after.rules.join();
    if (same) continue;
    changed++;
    const delta = misses(after) - misses(was);
    const how = delta < 0 ? 'better' : delta > 0 ? 'WORSE' : 'changed';
    if (after.role === 'holdout' || after.role === 'blind') {
      const k = `${after.set} ${how}`;
      sealed.set(k, (sealed.get(k) ?? 0) + 1);
      continue;
    }
    const parts: string[] = [];
    if (was.verdict !== after.verdict) parts.push(`verdict ${was.verdict} -> ${after.verdict}`);
    if (was.module !== after.module)
      parts.push(`module ${was.module} -> ${after.module} (label ${after.expected.module})`);
    if (was.type !== after.type)
      parts.push(`type ${was.type} -> ${after.type} (label ${after.expected.type})`);
    const lost = was.rules.filter((r) => !after.rules.includes(r));
    const gained = after.rules.filter((r) => !was.rules.includes(r));
    if (lost.length || gained.length)
      parts.push(`rules -[${lost}] +[${gained}] (label [${after.expected.rules}])`);
    console.log(`${how} ${key}: ${parts.join('; ')}`);
  }
  for (const [k, n] of sealed) console.log(`sealed ${k}: ${n} ticket(s)`);
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
