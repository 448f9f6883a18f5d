// The test build of the extension: the shipped files of dist/thunderbird/ plus the harness
// module and test manifest of dist/thunderbird-test/ and the harness port. Rebuilt when a source
// file is newer than the build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export const root = path.resolve(__dirname, '../../../..');
export const shippedDir = path.join(root, 'dist/thunderbird');
const testDir = path.join(root, 'dist/thunderbird-test');

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? walk(full, rel) : [rel];
  });
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const files = statSync(p).isDirectory() ? walk(p).map((f) => path.join(p, f)) : [p];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/** Builds both Thunderbird targets when missing or older than their sources. */
export function ensureBuilt(): void {
  const outputs = [path.join(shippedDir, 'background.js'), path.join(testDir, 'harness.js')];
  const built = outputs.every(existsSync)
    ? Math.min(...outputs.map((o) => statSync(o).mtimeMs))
    : 0;
  // What the Thunderbird bundles are built from (other hosts' sources do not count).
  const sources = newestMtime([
    path.join(root, 'src/core'),
    path.join(root, 'src/hosts/shared'),
    path.join(root, 'src/hosts/thunderbird'),
    path.join(root, 'src/ui'),
    path.join(root, 'assets'),
    path.join(root, 'tests/e2e/thunderbird/extension'),
    path.join(root, 'build/webpack/thunderbird.cjs'),
  ]);
  if (built > sources) return;
  process.stderr.write('Thunderbird extension: sources newer than dist/, building…\n');
  const started = Date.now();
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/webpack-cli/bin/cli.js'),
      '--mode',
      'production',
      '--config-name',
      'thunderbird',
      '--config-name',
      'thunderbird-test',
    ],
    { cwd: root, stdio: 'pipe' },
  );
  process.stderr.write(`Thunderbird extension built in ${Date.now() - started} ms\n`);
}

/** The test .xpi bytes, pointing the harness at `port`. */
export function testXpi(port: number): Uint8Array {
  const files: Zippable = {};
  for (const rel of walk(shippedDir)) files[rel] = readFileSync(path.join(shippedDir, rel));
  for (const rel of walk(testDir)) files[rel] = readFileSync(path.join(testDir, rel));
  files['test-harness.json'] = new TextEncoder().encode(JSON.stringify({ port }));
  return zipSync(files);
}
