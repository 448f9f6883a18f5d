// `npm run bench:cold [-- --runs N] [--dist] [--chromium]`: the first checkTicket in a fresh
// runtime, which sits on the critical path of the pane's first report. V8 compiles each regular
// expression and each function on its first use, so the first check costs far more than the
// next ones. Each run starts a new Node process (or, with --chromium, a new page of Debian's
// Chromium), loads the engine and times its 1st, 2nd and 3rd check of one ticket; it prints the
// median (and the range) over the runs. Target: first check <= 40 ms in Node.
// The engine is bundled from src/core with esbuild, as the library build does; --dist times the
// built dist/lib/index.cjs instead (run `npm run build` first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { Browser } from 'playwright-core';
import { goodTicket } from '../tests/fixtures/good-ticket';
import type { TicketDraft } from '../src/core/types';
import { draft, ticketOf } from './bench-tickets';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;
const useDist = args.includes('--dist');
const inChromium = args.includes('--chromium');
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench-cold: --runs needs a whole number of runs, at least 1');
  process.exit(2);
}

const tickets: { name: string; draft: TicketDraft }[] = [
  { name: 'typical ticket, 2 KB', draft: draft(ticketOf(2 * 1024)) },
  {
    name: `short ticket, ${goodTicket.bodyText.length} characters`,
    draft: { ...draft(goodTicket.bodyText), subject: goodTicket.subject },
  },
];

interface Run {
  load: number;
  checks: number[];
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-cold-'));

async function main(): Promise<void> {
  const results = inChromium ? await chromiumRuns() : nodeRuns();
  console.log(
    `First checks in a fresh ${inChromium ? 'Chromium page' : `Node ${process.version} process`}` +
      ` (${useDist ? 'dist/lib/index.cjs' : 'src/core bundled'}), median of ${runs} runs [min–max], ms\n`,
  );
  tickets.forEach((t, i) => {
    const list = results.map((r) => r[i]!);
    const col = (pick: (r: Run) => number) => {
      const v = list.map(pick).sort((a, b) => a - b);
      const median = v[Math.floor(v.length / 2)]!;
      return `${median.toFixed(1).padStart(6)} [${v[0]!.toFixed(1)}–${v[v.length - 1]!.toFixed(1)}]`;
    };
    console.log(`${t.name}`);
    console.log(`  load engine ${col((r) => r.load)}`);
    console.log(`  1st check   ${col((r) => r.checks[0]!)}`);
    console.log(`  2nd check   ${col((r) => r.checks[1]!)}`);
    console.log(`  3rd check   ${col((r) => r.checks[2]!)}`);
  });
}

main()
  .catch((err: unknown) => {
    console.error(`bench-cold: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));

/** The engine as one file: the built library, or src/core bundled now. */
function engineBundle(format: 'cjs' | 'iife'): string {
  if (useDist && format === 'cjs') {
    const built = path.join(root, 'dist/lib/index.cjs');
    if (!existsSync(built)) {
      console.error(`${built} is missing: run \`npm run build\` first.`);
      process.exit(2);
    }
    return built;
  }
  const outfile = path.join(work, `engine.${format === 'cjs' ? 'cjs' : 'js'}`);
  buildSync({
    entryPoints: [path.join(root, 'src/core/index.ts')],
    bundle: true,
    outfile,
    format,
    globalName: format === 'iife' ? 'engine' : undefined,
    platform: format === 'cjs' ? 'node' : 'browser',
    target: format === 'cjs' ? 'node20' : 'es2020',
    logLevel: 'warning',
  });
  return outfile;
}

/** One fresh Node process per ticket and run; the tickets alternate so noise hits both alike. */
function nodeRuns(): Run[][] {
  const bundle = engineBundle('cjs');
  const child = path.join(work, 'child.cjs');
  writeFileSync(
    child,
    `const { performance } = require('node:perf_hooks');
const draft = JSON.parse(process.argv[3]);
const t0 = performance.now();
const { checkTicket } = require(process.argv[2]);
const load = performance.now() - t0;
const checks = [];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  checkTicket(draft);
  checks.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ load, checks }));
`,
  );
  const out: Run[][] = [];
  for (let r = 0; r < runs; r++) {
    out.push(
      tickets.map(
        (t) =>
          JSON.parse(
            execFileSync(process.execPath, [child, bundle, JSON.stringify(t.draft)], {
              encoding: 'utf8',
            }),
          ) as Run,
      ),
    );
  }
  return out;
}

/** One fresh browser context and page per ticket and run, in Debian's Chromium. */
async function chromiumRuns(): Promise<Run[][]> {
  const { launchChromium } = require('./chromium.cjs') as {
    launchChromium: () => Promise<Browser>;
  };
  const source = readFileSync(engineBundle('iife'), 'utf8');
  const browser = await launchChromium();
  const out: Run[][] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const row: Run[] = [];
      for (const t of tickets) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto('about:blank');
        row.push(
          await page.evaluate(
            ({ source, draft }) => {
              const t0 = performance.now();
              const script = document.createElement('script');
              script.textContent = source;
              document.head.appendChild(script);
              const load = performance.now() - t0;
              const { checkTicket } = (
                window as unknown as { engine: typeof import('../src/core') }
              ).engine;
              const checks: number[] = [];
              for (let i = 0; i < 3; i++) {
                const t = performance.now();
                checkTicket(draft);
                checks.push(performance.now() - t);
              }
              return { load, checks };
            },
            { source, draft: t.draft },
          ),
        );
        await context.close();
      }
      out.push(row);
    }
  } finally {
    await browser.close();
  }
  return out;
}
