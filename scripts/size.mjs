#!/usr/bin/env node
// Bundle sizes of the production build (run `npm run build` first): for every HTML page under
// dist/, the JavaScript it loads (raw and gzip -9), plus JS files no page loads directly (lazy
// chunks, background scripts, the on-send file). Compares the Outlook task pane's initial JS
// with the 200 kB gzip budget and with Microsoft's React task-pane template, and onsend.js with
// its 40 kB gzip budget.
//   npm run size                 the sizes
//   npm run size -- --modules    also onsend.js by module and by package: each module's minified
//                                bytes and its gzip cost (how much smaller the file gets without
//                                it), from an analysis build in a temporary folder
//   npm run size -- --pane-modules  the same for the task pane's initial JS (the scripts
//                                taskpane.html loads; lazy chunks are not counted)
//   npm run size -- --pane-only  exit code from the task pane's budget alone (`npm test` runs
//                                this: onsend.js's budget waits on an owner decision, issue 12)
// Exit code 1 when the task pane or onsend.js is over budget.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const BUDGET = 200_000; // bytes gzip, initial JS of the task pane
const TEMPLATE_GZIP = 167_540; // Office-Addin-TaskPane-React, Outlook-only build (see notes)
const PANE_HTML = 'outlook/taskpane.html';
const ONSEND = 'outlook/onsend.js';
const require = createRequire(import.meta.url);
const { BUDGET_GZIP: ONSEND_BUDGET } = require('../build/webpack/onsend.cjs');

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
const onsend = sizes(path.join(dist, ONSEND));
const onsendWithin = onsend.gzip <= ONSEND_BUDGET;
console.log(
  `Outlook on-send file (onsend.js): ${onsend.gzip.toLocaleString('en-US')} bytes gzip — ` +
    `${onsendWithin ? 'within' : 'OVER'} the ${ONSEND_BUDGET.toLocaleString('en-US')} bytes budget ` +
    `(${((onsend.gzip / ONSEND_BUDGET) * 100).toFixed(1)}%).` +
    (onsendWithin ? '' : ' `npm run size -- --modules` shows what it is made of.'),
);
if (process.argv.includes('--modules')) await onsendModules();
if (process.argv.includes('--pane-modules')) await paneModules();
process.exit(within && (onsendWithin || process.argv.includes('--pane-only')) ? 0 : 1);

/**
 * onsend.js by module: an analysis build without module concatenation (each module stays a
 * function keyed by its path), minified like the real one. A module's gzip cost is how much the
 * gzipped file shrinks when its body is emptied: what removing it would save, about.
 */
async function onsendModules() {
  const out = mkdtempSync(path.join(os.tmpdir(), 'vt-onsend-modules-'));
  try {
    const config = require('../build/webpack/onsend.cjs')(
      { OUTLOOK_OUT: out },
      { mode: 'production' },
    );
    config.plugins = config.plugins.filter(
      (p) => !/CopyPlugin|OnSendAssetsPlugin/.test(p.constructor.name),
    );
    await reportModules('onsend.js', config, [path.join(out, 'onsend.js')], 25);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * The task pane's initial JS by module, the same way: an analysis build of the outlook target in
 * a temporary folder; the scripts taskpane.html loads are measured together (lazy chunks apart).
 */
async function paneModules() {
  const out = mkdtempSync(path.join(os.tmpdir(), 'vt-pane-modules-'));
  try {
    const config = require('../build/webpack/outlook.cjs')({}, { mode: 'production' }).find(
      (c) => c.name === 'outlook',
    );
    config.output = { ...config.output, path: out, clean: false };
    await reportModules('the task pane', config, () => initialScripts(out), 40);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The local scripts an HTML file loads, as paths. */
function initialScripts(dir, html = 'taskpane.html') {
  const text = readFileSync(path.join(dir, html), 'utf8');
  return [...text.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.resolve(dir, src.replace(/[?#].*$/, '')));
}

/**
 * Builds `config` without module concatenation and with named module ids, then prints each
 * module's minified bytes and gzip cost in `files` (an array, or a function giving it after the
 * build), grouped by folder or package, and the `top` costliest modules.
 */
async function reportModules(label, config, files, top) {
  const webpack = require('webpack');
  const acorn = require('acorn');
  config.optimization = { ...config.optimization, concatenateModules: false, moduleIds: 'named' };
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) =>
      err || stats.hasErrors()
        ? reject(err ?? new Error(stats.toString('errors-only')))
        : resolve(),
    ),
  );
  const list = typeof files === 'function' ? files() : files;
  const rows = [];
  let total = 0;
  for (const file of list) {
    const code = readFileSync(file, 'utf8');
    const gzip = zlib.gzipSync(code, { level: 9 }).length;
    total += gzip;
    // The webpack module table: the object whose keys are module paths.
    let table;
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (
        node.type === 'ObjectExpression' &&
        node.properties.length > (table?.properties.length ?? 5) &&
        // './src/…', or '../…/node_modules/…' when node_modules is a link out of the project.
        node.properties.every(
          (p) => p.key?.type === 'Literal' && /^\.\.?\//.test(String(p.key.value)),
        )
      ) {
        table = node;
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value.type === 'string') visit(value);
      }
    };
    visit(acorn.parse(code, { ecmaVersion: 'latest' }));
    if (!table) continue;
    for (const p of table.properties) {
      const without = code.slice(0, p.value.start) + '0' + code.slice(p.value.end);
      rows.push({
        id: String(p.key.value).replace(/^.*?(?=node_modules\/)|^\.\//, ''),
        raw: p.value.end - p.value.start,
        cost: gzip - zlib.gzipSync(without, { level: 9 }).length,
      });
    }
  }
  const groupOf = (id) =>
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? id.replace(/\/[^/]*$/, '/');
  const groups = new Map();
  for (const r of rows) {
    const g = groups.get(groupOf(r.id)) ?? { raw: 0, cost: 0, n: 0 };
    groups.set(groupOf(r.id), { raw: g.raw + r.raw, cost: g.cost + r.cost, n: g.n + 1 });
  }
  console.log(
    `\n${label} by folder or package (analysis build, ${total.toLocaleString('en-US')} bytes gzip;` +
      ' costs overlap a little, so they add up to less)',
  );
  console.log(`  ${'folder / package'.padEnd(48)} modules   minified   gzip cost`);
  for (const [name, g] of [...groups].sort((a, b) => b[1].cost - a[1].cost)) {
    console.log(`  ${name.padEnd(48)}${String(g.n).padStart(8)}${fmt(g.raw)}  ${fmt(g.cost)}`);
  }
  console.log(`\n${label}, the ${top} costliest modules`);
  for (const r of rows.sort((a, b) => b.cost - a.cost).slice(0, top)) {
    console.log(`  ${r.id.padEnd(56)}${fmt(r.raw)}  ${fmt(r.cost)}`);
  }
}
