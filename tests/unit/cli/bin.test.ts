import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(__dirname, '..', '..', '..', 'bin', 'ticket-check.cjs');

/** A copy of the package layout with bin/ only, optionally with a stand-in for the build. */
function layout(withBuild: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'ticket-check-bin-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(bin, join(dir, 'bin', 'ticket-check.cjs'));
  if (withBuild) {
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    writeFileSync(
      join(dir, 'dist', 'cli', 'ticket-check.cjs'),
      'process.stdout.write("built:" + process.argv.slice(2).join(",")); process.exitCode = 1;',
    );
  }
  return join(dir, 'bin', 'ticket-check.cjs');
}

function runNode(
  file: string,
  args: string[],
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [file, ...args], (_error, out, err) =>
      resolve({ code: child.exitCode, out, err }),
    );
  });
}

describe('bin/ticket-check.cjs', () => {
  it('tells the user to build first when dist/cli is missing', async () => {
    const r = await runNode(layout(false), ['a.eml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('npm run build');
  });

  it('runs the built CLI with the arguments and keeps its exit code', async () => {
    const r = await runNode(layout(true), ['a.eml', '--format', 'json']);
    expect(r.out).toBe('built:a.eml,--format,json');
    expect(r.code).toBe(1);
  });
});
