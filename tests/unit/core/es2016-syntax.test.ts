// The engine also runs in classic Outlook's ES2016 on-send runtime, which cannot parse regex
// lookbehind, named groups or Unicode property escapes: a single one would make every check
// there fail (open). Scans the engine's code lines (comments excluded).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const coreDir = join(__dirname, '../../../src/core');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

test.each(files(coreDir).map((f) => [f.slice(coreDir.length + 1), f]))(
  '%s has no regex syntax newer than ES2016',
  (_name, file) => {
    const code = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .join('\n');
    expect(code).not.toMatch(/\(\?<[=!a-zA-Z]/);
    expect(code).not.toMatch(/\\[pP]\{/);
  },
);
