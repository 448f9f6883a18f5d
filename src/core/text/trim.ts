// Trimming without String.prototype.trimStart/trimEnd (missing in classic Outlook's ES2016
// runtime) and without /\s+$/, which backtracks quadratically on long runs of blanks.

function isBlank(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 12 ||
    code === 11 ||
    code === 0xa0
  );
}

/** Number of blank characters at the start of `s`. */
export function leadingBlanks(s: string): number {
  let i = 0;
  while (i < s.length && isBlank(s.charCodeAt(i))) i++;
  return i;
}

/** `s` without blank characters at the end. */
export function trimEndBlanks(s: string): string {
  let end = s.length;
  while (end > 0 && isBlank(s.charCodeAt(end - 1))) end--;
  return s.slice(0, end);
}

/** `s` without whitespace (as /\s/ means it) at the end: /\s+$/ without its quadratic scan. */
export function trimEndWhitespace(s: string): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s.charAt(end - 1))) end--;
  return s.slice(0, end);
}
