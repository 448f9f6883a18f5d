// Compiles libphonenumber-js's Italian, Vatican and San Marino metadata
// (src/core/phone/metadata.it.json) into the numbering plans the browser bundles classify phone
// numbers with (src/core/phone/compiled-classify-number.ts): regex literals and length lists,
// so they ship neither the library nor its metadata interpreter, and nothing is
// built from a string at run time. The metadata is read through the library's own Metadata
// class, so which array slot holds what stays the library's business.
//   npm run phone-classifier             rewrites the generated file
//   npm run phone-classifier -- --check  exits 1 when the generated file is older than the metadata
// Run it after `node scripts/generate-phone-metadata.mjs` (a libphonenumber-js upgrade).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Metadata, type MetadataJson } from 'libphonenumber-js/core';

const root = path.resolve(__dirname, '..');
export const SOURCE = 'src/core/phone/metadata.it.json';
export const OUT = 'src/core/phone/generated/phone-plans.ts';
/** The country the engine parses national numbers for (parsePhoneNumberFromString(key, 'IT')). */
export const DEFAULT_COUNTRY = 'IT';

/** What the generator reads of libphonenumber-js's Metadata (its typings declare less). */
interface MetadataReader {
  countryCallingCodes(): Record<string, string[]>;
  nonGeographic(): Record<string, unknown> | undefined;
  getCountries(): string[];
  selectNumberingPlan(country: string): MetadataReader;
  numberingPlan: {
    callingCode(): string;
    IDDPrefix(): string | undefined;
    nationalNumberPattern(): string;
    possibleLengths(): number[] | undefined;
    nationalPrefixForParsing(): string | undefined;
    nationalPrefixTransformRule(): string | undefined;
    leadingDigits(): string | undefined;
    type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
  };
}

/** The library's order of non-fixed types (helpers/getNumberType.js); MOBILE comes first. */
const OTHER_TYPES = [
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

interface TypeData {
  pattern: string;
  lengths: number[];
}

interface CountryData {
  callingCode: string;
  idd: string;
  nationalNumber: string;
  lengths: number[];
  leadingDigits: string | null;
  prefixForParsing: string | null;
  prefixTransform: string | null;
  fixed: TypeData | null;
  mobile: TypeData | null;
  others: TypeData[];
}

export interface PlansData {
  defaultCountry: string;
  callingCodes: Record<string, string[]>;
  countries: Record<string, CountryData>;
}

/**
 * Patterns become regex literals in an ES2016 file: only the syntax libphonenumber-js's metadata
 * uses today (digits, \d, classes, groups, alternation, quantifiers, anchors). Anything else
 * (lookbehind, named groups, \p{…}, other escapes) stops the build instead of shipping unchecked.
 */
function checkedPattern(pattern: string, where: string): string {
  if (!/^(?:\\d|[0-9()?:|[\]{},\-$^*+])*$/.test(pattern) || /\(\?[^:]/.test(pattern)) {
    throw new Error(`${where}: pattern ${JSON.stringify(pattern)} uses syntax not compiled here`);
  }
  new RegExp(pattern); // a broken pattern fails here, not in onsend.js
  return pattern;
}

/** The plans data of every country in `metadataJson`, checked for what the classifier supports. */
export function compilePlans(metadataJson: unknown, defaultCountry = DEFAULT_COUNTRY): PlansData {
  const metadata = new Metadata(metadataJson as MetadataJson) as unknown as MetadataReader;
  const nonGeographic = metadata.nonGeographic();
  if (nonGeographic && Object.keys(nonGeographic).length > 0) {
    throw new Error('non-geographic calling codes are not supported by the compiled classifier');
  }
  const callingCodes: Record<string, string[]> = {};
  for (const [code, countries] of Object.entries(metadata.countryCallingCodes())) {
    if (countries.includes('001')) {
      throw new Error(`calling code ${code}: non-geographic numbering plans are not supported`);
    }
    callingCodes[code] = [...countries];
  }
  const countries: Record<string, CountryData> = {};
  for (const country of metadata.getCountries()) {
    const plan = metadata.selectNumberingPlan(country).numberingPlan;
    const where = `metadata of ${country}`;
    const lengths = plan.possibleLengths();
    if (!lengths || lengths.length === 0) throw new Error(`${where}: no possible lengths`);
    const idd = plan.IDDPrefix();
    if (!idd) throw new Error(`${where}: no international dialling prefix`);
    const typeData = (name: string): TypeData | null => {
      const type = plan.type(name);
      // The library skips a type without a pattern (isNumberTypeEqualTo).
      if (!type || !type.pattern()) return null;
      return {
        pattern: checkedPattern(type.pattern(), `${where}, ${name}`),
        lengths: type.possibleLengths() ?? lengths,
      };
    };
    const prefixForParsing = plan.nationalPrefixForParsing() || null;
    countries[country] = {
      callingCode: plan.callingCode(),
      idd: checkedPattern(idd, `${where}, IDD prefix`),
      nationalNumber: checkedPattern(plan.nationalNumberPattern(), `${where}, national number`),
      lengths,
      leadingDigits: plan.leadingDigits()
        ? checkedPattern(plan.leadingDigits()!, `${where}, leading digits`)
        : null,
      prefixForParsing: prefixForParsing && checkedPattern(prefixForParsing, `${where}, prefix`),
      prefixTransform: plan.nationalPrefixTransformRule() || null,
      fixed: typeData('FIXED_LINE'),
      mobile: typeData('MOBILE'),
      others: OTHER_TYPES.map(typeData).filter((t): t is TypeData => t !== null),
    };
  }
  if (!countries[defaultCountry]) throw new Error(`no metadata for ${defaultCountry}`);
  for (const [code, list] of Object.entries(callingCodes)) {
    for (const c of list) {
      if (!countries[c]) throw new Error(`calling code ${code}: no metadata for ${c}`);
    }
  }
  return { defaultCountry, callingCodes, countries };
}

/** `^(?:p)$` or `^(?:p)` as a regex literal; RegExp#source escapes what a literal needs. */
function literal(pattern: string, whole: boolean): string {
  return `/${new RegExp(`^(?:${pattern})${whole ? '$' : ''}`).source}/`;
}

function renderType(type: TypeData | null): string {
  if (!type) return 'null';
  return `{ pattern: ${literal(type.pattern, true)}, lengths: ${JSON.stringify(type.lengths)} }`;
}

function renderCountry(c: CountryData): string {
  const optional = (p: string | null, whole: boolean) => (p ? literal(p, whole) : 'null');
  return `{
    callingCode: ${JSON.stringify(c.callingCode)},
    idd: ${literal(c.idd, false)},
    nationalNumber: ${literal(c.nationalNumber, true)},
    lengths: ${JSON.stringify(c.lengths)},
    leadingDigits: ${optional(c.leadingDigits, false)},
    prefixForParsing: ${optional(c.prefixForParsing, false)},
    prefixTransform: ${JSON.stringify(c.prefixTransform)},
    fixed: ${renderType(c.fixed)},
    mobile: ${renderType(c.mobile)},
    others: [${c.others.map(renderType).join(', ')}],
  }`;
}

export async function generate(metadataJson: unknown): Promise<string> {
  const plans = compilePlans(metadataJson);
  const version = (metadataJson as { version?: unknown }).version;
  const countries = Object.entries(plans.countries)
    .map(([name, c]) => `${name}: ${renderCountry(c)}`)
    .join(',\n');
  const code = [
    // Wrapped as the library's matchesEntirely wraps them; the backtracking rules still apply.
    '/* eslint-disable regexp/no-useless-non-capturing-group */',
    `// GENERATED by scripts/compile-phone-classifier.ts from ${SOURCE}`,
    `// (libphonenumber-js metadata, format version ${String(version)}): do not edit.`,
    '// Run `npm run phone-classifier` after regenerating the metadata.',
    "import type { PhonePlans } from '../compiled-classify-number';",
    '',
    'export const phonePlans: PhonePlans = {',
    `  defaultCountry: ${JSON.stringify(plans.defaultCountry)},`,
    `  callingCodes: ${JSON.stringify(plans.callingCodes)},`,
    `  countries: {\n${countries}\n  },`,
    '};',
    '',
  ].join('\n');
  // Loaded here: the tests read this file's exports under jest, which cannot load prettier.
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(path.join(root, OUT))) ?? {};
  return prettier.format(code, { ...config, parser: 'typescript' });
}

async function main(argv: string[]): Promise<number> {
  const metadataJson: unknown = JSON.parse(readFileSync(path.join(root, SOURCE), 'utf8'));
  const code = await generate(metadataJson);
  const file = path.join(root, OUT);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // not generated yet
  }
  if (current === code) return 0;
  if (argv.includes('--check')) {
    console.error(`${OUT} is older than ${SOURCE}: run npm run phone-classifier`);
    return 1;
  }
  writeFileSync(file, code);
  console.log(`${OUT} ← ${SOURCE} (${code.length} bytes)`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (stale) => {
      process.exitCode = stale;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
