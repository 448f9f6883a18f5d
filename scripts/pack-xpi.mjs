// Packs the built Thunderbird extension (dist/thunderbird/) into dist/verifica-ticket.xpi.
//   node scripts/pack-xpi.mjs [DIR] [OUT.xpi]
// The zip is reproducible: files in sorted order, fixed timestamps. Also used by the webpack
// thunderbird target (after emit) and by the end-to-end test to add its test-only files.
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixedTime = new Date('2020-01-01T00:00:00Z');

function listFiles(dir, prefix = '') {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
    });
}

/** Reads every file of `dir` as { 'relative/path': bytes }. */
export function readTree(dir) {
  const files = {};
  for (const rel of listFiles(dir)) files[rel] = readFileSync(path.join(dir, rel));
  return files;
}

/** Zips { 'path': bytes } into an .xpi at `out`; returns its size in bytes. */
export function writeXpi(files, out) {
  const entries = {};
  for (const name of Object.keys(files).sort()) {
    entries[name] = [files[name], { mtime: fixedTime, level: 9 }];
  }
  const zip = zipSync(entries);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return zip.length;
}

export function packXpi(
  dir = path.join(root, 'dist/thunderbird'),
  out = path.join(root, 'dist/verifica-ticket.xpi'),
) {
  const files = readTree(dir);
  if (!files['manifest.json']) {
    throw new Error(`${dir}: no manifest.json — build first (npm run build:thunderbird)`);
  }
  const size = writeXpi(files, out);
  return { out, size, count: Object.keys(files).length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, out] = process.argv.slice(2);
  try {
    const r = packXpi(dir && path.resolve(dir), out && path.resolve(out));
    console.log(`${path.relative(root, r.out)}: ${r.count} files, ${r.size} bytes`);
  } catch (err) {
    console.error(`pack-xpi: ${err.message}`);
    process.exit(1);
  }
}
