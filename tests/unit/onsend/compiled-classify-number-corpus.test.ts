// Every key the phone finder asks about on a fixed-size sample of the corpus (the engine's own
// reading of each ticket with its labelled settings, and the finder over the whole body, quotes
// and footers included): onsend.js's compiled classifier must answer each one as libphonenumber-js
// does. Keys are recorded by wrapping the library's classify, so they are
// exactly the finder's inputs, whatever it does to build them. Every digit run of the same texts
// is compared too, before the finder's own filters (first digit, length, context) drop most.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { emlToDraft } from '../../../src/cli/eml-to-draft';
import { checkTicket } from '../../../src/core/engine';
import { findPhones } from '../../../src/core/phone/find-phones';
import { htmlToText } from '../../../src/core/text/html-to-text';
import type { UserSettings } from '../../../src/core/types';
import { classify as compiled } from '../../../src/core/phone/compiled-classify-number';
import { CORPUS_SETS, corpusDir, loadLabels } from '../../corpus/labels';

const mockKeys = new Set<string>();
jest.mock('../../../src/core/phone/classify-number', () => {
  const actual = jest.requireActual('../../../src/core/phone/classify-number');
  return {
    ...actual,
    classify: (key: string) => {
      mockKeys.add(key);
      return actual.classify(key);
    },
  };
});
const { classify: library } = jest.requireActual<
  typeof import('../../../src/core/phone/classify-number')
>('../../../src/core/phone/classify-number');

const corpus = join(__dirname, '../../corpus');

// The corpus grows by 80 mails a writer; reading all of them took 152 s at 56,000 mails and over
// 360 s on a loaded CI machine. A sample of fixed size keeps the test's time flat: the mails whose
// path hashes lowest (stable from run to run, and each new batch has its fair chance to enter).
const SAMPLE_SIZE = 8000;
const sampleKey = (file: string) => createHash('sha1').update(relative(corpus, file)).digest('hex');

function emlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return emlFiles(path);
    return entry.name.endsWith('.eml') ? [path] : [];
  });
}

test('on every phone key of an 8,000-mail sample of the corpus, the compiled classifier answers as libphonenumber-js', async () => {
  const settings = new Map<string, UserSettings | undefined>();
  for (const set of CORPUS_SETS) {
    for (const label of loadLabels(set))
      settings.set(join(corpusDir(set), label.file), label.settings);
  }
  const all = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => emlFiles(join(corpus, entry.name)));
  expect(all.length).toBeGreaterThan(SAMPLE_SIZE);
  const files = all
    .map((file) => ({ file, key: sampleKey(file) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, SAMPLE_SIZE)
    .map(({ file }) => file);

  const runs = new Set<string>();
  for (const file of files) {
    const draft = await emlToDraft(readFileSync(file));
    const userSettings = settings.get(file);
    checkTicket(draft, userSettings ? { settings: userSettings } : {});
    const texts = [draft.subject, draft.bodyText, draft.bodyHtml ? htmlToText(draft.bodyHtml) : ''];
    for (const text of texts) {
      findPhones(text);
      // Digit groups joined by one space, dot, dash or slash; with its '+' when written.
      for (const [run] of text.matchAll(/\+?\d(?:[ ./-]?\d){3,16}/g))
        runs.add(run.replace(/[ ./-]/g, ''));
    }
  }

  // What the compiled classifier assumes of its input (see compiled-classify-number.ts).
  expect([...mockKeys].filter((key) => !/^\+?\d+$/.test(key))).toEqual([]);
  const differing = [...mockKeys, ...runs].flatMap((key) => {
    const expected = JSON.stringify(library(key));
    const actual = JSON.stringify(compiled(key));
    return actual === expected ? [] : [`${key}: libphonenumber-js ${expected}, compiled ${actual}`];
  });
  expect(differing).toEqual([]);

  // Not a vacuous run: the corpus gives many keys, and numbers of both kinds and non-numbers.
  const tally = (keys: Set<string>) => {
    const answers = [...keys].map((key) => library(key)?.type ?? 'none');
    return Object.fromEntries(
      ['fixed', 'mobile', 'none'].map((kind) => [kind, answers.filter((a) => a === kind).length]),
    );
  };
  const finder = tally(mockKeys);
  const digitRuns = tally(runs);
  console.log(
    `corpus: ${files.length} mails; finder keys ${mockKeys.size} ${JSON.stringify(finder)}; ` +
      `digit runs ${runs.size} ${JSON.stringify(digitRuns)}`,
  );
  expect(mockKeys.size).toBeGreaterThan(1000);
  expect(finder.fixed).toBeGreaterThan(800);
  expect(finder.mobile).toBeGreaterThan(80);
  expect(runs.size).toBeGreaterThan(1500);
  expect(digitRuns.none).toBeGreaterThan(500);
}, 240_000);
