// Hostile policies.json content must never stop the extension: the bundled directory is used and
// the notice names the first problems (issue 11, point 8).
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import { loadManagedAdminConfig } from '../../../src/hosts/thunderbird/managed-config';
import type { TbApi } from '../../../src/hosts/thunderbird/tb-api';

const storage = (data: unknown) =>
  ({ managed: { get: async () => data } }) as unknown as TbApi['storage'];

const base = {
  officialListUrl: 'https://fornitore.example/indirizzi/',
  vendorDomains: ['fornitore.example'],
  modules: [
    { id: 'tributi', name: 'Tributi', address: 'tributi@fornitore.example', keywords: ['IMU'] },
  ],
};

describe('loadManagedAdminConfig with hostile policies', () => {
  test('a value nested 50,000 levels deep: bundled directory and a one-line notice', async () => {
    let nested: unknown = [];
    for (let i = 0; i < 50_000; i++) nested = [nested];
    const result = await loadManagedAdminConfig(storage({ ...base, rules: { booking: nested } }));
    expect(result.config).toBe(defaultDirectory);
    expect(result.source).toBe('bundled');
    expect(result.error?.split('\n')).toEqual([
      'policies.json (3rdparty): invalid configuration:',
      '  at /rules/booking: must be one of "error", "warning", "info", "off" (got [[[[[[[[[…]]]]]]]]])',
    ]);
  });

  test('10,000 bad modules: 20 issues listed and the rest counted', async () => {
    const modules = Array.from({ length: 10_000 }, (_, i) => ({
      ...base.modules[0],
      address: `tributi${i}@fornitore.example, altro@x.it`,
    }));
    const result = await loadManagedAdminConfig(storage({ directory: { ...base, modules } }));
    expect(result.config).toBe(defaultDirectory);
    const lines = result.error!.split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[1]).toMatch(
      /^ {2}at \/directory\/modules\/0\/address \(module "tributi"\): must be one e-mail address/,
    );
    expect(lines[21]).toBe('  … and 9980 more');
  });

  test('a getter that throws while being checked: bundled directory, the reason named', async () => {
    const data = { ...base };
    Object.defineProperty(data, 'mode', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = await loadManagedAdminConfig(storage(data));
    expect(result.config).toBe(defaultDirectory);
    expect(result.error).toBe(
      'policies.json (3rdparty): invalid configuration:\n  at /: could not be checked (boom)',
    );
  });
});
