#!/usr/bin/env node
// Time from navigation start to the first report in the task pane, on the built preview page in
// headless Chromium (Debian's /usr/bin/chromium). Each run uses a fresh browser context (empty
// cache and storage). Prints every run and the median; the target is ≤ 500 ms.
// Usage: node scripts/bench-pane.mjs [--runs N]   (run `npm run build` first)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import chromiumLauncher from './chromium.cjs';

const { launchChromium } = chromiumLauncher;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 500;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 9;

if (!existsSync(path.join(root, 'dist/preview/index.html'))) {
  console.error('dist/preview/index.html is missing: run `npm run build` first.');
  process.exit(2);
}

const server = spawn(
  process.execPath,
  [path.join(root, 'scripts/serve.mjs'), '--port', '0', '--no-https'],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const baseUrl = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const m = /Preview: (http:\/\/localhost:\d+\/preview\/)/.exec(out);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
});

const browser = await launchChromium();

// Records when the verdict banner (the first report) enters the DOM, relative to navigation start.
const recordFirstReport = () => {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="verdict"]')) {
      window.__firstReportMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

const times = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    const context = await browser.newContext();
    await context.addInitScript(recordFirstReport);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__firstReportMs !== undefined, null, {
      timeout: 20_000,
    });
    const ms = await page.evaluate(() => window.__firstReportMs);
    await context.close();
    if (i === 0) {
      console.log(`warm-up run: ${ms.toFixed(0)} ms (not counted)`);
      continue;
    }
    times.push(ms);
    console.log(`run ${i}: ${ms.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  server.kill();
}

const sorted = [...times].sort((a, b) => a - b);
const mid = Math.floor(sorted.length / 2);
const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
console.log(
  `\nPage load to first report (preview, headless Chromium, ${times.length} runs): ` +
    `median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms — ` +
    `${median <= TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target.`,
);
