// Length-preserving folding (lower case, no accents, plain apostrophes) so that patterns can run
// on the folded text while offsets still point into the original.

const accentMap: Record<string, string> = {};
(() => {
  const groups: Array<[string, string]> = [
    ['a', 'àáâãäåāăą'],
    ['c', 'çćĉċč'],
    ['e', 'èéêëēĕėęě'],
    ['i', 'ìíîïĩīĭįı'],
    ['n', 'ñńņňŉ'],
    ['o', 'òóôõöøōŏő'],
    ['u', 'ùúûüũūŭůűų'],
    ['y', 'ýÿŷ'],
    ['s', 'śŝşš'],
    ['z', 'źżž'],
  ];
  for (const [base, chars] of groups) for (const ch of chars) accentMap[ch] = base;
  for (const ch of '\u2018\u2019\u02bc\u00b4\u0060') accentMap[ch] = "'";
  for (const ch of '\u201c\u201d\u00ab\u00bb') accentMap[ch] = '"';
  for (const ch of '\u2013\u2014\u2212') accentMap[ch] = '-';
  accentMap['\u00a0'] = ' ';
  // The CR of a CRLF line break (Outlook on Windows) is a blank, so patterns that end at a line
  // break see "\n" as in a Unix body.
  accentMap['\r'] = ' ';
})();

const foldable =
  /[\r\u00a0\u00b4\u00c0-\u024f\u02bc\u2013\u2014\u2018\u2019\u201c\u201d\u2212\u00ab\u00bb`]/g;

// One check folds the same text several times (the body read for its module, its kind, its
// signing device) and the same short words again and again: measured on the 2 KB benchmark
// ticket, 59 folds a check, 4 of them of the whole body, a tenth of the check's time. Results are
// kept for one check (checkTicket calls forgetFolds when it ends): short texts in a map emptied
// when full, long ones for the last two. Not longer: a short text cut from a body keeps the whole
// body alive in V8, so a cache across checks held every mail checked (272 MB after 300 checks
// of 1 MB bodies, measured in the review).
const shortFolds = new Map<string, string>();
const maxShortFolds = 5_000;
const shortText = 200;
const longFolds: Array<[string, string]> = [];

/** Drops the folds kept during a check. */
export function forgetFolds(): void {
  shortFolds.clear();
  longFolds.length = 0;
}

/** Lower-cases and strips accents; the result has exactly the same length as the input. */
export function fold(text: string): string {
  if (text.length <= shortText) {
    let folded = shortFolds.get(text);
    if (folded === undefined) {
      if (shortFolds.size >= maxShortFolds) shortFolds.clear();
      shortFolds.set(text, (folded = foldNow(text)));
    }
    return folded;
  }
  for (const [given, folded] of longFolds) if (given === text) return folded;
  const folded = foldNow(text);
  if (longFolds.unshift([text, folded]) > 2) longFolds.pop();
  return folded;
}

function foldNow(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few characters (e.g. "İ") grow when lower-cased: fold those one by one.
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!.toLowerCase();
      out += c.length === 1 ? c : text[i];
    }
    lower = out;
  }
  return lower.replace(foldable, (ch) => accentMap[ch] ?? ch);
}
