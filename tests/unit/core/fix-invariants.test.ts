// What a fix may and may not do (issue 10), checked on every corpus mail and on generated drafts:
// fixes are applied with the host-independent applier (core/fixes/apply-to-draft.ts, the same
// rules as the Outlook and Thunderbird appliers) and the draft is checked again.
// - a fix removes the finding it was offered for, unless it inserts a placeholder for the user
//   to fill (a template, "[Nome e cognome]"): those stay until the user writes;
// - applying a fix twice changes nothing more;
// - no fix duplicates a phone, an availability line, the template or the sender's name;
// - a proposed subject passes every subject rule, is at most 80 characters, and is offered only
//   over a subject that fails;
// - no sequence of offered fixes turns a draft without the user's own words into ok or warn.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { emlToDraft } from '../../../src/cli/eml-to-draft';
import { checkTicket } from '../../../src/core/engine';
import { applyToDraft } from '../../../src/core/fixes/apply-to-draft';
import { insertedText } from '../../../src/core/fixes/inserted-text';
import { StaleEditError } from '../../../src/core/host/mail-host';
import type { Finding, FixEdit, TicketDraft, UserSettings } from '../../../src/core/types';
import { corpusDir } from '../../corpus/labels';

const fullSettings: UserSettings = {
  name: 'Mario Rossi',
  phone: '0541 123456',
  enti: ['Comune di Rimini'],
  availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }],
};
const settingsVariants: { name: string; settings?: UserSettings }[] = [
  { name: 'no settings' },
  { name: 'full settings', settings: fullSettings },
  { name: 'a phone that is no number', settings: { ...fullSettings, phone: '12345' } },
];

/** What only the user can fill: our placeholders and the template's headings. */
const placeholders = [
  ...Object.values(insertedText).flatMap((t) => t.match(/\[[^\]]+\]/g) ?? []),
  insertedText.templateDoing.trim(),
];
const insertsPlaceholder = (edits: FixEdit[]) =>
  edits.some(
    (e) =>
      (e.kind === 'append-to-body' || e.kind === 'set-body') &&
      placeholders.some((p) => e.text.includes(p)),
  );

/** The draft after the edits; a refused subject edit (stale) leaves it as it was. */
function apply(draft: TicketDraft, edits: FixEdit[]): TicketDraft {
  try {
    return applyToDraft(draft, edits);
  } catch (err) {
    if (err instanceof StaleEditError) return draft;
    throw err;
  }
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
/** Things a fix must never add a second time, counted in the plain body. */
const onceOnly: [string, (settings: UserSettings | undefined) => RegExp][] = [
  ['phone line', () => /^Tel\. /gm],
  ['availability line', () => /^Reperibile: /gm],
  ['template', () => /^Cosa stavo facendo:/gm],
  ['sender name', (s) => new RegExp(`^${s?.name ?? 'Mario Rossi'}$`, 'gm')],
];

/** Every broken invariant of one fix on one draft, as readable lines. */
function violations(draft: TicketDraft, settings: UserSettings | undefined, f: Finding): string[] {
  const out: string[] = [];
  const edits = f.fix!.edits;
  const once = apply(draft, edits);
  const after = checkTicket(once, settings ? { settings } : {});
  if (
    !insertsPlaceholder(edits) &&
    after.findings.some((x) => x.rule === f.rule && x.messageId === f.messageId)
  )
    out.push(`${f.rule}: the fix "${f.fix!.label}" does not remove its finding`);
  if (JSON.stringify(apply(once, edits)) !== JSON.stringify(once))
    out.push(`${f.rule}: applying the fix twice changes the draft again`);
  for (const [what, re] of onceOnly) {
    const before = count(draft.bodyText, re(settings));
    if (before >= 1 && count(once.bodyText, re(settings)) > before)
      out.push(`${f.rule}: the fix adds a second ${what}`);
  }
  for (const e of edits) {
    if (e.kind !== 'set-subject') continue;
    if (e.subject.length > 80) out.push(`${f.rule}: proposed subject over 80 characters`);
    if (e.basedOn !== draft.subject) out.push(`${f.rule}: subject edit not based on the subject`);
    if (after.findings.some((x) => x.rule === 'subject-missing' || x.rule === 'subject-generic'))
      out.push(`${f.rule}: proposed subject "${e.subject}" fails a subject rule`);
  }
  return out;
}

const corpusSets = ['dev', 'validation', 'holdout', 'batch-a', 'batch-b', 'batch-c', 'batch-d'];

describe('every fix offered on the corpus mails', () => {
  let drafts: { file: string; draft: TicketDraft }[] = [];
  beforeAll(async () => {
    for (const set of corpusSets) {
      for (const file of readdirSync(corpusDir(set)).filter((f) => f.endsWith('.eml'))) {
        const draft = await emlToDraft(readFileSync(join(corpusDir(set), file)));
        // The applier writes plain text: start from the plain text the hosts also read.
        delete draft.bodyHtml;
        drafts.push({ file: `${set}/${file}`, draft });
      }
    }
    // Parsing ~540 mails takes a few seconds; more than jest's default 5 s on a loaded machine.
  }, 60_000);
  afterAll(() => {
    drafts = [];
  });

  test.each(settingsVariants)('holds every invariant ($name)', ({ settings }) => {
    expect(drafts.length).toBeGreaterThan(500);
    const broken: string[] = [];
    let fixes = 0;
    for (const { file, draft } of drafts) {
      const report = checkTicket(draft, settings ? { settings } : {});
      for (const f of report.findings.filter((x) => x.fix)) {
        fixes++;
        broken.push(...violations(draft, settings, f).map((v) => `${file}: ${v}`));
      }
    }
    expect(fixes).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  test('a subject fix is never offered over a subject that passes', () => {
    for (const { draft } of drafts) {
      const report = checkTicket(draft, { settings: fullSettings });
      const subjectFails = report.findings.some(
        (x) => x.rule === 'subject-missing' || x.rule === 'subject-generic',
      );
      const offersSubject = report.findings.some((x) =>
        x.fix?.edits.some((e) => e.kind === 'set-subject'),
      );
      if (offersSubject) expect(subjectFails).toBe(true);
    }
  });
});

// Drafts with nothing of the user's own: greetings, signatures, our template and placeholders,
// quoted text, subjects that say nothing.
const emptySubjects = [
  '',
  'R:',
  'I: ',
  'Richiesta assistenza',
  'Urgente!!!',
  insertedText.subjectPlaceholder,
  `Tributi – ${insertedText.subjectPlaceholder}`,
];
const emptyPieces = [
  'Buongiorno,\n',
  'Salve,\n',
  'Grazie\n',
  'Cordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456\n',
  'Reperibile: lun-ven 09:00-13:00\n',
  'Cosa stavo facendo:\nCosa è successo:\nMessaggio di errore (testo esatto):\n',
  'Passi per riprodurre il problema:\n1.\n2.\n3.\n',
  'Ente: Comune di Rimini\nModulo: Tributi\n',
  `${insertedText.namePlaceholder}\nTel. ${insertedText.phonePlaceholder}\n`,
  '\n',
  'Il giorno lun 10 mar 2025 alle 10:00 Assistenza ha scritto:\n> il calcolo IMU 2025 del contribuente deceduto risulta errato\n',
];
const emptyDraft: fc.Arbitrary<TicketDraft> = fc.record({
  subject: fc.constantFrom(...emptySubjects),
  bodyText: fc.array(fc.constantFrom(...emptyPieces), { maxLength: 8 }).map((a) => a.join('')),
  to: fc.constantFrom<TicketDraft['to'][]>(
    [],
    [{ address: 'tributi@ticket.palitalsoft.example' }],
    [{ address: 'marco@palitalsoft.example' }],
  ),
  cc: fc.constant<TicketDraft['cc']>([]),
  attachments: fc.constant<TicketDraft['attachments']>([]),
});

/** Applies offered fixes, chosen by `choices`, until none is left; returns the final verdict. */
function afterFixes(start: TicketDraft, settings: UserSettings | undefined, choices: number[]) {
  const options = settings ? { settings } : {};
  let draft = start;
  for (const choice of choices) {
    const offered = checkTicket(draft, options).findings.filter((f) => f.fix);
    if (offered.length === 0) break;
    draft = apply(draft, offered[choice % offered.length]!.fix!.edits);
  }
  return checkTicket(draft, options).verdict;
}

test('under a specific subject, a body of template, greeting and signature never passes', () => {
  const subject = 'Tributi – il calcolo IMU 2025 per un contribuente deceduto risulta errato';
  fc.assert(
    fc.property(
      emptyDraft.map((d) => ({ ...d, subject })),
      fc.constantFrom(...settingsVariants),
      fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      (start, { settings }, choices) => {
        expect(afterFixes(start, settings, choices)).toBe('block');
      },
    ),
    { numRuns: 200 },
  );
});

test('no sequence of offered fixes makes a draft without the user’s words pass', () => {
  fc.assert(
    fc.property(
      emptyDraft,
      fc.constantFrom(...settingsVariants),
      fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
      (start, { settings }, choices) => {
        expect(afterFixes(start, settings, choices)).toBe('block');
      },
    ),
    { numRuns: 300 },
  );
});
