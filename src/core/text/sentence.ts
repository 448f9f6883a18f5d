// The sentence around a match, for checks that look at what else the same sentence says. Walks
// at most `reach` characters each way, so a text without full stops stays linear to scan.

/**
 * The sentence holding `start`..`end` of `text`: back to the character after a `.`, `?`, `!`
 * or line break (or another `stops` set), forward up to and including the next one, each way
 * at most `reach` characters.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach = 300,
  stops = /[.?!\n]/,
): string {
  let from = start;
  while (from > 0 && start - from < reach && !stops.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < reach && !stops.test(text.charAt(to))) to++;
  return text.slice(from, to + 1);
}
