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
  line?: number;
  column?: number;
}

/** The shipped code around a linter position. */
function codeAt(m: LintMessage, before: number): string {
  const lines = readFileSync(path.join(shippedDir, m.file!), 'utf8').split('\n');
  const line = lines[(m.line ?? 1) - 1] ?? '';
  return line.slice(Math.max(0, (m.column ?? 0) - before), m.column);
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
  // Expected warnings: Thunderbird permissions unknown to Firefox, Firefox's data-collection key
  // (Thunderbird 128 does not support it), and React DOM's own dangerouslySetInnerHTML branch,
  // which the pane never uses (see the next test).
  for (const w of result.warnings) {
    if (w.code === 'UNSAFE_VAR_ASSIGNMENT') {
      expect(codeAt(w, 300)).toContain('dangerouslySetInnerHTML');
    } else {
      expect(['MANIFEST_PERMISSIONS', 'MISSING_DATA_COLLECTION_PERMISSIONS']).toContain(w.code);
    }
  }
});

test('our pane and extension code never write HTML into the page', () => {
  const dirs = ['src/ui', 'src/hosts/thunderbird'].map((d) => path.join(root, d));
  for (const dir of dirs) {
    for (const file of walk(dir).filter((f) => /\.tsx?$/.test(f))) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect({ file, html: /dangerouslySetInnerHTML|\.innerHTML\s*=/.test(text) }).toEqual({
        file,
        html: false,
      });
    }
  }
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
