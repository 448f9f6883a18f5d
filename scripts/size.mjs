#!/usr/bin/env node
// Bundle sizes of the production build (run `npm run build` first): for every HTML page under
// dist/, the JavaScript it loads (raw and gzip -9), plus JS files no page loads directly (lazy
// chunks, background scripts, the on-send file). Compares the Outlook task pane's initial JS
// with the 200 kB gzip budget and with Microsoft's React task-pane template.
// Exit code 1 when the task pane is over budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const BUDGET = 200_000; // bytes gzip, initial JS of the task pane
const TEMPLATE_GZIP = 167_540; // Office-Addin-TaskPane-React, Outlook-only build (see notes)
const PANE_HTML = 'outlook/taskpane.html';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

function sizes(file) {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
}

const rel = (f) => path.relative(dist, f);
const fmt = (n) => n.toLocaleString('en-US').padStart(10);

if (!existsSync(path.join(dist, PANE_HTML))) {
  console.error(`dist/${PANE_HTML} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

const files = walk(dist);
const loaded = new Set();
let paneGzip = 0;

console.log('JavaScript loaded by each page (bytes)           raw       gzip');
for (const html of files.filter((f) => f.endsWith('.html')).sort()) {
  const text = readFileSync(html, 'utf8');
  // Quoted or (minified HTML) unquoted src attributes.
  const srcs = [...text.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  let total = { raw: 0, gzip: 0 };
  console.log(`${rel(html)}`);
  for (const src of srcs) {
    if (/^https?:/.test(src)) {
      console.log(`  ${src.padEnd(44)}  (external, not counted)`);
      continue;
    }
    const file = path.resolve(path.dirname(html), src.replace(/[?#].*$/, ''));
    if (!existsSync(file)) {
      console.log(`  ${src.padEnd(44)}  MISSING`);
      continue;
    }
    loaded.add(file);
    const s = sizes(file);
    total = { raw: total.raw + s.raw, gzip: total.gzip + s.gzip };
    console.log(`  ${rel(file).padEnd(44)}${fmt(s.raw)} ${fmt(s.gzip)}`);
  }
  console.log(`  ${'total'.padEnd(44)}${fmt(total.raw)} ${fmt(total.gzip)}`);
  if (rel(html) === PANE_HTML) paneGzip = total.gzip;
}

const others = files.filter((f) => /\.(c|m)?js$/.test(f) && !loaded.has(f)).sort();
if (others.length) {
  console.log('\nOther JavaScript (lazy chunks, scripts loaded without a page)');
  for (const f of others) {
    const s = sizes(f);
    console.log(`  ${rel(f).padEnd(44)}${fmt(s.raw)} ${fmt(s.gzip)}`);
  }
}

const within = paneGzip <= BUDGET;
console.log(
  `\nOutlook task pane initial JS: ${paneGzip.toLocaleString('en-US')} bytes gzip — ` +
    `${within ? 'within' : 'OVER'} the ${BUDGET.toLocaleString('en-US')} bytes budget ` +
    `(${((paneGzip / BUDGET) * 100).toFixed(1)}%); ` +
    `${(paneGzip / TEMPLATE_GZIP).toFixed(2)}× Microsoft's React template (${TEMPLATE_GZIP.toLocaleString('en-US')} bytes).`,
);
process.exit(within ? 0 : 1);
