// The full stops of common abbreviations ("prot. n. 21877", "dott. Lanzi") blanked, as
// text.replace(abbreviationDot, '$1 ') does, without running the pattern at every position of
// the text: the classifier and several rules do it on the whole content, several times a check.
import { abbreviationDot } from './type-cues';

/**
 * The words of abbreviationDot (`\b(n|nr|…)\.`), read from its source so that the two never
 * disagree; null when the pattern has another shape (then it is run as it is).
 */
export const abbreviationWords: ReadonlySet<string> | null = (() => {
  const listed = /^\\b\(([a-z]+(?:\|[a-z]+)*)\)\\\.$/.exec(abbreviationDot.source);
  return listed && abbreviationDot.flags === 'g' ? new Set(listed[1]!.split('|')) : null;
})();
const words = abbreviationWords;
const longest = words ? Math.max(...[...words].map((w) => w.length)) : 0;

/** A \w character (ASCII letter, digit, underscore): what \b tells words by. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** True when the full stop at `dot` ends one of the abbreviations ("n." in "prot. n. 21877"). */
export function isAbbreviationDot(text: string, dot: number): boolean {
  if (!words) {
    const m = /(?:^|\W)(\w+)$/.exec(text.slice(Math.max(0, dot - 8), dot));
    return m !== null && new RegExp(abbreviationDot.source).test(`${m[1]}.`);
  }
  let start = dot;
  while (start > 0 && dot - start <= longest && isWordCode(text.charCodeAt(start - 1))) start--;
  return dot - start <= longest && words.has(text.slice(start, dot));
}

/**
 * `text` with the full stop after an abbreviation replaced by a space (same length, offsets
 * kept). A dot is one when the whole word right before it is one of the abbreviations.
 */
export function blankAbbreviationDots(text: string): string {
  if (!words) return text.replace(abbreviationDot, '$1 ');
  let out = '';
  let last = 0;
  for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
    if (!isAbbreviationDot(text, dot)) continue;
    out += text.slice(last, dot) + ' ';
    last = dot + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
