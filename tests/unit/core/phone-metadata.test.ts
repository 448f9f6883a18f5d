// The committed Italy-only metadata must match the installed libphonenumber-js: after an upgrade,
// run `node scripts/generate-phone-metadata.mjs` so new number ranges are recognised.
import full from 'libphonenumber-js/metadata.max.json';
import italy from '../../../src/core/phone/metadata.it.json';

test('Italy-only phone metadata matches the installed libphonenumber-js', () => {
  const lib = full as unknown as { version: number; countries: Record<string, unknown> };
  expect(italy.version).toBe(lib.version);
  for (const country of ['IT', 'VA', 'SM'] as const) {
    expect((italy.countries as Record<string, unknown>)[country]).toEqual(lib.countries[country]);
  }
});
