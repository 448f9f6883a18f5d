import { execFile } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import defaultDirectory from '../../../assets/directory/ticket-directory.json';
import { cliMessages } from '../../../src/cli/cli-messages';
import { emlToDraft } from '../../../src/cli/eml-to-draft';
import { runCli } from '../../../src/cli/run-cli';
import { translator } from '../../../src/ui/i18n';
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
/** Control characters other than the line feed, and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- the point of the pattern
const controls = new RegExp('[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u202a-\\u202e]');

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
        ['file', 'findings', 'incomplete', 'module', 'ticketType', 'verdict'].sort(),
      );
      expect(['block', 'warn', 'ok']).toContain(result.verdict);
      // Every check ran on these mails.
      expect(result.incomplete).toEqual([]);
      for (const f of result.findings) {
        expect(Object.keys(f).sort()).toEqual(
          ['excerpt', 'fix', 'location', 'message', 'rule', 'severity'].sort(),
        );
        expect(f.message.length).toBeGreaterThan(0);
      }
      if (result.module) {
        expect(Object.keys(result.module).sort()).toEqual(['address', 'confidence', 'id', 'name']);
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

  it('gives each finding its location, excerpt and fix title, and the module its name', async () => {
    const r = await run(['--format', 'json', example('04-operatore-personale.eml')]);
    const [result] = json(r);
    // A signature certificate refused while signing mandati: the device's module, sistemistica.
    expect(result?.module).toMatchObject({ id: 'sistemistica', name: expect.any(String) });
    expect(result?.module?.name.length).toBeGreaterThan(0);
    const personal = result?.findings.find((f) => f.rule === 'personal-recipient');
    expect(personal?.location?.field).toBe('to');
    expect(personal?.excerpt).toMatch(/@palitalsoft\.example$/);
    expect(personal?.fix).toEqual({ id: 'use-module-address', title: expect.any(String) });
    expect(personal?.fix?.title).toContain('sistemistica@');
    const withOffsets = json(
      await run(['--format', 'json', example('03-aiuto-generico.eml')]),
    )[0]!.findings.find((f) => f.location?.start !== undefined);
    expect(withOffsets?.location).toEqual({
      field: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
    });
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
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => /^ {2}errore {2}\S/.test(l));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines.slice(at).find((l) => /^ {10}subject-missing\b/.test(l))).toBeDefined();
    expect(r.stdout).toContain('✖ da correggere');
    expect(lines.filter(Boolean).pop()).toMatch(
      /^✖ 2 file: 1 da correggere, 1 pronto; \d+ error[ei]/,
    );
    expect(r.stdout).not.toMatch(ansi);
  });

  it('speaks English with --locale en', async () => {
    const r = await run(['--locale', 'en', emptySubject]);
    expect(r.stdout).toContain('✖ needs fixing');
    expect(r.stdout).toMatch(/✖ 1 file: 1 needs fixing; \d+ errors?, \d+ warnings?/);
    // Only the mail's own words (the proposed subject quotes them) may be Italian.
    expect(r.stdout).not.toMatch(/ errore |Modulo:|Tipo:|Oggetto|Correzione|da correggere/);
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
    [['--bogus', emptySubject], /opzione sconosciuta: --bogus\n/],
    [['--format'], /manca il valore di -f, --format\n/],
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

describe('ticket-check stylish output, read by a person in a terminal', () => {
  const examples = readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.eml'))
    .map(example);

  it.each(['it', 'en'])('fits every line in 80 columns (%s)', async (locale) => {
    const longName = writeTmp(`${'verbale-'.repeat(12)}.eml`, readFileSync(emptySubject, 'utf8'));
    const r = await run(['--locale', locale, ...examples, longName]);
    const tooLong = r.stdout.split('\n').filter((l) => [...l].length > 80);
    expect(tooLong).toEqual([]);
  });

  it('ends with ✔ and exits 0 when every file is ready, suggestions or not', async () => {
    const r = await run([goodTicket, example('06-formazione-protocollo.eml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('suggeriment');
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^✔ 2 file: 2 pronti; 0 errori, 0 avvisi/);
  });

  it('ends with ⚠ and exits 0 when a ticket is worth a check but none needs fixing', async () => {
    const r = await run([goodTicket, example('05-risposta-notifica.eml')]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^⚠ 2 file: 1 da rivedere, 1 pronto;/);
  });

  it('ends with ✖ and counts a file it could not read, agreeing with exit code 2', async () => {
    const r = await run([goodTicket, join(tmp, 'assente.eml')]);
    expect(r.code).toBe(2);
    expect(r.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ 2 file: 1 pronto, 1 non letto;/);
    const none = await run([join(tmp, 'assente.eml')]);
    expect(none.code).toBe(2);
    expect(none.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ 1 file: 1 non letto;/);
  });

  it('uses the pane’s verdict words', () => {
    for (const locale of ['it', 'en'] as const) {
      const t = translator(locale);
      expect(cliMessages[locale].verdict).toEqual({
        block: t('verdictBlockTitle').toLowerCase(),
        warn: t('verdictWarnTitle').toLowerCase(),
        ok: t('verdictOkTitle').toLowerCase(),
      });
    }
  });

  it('prints nothing from a mail that could drive the terminal', async () => {
    const esc = '\u001b';
    const bel = '\u0007';
    // The proposed subject (a fix title) quotes the body; the excerpt of "URGENTE" too.
    const crafted = writeTmp(
      'crafted.eml',
      [
        'From: x@comune.example.it',
        'To: tributi@ticket.palitalsoft.example',
        'Subject: Richiesta assistenza',
        'Date: Mon, 3 Mar 2025 10:00:00 +0100',
        '',
        'Buongiorno,',
        `il calcolo IMU non funziona ${esc}]52;c;ZXZpbA==${bel}${esc}]0;pwned${bel}${esc}[2J e da ieri il programma restituisce errore URGENTE\u202e!!!`,
        'Grazie',
        '',
      ].join('\r\n'),
    );
    const fromMail = json(await run(['--format', 'json', crafted]));
    expect(JSON.stringify(fromMail)).toContain('\\u001b]52'); // the engine does pass it on
    for (const isTTY of [false, true]) {
      const r = await run([crafted], { isTTY });
      // The proposal ends at the first clause (";"); the escapes in it are shown as blanks.
      expect(r.stdout.replace(/\n\s+/g, ' ')).toContain('il calcolo IMU non funziona ]52');
      // Our own colours are SGR sequences (ESC [ … m); nothing else may reach the terminal.
      const withoutColours = r.stdout.replace(new RegExp(`${esc}\\[[0-9;]*m`, 'g'), '');
      expect(withoutColours).not.toMatch(controls);
    }
  });

  it('prints no OSC 52 clipboard write from a subject, nor escapes from a module name', async () => {
    const osc52 = '\u001b]52;c;ZWNobyBwd25lZA==\u0007';
    const subject = `URGENTE${osc52}\u009b2J Sollecito!!!`;
    const encoded = `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
    const mail = writeTmp(
      'osc52-subject.eml',
      [
        'From: Mario Rossi <mario.rossi@comune.example.it>',
        'To: demografici@ticket.palitalsoft.example',
        `Subject: ${encoded}`,
        'Date: Mon, 3 Mar 2025 10:00:00 +0100',
        '',
        'Buongiorno, non funziona.',
        '',
      ].join('\r\n'),
    );
    // The admin's module name is printed in the "Modulo:" line: an escape there is shown blank.
    const modules = defaultDirectory.modules.map((m) =>
      m.id === 'demografici' ? { ...m, name: 'Demografici\u001b]0;titolo\u0007\u001b[2J' } : m,
    );
    const admin = writeTmp('escape-name.json', JSON.stringify({ ...defaultDirectory, modules }));
    const raw = json(await run(['--format', 'json', '--directory', admin, mail]))[0]!;
    // The engine reads subject and module as they are: findings on the subject, the raw name.
    expect(raw.findings.some((f) => f.location?.field === 'subject')).toBe(true);
    expect(raw.module?.name).toContain('\u001b]0;titolo');
    for (const isTTY of [false, true]) {
      const r = await run(['--directory', admin, mail], { isTTY });
      expect(r.stdout).toMatch(/Modulo: Demografici +\]0;titolo +\[2J,/);
      // Our own colours are SGR sequences (ESC [ … m); nothing else may reach the terminal.
      const sgr = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
      expect(r.stdout.replace(sgr, '')).not.toMatch(controls);
    }
  });

  it('does not print control characters from a file name on stderr either', async () => {
    const r = await run([join(tmp, 'x\u001b]0;title\u0007.eml')]);
    expect(r.stderr).toContain('x ]0;title .eml');
    expect(r.stderr).not.toMatch(controls);
  });
});

describe('ticket-check --directory alone', () => {
  it('validates the admin file without any mail and exits 0', async () => {
    const r = await run(['--directory', join(root, 'assets/directory/ticket-directory.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ticket-directory\.json: valido, \d+ moduli \(indirizzi segnaposto/);
    expect(r.stderr).toBe('');
  });

  it('exits 2 with the problems when the file is invalid', async () => {
    const bad = structuredClone(defaultDirectory) as { modules: { address: string }[] };
    bad.modules[0]!.address = 'non-un-indirizzo';
    const file = writeTmp('bad-alone.json', JSON.stringify(bad));
    const r = await run(['--directory', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('/modules/0/address');
    expect(r.stdout).toBe('');
  });

  it('answers in JSON with --format json', async () => {
    const r = await run([
      '--format',
      'json',
      '--directory',
      join(root, 'assets/directory/ticket-directory.json'),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      directory: expect.stringMatching(/ticket-directory\.json$/),
      valid: true,
      modules: defaultDirectory.modules.length,
      placeholder: true,
    });
  });
});

describe('ticket-check speaks one language per run', () => {
  it('words everything in English when the settings file asks for it', async () => {
    const settings = writeTmp('english.json', JSON.stringify({ language: 'en', phone: 42 }));
    const r = await run(['--settings', settings, emptySubject]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid --settings file/);
    expect(r.stderr).not.toMatch(/non valido|deve essere/);
  });

  it('names an unreadable message in Italian in an Italian run', async () => {
    const notMail = writeTmp('binary.eml', Buffer.from([0, 159, 146, 150]).toString());
    const r = await run([notMail]);
    expect(r.stderr).toMatch(/impossibile leggere il messaggio: non è un messaggio e-mail/);
    expect(r.stderr).not.toMatch(/not a|cannot/);
  });
});

describe('ticket-check reads messages as streams', () => {
  it('counts an attachment streamed from disk without keeping it', async () => {
    const big = Buffer.alloc(3 * 1024 * 1024, 7);
    const eml = [
      'From: Mario Rossi <mario.rossi@comune.example.it>',
      'To: tributi@ticket.palitalsoft.example',
      'Subject: Tributi - errore calcolo IMU',
      'Date: Mon, 3 Mar 2025 10:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Il calcolo IMU restituisce errore.',
      '--B',
      'Content-Type: application/pdf; name="dump.pdf"',
      'Content-Disposition: attachment; filename="dump.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      big.toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--B--',
      '',
    ].join('\r\n');
    const file = writeTmp('big.eml', eml);
    let out = '';
    const code = await runCli(['--format', 'json', file], {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: () => true },
      readFile: () => Promise.reject(new Error('messages must be streamed')),
      openFile: (p) => createReadStream(p, { highWaterMark: 64 * 1024 }),
      readStdin: async () => Buffer.alloc(0),
      env: {},
    });
    expect(code).not.toBe(2);
    expect(JSON.parse(out)[0].file).toBe(file);
    const draft = await emlToDraft(createReadStream(file));
    expect(draft.attachments).toEqual([
      { name: 'dump.pdf', contentType: 'application/pdf', size: big.length },
    ]);
  });

  it('reports a missing file opened as a stream as not found', async () => {
    let err = '';
    const code = await runCli([join(tmp, 'manca.eml')], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      readFile: (p) => readFile(p),
      openFile: (p) => createReadStream(p),
      readStdin: async () => Buffer.alloc(0),
      env: {},
    });
    expect(code).toBe(2);
    expect(err).toContain('file non trovato (ENOENT)');
  });
});
