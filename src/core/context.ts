// Builds the rule context once per check: the draft coerced to well-formed values, the body
// split into parts, the bounded regions rules read (scan limits applied here, once), module,
// ticket type and phone numbers. A failing step falls back to a plainer value and is recorded
// as an internal error, never thrown.
import { errorText } from './error-text';
import {
  accountOfAddressed,
  classifyModule,
  isProblemHead,
  leadingModule,
  scoreModules,
  type ModuleScore,
} from './classify/classify-module';
import { findSecondTopic, onlyAnnounces } from './classify/second-topic';
import { classifyTicketType } from './classify/context-type';
import { findNewProblem } from './classify/ticket-mail-reply';
import { answersWithContactOnly, repliesOnlyWithContact } from './classify/contact-reply';
import { coerceSettings } from './config/coerce-settings';
import { normalizeAddress } from './directory/addresses';
import { defaultDirectory } from './directory/load-directory';
import { QUOTED_SCAN, REGION_SCAN, SUBJECT_SCAN, TAIL_SCAN } from './limits';
import { sharesMaterial } from './attachments/shared-material';
import { findPhones, type PhoneMatch } from './phone/find-phones';
import type { Region, RuleContext } from './rules/rule';
import { fold } from './text/fold';
import { personalDisplayName } from './text/person-name';
import { prepareText, type PreparedText, type TextPart } from './text/prepare';
import { leadingBlanks, trimEndBlanks } from './text/trim';
import { unwrapLinesInPlace } from './text/unwrap';
import type {
  AttachmentInfo,
  CheckOptions,
  Directory,
  InternalError,
  Locale,
  ModuleSuggestion,
  Recipient,
  TicketDraft,
} from './types';

export interface BuiltContext {
  ctx: RuleContext;
  /** What failed while building it (the context then holds plainer values). */
  errors: InternalError[];
}

export function buildContext(draft: unknown, options: CheckOptions): BuiltContext {
  const errors: InternalError[] = [];
  const attempt = <T>(stage: InternalError['stage'], run: () => T, fallback: () => T): T => {
    try {
      return run();
    } catch (err) {
      errors.push({ stage, message: errorText(err) });
      return fallback();
    }
  };
  const safe = coerceDraft(draft);
  const settings = coerceSettings(options.settings);
  const locale = localeOf(options.locale ?? settings.language);
  const directory = options.directory ?? defaultDirectory;
  const body = attempt(
    'prepare',
    () => prepareText(safe.bodyText, safe.bodyHtml, settings.name ?? personalFrom(safe.from?.name)),
    () => plainPrepared(safe.bodyText),
  );
  const subject = subjectRegion(safe.subject);
  // The own parts are read on `read`: a quote's lines inside the own text are blanks there.
  const own = region(body.read, body.own, REGION_SCAN);
  const signature = body.signature ? region(body.read, body.signature, TAIL_SCAN, own) : null;
  const moduleScores = attempt<ModuleScore[]>(
    'classify',
    () => scoreModules(subject.text, body, directory),
    () => [],
  );
  const module = attempt(
    'classify',
    () =>
      classifyModule(
        subject.text,
        body,
        directory,
        locale,
        moduleScores,
        ...addressedModules(safe, directory),
      ),
    () => null,
  );
  const ticketType = attempt(
    'classify',
    () => classifyTicketType(subject.text, body),
    () => null,
  );
  const phones = attempt<PhoneMatch[]>(
    'phones',
    () => phonesOf(own, signature),
    () => [],
  );
  const hasMaterial = attempt(
    'attachments',
    () => sharesMaterial(safe),
    () => safe.attachments.length > 0,
  );
  const ownEnd = body.own.end;
  // Answers typed inside the quote under a signature above it: the request reads on past it.
  const answersAfter = body.signedAboveAnswers;
  const ctx: RuleContext = {
    draft: safe,
    subject,
    body,
    own,
    content: region(body.contentRead, body.content, REGION_SCAN, answersAfter ? undefined : own),
    request: unwrapped(
      region(
        body.contentRead,
        {
          start: body.own.start,
          end: body.signature && !answersAfter ? body.signature.start : ownEnd,
          text: '',
        },
        REGION_SCAN,
        answersAfter ? undefined : own,
      ),
    ),
    signature,
    tail: region(
      body.read,
      { start: Math.max(body.own.start, ownEnd - TAIL_SCAN), end: ownEnd, text: '' },
      TAIL_SCAN,
      own,
    ),
    quoted: body.quoted ? region(body.text, body.quoted, QUOTED_SCAN) : null,
    settings,
    directory,
    module,
    moduleScores,
    ticketType,
    phones,
    hasMaterial,
    locale,
    options,
    newProblem: null,
    secondTopic: null,
  };
  const newProblem = attempt(
    'classify',
    () => {
      // A reply that only gives a contact raises nothing, whatever words it shares with the
      // ticket's subject.
      const found = findNewProblem(ctx);
      return found && !answersWithContactOnly(ctx) ? found : null;
    },
    () => null,
  );
  if (newProblem) {
    // A reply to the ticketing system's mail raising another problem keeps the old ticket's
    // subject and address: the request's module and type come from the new problem's own words.
    const text = ctx.content.text.slice(newProblem.start);
    const words = { content: { start: 0, end: text.length, text } } as PreparedText;
    ctx.newProblem = newProblem;
    ctx.module = attempt(
      'classify',
      () => newProblemModule(words, module, directory, locale),
      () => module,
    );
    ctx.ticketType = attempt(
      'classify',
      () => classifyTicketType('', words),
      () => ticketType,
    );
  }
  // A reply raising a new problem is typed by the new problem above; otherwise, with two
  // requests, the ticket is the first one's kind (the second needs its own mail), and when the
  // first names no module, the second's words do not name the ticket's either.
  ctx.secondTopic = attempt(
    'classify',
    () => findSecondTopic(ctx),
    () => null,
  );
  if (ctx.secondTopic && !newProblem) {
    // "Vi segnalo tre cose diverse:" then "1) …": the first request is the first item.
    const before = ctx.body.read.slice(ctx.content.start, ctx.secondTopic.segment.start);
    const text = onlyAnnounces(before)
      ? ctx.body.read.slice(ctx.content.start, ctx.secondTopic.segment.end)
      : before;
    const words = { content: { start: 0, end: text.length, text } } as PreparedText;
    ctx.ticketType = attempt(
      'classify',
      () => classifyTicketType(subject.text, words),
      () => ticketType,
    );
    ctx.module = attempt(
      'classify',
      () =>
        scoreModules(subject.text, words, directory).length > 0
          ? module
          : classifyModule(
              subject.text,
              words,
              directory,
              locale,
              [],
              ...addressedModules(safe, directory),
            ),
      () => module,
    );
  }
  // "Il numero è 0824 51 33 20 int. 2, chiamate pure in mattinata" on the ticket's own mail: the
  // contact asked for, no request of its own (the ticket's subject still tells its problem).
  if (
    ctx.ticketType !== null &&
    attempt(
      'classify',
      () => repliesOnlyWithContact(ctx),
      () => false,
    )
  ) {
    ctx.ticketType = null;
  }
  return { ctx, errors };
}

/**
 * The module of a reply's new problem: its own words when they are clear; when they are not, the
 * old ticket's module only if the new words speak of it too ("il rimborso IMU è sistemato; i
 * verbali non importano i pagamenti PagoPA" is no tributi problem whichever of the two it is).
 */
function newProblemModule(
  words: PreparedText,
  oldModule: ModuleSuggestion | null,
  directory: Directory,
  locale: Locale,
): ModuleSuggestion | null {
  const scores = scoreModules('', words, directory);
  // "…potete chiudere il ticket. Vi chiedo anche di creare l'utenza per la nuova collega dei
  // Tributi": an access asked goes to the module whose access words it uses (sistemistica),
  // whichever ticket it is written on; the office words name the profile.
  const access = scores.find((s) => accountOfAddressed('', words, scores, s.moduleIndex));
  if (access) return classifyModule('', words, directory, locale, scores, [access.moduleIndex]);
  // "in pagoPA > Riconciliazione > Flussi i flussi non sono stati importati": the one module whose
  // menu path the new problem is told in.
  const menus = scores.filter((s) => s.hits.some(isProblemHead));
  if (menus.length === 1) {
    return classifyModule('', words, directory, locale, scores, [menus[0]!.moduleIndex]);
  }
  const oldIndex = directory.modules.findIndex((m) => m.id === oldModule?.id);
  const clear = classifyModule('', words, directory, locale, scores);
  if (clear) return clear;
  if (oldModule && scores.some((s) => s.moduleIndex === oldIndex)) return oldModule;
  return leadingModule(scores, directory, locale) ?? oldModule;
}

/**
 * classifyModule's last two arguments: the indexes of the modules whose address is in To or Cc,
 * To first, and how many of them are in To.
 */
function addressedModules(draft: TicketDraft, directory: Directory): [number[], number] {
  const modules: number[] = [];
  let inTo = 0;
  draft.to.concat(draft.cc).forEach((r, i) => {
    const address = normalizeAddress(r.address);
    const index = directory.modules.findIndex((m) => normalizeAddress(m.address) === address);
    if (index < 0 || modules.includes(index)) return;
    modules.push(index);
    if (i < draft.to.length) inTo++;
  });
  return [modules, inTo];
}

export function localeOf(value: unknown): Locale {
  return value === 'en' ? 'en' : 'it';
}

/**
 * At most `limit` characters of a part of `text`, with its folded form. Inside `within` (a
 * region of the same text already folded) the folded form is cut from it: folding maps each
 * character on its own, except the capital sigma, whose lower case depends on its neighbours.
 */
function region(text: string, part: TextPart, limit: number, within?: Region): Region {
  const end = Math.min(part.end, part.start + limit);
  const slice = text.slice(part.start, end);
  const folded =
    within && part.start >= within.start && end <= within.end && !slice.includes('\u03a3')
      ? within.folded.slice(part.start - within.start, end - within.start)
      : fold(slice);
  return { start: part.start, end, text: slice, folded };
}

/**
 * What the request says, with the lines a plain-text client wrapped inside a sentence read as
 * one ("mi ha chiesto di\nsegnalarvi"): in the folded text only, same length, so offsets hold.
 */
function unwrapped(r: Region): Region {
  return { ...r, folded: unwrapLinesInPlace(r.folded) };
}

function subjectRegion(subject: string): Region {
  const start = leadingBlanks(subject);
  const text = trimEndBlanks(subject.slice(start, start + SUBJECT_SCAN));
  return { start, end: start + text.length, text, folded: fold(text) };
}

/** Phones of the own text, and of a signature block beyond the scanned head of it. */
function phonesOf(own: Region, signature: Region | null): PhoneMatch[] {
  const shift = (r: Region) => (p: PhoneMatch) => ({
    ...p,
    start: p.start + r.start,
    end: p.end + r.start,
  });
  const found = findPhones(own.text).map(shift(own));
  if (signature && signature.start >= own.end) {
    found.push(...findPhones(signature.text).map(shift(signature)));
  }
  return found;
}

/** A string field: strings as they are, numbers and booleans as text, anything else empty. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function recipients(value: unknown): Recipient[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object')
    .filter((r) => typeof r.address === 'string')
    .map((r) => ({
      address: r.address as string,
      ...(typeof r.name === 'string' ? { name: r.name } : {}),
    }));
}

function attachments(value: unknown): AttachmentInfo[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
    .map((a) => ({
      name: text(a.name),
      ...(typeof a.contentType === 'string' ? { contentType: a.contentType } : {}),
      ...(typeof a.size === 'number' ? { size: a.size } : {}),
      ...(a.inline === true ? { inline: true } : {}),
      ...(typeof a.contentId === 'string' ? { contentId: a.contentId } : {}),
    }));
}

/** Coerces what a host (or a JavaScript caller) passed into a well-formed draft. */
export function coerceDraft(draft: unknown): TicketDraft {
  const d = (draft && typeof draft === 'object' ? draft : {}) as Record<string, unknown>;
  const out: TicketDraft = {
    subject: text(d.subject),
    bodyText: text(d.bodyText),
    to: recipients(d.to),
    cc: recipients(d.cc),
    bcc: recipients(d.bcc),
    attachments: attachments(d.attachments),
  };
  if (typeof d.bodyHtml === 'string') out.bodyHtml = d.bodyHtml;
  const from = recipients([d.from])[0];
  if (from) out.from = from;
  if (typeof d.inReplyTo === 'string') out.inReplyTo = d.inReplyTo;
  if (Array.isArray(d.references))
    out.references = d.references.filter((r): r is string => typeof r === 'string');
  const reply = d.replyContext;
  if (reply && typeof reply === 'object') {
    const r = reply as Record<string, unknown>;
    out.replyContext = {
      ...(typeof r.originalFrom === 'string' ? { originalFrom: r.originalFrom } : {}),
      ...(typeof r.originalSubject === 'string'
        ? { originalSubject: r.originalSubject.slice(0, SUBJECT_SCAN) }
        : {}),
    };
  }
  return out;
}

function plainPrepared(bodyText: string): PreparedText {
  const whole = { start: 0, end: bodyText.length, text: bodyText };
  return {
    text: bodyText,
    read: bodyText,
    contentRead: bodyText,
    signedAboveAnswers: false,
    own: whole,
    greeting: null,
    signature: null,
    content: whole,
    quoted: null,
    footer: null,
    answers: 0,
    answered: [],
  };
}

/** The From display name when it is a person's ("Mario Rossi", not "Ufficio Tributi"). */
const personalFrom = (display: string | undefined) =>
  personalDisplayName(display) ? display : undefined;
