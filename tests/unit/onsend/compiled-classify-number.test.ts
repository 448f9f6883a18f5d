// The browser bundles (onsend.js, the task pane, the Thunderbird extension) classify phone
// numbers with libphonenumber-js's metadata compiled at build time
// (src/core/phone/compiled-classify-number.ts); the CLI and the package use the library itself. The library is the oracle: on every key the two must give the same answer, else a number
// accepted in the pane would be refused on Send (or the reverse). The corpus' own keys are
// compared in compiled-classify-number-corpus.test.ts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import fc from 'fast-check';
import examples from 'libphonenumber-js/examples.mobile.json';
import metadataJson from '../../../src/core/phone/metadata.it.json';
import { classify as library, type NumberClass } from '../../../src/core/phone/classify-number';
import { classify as compiled } from '../../../src/core/phone/compiled-classify-number';
import { compilePlans } from '../../../scripts/compile-phone-classifier';

const root = path.join(__dirname, '../../..');

/** Both answers for `key`, with the key named when they differ. */
function expectSameAnswer(key: string): NumberClass | null {
  const expected = library(key);
  const actual = compiled(key);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `key ${JSON.stringify(key)}: libphonenumber-js ${JSON.stringify(expected)}, ` +
        `compiled ${JSON.stringify(actual)}`,
    );
  }
  return expected;
}

describe('the generated numbering plans', () => {
  test('are what the generator makes of the committed metadata (else: npm run phone-classifier)', () => {
    const result = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/compile-phone-classifier.ts',
        '--check',
      ],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  test('the generator refuses pattern syntax it does not compile, naming country and pattern', () => {
    const broken = JSON.parse(JSON.stringify(metadataJson)) as {
      countries: Record<string, unknown[]>;
    };
    broken.countries.SM![2] = '(?<=0549)\\d{6}';
    expect(() => compilePlans(broken)).toThrow(
      'metadata of SM, national number: pattern "(?<=0549)\\\\d{6}" uses syntax not compiled here',
    );
  });

  test('the generator refuses non-geographic numbering plans instead of misreading them', () => {
    const withGlobal = { ...metadataJson, nonGeographic: { '800': ['800', '00'] } };
    expect(() => compilePlans(withGlobal)).toThrow(
      'non-geographic calling codes are not supported',
    );
  });
});

describe('hand-picked numbers: both classifiers give what the Italian numbering plan says', () => {
  const fixed = (e164: string) => ({ e164, type: 'fixed' });
  const mobile = (e164: string) => ({ e164, type: 'mobile' });
  test.each<[string, string, { e164: string; type: string } | null]>([
    // Landlines of every length the plan allows: 6 to 11 digits (0831 up to 12).
    ['Milan, 6 digits', '021234', fixed('+39021234')],
    ['Milan, 7 digits', '0212345', fixed('+390212345')],
    ['Milan, 8 digits', '02123456', fixed('+3902123456')],
    ['Milan, 9 digits', '021234567', fixed('+39021234567')],
    ['Milan, 10 digits', '0212345678', fixed('+390212345678')],
    ['Milan, 11 digits', '02123456789', fixed('+3902123456789')],
    ['Milan, 12 digits: too long', '021234567890', null],
    ['Brindisi 0831, 12 digits', '083112345678', fixed('+39083112345678')],
    ['Rimini', '0541123456', fixed('+390541123456')],
    ['Rimini, +39', '+390541123456', fixed('+390541123456')],
    ['Rimini, 0039 read as the international prefix', '00390541123456', fixed('+390541123456')],
    ['5 digits: too short', '05411', null],
    ['Rome 0660…', '066012345', fixed('+39066012345')],
    // Vatican City: 06698 is its own plan inside +39.
    ['Vatican, 10 digits', '0669812345', fixed('+390669812345')],
    ['Vatican, +39', '+390669812345', fixed('+390669812345')],
    ['Vatican, 6 digits', '066981', fixed('+39066981')],
    ['Vatican, 12 digits: too long', '066981234567', null],
    // San Marino: +378, 0549 landlines, 6-digit local numbers, 66/61 mobiles.
    ['San Marino landline', '+3780549912345', fixed('+3780549912345')],
    ['San Marino landline 05498', '+3780549812345', fixed('+3780549812345')],
    ['San Marino 05498 2…: unassigned', '+3780549823456', null],
    ['San Marino local number, 0549 added', '+378912345', fixed('+3780549912345')],
    ['San Marino, 00378', '003780549912345', fixed('+3780549912345')],
    ['San Marino mobile 66', '+37866123456', mobile('+37866123456')],
    ['San Marino mobile 61', '+37861123456', mobile('+37861123456')],
    ['San Marino 65…: unassigned', '+37865123456', null],
    ['0549 without +378: an Italian 0549 landline', '0549912345', fixed('+390549912345')],
    // Toll-free, premium, shared cost: numbers, but not a person's own.
    ['toll-free 800', '800123456', null],
    ['toll-free 803, 6 digits', '803123', null],
    ['toll-free, +39', '+39800123456', null],
    ['premium 892, 6 digits', '892123', null],
    ['premium 894', '894123', null],
    ['premium 899', '899123456', null],
    ['shared cost 848', '848123456', null],
    // Mobiles: 3 and 9 or 10 digits in all.
    ['mobile 333, 10 digits', '3331234567', mobile('+393331234567')],
    ['mobile 333, 9 digits', '333123456', mobile('+39333123456')],
    ['mobile 333, 8 digits: too short', '33312345', null],
    ['mobile 333, 11 digits: not a mobile', '33312345678', null],
    ['mobile 333, 12 digits: not a mobile', '333123456789', null],
    ['mobile 31 (10 digits only)', '3123456789', mobile('+393123456789')],
    ['31, 9 digits: not a mobile', '312345678', null],
    ['30…: not a mobile', '3001234567', null],
    ['mobile 39…', '3912345678', mobile('+393912345678')],
    ['mobile 320', '3201234567', mobile('+393201234567')],
    ['mobile 389', '3891234567', mobile('+393891234567')],
    ['mobile, +39', '+393331234567', mobile('+393331234567')],
    ['mobile, 39 written without +', '393331234567', mobile('+393331234567')],
    // Other countries: no metadata, no number.
    ['Switzerland', '+41441234567', null],
    ['Switzerland, 0041', '0041441234567', null],
    ['+0…', '+0541123456', null],
  ])('%s: %s', (_name, key, expected) => {
    expect(library(key)).toEqual(expected);
    expect(compiled(key)).toEqual(expected);
  });
});

// ---- Generated keys -------------------------------------------------------------------------

/** Fixed seed: a failure names its key and replays with the same seed. PHONE_SEED tries others. */
const SEED = Number(process.env.PHONE_SEED ?? 12);
const RUNS = Number(process.env.PHONE_RUNS ?? 240_000); // about 207,000 distinct keys

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

/** Where Italian keys start, and the international forms around them. */
const PREFIXES = [
  ...['0', '0', '0', '3', '3', '3', '+39', '+39', '+39', '0039', '+378', '00378', '39', '378'],
  ...['00', '+390', '+393', '+3', '+37', '+0', '000', '0041', '+41', '+3780549', '+3780', '+379'],
  ...['02', '06', '066', '0669', '06698', '0549', '05498', '05499', '0831', '0878', '01', '07'],
  ...['31', '32', '33', '34', '38', '39', '30', '43', '55', '70', '1', '144', '16', '178', '199'],
  ...['8', '80', '800', '803', '84', '848', '89', '892', '893', '894', '895', '899', '9'],
  ...['5', '51', '58', '6', '61', '66', '7', '71', '77', '78', '4'],
];

/** A prefix and random digits: 4 to 15 digits in all. */
const prefixed = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.integer({ min: 4, max: 15 }), digits(15, 15))
  .map(([prefix, length, tail]) => {
    const have = prefix.replace('+', '').length;
    return prefix + tail.slice(0, Math.max(0, length - have));
  });

/** Every number type's pattern of every country, read from the metadata file itself. */
const typePatterns: string[] = Object.values(
  metadataJson.countries as unknown as Record<string, unknown[]>,
).flatMap((country) =>
  (country[11] as unknown[]).flatMap((type) => (Array.isArray(type) ? [type[0] as string] : [])),
);

/** A digit changed, dropped or added: valid numbers' near misses. */
const mutated = (valid: fc.Arbitrary<string>) =>
  fc
    .tuple(
      valid,
      fc.constantFrom('keep', 'keep', 'change', 'drop', 'add'),
      fc.nat(),
      fc.constantFrom(...'0123456789'),
      fc.constantFrom('', '', '', '+39', '0039', '39', '+378', '00378', '378', '+3', '0'),
    )
    .map(([number, edit, at, digit, prefix]) => {
      const i = at % (number.length + 1);
      if (edit === 'change') number = number.slice(0, i) + digit + number.slice(i + 1);
      if (edit === 'drop') number = number.slice(0, i) + number.slice(i + 1);
      if (edit === 'add') number = number.slice(0, i) + digit + number.slice(i);
      return prefix + number;
    });

const valid = fc.oneof(...typePatterns.map((p) => fc.stringMatching(new RegExp(`^(?:${p})$`))));
const exampleNumbers = ['IT', 'VA', 'SM'].map((c) => (examples as Record<string, string>)[c]!);

const keys = fc.oneof(
  { arbitrary: prefixed, weight: 4 },
  { arbitrary: mutated(valid), weight: 4 },
  { arbitrary: mutated(fc.constantFrom(...exampleNumbers)), weight: 1 },
  {
    arbitrary: fc.tuple(fc.boolean(), digits(4, 15)).map(([plus, d]) => (plus ? `+${d}` : d)),
    weight: 1,
  },
);

test(`${RUNS} generated keys: the compiled classifier answers as libphonenumber-js (seed ${SEED})`, () => {
  const answers = new Map<string, number>();
  const seen = new Set<string>();
  fc.assert(
    fc.property(keys, (key) => {
      seen.add(key);
      const answer = expectSameAnswer(key);
      const kind = answer
        ? `${answer.e164.startsWith('+378') ? 'SM' : answer.e164.startsWith('+3906698') ? 'VA' : 'IT'} ${answer.type}`
        : 'none';
      answers.set(kind, (answers.get(kind) ?? 0) + 1);
    }),
    { seed: SEED, numRuns: RUNS },
  );
  // Not a vacuous run: every kind of answer came up often (thresholds well below the counts).
  const share = (kind: string) => (answers.get(kind) ?? 0) / RUNS;
  expect(seen.size).toBeGreaterThan(RUNS * 0.8);
  expect(share('IT fixed')).toBeGreaterThan(0.05);
  expect(share('IT mobile')).toBeGreaterThan(0.03);
  expect(share('VA fixed')).toBeGreaterThan(0.002);
  expect(share('SM fixed')).toBeGreaterThan(0.002);
  expect(share('SM mobile')).toBeGreaterThan(0.002);
  expect(share('none')).toBeGreaterThan(0.3);
  console.log(
    `phone keys: ${seen.size} distinct of ${RUNS}; ${[...answers].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
}, 300_000);
