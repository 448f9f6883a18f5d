import {
  DirectoryError,
  defaultDirectory,
  parseDirectory,
  validateDirectory,
} from '../../../src/core/directory/load-directory';

type Editable = Record<string, unknown> & { modules: Record<string, unknown>[] };

/** The shipped directory, changed by `edit`. */
function broken(edit: (d: Editable) => void): Editable {
  const d = structuredClone(defaultDirectory) as unknown as Editable;
  edit(d);
  return d;
}

describe('validateDirectory', () => {
  test('accepts the shipped directory', () => {
    expect(validateDirectory(defaultDirectory)).toEqual([]);
  });

  test('names an unknown property and the allowed ones, never "False boolean schema"', () => {
    const issues = validateDirectory(
      broken((d) => {
        d.modules[1]!.adress = 'x@y.it';
      }),
    );
    expect(issues).toEqual([
      {
        path: '/modules/1/adress',
        message: 'unknown property "adress" (allowed: id, name, address, description, keywords)',
        within: `module "${defaultDirectory.modules[1]!.id}"`,
      },
    ]);
  });

  test('refuses a misspelt rule id in "rules" instead of ignoring it', () => {
    const issues = validateDirectory(
      broken((d) => {
        d.rules = { 'availabilty-missing': 'off', insistence: 'info' };
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('/rules/availabilty-missing');
    expect(issues[0]!.message).toMatch(
      /^unknown property "availabilty-missing" \(allowed: .*\bavailability-missing\b.*\)$/,
    );
    expect(issues[0]!.message).not.toMatch(/boolean schema|propertyNames/i);
  });

  test('refuses raising an advisory rule (it reads the ticket type) above info, at its path', () => {
    const issues = validateDirectory(
      broken((d) => {
        d.rules = { 'paid-service': 'warning', 'attachment-suggested': 'off', insistence: 'error' };
      }),
    );
    expect(issues).toEqual([
      { path: '/rules/paid-service', message: 'must be one of "info", "off" (got "warning")' },
    ]);
  });

  test('names an unknown top-level key with the keys an admin may use', () => {
    const [issue] = validateDirectory(
      broken((d) => {
        d.modulo = [];
      }),
    );
    expect(issue!.path).toBe('/modulo');
    expect(issue!.message).toMatch(/^unknown property "modulo" \(allowed: .*\bmodules\b.*\)$/);
    expect(issue!.message).not.toMatch(/boolean schema/i);
  });

  test('says which required property is missing, also when the same object has another error', () => {
    const issues = validateDirectory(
      broken((d) => {
        delete d.modules[2]!.address;
        d.modules[2]!.id = 'Tributi Comune';
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          path: '/modules/2',
          message: 'required property "address" is missing',
          within: 'module "Tributi Comune"',
        },
        {
          path: '/modules/2/id',
          message: 'must match pattern ^[a-z0-9][a-z0-9-]*$ (got "Tributi Comune")',
          within: 'module "Tributi Comune"',
        },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  test('explains wrong types, values outside a list and empty lists', () => {
    const issues = validateDirectory(
      broken((d) => {
        d.placeholder = 'no';
        d.mode = 'blocca';
        d.rules = { booking: 'forte' };
        d.vendorDomains = [];
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: '/placeholder', message: 'must be a boolean (got the string "no")' },
        { path: '/mode', message: 'must be one of "block", "warn-only" (got "blocca")' },
        {
          path: '/rules/booking',
          message: 'must be one of "error", "warning", "info", "off" (got "forte")',
        },
        { path: '/vendorDomains', message: 'must not be empty' },
      ]),
    );
    expect(issues).toHaveLength(4);
  });

  test('a file that is not an object is reported at the root', () => {
    expect(validateDirectory([])).toEqual([
      { path: '', message: 'must be an object (got an array)' },
    ]);
  });
});

describe('parseDirectory', () => {
  test('the error names the file, the JSON path and the problem in plain words', () => {
    const json = JSON.stringify(
      broken((d) => {
        d.modules[0]!.keyword = ['IMU'];
      }),
    );
    expect(() => parseDirectory(json, 'admin.json')).toThrow(DirectoryError);
    expect(() => parseDirectory(json, 'admin.json')).toThrow(
      /admin\.json: invalid directory file:\n {2}at \/modules\/0\/keyword \(module "[a-z-]+"\): unknown property "keyword" \(allowed: id, name, address, description, keywords\)/,
    );
  });

  test('broken JSON is reported as such', () => {
    expect(() => parseDirectory('{ "modules": ', 'admin.json')).toThrow(
      /admin\.json.*not valid JSON/s,
    );
  });
});

describe('hostile admin files', () => {
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  test('a value nested 100,000 levels deep is one plain issue, not a stack overflow', () => {
    const json = JSON.stringify(broken(() => undefined)).replace(
      /}$/,
      `,"rules":{"booking":${deep(100_000)}}}`,
    );
    let error: unknown;
    try {
      parseDirectory(json, 'admin.json');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DirectoryError);
    const { issues } = error as DirectoryError;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('/rules/booking');
    expect(issues[0]!.message).toMatch(
      /^must be one of "error", "warning", "info", "off" \(got \[\[/,
    );
    expect(issues[0]!.message.length).toBeLessThan(150);
  });

  test('10,000 bad modules: every issue is kept, the message lists 20 and counts the rest', () => {
    const bad = broken((d) => {
      d.modules = Array.from({ length: 10_000 }, (_, i) => ({ id: `M ${i}`, adress: 1 }));
    });
    const issues = validateDirectory(bad);
    // Per module: the bad id, the unknown key, and the missing name, address, keywords.
    expect(issues).toHaveLength(50_000);
    expect(issues.slice(0, 5).map((i) => i.path)).toEqual([
      '/modules/0',
      '/modules/0',
      '/modules/0',
      '/modules/0/id',
      '/modules/0/adress',
    ]);
    let message = '';
    try {
      parseDirectory(JSON.stringify(bad), 'admin.json');
    } catch (err) {
      message = (err as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toHaveLength(1 + 20 + 1);
    expect(lines[21]).toBe('  … and 49980 more');
  });

  test('the summary line is Italian for Italian issues', async () => {
    const { issueLines } = await import('../../../src/core/directory/load-directory');
    const issues = Array.from({ length: 25 }, (_, i) => ({ path: `/x/${i}`, message: 'm' }));
    expect(issueLines(issues, 'it').at(-1)).toBe('  … e altri 5 problemi');
    expect(issueLines(issues.slice(0, 20), 'it')).toHaveLength(20);
  });

  test.each([
    ['a list', 'tributi@ticket.example.it, demografici@ticket.example.it'],
    ['a semicolon list', 'tributi@ticket.example.it;x@y.it'],
    ['a display name', 'Tributi <tributi@ticket.example.it>'],
    ['a quoted local part', '"tributi"@ticket.example.it'],
    ['a space', 'tributi @ticket.example.it'],
    ['no domain dot', 'tributi@localhost'],
    ['an empty domain label', 'tributi@ticket..example.it'],
    ['a control character', 'tributi\u0000@ticket.example.it'],
    ['a terminal escape', 'tributi@ticket.example.it\u001b[2J'],
    ['a C1 control', 'tributi@ticket\u009b.example.it'],
  ])('a module address that is %s is rejected as not one mailbox', (_case, address) => {
    const issues = validateDirectory(
      broken((d) => {
        d.modules[0]!.address = address;
        d.notificationSenders = [address];
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['/notificationSenders/0', '/modules/0/address']);
    expect(issues[1]!.message).toBe(
      `must be one e-mail address (name@domain), without spaces or , ; < > " (got ${JSON.stringify(address)})`,
    );
  });

  test('a plain mailbox address is accepted', () => {
    expect(
      validateDirectory(
        broken((d) => {
          d.modules[0]!.address = 'ufficio.tributi+ticket@assistenza.palitalsoft.it';
        }),
      ),
    ).toEqual([]);
  });
});

describe('compiled validators', () => {
  test('the committed generated code matches the schemas (else: npm run schemas)', async () => {
    const { spawnSync } = await import('node:child_process');
    const path = await import('node:path');
    const root = path.join(__dirname, '../../..');
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/compile-schemas.ts', '--check'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  test('the generated code has no eval, new Function or require', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { targets } = await import('../../../scripts/compile-schemas');
    for (const target of targets) {
      const code = readFileSync(path.join(__dirname, '../../..', target.out), 'utf8');
      expect(code).not.toMatch(/\beval\s*\(|new Function|\brequire\s*\(/);
    }
  });
});
