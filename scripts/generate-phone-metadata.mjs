// Generates src/core/phone/metadata.it.json: libphonenumber-js's own "max" metadata (which has
// the number types needed to tell fixed from mobile) limited to Italy, Vatican City and San
// Marino, so the browser bundles do not carry the whole world (~145 KB).
// Run again after upgrading libphonenumber-js: node scripts/generate-phone-metadata.mjs, then
// npm run phone-classifier (onsend.js's classifier is compiled from this file).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import prettier from 'prettier';

const require = createRequire(import.meta.url);
const full = JSON.parse(
  readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'),
);
const countries = ['IT', 'VA', 'SM'];
const out = {
  version: full.version,
  country_calling_codes: {},
  countries: {},
  nonGeographic: {},
};
for (const [code, list] of Object.entries(full.country_calling_codes)) {
  const kept = list.filter((c) => countries.includes(c));
  if (kept.length > 0) out.country_calling_codes[code] = list.filter((c) => countries.includes(c));
}
for (const c of countries) out.countries[c] = full.countries[c];
const target = new URL('../src/core/phone/metadata.it.json', import.meta.url);
// Formatted like every other file of the repository (npm run lint checks it).
const text = await prettier.format(JSON.stringify(out), { parser: 'json' });
writeFileSync(target, text);
console.log(`wrote ${target.pathname} (${JSON.stringify(out).length} bytes)`);
console.log('now run `npm run phone-classifier`: onsend.js compiles its classifier from it');
