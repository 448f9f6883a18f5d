// The import direction between the pane and the hosts: both depend on the MailHost contract
// (src/core/host), the pane never on a host, and a host on the pane only where it mounts it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Repository paths of the modules a file imports (relative imports only). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)].map((m) =>
    path.relative(root, path.resolve(path.dirname(path.join(root, file)), m[1]!)),
  );
}

/** Files that mount the pane: the composition roots of each host. */
const entryPoints = ['src/hosts/outlook/taskpane/index.tsx', 'src/hosts/thunderbird/popup.ts'];

describe('layers', () => {
  it('the pane imports nothing from the hosts or the CLI', () => {
    const offending = sourceFiles('src/ui').flatMap((f) =>
      importsOf(f)
        .filter((i) => i.startsWith('src/hosts/') || i.startsWith('src/cli/'))
        .map((i) => `${f} -> ${i}`),
    );
    expect(offending).toEqual([]);
  });

  it('hosts import the pane only in the entry points that mount it', () => {
    const importers = sourceFiles('src/hosts').filter((f) =>
      importsOf(f).some((i) => i.startsWith('src/ui/')),
    );
    expect(importers.sort()).toEqual([...entryPoints].sort());
  });

  it('the pane and the hosts share the MailHost contract from below both', () => {
    const users = [...sourceFiles('src/ui'), ...sourceFiles('src/hosts')].filter((f) =>
      importsOf(f).includes('src/core/host/mail-host'),
    );
    expect(users).toEqual(
      expect.arrayContaining([
        'src/ui/pane-app.tsx',
        'src/hosts/outlook/outlook-host.ts',
        'src/hosts/thunderbird/thunderbird-host.ts',
      ]),
    );
  });
});
