// Text for a terminal: nothing from a mail may drive the terminal, and lines fit the width.
// A crafted subject or excerpt could otherwise carry escape sequences (OSC 52 writes the
// clipboard, others set the window title or clear the screen) or bidirectional overrides that
// make the printed text read differently from what it is.

/** C0 and C1 controls, DEL, and Unicode bidirectional embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** One line of printable text: controls become a single space (line breaks included). */
export function printable(text: string): string {
  return text.replace(unsafe, ' ');
}

/** Length as the terminal counts it for the text we print (one column per code point). */
export function columns(text: string): number {
  return [...text].length;
}

/**
 * Wraps `text` at spaces so that every line, prefix included, is at most `width` columns; a word
 * longer than a line is cut. The first line starts with `first`, the others with `rest`.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let prefix = first;
  let line = '';
  const room = () => Math.max(1, width - columns(prefix));
  for (const word of printable(text).split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (columns(candidate) <= room()) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(prefix + line);
      prefix = rest;
    }
    let chars = [...word];
    while (chars.length > room()) {
      const fits = room();
      lines.push(prefix + chars.slice(0, fits).join(''));
      chars = chars.slice(fits);
      prefix = rest;
    }
    line = chars.join('');
  }
  lines.push(prefix + line);
  return lines;
}
