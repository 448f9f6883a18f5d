// Finds Italian phone numbers (fixed and mobile) in free text. A linear scanner collects runs of
// digit groups as people write them ("0541/123456", "333.123.45.67", "+39 0541 123456"),
// classify-number.ts (libphonenumber-js) decides whether a run is a valid fixed or mobile number,
// and the words just before the number rule out protocol/determina numbers, amounts, codes and
// versions.
import { classify, type NumberClass } from './classify-number';
import {
  contextBefore,
  isDateRun,
  isPartitaIva,
  isTimeRun,
  phoneContextBefore,
  type DigitGroup,
} from './number-context';

export interface PhoneMatch {
  /** As written. */
  raw: string;
  /** E.164, e.g. +390541123456. */
  e164: string;
  type: 'fixed' | 'mobile' | 'unknown';
  start: number;
  end: number;
}

const maxDigits = 15;
const maxGroupDigits = 13;
/** Most Italian numbers, fixed or mobile, have nine or ten digits; fixed ones six at least. */
const usualDigits = 9;
const minFixedDigits = 6;
/** A dash or slash with a blank beside it: "0541 123456 - 333 …", "611 - 8/14". */
const spacedMark = /\s[-/]|[-/]\s/;

/** Parsing budget per text: junk full of digit groups must not cost more than a few ms. */
const maxParses = 500;
/** When the budget is spent, the end of the text (where signatures are) is still scanned. */
const tailChars = 5000;

/**
 * Numbers already classified, across checks: a parse costs more than the rest of the scan, and
 * the same numbers (the writer's own, in every signature) come back check after check. The
 * parsing budget still counts every number new to a text. Bounded: emptied when full.
 */
const classified = new Map<string, NumberClass | null>();
const maxClassified = 2000;

function classifyOnce(key: string): NumberClass | null {
  let found = classified.get(key);
  if (found === undefined) {
    if (classified.size >= maxClassified) classified.clear();
    classified.set(key, (found = classify(key)));
  }
  return found;
}

interface ScanState {
  parses: number;
  cache: Map<string, NumberClass | null>;
}

/**
 * A phone's label glued to its number by a phone mail that dropped the blank ("tel0874 701233",
 * "cell3471234567"): the number still starts there.
 */
const gluedLabel = /(?:^|[^a-z])(?:tel|telefono|cell|cel|cellulare|mob)\.?$/i;

export function findPhones(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  const n = text.length;
  const state: ScanState = { parses: 0, cache: new Map() };
  let jumped = false;
  let i = 0;
  while (i < n) {
    if (!jumped && state.parses >= maxParses) {
      jumped = true;
      state.parses = 0;
      if (i < n - tailChars) {
        i = n - tailChars;
        continue;
      }
    }
    if (jumped && state.parses >= maxParses) break;
    const c = text.charCodeAt(i);
    const startsRun =
      (isDigit(c) || ((c === 43 || c === 40) && i + 1 < n && isDigit(text.charCodeAt(i + 1)))) &&
      (i === 0 ||
        !isWordChar(text.charCodeAt(i - 1)) ||
        gluedLabel.test(text.slice(Math.max(0, i - 12), i)));
    if (!startsRun) {
      i++;
      continue;
    }
    const { groups, end } = readRun(text, i);
    for (const m of matchesInRun(text, groups, end, state)) found.push(m);
    i = Math.max(end, i + 1);
  }
  const dictated = dictatedPhones(text, state);
  return dictated.length === 0 ? found : [...found, ...dictated].sort((a, b) => a.start - b.start);
}

/** Digits as voice dictation writes them: "tre tre otto quattro…". */
const digitWords = [
  'zero',
  'uno',
  'due',
  'tre',
  'quattro',
  'cinque',
  'sei',
  'sette',
  'otto',
  'nove',
];
/** The digit words as one alternation, for patterns that read dictated numbers. */
export const digitWord = digitWords.join('|');
/**
 * Nine digit words or more in a row (no count or date in prose runs that long), or words and
 * figures mixed as dictation writes them ("3 3 9 cinque otto due 1407"): the digits they spell
 * must then make a whole phone number.
 */
const dictatedRun = new RegExp(
  `\\b(?:${digitWord}|\\d{1,8})(?:[ \\t,]+(?:${digitWord}|\\d{1,8})){2,14}\\b`,
  'gi',
);
const minDictatedWords = 9;

/** Numbers dictated in words, read as the digits they spell. */
function dictatedPhones(text: string, state: ScanState): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  dictatedRun.lastIndex = 0;
  for (let m = dictatedRun.exec(text); m; m = dictatedRun.exec(text)) {
    const tokens = m[0].toLowerCase().split(/[ \t,]+/);
    const words = tokens.filter((t) => !/^\d/.test(t)).length;
    // All figures: the digit scanner's. Words and figures: at least two words, and the digits
    // they spell as long as a number ("3 cedolini" never gets here: a word breaks the run).
    if (words === 0 || (words === tokens.length ? words < minDictatedWords : words < 2)) continue;
    // Mixed, only with blanks between: "le righe 3, 31, 32, sei, sette" is a list.
    if (words < tokens.length && m[0].includes(',')) continue;
    const digits = tokens.map((t) => (/^\d/.test(t) ? t : String(digitWords.indexOf(t)))).join('');
    if (!/^[03]/.test(digits) || digits.length < usualDigits || digits.length > 11) continue;
    if (state.parses >= maxParses || contextBefore(text, m.index) === 'other') continue;
    state.parses++;
    const valid = classifyOnce(digits);
    if (valid) {
      found.push({
        raw: m[0],
        e164: valid.e164,
        type: valid.type,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return found;
}

/**
 * Reads digit groups joined by short separators (spaces, . - / and parentheses, or a line break
 * after a short prefix).
 */
function readRun(text: string, from: number): { groups: DigitGroup[]; end: number } {
  const groups: DigitGroup[] = [];
  let i = from;
  let sep = '';
  const n = text.length;
  let total = 0;
  while (i < n) {
    // Separator: up to 3 characters, at most one of them not a space.
    const sepStart = i;
    let marks = 0;
    while (i < n && i - sepStart < 4) {
      const ch = text[i]!;
      if (ch === ' ' || ch === '\u00a0') i++;
      // A line the mail client broke inside a number ("al 338\n4471902"): only after a prefix
      // too short to be a number of its own, so two numbers on two lines stay two.
      else if ((ch === '\n' || ch === '\r') && total > 0 && total < 6 && marks < 2) {
        marks++;
        i = afterLineBreak(text, i);
        // One blank line too: a signature table turned to text puts one between its rows
        // ("tel. 0835 /", blank, "445128").
        if (text[i] === '\n' || text[i] === '\r') i = afterLineBreak(text, i);
      } else if (
        (ch === '.' || ch === '-' || ch === '/' || ch === '(' || ch === ')' || ch === '+') &&
        marks < 2
      ) {
        marks++;
        i++;
      } else break;
    }
    sep = text.slice(sepStart, i);
    const digitStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === digitStart) {
      i = sepStart;
      break;
    }
    const digits = text.slice(digitStart, i);
    groups.push({ start: digitStart, end: i, digits, sep: groups.length === 0 ? '' : sep });
    total += digits.length;
    if (total > 40) break; // long digit sequences (tables, codes): nothing more to read here
  }
  // A closing parenthesis right after the last group belongs to it, e.g. "(0541)".
  return { groups, end: i };
}

function matchesInRun(
  text: string,
  groups: DigitGroup[],
  runEnd: number,
  state: ScanState,
): PhoneMatch[] {
  if (groups.length === 0) return [];
  // "2. 0782 473 120", "3) 347 …": a numbered list's item, then the number.
  if (listNumber(text, groups)) groups = [{ ...groups[1]!, sep: '' }, ...groups.slice(2)];
  const out: PhoneMatch[] = [];
  const after = text.slice(runEnd, runEnd + 6);
  // Glued to letters ("0541abc") or part of an amount ("1.234,56", "333 €"): not a phone.
  if (/^[a-zA-Z\u00c0-\u024f_]/.test(after) || /^,\d/.test(after)) return [];
  if (isDateRun(groups) || isTimeRun(groups)) return [];
  let g = 0;
  let afterMatch = false;
  while (g < groups.length) {
    let matched = false;
    const canStart = g === 0 || afterMatch || startsNumber(groups[g]!);
    if (groups[g]!.digits.length <= maxGroupDigits && canStart) {
      let digits = 0;
      let last = g;
      while (last < groups.length && digits + groups[last]!.digits.length <= maxDigits) {
        // A short group after a spaced dash or slash, once the digits make a whole number of the
        // usual length, starts something else: "0545 280 611 - 8/14" is the number and its hours;
        // "347 123 - 4567" and "0541 - 704 - 111" are one number.
        if (last > g && spacedMark.test(groups[last]!.sep) && hoursNext(groups, last, digits)) {
          break;
        }
        digits += groups[last]!.digits.length;
        last++;
      }
      for (let j = last - 1; j >= g; j--) {
        const m = candidate(
          text,
          groups,
          g,
          j,
          j === groups.length - 1 ? runEnd : groups[j]!.end,
          state,
        );
        if (m) {
          out.push(m);
          g = j + 1;
          matched = true;
          break;
        }
      }
    }
    afterMatch = matched;
    if (!matched) g++;
  }
  return out;
}

/** The run opens with an item's number at the start of a line: "2. ", "3) ". */
function listNumber(text: string, groups: DigitGroup[]): boolean {
  const [first, second] = groups;
  if (!first || !second || first.digits.length > 2 || !/^[.)][ \t]+$/.test(second.sep)) {
    return false;
  }
  let k = first.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

/**
 * True when the short group at `at` opens something other than the number read so far
 * (`digits` long): an hours range ("06 123456 - 8/14"), or any one- or two-digit group after a
 * number of the usual length.
 */
function hoursNext(groups: DigitGroup[], at: number, digits: number): boolean {
  if (groups[at]!.digits.length > 2) return false;
  const next = groups[at + 1];
  const range = next !== undefined && /^[-/]$/.test(next.sep) && next.digits.length <= 2;
  return digits >= (range ? minFixedDigits : usualDigits);
}

function startsNumber(group: DigitGroup): boolean {
  // Inside a run, another number follows a wider separator ("0541 123456 - 333 …"); a single
  // space usually joins parts of one long code (IUV written in blocks). A line break starts one
  // too: "interno 3\n0733 256411" is a number under a short one, "al 338\n4471902" is still read
  // whole first (longest candidate first).
  return /[\n\r(+]|\s{2,}/.test(group.sep) || spacedMark.test(group.sep);
}

function candidate(
  text: string,
  groups: DigitGroup[],
  from: number,
  to: number,
  runEnd: number,
  state: ScanState,
): PhoneMatch | null {
  const first = groups[from]!;
  let start = first.start;
  let international = false;
  if (start > 0 && text[start - 1] === '+') {
    start--;
    international = true;
  } else if (start > 1 && text[start - 1] === '(' && text[start - 2] === '+') {
    start -= 2;
    international = true;
  }
  if (start > 0 && text[start - 1] === '(') start--;
  let digits = '';
  for (let k = from; k <= to; k++) digits += groups[k]!.digits;
  // Within a candidate, groups may only be joined by phone-like separators.
  for (let k = from + 1; k <= to; k++) {
    if (groups[k]!.sep.length === 0) return null;
  }
  if (digits.startsWith('0039') || digits.startsWith('00378')) {
    digits = digits.slice(2);
    international = true;
  }
  if (!international && !/^[03]/.test(digits)) return null;
  // A contiguous 11-digit partita IVA starting with 0 is valid per the numbering plan.
  if (
    from === to &&
    digits.length === 11 &&
    isPartitaIva(digits) &&
    !phoneContextBefore(text, start)
  ) {
    return null;
  }
  // Protocol style "12345/2024" and "0012345/2024": a slash followed by a year.
  if (
    to > from &&
    /^\/$/.test(groups[to]!.sep.trim()) &&
    /^(?:19|20)\d\d$/.test(groups[to]!.digits)
  ) {
    return null;
  }
  // Italian numbers have 6 to 12 digits after the country code: skip hopeless candidates
  // before paying for a parse.
  const national = international ? digits.replace(/^(39|378)/, '') : digits;
  if (national.length < 6 || national.length > 12) return null;
  const key = (international ? '+' : '') + digits;
  let valid = state.cache.get(key);
  if (valid === undefined) {
    state.parses++;
    valid = classifyOnce(key);
    state.cache.set(key, valid);
  }
  if (!valid) return null;
  // The words before the number are checked last: they are the costliest test.
  if (contextBefore(text, start) === 'other') return null;
  let end = groups[to]!.end;
  if (end < runEnd && text[end] === ')') end++;
  return { raw: text.slice(start, end), e164: valid.e164, type: valid.type, start, end };
}

/** The offset after the line break at `at` ("\n" or "\r\n"). */
function afterLineBreak(text: string, at: number): number {
  return at + (text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    (c >= 0xc0 && c <= 0x24f)
  );
}
