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
      },
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
        { path: '/modules/2', message: 'required property "address" is missing' },
        {
          path: '/modules/2/id',
          message: 'must match pattern ^[a-z0-9][a-z0-9-]*$ (got "Tributi Comune")',
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
      /admin\.json: invalid directory file:\n {2}at \/modules\/0\/keyword: unknown property "keyword" \(allowed: id, name, address, description, keywords\)/,
    );
  });

  test('broken JSON is reported as such', () => {
    expect(() => parseDirectory('{ "modules": ', 'admin.json')).toThrow(
      /admin\.json.*not valid JSON/s,
    );
  });
});
