import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import defaultDirectory from '../../../assets/directory/ticket-directory.json';
import { runCli } from '../../../src/cli/run-cli';
import type { CliIo } from '../../../src/cli/run-cli';
import type { JsonFileResult } from '../../../src/cli/format-json';

const root = join(__dirname, '..', '..', '..');
const example = (name: string): string => join(root, 'examples', name);
const emptySubject = example('02-oggetto-vuoto.eml');
const goodTicket = example('01-anomalia-tari-corretto.eml');
const tmp = mkdtempSync(join(tmpdir(), 'ticket-check-test-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: string[],
  opts: { stdin?: string; isTTY?: boolean; env?: Record<string, string> } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.isTTY ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: (p) => readFile(p),
    readStdin: async () => Buffer.from(opts.stdin ?? ''),
    env: opts.env ?? {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const json = (r: Run): JsonFileResult[] => JSON.parse(r.stdout) as JsonFileResult[];
const rulesOf = (r: JsonFileResult): string[] => r.findings.map((f) => f.rule);
const ansi = new RegExp(String.fromCharCode(27) + '\\[');

function writeTmp(name: string, content: string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('ticket-check JSON output', () => {
  it('reports one object per file with verdict, findings, module and ticket type', async () => {
    const r = await run(['--format', 'json', goodTicket, emptySubject]);
    const results = json(r);
    expect(results.map((x) => x.file)).toEqual([goodTicket, emptySubject]);
    for (const result of results) {
      expect(Object.keys(result).sort()).toEqual(
        ['file', 'findings', 'module', 'ticketType', 'verdict'].sort(),
      );
      expect(['block', 'warn', 'ok']).toContain(result.verdict);
      for (const f of result.findings) {
        expect(Object.keys(f).sort()).toEqual(['message', 'rule', 'severity']);
        expect(f.message.length).toBeGreaterThan(0);
      }
      if (result.module) {
        expect(Object.keys(result.module).sort()).toEqual(['address', 'confidence', 'id']);
        expect(result.module.confidence).toBeGreaterThan(0);
        expect(result.module.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('flags the empty subject as a blocking error and exits with 1', async () => {
    const r = await run(['--format', 'json', emptySubject]);
    expect(r.code).toBe(1);
    const [result] = json(r);
    expect(result?.verdict).toBe('block');
    expect(result?.findings).toContainEqual(
      expect.objectContaining({ rule: 'subject-missing', severity: 'error' }),
    );
    expect(r.stderr).toBe('');
  });

  it('exits with 0 when no file is blocked', async () => {
    const r = await run(['--format', 'json', goodTicket]);
    expect(r.code).toBe(0);
    expect(json(r)[0]?.verdict).not.toBe('block');
  });
});

describe('ticket-check stylish output', () => {
  it('names each file, shows the verdict and the rule ids, and ends with a summary', async () => {
    const r = await run([goodTicket, emptySubject]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(goodTicket);
    expect(r.stdout).toContain(emptySubject);
    const line = r.stdout.split('\n').find((l) => l.includes('subject-missing'));
    expect(line).toMatch(/^\s+errore\s+\S.*\s+subject-missing$/);
    expect(r.stdout).toContain('bloccato');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ \d+ problem[ai] \(\d+ error[ei]/);
    expect(r.stdout).not.toMatch(ansi);
  });

  it('speaks English with --locale en', async () => {
    const r = await run(['--locale', 'en', emptySubject]);
    expect(r.stdout).toContain('blocked');
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?/);
    expect(r.stdout).not.toContain('errore');
  });

  it('uses colours only on a terminal and never with NO_COLOR', async () => {
    expect((await run([emptySubject], { isTTY: true })).stdout).toMatch(ansi);
    expect((await run([emptySubject], { isTTY: false })).stdout).not.toMatch(ansi);
    const noColor = await run([emptySubject], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(ansi);
    expect(noColor.stdout).toContain('subject-missing');
  });
});

describe('ticket-check errors', () => {
  it('names an unreadable file, still reports the others and exits with 2', async () => {
    const missing = join(tmp, 'non-esiste.eml');
    const r = await run(['--format', 'json', emptySubject, missing, goodTicket]);
    expect(r.code).toBe(2); // 2 wins over the 1 of the blocked file
    expect(r.stderr).toContain(missing);
    expect(r.stderr).toContain('ENOENT');
    expect(json(r).map((x) => x.file)).toEqual([emptySubject, goodTicket]);
  });

  it('rejects a file that is not an e-mail message, naming it', async () => {
    const notMail = writeTmp('note.txt', 'solo testo, niente intestazioni\n');
    const r = await run([notMail, goodTicket]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(notMail);
    expect(r.stderr).toMatch(/non è un messaggio e-mail/);
    expect(r.stdout).toContain(goodTicket);
  });

  it('stops with 2 and names the JSON path when --directory is invalid', async () => {
    const bad = structuredClone(defaultDirectory) as { modules: { address: string }[] };
    bad.modules[1]!.address = 'non-un-indirizzo';
    const file = writeTmp('bad-directory.json', JSON.stringify(bad));
    const r = await run(['--directory', file, emptySubject]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('/modules/1/address');
    expect(r.stdout).toBe('');
  });

  it('reports a --directory file that is not JSON or does not exist', async () => {
    const broken = writeTmp('broken.json', '{ "modules": [ ');
    const r1 = await run(['--directory', broken, emptySubject]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain(broken);
    expect(r1.stderr).toMatch(/JSON/);
    const r2 = await run(['--directory', join(tmp, 'assente.json'), emptySubject]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('assente.json');
  });

  it('stops with 2 and names the key when --settings is invalid', async () => {
    const file = writeTmp(
      'bad-settings.json',
      JSON.stringify({
        name: 'Mario Rossi',
        availability: [{ days: 'lun', from: '9', to: '13:00' }],
      }),
    );
    const r = await run(['--settings', file, emptySubject]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('/availability/0/from');

    const typo = writeTmp('typo-settings.json', JSON.stringify({ nome: 'Mario Rossi' }));
    const r2 = await run(['--settings', typo, emptySubject]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/\/nome.*"nome"/);
  });

  it('words the problems of a settings file in the chosen language, never mixed', async () => {
    const file = writeTmp(
      'mixed-settings.json',
      JSON.stringify({ enti: 'Rimini', availability: [{ days: 'lun', from: '9', to: '13:00' }] }),
    );
    const italian = await run(['--settings', file, emptySubject]);
    expect(italian.code).toBe(2);
    expect(italian.stderr).toMatch(/\/enti: deve essere un elenco/);
    expect(italian.stderr).toMatch(/\/availability\/0\/from: serve un orario nella forma HH:MM/);
    expect(italian.stderr).not.toMatch(/invalid|must be|expected/);
    const en = await run(['--locale', 'en', '--settings', file, emptySubject]);
    expect(en.stderr).toMatch(/\/enti: must be an array/);
    expect(en.stderr).not.toMatch(/non valido|deve essere/);
  });

  it.each([
    [[], /nessun file/],
    [['--format', 'xml', emptySubject], /--format.*xml/],
    [['--locale', 'de', emptySubject], /--locale.*de/],
    [['--bogus', emptySubject], /--bogus/],
    [['-', '-'], /una sola volta/],
  ])('treats %j as a usage error (exit 2)', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('prints the usage with --help', async () => {
    const it = await run(['--help']);
    expect(it.code).toBe(0);
    expect(it.stdout.split('\n')[0]).toMatch(/^Uso: ticket-check/);
    expect(it.stdout).toContain('--directory');
    const en = await run(['--help', '--locale', 'en']);
    expect(en.stdout.split('\n')[0]).toMatch(/^Usage: ticket-check/);
  });
});

describe('ticket-check configuration', () => {
  it('applies the admin file: a rule switched off there is not reported', async () => {
    const admin = { ...defaultDirectory, rules: { 'subject-missing': 'off' } };
    const file = writeTmp('admin.json', JSON.stringify(admin));
    const r = await run(['--format', 'json', '--directory', file, emptySubject]);
    expect(rulesOf(json(r)[0]!)).not.toContain('subject-missing');
    const without = await run(['--format', 'json', emptySubject]);
    expect(rulesOf(json(without)[0]!)).toContain('subject-missing');
  });

  it('takes the language from --settings, and --locale wins over it', async () => {
    const file = writeTmp('en-settings.json', JSON.stringify({ language: 'en' }));
    const message = async (argv: string[]): Promise<string | undefined> =>
      json(await run(['--format', 'json', ...argv, emptySubject]))[0]?.findings.find(
        (f) => f.rule === 'subject-missing',
      )?.message;
    const italian = await message([]);
    const english = await message(['--settings', file]);
    expect(english).toBeDefined();
    expect(english).not.toBe(italian);
    expect(await message(['--locale', 'en'])).toBe(english);
    expect(await message(['--settings', file, '--locale', 'it'])).toBe(italian);
  });

  it('accepts the example settings file', async () => {
    const r = await run(['--settings', example('settings.json'), '--format', 'json', goodTicket]);
    expect(r.stderr).toBe('');
    expect(json(r)).toHaveLength(1);
  });
});

describe('ticket-check standard input', () => {
  it('checks one message read from "-"', async () => {
    const r = await run(['--format', 'json', '-'], { stdin: readFileSync(emptySubject, 'utf8') });
    expect(r.code).toBe(1);
    const [result] = json(r);
    expect(result?.file).toBe('<stdin>');
    expect(rulesOf(result!)).toContain('subject-missing');
  });

  it('works through the real process: stdin pipe, stdout and exit code', async () => {
    const child = execFile(
      process.execPath,
      [require.resolve('tsx/cli'), join(root, 'src/cli/main.ts'), '--format', 'json', '-'],
      { cwd: root },
    );
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin?.end(readFileSync(emptySubject));
    const code = await done;
    expect(code).toBe(1);
    expect((JSON.parse(out) as JsonFileResult[])[0]?.findings.map((f) => f.rule)).toContain(
      'subject-missing',
    );
  }, 20000);
});
