// Reading every match of a global pattern with a guard in code: for what a pattern cannot say
// cheaply (the clause before a match, the words after it), without a second scan of the text.

/**
 * True when some match of `re` (which must have the `g` flag) in `text` is accepted. Starts from
 * the beginning whatever `re.lastIndex` holds; stops at the first accepted match.
 */
export function someMatch(
  re: RegExp,
  text: string,
  accept: (match: RegExpExecArray) => boolean,
): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (accept(m)) return true;
    if (m[0] === '') re.lastIndex++;
  }
  return false;
}
