// The package's main export is the engine: after `npm run build`, plain Node 20 can import it by
// name (ESM and CommonJS) through package.json "exports", with type declarations beside it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '../..');

const script = (importLine: string) => `${importLine}
const report = checkTicket({
  subject: '',
  bodyText: 'Buongiorno, non riesco a stampare gli avvisi TARI.',
  to: [{ address: 'tributi@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [],
});
console.log(JSON.stringify({ verdict: report.verdict, rules: report.findings.map((f) => f.rule) }));`;

function run(args: string[]): { verdict: string; rules: string[] } {
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return JSON.parse(out);
}

describe('verifica-ticket as a package', () => {
  test('import { checkTicket } from "verifica-ticket" works from ESM', () => {
    const result = run([
      '--input-type=module',
      '-e',
      script("import { checkTicket } from 'verifica-ticket';"),
    ]);
    expect(result.verdict).toBe('block');
    expect(result.rules).toEqual(expect.arrayContaining(['subject-missing', 'phone-missing']));
  });

  test('require("verifica-ticket") works from CommonJS', () => {
    const result = run([
      '--input-type=commonjs',
      '-e',
      script("const { checkTicket } = require('verifica-ticket');"),
    ]);
    expect(result.verdict).toBe('block');
    expect(result.rules).toContain('subject-missing');
  });

  test('the declared type entry exists and exports checkTicket', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const types = path.join(root, pkg.exports['.'].types);
    expect(existsSync(types)).toBe(true);
    expect(readFileSync(types, 'utf8')).toMatch(/checkTicket/);
  });
});
