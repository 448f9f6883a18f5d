// Deep or huge --directory / --settings files end the CLI with exit code 2 and a short, plain
// report on stderr: no stack trace, at most 20 issues and a line counting the rest.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import defaultDirectory from '../../../assets/directory/ticket-directory.json';
import { runCli, type CliIo } from '../../../src/cli/run-cli';

const root = join(__dirname, '..', '..', '..');
const ticket = join(root, 'examples', '01-anomalia-tari-corretto.eml');
const tmp = mkdtempSync(join(tmpdir(), 'ticket-check-config-'));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: (p) => readFile(p),
    readStdin: async () => Buffer.from(''),
    env: {},
  };
  return { code: await runCli(argv, io), stdout, stderr };
}

function file(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe('ticket-check with deep or huge configuration files', () => {
  test('a directory nested 100,000 levels deep: one plain issue, exit code 2', async () => {
    const json = JSON.stringify(defaultDirectory).replace(/}$/, `,"genericSubjects":${deep(1e5)}}`);
    const r = await run(['--locale', 'en', '--directory', file('deep.json', json), ticket]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^ticket-check: .*deep\.json: invalid --directory file:$/),
      expect.stringMatching(/^ {2}\/genericSubjects\/0: must be a string \(got an array\)$/),
    ]);
  });

  test('a directory with 10,000 bad modules: 20 lines and the count of the rest', async () => {
    const modules = Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}`, name: 'M' }));
    const json = JSON.stringify({ ...defaultDirectory, modules });
    const r = await run(['--locale', 'it', '--directory', file('huge.json', json), ticket]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[1]).toBe('  /modules/0 (modulo "m0"): manca la proprietà obbligatoria "address"');
    expect(lines[21]).toBe('  … e altri 19980 problemi');
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  test('a settings file nested 100,000 levels deep: one plain issue', async () => {
    const r = await run([
      '--settings',
      file('deep-settings.json', `{"enti":${deep(1e5)}}`),
      ticket,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/\/enti\/0: deve essere una stringa \(trovato un elenco \(array\)\)/);
  });
});

describe('ticket-check refuses a module address that is not one mailbox', () => {
  const withAddress = (address: string) => {
    const modules = defaultDirectory.modules.map((m) =>
      m.id === 'demografici' ? { ...m, address } : m,
    );
    const index = modules.findIndex((m) => m.id === 'demografici');
    return { json: JSON.stringify({ ...defaultDirectory, modules }), index };
  };

  test.each([
    ['a list', 'demografici@ticket.example.it, protocollo@ticket.example.it'],
    ['a display name', 'Demografici <demografici@ticket.example.it>'],
    ['a control character', 'demografici@ticket.example.it\u001b]0;x\u0007'],
  ])('%s: one line naming the module, its path and what is wrong', async (_case, address) => {
    const { json, index } = withAddress(address);
    const r = await run(['--directory', file('list.json', json), ticket]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      new RegExp(
        `^ {2}/modules/${index}/address \\(modulo "demografici"\\): deve essere un solo ` +
          `indirizzo e-mail \\(nome@dominio\\), senza spazi né , ; < > " \\(trovato "`,
      ),
    );
  });
});

describe('ticket-check when reading a configuration fails in a way nobody planned', () => {
  afterEach(() => jest.resetModules());

  test('one line naming the error, exit code 2, no stack trace', async () => {
    let runIsolated: typeof runCli = runCli;
    jest.isolateModules(() => {
      jest.doMock('../../../src/cli/load-settings', () => ({
        ...jest.requireActual('../../../src/cli/load-settings'),
        parseSettings: () => {
          const err = new RangeError('Maximum call stack size exceeded');
          err.stack = `${err.message}\n    at describe (schema-issues.ts:10:5)\n    at x (y.ts:1:1)`;
          throw err;
        },
      }));
      runIsolated = (
        require('../../../src/cli/run-cli') as typeof import('../../../src/cli/run-cli')
      ).runCli;
    });
    let stderr = '';
    const code = await runIsolated(['--settings', file('ok.json', '{"name":"Mario"}'), ticket], {
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => (stderr += s) },
      readFile: (p) => readFile(p),
      readStdin: async () => Buffer.from(''),
      env: {},
    });
    expect(code).toBe(2);
    expect(stderr).toBe('ticket-check: RangeError: Maximum call stack size exceeded\n');
  });
});
