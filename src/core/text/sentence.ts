// The sentence around a match, for checks that look at what else the same sentence says. Walks
// at most `reach` characters each way, so a text without full stops stays linear to scan.

/**
 * Where the sentence holding `start`..`end` of `text` begins and ends: `from` is the character
 * after a `.`, `?`, `!` or line break (or another `stops` set), `to` the next one (or the text's
 * end), each way at most `reach` characters.
 */
export function sentenceBounds(
  text: string,
  start: number,
  end: number,
  reach = 300,
  stops = /[.?!\n]/,
): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < reach && !stops.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < reach && !stops.test(text.charAt(to))) to++;
  return { from, to };
}

/** The sentence holding `start`..`end` of `text`, its closing stop included (sentenceBounds). */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach = 300,
  stops = /[.?!\n]/,
): string {
  const { from, to } = sentenceBounds(text, start, end, reach, stops);
  return text.slice(from, to + 1);
}
