// The greeting at the top of the user's text and the closing/signature block at its end.
import { pattern } from './word-list';
import { fold } from './fold';
import { leadingBlanks } from './trim';
import { type Line, lineHead } from './lines';
import { containsKnownName, escapeRe, lineHasPersonName } from './person-name';
import { findPhones } from '../phone/find-phones';

const greetingWords = [
  'buongiorno',
  'buon giorno',
  'buonasera',
  'buona sera',
  'buondi',
  'buon pomeriggio',
  'salve',
  'ciao',
  /gentil[ie]/,
  /gent\.?(?:mi|mo|ma)?/,
  /egregi[oe]?/,
  /spett\.?(?:le|li)?/,
  'spettabile',
  /alla (?:c\.?a\.?|cortese attenzione)/,
  'cortese attenzione',
  /cari?/,
  /carissim[io]/,
  'hello',
  'hi',
  'dear',
  /good (?:morning|afternoon)/,
];

const greeting = pattern`^${greetingWords}\b`;

const closingWords = [
  'cordiali saluti',
  'distinti saluti',
  'cordialmente',
  'saluti',
  'saluto',
  'un saluto',
  'cari saluti',
  'saluti cordiali',
  'grazie',
  'molte grazie',
  'mille grazie',
  'ringrazio',
  'ringraziando',
  'ringraziamo',
  'vi ringrazio',
  'la ringrazio',
  'ti ringrazio',
  'in attesa',
  'resto in attesa',
  'rimango in attesa',
  'restiamo in attesa',
  'rimaniamo in attesa',
  /fiducios[oa] in/,
  'buona giornata',
  'buon lavoro',
  'buona serata',
  'buon pomeriggio',
  'a presto',
  'porgo',
  'porgiamo',
  'best regards',
  'kind regards',
  'regards',
  'thanks',
  'thank you',
  'many thanks',
  'cheers',
  'best',
];

export const closingFormula = pattern`^(${closingWords})\b`;

// Offices and Enti: every office-line test below starts from these two lists.
const officeNouns = ['ufficio', 'servizio', 'servizi', 'settore', 'area'];
const enteNouns = ['comune', 'unione', 'provincia'];

// Lines typical of a signature: an office, role or Ente, and a way to reach the person.
const roleLine = pattern`\b${[
  ...officeNouns,
  ...enteNouns,
  ...['responsabile', 'istruttore', 'istruttrice', 'funzionari[oa]'],
  ...['segreteria', 'comando', 'sportello'],
]}\b`;
const reachLine =
  /\btel\b|\btelefono\b|\bcell\b|\bcellulare\b|\bfax\b|\be-?mail\b|@|\d{3}[ ./-]?\d{3}/;

/** Clause markers, never in a salutation ("Buongiorno dott.ssa Rossi", "Salve a tutti"). */
const requestWords = /\b(?:non|nn|ho|abbiamo|sono|siamo|si|mi|ci)\b/;

/** A question of three words or more: the writer's text, never a signature line. */
const asksQuestion = (head: string) => /\?\s*$/.test(head) && head.split(/\s+/).length >= 3;

/**
 * "Grazie, risolto. Ora il totale è giusto e la stampa si blocca ancora.": thanks that go on, in a
 * sentence of their own with a clause in it or a question ("Grazie mille. Una domanda: i residui
 * restano validi?"), to tell or ask something: the text, not the closing ("Grazie mille. Cordiali
 * saluti" and "Grazie. Mario Rossi" close).
 */
function thanksGoOn(head: string): boolean {
  const stop = head.search(/[.!?;]\s/);
  if (stop < 0) return false;
  const rest = head.slice(stop + 1).trim();
  if (closingFormula.test(rest)) return false;
  return asksQuestion(rest) || (requestWords.test(rest) && rest.split(/\s+/).length >= 4);
}

/** Lines of the greeting: the first non-empty line when it opens with a salutation. */
export function findGreeting(lines: Line[]): { start: number; end: number } | null {
  const first = lines.find((l) => l.text.trim() !== '');
  if (!first) return null;
  const head = fold(lineHead(first));
  if (!greeting.test(head)) return null;
  const lead = first.start + leadingBlanks(first.text);
  const trimmed = first.text.trim();
  // "Buongiorno dott.ssa Maria Rossi,": a salutation of a few words up to its comma; not
  // "buongiorno i verbali ztl nn vengono notificati via pec,", the request typed after it.
  const salutation = /^[^,!.:;\n]{1,60}[,!:;]/.exec(trimmed);
  if (
    salutation &&
    salutation[0].split(/\s+/).length <= 6 &&
    // "Buongiorno non funziona, ho gente allo sportello": a request after the greeting word.
    !requestWords.test(fold(salutation[0]).replace(greeting, ''))
  ) {
    return { start: lead, end: lead + salutation[0].length };
  }
  // No punctuation: the whole line when it is only a salutation ("Buongiorno a tutti"),
  // otherwise just the salutation word(s).
  if (trimmed.split(/\s+/).length <= 4) return { start: lead, end: first.end };
  const word = greeting.exec(head);
  return word ? { start: lead, end: lead + word[0].length } : null;
}

/** An office line of a signature, up to 110 characters: an Ente or office word, no sentence. */
// "Segreteria convenzionata Comuni di A e B": a shared office names its Comuni.
const officeWords = pattern`\b${[...officeNouns, ...enteNouns, 'comuni', 'comunita']}\b`;
function isLongOfficeLine(t: string): boolean {
  return (
    t.length <= 110 && officeWords.test(fold(t)) && !/[.?!:;]\s*$/.test(t) && !/[.?!] /.test(t)
  );
}

/**
 * A line that may stand under a name in a signature: a few words, an office or an Ente, a phone's
 * word or digits (not "allo sportello ancora non escono le ricevute": the request).
 */
export function isSignatureDetailLine(text: string): boolean {
  const t = fold(text.trim());
  return (
    t.split(/\s+/).length <= 4 ||
    officeWords.test(t) ||
    /\b(?:tel|cell|segreteria|comando)\b|\d{3}/.test(t)
  );
}

/** A line of this many words is the text, not a signature line… */
const CONTENT_WORDS = 9;
/** …unless it names an office ("La Segreteria della Divisione Urbanistica e Qualità…"). */
const officeLine = pattern`\b${[
  ...officeNouns,
  ...enteNouns,
  ...['segreteria', 'divisione', 'citta', 'direzione', 'dipartimento', 'ripartizione'],
]}\b`;

/**
 * A letterhead's opening hours: "Orario di apertura al pubblico: lun-ven 9.00-12.30, gio anche
 * 15.00-17.30", "Ricevimento: martedì 9-12" (many words, but a signature's line).
 */
const officeHoursLine = /^(?:orari?o?|ricevimento|apertura)\b[^?]{1,100}\d/;

function isTextLine(head: string): boolean {
  return (
    head.split(/\s+/).length >= CONTENT_WORDS &&
    !officeLine.test(head) &&
    !officeHoursLine.test(head)
  );
}

/**
 * True when nearly every line is followed by one blank line (at least three such breaks, four
 * in five): paragraphs of one line each, as mail clients turn HTML paragraphs into text.
 */
function isDoubleSpaced(lines: Line[]): boolean {
  let adjacent = 0;
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) {
    if (isSingleGap(lines, i)) gaps++;
    else if (!isBlankLine(lines[i]) && !isBlankLine(lines[i - 1])) adjacent++;
  }
  return gaps >= 3 && gaps >= 4 * adjacent;
}

const isBlankLine = (line: Line | undefined) => line !== undefined && line.text.trim() === '';

/** Line `i` is one blank line between two lines with text. */
function isSingleGap(lines: Line[], i: number): boolean {
  return (
    isBlankLine(lines[i]) &&
    i > 0 &&
    i + 1 < lines.length &&
    !isBlankLine(lines[i - 1]) &&
    !isBlankLine(lines[i + 1])
  );
}

/** A short line that opens with an office or Ente: "Ufficio Ragioneria", "Comune di Scafati". */
const officeHeading = pattern`^${[
  ...officeNouns,
  ...enteNouns,
  /uff\.?/,
  ...['segreteria', 'comando', 'sportello', 'ragioneria', 'polizia'],
]}\b`;
const isOfficeHeading = (head: string) => officeHeading.test(head) && head.split(/\s+/).length <= 6;

/**
 * Start offset of the signature block: the last closing formula followed only by short lines,
 * or else a trailing block of short lines that looks like a signature (name, role, Ente, phone).
 */
export function findSignatureStart(
  lines: Line[],
  minStart: number,
  knownName?: string,
): number | null {
  const filled = lines.filter((l) => l.text.trim() !== '');
  if (filled.length < 2) return null;
  const lastIndex = filled.length - 1;
  const lead = (l: Line) => l.start + leadingBlanks(l.text);

  // Closing formula: scan upwards over at most 12 trailing short lines. The very first line
  // ("Grazie, il programma non funziona") is content unless it is only a short formula.
  // A "-- " signature delimiter starts the block unless a closing formula is just above it.
  let delimiter: number | null = null;
  for (let i = lastIndex; i >= Math.max(0, lastIndex - 12); i--) {
    const line = filled[i]!;
    if (lead(line) < minStart) break;
    const head = fold(lineHead(line));
    const limit = i === 0 ? 30 : 120;
    if (
      closingFormula.test(head) &&
      line.text.trim().length <= limit &&
      !thanksGoOn(head) &&
      !asksQuestion(head)
    ) {
      return lead(line);
    }
    if (/^--\s*$/.test(head)) delimiter ??= lead(line);
    // A long line, a line of many words (the request wrapped by the mail client) or a question
    // ("Grazie.⏎Una domanda: i residui restano validi?") is the text: a "grazie…" above it does
    // not close the mail.
    if (line.text.trim().length > 90 || isTextLine(head) || asksQuestion(head)) break;
  }
  if (delimiter !== null) return delimiter;

  const lastLine = lines.indexOf(filled[lastIndex]!);
  // No closing formula: the trailing run of short lines after the last blank line. In a text
  // whose every line is its own paragraph (Outlook's HTML, one <p> per line) a single blank line
  // separates nothing: the run goes on up to the last sentence.
  const spaced = isDoubleSpaced(lines);
  let first = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text.trim();
    if (t === '') {
      if (first < lines.length && !(spaced && isSingleGap(lines, i))) break;
      continue;
    }
    // A sentence ends the block: the signature is the short lines after it. An office line
    // may be long ("Servizi alla persona - Comune di A (Unione dei Comuni della B)"). The
    // signature's own last line may be a short sentence of when to call ("Dopo le 12 sono in
    // comando.").
    // A short line that exclaims after a sentence, or twice, is the writer's ("Vedi oggetto.
    // Urgente!!!"); a signature's "Buone Feste!" or "Comune Plastic Free!" is not. A question,
    // however short, is the writer's ("Novità? Grazie"): no signature line asks.
    if (
      t.includes('?') ||
      (t.length > 70 && !isLongOfficeLine(t) && !officeHoursLine.test(fold(t))) ||
      (/[.?!]$/.test(t) && t.split(/\s+/).length > 3 && !(i === lastLine && isWhenToCall(t))) ||
      /[.?!]\s.*!$|!!$/.test(t)
    ) {
      break;
    }
    first = i;
  }
  if (first >= lines.length || lead(lines[first]!) < minStart) return null;
  const block = lines.slice(first).filter((l) => l.text.trim() !== '');
  if (block.length === filled.length) return crammedLastLine(filled, minStart, knownName);
  if (block.length > 8) return null;
  if (/:\s*$/.test(block[0]!.text)) return null; // "Passi:" opens a list, not a signature
  const heads = block.map((l) => fold(lineHead(l)));
  // An office signing without a person ("Ufficio Ragioneria / Comune di …") is a signature too:
  // its lines are no description of the request.
  const looksSigned =
    block.some((l) => lineHasPersonName(l.text, knownName)) ||
    (heads.some((h) => roleLine.test(h)) && heads.some((h) => reachLine.test(h))) ||
    (block.length >= 2 && heads.every(isOfficeHeading));
  return looksSigned ? lead(lines[first]!) : null;
}

/**
 * A short sentence of when to call, the writer's own: "Dopo le 12 sono in comando.", "Reperibile
 * fino alle 14." (not "Portale PagoPA non raggiungibile dalle 8.": a system that fails).
 */
const whenToCall =
  /^(?:sono|mi trovate|(?:meglio )?(?:dopo le|dalle|fino alle|entro le|prima delle)|reperibile|raggiungibile|disponibile|(?:ri)?chiamatemi)\b/;
function isWhenToCall(t: string): boolean {
  const folded = fold(t);
  return t.split(/\s+/).length <= 8 && !/\bnon\b/.test(folded) && whenToCall.test(folded);
}

/**
 * Phone mail of short lines only, its last line the writer's own name (settings or From; the
 * surname may stand for it) with a phone ("Morelli Alberto protocollo Comune di Alessandria 0131
 * 515 206"): that line is the signature. Another person's name with a case number ("intestata a
 * Ferri Giorgio prot. 452123/2025") is the text.
 */
function crammedLastLine(filled: Line[], minStart: number, knownName?: string): number | null {
  const last = filled[filled.length - 1]!;
  const at = last.start + leadingBlanks(last.text);
  if (at < minStart || !knownName || !lineHasPersonName(last.text, knownName)) return null;
  // The writer's name, whole or by its surname ("Salvo Giunta" from Salvatore Giunta).
  const surname = fold(knownName).trim().split(/\s+/).pop() ?? '';
  const own =
    containsKnownName(last.text, knownName) ||
    (surname.length >= 3 && new RegExp(`\\b${escapeRe(surname)}\\b`).test(fold(last.text)));
  return own && findPhones(last.text).length > 0 ? at : null;
}
