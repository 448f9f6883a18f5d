// Lines of a text with their offsets; patterns look at a bounded head of each line so a
// pathological single line cannot make line checks quadratic.

export interface Line {
  start: number;
  /** Exclusive, before the line break. */
  end: number;
  text: string;
}

/** Longest part of a line that line-level patterns examine. */
export const lineHeadLength = 300;

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let nl = text.indexOf('\n', start);
    if (nl === -1 || nl > to) nl = to;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl >= to) break;
    start = nl + 1;
  }
  return lines;
}

/** The first `lineHeadLength` characters of a line, trimmed. */
export function lineHead(line: Line): string {
  return line.text.slice(0, lineHeadLength).trim();
}
