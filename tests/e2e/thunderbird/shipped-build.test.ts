// The shipped extension: addons-linter finds no error, the manifest asks for no host access and
// no test-only permission, no script uses eval, and the .xpi holds exactly the built files.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { ensureBuilt, root, shippedDir } from './support/test-extension';
import { GECKO_ID } from './support/thunderbird-profile';

jest.setTimeout(60_000);

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, name)).isDirectory() ? walk(path.join(dir, name), rel) : [rel];
  });
}

beforeAll(() => {
  ensureBuilt();
});

test('addons-linter reports no errors', () => {
  let out: string;
  try {
    out = execFileSync(
      process.execPath,
      [
        path.join(root, 'node_modules/addons-linter/bin/addons-linter'),
        '--output',
        'json',
        shippedDir,
      ],
      { encoding: 'utf8' },
    );
  } catch (err) {
    out = (err as { stdout: string }).stdout; // non-zero exit when it finds errors
  }
  const result = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[] };
  expect(result.errors).toEqual([]);
  // Expected Firefox-only warnings: Thunderbird permissions unknown to Firefox, and Firefox's
  // data-collection key that Thunderbird 128 does not support.
  const expected = ['MANIFEST_PERMISSIONS', 'MISSING_DATA_COLLECTION_PERMISSIONS'];
  for (const w of result.warnings) expect(expected).toContain(w.code);
});

test('the shipped manifest: MV3, our id, no host access, no test permissions', () => {
  const manifest = JSON.parse(readFileSync(path.join(shippedDir, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.browser_specific_settings.gecko.id).toBe(GECKO_ID);
  expect(manifest.host_permissions).toBeUndefined();
  expect([...manifest.permissions].sort()).toEqual(['compose', 'messagesRead', 'storage']);
  expect(manifest.background.scripts).toEqual(['background.js']);
  expect(manifest.compose_action.default_popup).toBe('popup.html');
});

test('no shipped script evaluates strings as code or loads remote code', () => {
  for (const file of walk(shippedDir).filter((f) => f.endsWith('.js') || f.endsWith('.html'))) {
    const text = readFileSync(path.join(shippedDir, file), 'utf8');
    expect({ file, eval: /\beval\(|new Function\(/.test(text) }).toEqual({ file, eval: false });
    expect({ file, remote: /<script[^>]+src="https?:/.test(text) }).toEqual({
      file,
      remote: false,
    });
  }
  expect(walk(shippedDir)).not.toContain('harness.js');
});

test('dist/verifica-ticket.xpi holds exactly the files of dist/thunderbird', () => {
  const zip = unzipSync(readFileSync(path.join(root, 'dist/verifica-ticket.xpi')));
  expect(Object.keys(zip).sort()).toEqual(walk(shippedDir).sort());
  expect(new TextDecoder().decode(zip['manifest.json'])).toBe(
    readFileSync(path.join(shippedDir, 'manifest.json'), 'utf8'),
  );
});
