// onsend.js's stand-in for the admin file's problem wording: the same compiled validator decides,
// and only the first problem is given (path and keyword), for the Outlook runtime log.
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import {
  allowedProperties,
  validate,
} from '../../../src/core/directory/generated/directory-schema';
import {
  runSchema as fullRunSchema,
  type CompiledSchema,
} from '../../../src/core/directory/schema-issues';
import { issueLines, runSchema } from '../../../src/hosts/outlook/onsend/brief-schema-issues';

type Editable = Record<string, unknown> & { modules: Record<string, unknown>[] };

function broken(edit: (d: Editable) => void): Editable {
  const d = structuredClone(defaultDirectory) as unknown as Editable;
  edit(d);
  return d;
}

const check = (data: unknown) => runSchema(validate as CompiledSchema, allowedProperties, data);

const invalid: [string, unknown][] = [
  ['a module address that is not one address', broken((d) => (d.modules[2]!.address = 'a, b'))],
  ['a misspelt rule id', broken((d) => (d.rules = { 'availabilty-missing': 'off' }))],
  ['a module without keywords', broken((d) => delete d.modules[0]!.keywords)],
  ['an unknown property', broken((d) => (d.modulez = []))],
  ['no modules', broken((d) => (d.modules = []))],
  ['a list instead of the file', []],
];

describe('brief schema issues (onsend.js)', () => {
  it('accepts the shipped directory', () => {
    expect(check(defaultDirectory)).toEqual([]);
  });

  it.each(invalid)('refuses %s, as the full wording does, with one issue', (_what, data) => {
    expect(fullRunSchema(validate as CompiledSchema, allowedProperties, data)).not.toEqual([]);
    expect(check(data)).toHaveLength(1);
  });

  it('names where the first problem is and which schema keyword it fails', () => {
    expect(check(broken((d) => (d.modules[2]!.address = 'a, b')))).toEqual([
      { path: '/modules/2/address', message: expect.stringContaining('"pattern"') },
    ]);
    expect(
      check(broken((d) => (d.rules = { 'availabilty-missing': 'off' }))).map((i) => i.path),
    ).toEqual(['/rules/availabilty-missing']);
    expect(
      issueLines([{ path: '/modules/2/address', message: 'x', within: 'module "tributi"' }]),
    ).toEqual(['  at /modules/2/address (module "tributi"): x']);
  });

  it('turns a validator that throws into an issue instead of an exception', () => {
    const throwing = (() => {
      throw new Error('boom');
    }) as unknown as CompiledSchema;
    expect(runSchema(throwing, {}, {})).toEqual([
      { path: '', message: 'could not be checked (boom)' },
    ]);
  });
});
