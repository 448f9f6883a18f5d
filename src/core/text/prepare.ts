// Splits a body into the parts the rules work on: the user's own text (quoted replies removed),
// the greeting, the content and the signature block. Offsets refer to `text`.
import { certifiedOriginalLine } from './certified-notice';
import { htmlToText } from './html-to-text';
import { type ColouredRun, colouredRuns } from './coloured-runs';
import { type Line, splitLines } from './lines';
import { findFooterStart, signatureBelowNotice } from './footer';
import {
  type AnswerSearch,
  announcesAnswersBelow,
  findOwnBelowQuote,
  findQuoteStartLine,
  markedQuoteAnswers,
  quoteHeads,
  quoteLinesAmongOwn,
  unmarkedQuoteLines,
} from './quotes';
import { lineHasPersonName } from './person-name';
import { findGreeting, findSignatureStart, isSignatureDetailLine } from './signature';

export interface TextPart {
  start: number;
  end: number;
  text: string;
}

export interface PreparedText {
  /** The whole body as plain text (HTML converted when only HTML was given). */
  text: string;
  /**
   * `text` as the own parts are read: the lines of a quote inside the own text (answers written
   * between the quote's lines, a signature under it) blanked, same length. Own parts are slices
   * of it; `quoted` is a slice of `text`.
   */
  read: string;
  /**
   * `read` with a signature typed above answers inside the quote blanked too: `content` and the
   * request are slices of it (then they run on past the signature, to the answers' end).
   */
  contentRead: string;
  /**
   * True when the user's text goes on under the signature: answers typed inside the quote under
   * a signature above it, or a postscript ("P.S. …") under the signature. The signature ends
   * before the own text does, and the request reads on past it.
   */
  signedAboveAnswers: boolean;
  /** The user's own writing: `text` up to the legal footer or the quoted reply/forward block. */
  own: TextPart;
  /** Opening salutation line(s) ("Buongiorno,"), if any. */
  greeting: TextPart | null;
  /**
   * Closing/signature block (closing formula, name, role, phone…), if any. Signed above a quote
   * whose questions the user answered inside it, it ends before `own` does: the answers follow.
   */
  signature: TextPart | null;
  /** The own text without greeting and signature: what the request says. */
  content: TextPart;
  /**
   * The quoted reply / forwarded part, if any: after the own text, before it in a bottom-posted
   * reply (then `quoted.end <= own.start`), or inside it when the user answered between its lines
   * (then it runs from the quote's header to its last line, the answers included).
   */
  quoted: TextPart | null;
  /** A legal footer after the signature (privacy notice, "Inviato da iPhone"…), if any. */
  footer: TextPart | null;
  /** How many of the operator's questions the user answered inside the quote. */
  answers: number;
  /**
   * The answers among them whose question is known, with that question (folded): "quando
   * possiamo chiamarla?" → "oggi fino alle 14". Answers are slices of `text`.
   */
  answered: { question: string; answer: TextPart }[];
}

/**
 * `text` with the given lines blanked (same length, so offsets hold); of a line in `cuts`, only
 * its first characters (a question the user answered after, on the same line).
 */
function blankLines(
  text: string,
  lines: Line[],
  which: number[],
  cuts: ReadonlyMap<number, number> = new Map(),
): string {
  const spans = which.map((i) => [lines[i]!.start, lines[i]!.end] as const);
  for (const [i, at] of cuts) spans.push([lines[i]!.start, lines[i]!.start + at]);
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Start of the last paragraph of `lines` when it is a short block holding a person's name (a
 * signature the closing-formula search does not take, such as an office's long list of Comuni).
 */
function namedLastParagraph(lines: Line[], knownName?: string): number | null {
  const filled = lines.map((l) => l.text.trim() !== '');
  const last = filled.lastIndexOf(true);
  if (last < 0) return null;
  let first = last;
  while (first > 0 && filled[first - 1]) first--;
  if (first === 0 || last - first >= 8) return null;
  const block = lines.slice(first, last + 1);
  return block.some((l) => lineHasPersonName(l.text, knownName)) ? lines[first]!.start : null;
}

/**
 * Only a name and an office, maybe under a greeting, no phone, no closing formula ("Buongiorno, /
 * Silvia Mastrantoni / Ufficio Tributi – Comune di …", in Outlook's HTML one paragraph a line):
 * the name's line, where the signature starts; null when any line after the greeting is a
 * sentence or the first names nobody.
 */
function nameUnderGreeting(lines: Line[], knownName?: string): number | null {
  const g = findGreeting(lines);
  const after = lines.filter((l) => l.start >= (g?.end ?? 0) && l.text.trim() !== '');
  if (after.length < 2 || after.length > 8) return null;
  const sentence = (t: string) => t.length > 80 || (/[.?!]$/.test(t) && t.split(/\s+/).length > 3);
  if (after.some((l) => sentence(l.text.trim()))) return null;
  // Under the name, only an office, an Ente or a contact ("il calcolo l ho gia rilanciato due
  // volte", typed without stops on a phone, is the request).
  if (!after.slice(1).every((l) => isSignatureDetailLine(l.text))) return null;
  return lineHasPersonName(after[0]!.text, knownName) ? after[0]!.start : null;
}

/**
 * The lines above a quote hold a signature and at most a greeting ("Buongiorno, / Teresa Capuano /
 * Stato Civile …"): a reply whose words, if any, are typed inside the quote.
 */
function saysNothingAbove(lines: Line[], knownName?: string): boolean {
  const g = findGreeting(lines);
  const from = g ? g.end : (lines[0]?.start ?? 0);
  const sig = findSignatureStart(lines, from, knownName) ?? nameUnderGreeting(lines, knownName);
  const last = lines[lines.length - 1];
  const to = sig ?? (last ? last.end : from);
  const words = lines
    .filter((l) => l.start >= from && l.end <= to)
    .map((l) => l.text)
    .join(' ')
    .match(/[a-zA-Z\u00c0-\u00ff]{3,}/g);
  // Signed: not a bare forward, whose quoted mail is nobody's answers.
  return sig !== null && (words?.length ?? 0) < 3;
}

/** The text above the quote says the answers are in bold: "rispondo in grassetto". */
function saysBold(heads: string[], quoteLine: number): boolean {
  return heads.slice(0, quoteLine).some((h) => /\bin grassetto\b/.test(h));
}

/** A postscript's first line: "P.S.", "PS:", "p.s. …" (not "PS5", "psicologo"). */
const postscript = /^\s*p\.?\s?s\.?(?=[\s:-]|$)/i;

/**
 * The signature above a postscript that closes the own text: the postscript's line and the
 * signature found among the lines above it (the postscript written before the name, or no
 * signature above it, leave the signature as it is).
 */
function signatureAbovePostscript(
  lines: Line[],
  minStart: number,
  knownName: string | undefined,
): { start: number; end: number } | null {
  const at = lines.findIndex((l, k) => k > 0 && l.start >= minStart && postscript.test(l.text));
  if (at < 0) return null;
  const ps = lines[at]!;
  const blank = (k: number) => lines[k]!.text.trim() === '';
  // The last paragraph, set apart from the signature above it (or its very last line): not a
  // P.S. written between the closing and the name ("Grazie / PS: sono in ufficio fino alle 14 /
  // Lucia").
  let end = at;
  while (end + 1 < lines.length && !blank(end + 1)) end++;
  for (let k = end + 1; k < lines.length; k++) if (!blank(k)) return null;
  if (!blank(at - 1) && end > at) return null;
  const whole = findSignatureStart(lines, minStart, knownName);
  if (whole !== null && whole > ps.start) return null;
  const above = lines.slice(0, at);
  const start = findSignatureStart(above, minStart, knownName);
  const block = above.filter((l) => l.start >= (start ?? Infinity) && l.text.trim() !== '');
  // A closing alone ("Grazie") is no signature to keep apart.
  return start !== null && block.length >= 2 ? { start, end: block[block.length - 1]!.end } : null;
}

function part(text: string, start: number, end: number): TextPart {
  // Trim surrounding whitespace so parts start and end on text.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Prepares a body once per check. `knownName` (the user's configured name, else the From
 * display name when it is a person's) helps recognise a signature block that has no closing
 * formula.
 */
export function prepareText(bodyText: string, bodyHtml?: string, knownName?: string): PreparedText {
  const text = bodyText.trim() === '' && bodyHtml ? htmlToText(bodyHtml) : bodyText;
  const allLines = splitLines(text);
  // A PEC envelope inlined as text: the user's text is the original under the provider's notice.
  const originalLine = certifiedOriginalLine(allLines);
  let lines = originalLine > 0 ? allLines.slice(originalLine) : allLines;
  let ownStart = originalLine > 0 && lines.length > 0 ? lines[0]!.start : 0;

  const heads = quoteHeads(lines);
  let quoteLine = findQuoteStartLine(lines, heads);
  // A bottom-posted reply: the quote above, the user's text under it.
  let quotedAbove: TextPart | null = null;
  const below = quoteLine >= 0 ? findOwnBelowQuote(heads, quoteLine) : -1;
  if (below > 0) {
    quotedAbove = part(text, lines[quoteLine]!.start, lines[below]!.start);
    lines = lines.slice(below);
    ownStart = lines[0]!.start;
    quoteLine = -1;
  }
  // Answers written between the quote's lines, or a signature under the quote: the user's text
  // goes on to the end, and the quote's lines in it are read as blanks (same offsets).
  // A quote with no "> " marks: a signature a phone client put under it, or answers the text
  // above announces ("rispondo sotto"); a stamp above the quote ("Inviato da Outlook per Android")
  // is then read as a blank too, not as the end of the user's text.
  const marked = quoteLine >= 0 ? quoteLinesAmongOwn(heads, quoteLine) : null;
  let amongOwn = marked?.quoted ?? null;
  let answers = marked?.answers ?? 0;
  let answeredOnQuestionLine: ReadonlyMap<number, number> = new Map();
  let askedLines: ReadonlyMap<number, string> = marked?.asked ?? new Map();
  let stampAbove: TextPart | null = null;
  // Answers typed in the quote under a signature above it: that signature stays the signature
  // (the answers would push it out of the end, where it is looked for).
  let signatureAbove: { start: number; end: number } | null = null;
  const answerSearch = (): AnswerSearch =>
    announcesAnswersBelow(heads, quoteLine)
      ? 'announced'
      : saysNothingAbove(lines.slice(0, quoteLine), knownName)
        ? 'unannounced'
        : 'form';
  // The runs of text the writer coloured (or set in bold, when saying so) in an HTML body.
  let runs: ColouredRun[] | undefined;
  const coloured = () =>
    (runs ??= bodyHtml ? colouredRuns(bodyHtml, saysBold(heads, quoteLine)) : []);
  // A "> " quote signed under, whose fields the user also filled on its own lines.
  if (quoteLine >= 0 && marked && marked.answers === 0) {
    const filled = markedQuoteAnswers(lines, heads, quoteLine, answerSearch, coloured);
    if (filled) {
      // The quote's lines less those answered (wholly or after a cut).
      const kept = new Set(filled.quoted);
      amongOwn = marked.quoted.filter((k) => kept.has(k));
      answeredOnQuestionLine = filled.cuts;
      answers = filled.answers;
      askedLines = filled.asked;
    }
  }
  if (quoteLine >= 0 && !amongOwn) {
    const unmarked =
      unmarkedQuoteLines(lines, heads, quoteLine, knownName, answerSearch, coloured) ??
      markedQuoteAnswers(lines, heads, quoteLine, answerSearch, coloured);
    if (unmarked) {
      let aboveEnd = quoteLine;
      const stampStart = findFooterStart(lines.slice(0, quoteLine));
      if (stampStart !== null) {
        aboveEnd = lines.findIndex((l) => l.start >= stampStart);
        stampAbove = part(text, stampStart, lines[quoteLine]!.start);
        const stamp: number[] = [];
        for (let k = aboveEnd; k < quoteLine; k++) stamp.push(k);
        unmarked.quoted = [...stamp, ...unmarked.quoted];
      }
      const above = lines.slice(0, aboveEnd);
      const aboveSignature =
        unmarked.answers > 0
          ? (findSignatureStart(above, 0, knownName) ??
            namedLastParagraph(above, knownName) ??
            nameUnderGreeting(above, knownName))
          : null;
      if (aboveSignature !== null) {
        const last = above.filter((l) => l.text.trim() !== '').pop()!;
        signatureAbove = { start: aboveSignature, end: last.end };
      }
      amongOwn = unmarked.quoted;
      answeredOnQuestionLine = unmarked.cuts;
      answers = unmarked.answers;
      askedLines = unmarked.asked;
    }
  }
  let read = text;
  let quoted: TextPart | null;
  let answered: PreparedText['answered'] = [];
  if (amongOwn) {
    // The quote's last line: its own, or a question answered on its line (a loop: a spread of
    // a huge mail's lines would overflow the stack).
    let lastQuoted = amongOwn[amongOwn.length - 1] ?? -1;
    for (const k of answeredOnQuestionLine.keys()) if (k > lastQuoted) lastQuoted = k;
    quoted = part(text, lines[quoteLine]!.start, lines[lastQuoted]!.end);
    read = blankLines(text, lines, amongOwn, answeredOnQuestionLine);
    answered = [...askedLines].map(([k, question]) => ({
      question,
      answer: part(text, lines[k]!.start + (answeredOnQuestionLine.get(k) ?? 0), lines[k]!.end),
    }));
    lines = splitLines(read, lines[0]!.start);
    quoteLine = -1;
  } else {
    quoted = quoteLine >= 0 ? part(text, lines[quoteLine]!.start, text.length) : quotedAbove;
  }
  const quoteStart = quoteLine >= 0 ? lines[quoteLine]!.start : text.length;
  let writtenLines = quoteLine >= 0 ? lines.slice(0, quoteLine) : lines;
  const footerStart = findFooterStart(writtenLines);
  // The writer's signature under the notice ("Cordiali saluti", the notice, then the name): the
  // notice is read as blanks, the signature stays the user's.
  const signedBelow = footerStart !== null ? signatureBelowNotice(writtenLines, footerStart) : null;
  if (footerStart !== null && signedBelow !== null) {
    read =
      read.slice(0, footerStart) +
      read.slice(footerStart, signedBelow).replace(/[^\n]/g, ' ') +
      read.slice(signedBelow);
    writtenLines = splitLines(read, lines[0]!.start, quoteLine >= 0 ? quoteStart - 1 : read.length);
  }
  const ownEnd = signedBelow !== null ? quoteStart : (footerStart ?? quoteStart);
  const footer =
    footerStart !== null ? part(text, footerStart, signedBelow ?? quoteStart) : stampAbove;
  const own = part(read, ownStart, ownEnd);

  const ownLines = writtenLines.filter((l) => l.start < ownEnd);
  const g = findGreeting(ownLines);
  const greeting = g ? part(read, g.start, g.end) : null;
  const afterGreeting = greeting ? greeting.end : own.start;
  // A postscript under the signature ("P.S. potete abilitare anche…") is the user's text too: the
  // signature is the block above it, and the request reads on past it.
  signatureAbove ??= signatureAbovePostscript(ownLines, afterGreeting, knownName);
  const sigStart = signatureAbove?.start ?? findSignatureStart(ownLines, afterGreeting, knownName);
  const signature =
    sigStart !== null && sigStart >= afterGreeting
      ? part(read, sigStart, signatureAbove?.end ?? own.end)
      : null;
  // Answers under a signature above the quote are the request's words too.
  const signedAboveAnswers =
    signature !== null && signatureAbove !== null && signature.end < own.end;
  const contentRead = signedAboveAnswers
    ? read.slice(0, signature.start) +
      read.slice(signature.start, signature.end).replace(/[^\n]/g, ' ') +
      read.slice(signature.end)
    : read;
  const content = part(
    contentRead,
    afterGreeting,
    signature && !signedAboveAnswers ? signature.start : own.end,
  );

  return {
    text,
    read,
    contentRead,
    signedAboveAnswers,
    own,
    greeting,
    signature,
    content,
    quoted,
    footer,
    answers,
    answered,
  };
}
