// Whether a message body holds nothing of the user's: the only case in which a fix may replace
// the body, and what the pane's template action looks at. A pasted screenshot leaves the text
// empty, so the HTML is looked at too. Pure string code, shared by the engine, the pane, the
// Outlook adapter and Thunderbird, so they all agree on what "empty" means.

/** Elements that are content even without any text around them. */
const embeddedContent = /<(?:img|picture|svg|canvas|video|audio|object|embed|iframe|table|hr)\b/i;

/**
 * Markup that shows nothing: the head, style blocks, comments, tags and non-breaking spaces.
 * Searched forward with a cursor, never rescanned: as one alternation (<[^>]*> among others) a
 * run of "<" without ">" made the check quadratic.
 */
const invisibleClosings: Record<string, RegExp> = {
  head: /<\/head\s*>/gi,
  style: /<\/style\s*>/gi,
  comment: /-->/g,
  tag: />/g,
};
const invisibleEntity = /&nbsp;|&#160;|&#xa0;/iy;

/** True when `html` shows only blanks once its invisible markup is left out. */
function onlyInvisible(html: string): boolean {
  // Where each closing was last found (or -1: none after that point): searched once per run.
  const found: Record<string, { from: number; at: number; end: number }> = {};
  const closing = (kind: string, from: number): number => {
    const known = found[kind];
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) {
      return known.at === -1 ? -1 : known.end;
    }
    const re = invisibleClosings[kind]!;
    re.lastIndex = from;
    const m = re.exec(html);
    found[kind] = m ? { from, at: m.index, end: m.index + m[0].length } : { from, at: -1, end: -1 };
    return m ? m.index + m[0].length : -1;
  };
  let i = 0;
  while (i < html.length) {
    const c = html.charAt(i);
    if (c === '<') {
      const head = html.slice(i, i + 7).toLowerCase();
      let end = -1;
      if (/^<head\b/.test(head)) end = closing('head', i + 5);
      if (end === -1 && /^<style\b/.test(head)) end = closing('style', i + 6);
      if (end === -1 && head.startsWith('<!--')) end = closing('comment', i + 4);
      if (end === -1) end = closing('tag', i + 1);
      if (end === -1) return false; // a "<" that opens nothing is text
      i = end;
    } else if (c === '&') {
      invisibleEntity.lastIndex = i;
      if (!invisibleEntity.test(html)) return false;
      i = invisibleEntity.lastIndex;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      return false;
    }
  }
  return true;
}

/** True when the HTML shows something that is not text (an image, a table…). */
export function hasEmbeddedContent(html: string | undefined): boolean {
  return !!html && embeddedContent.test(html);
}

export function isBlankBody(text: string, html?: string): boolean {
  if (text.trim() !== '') return false;
  if (html === undefined) return true;
  if (hasEmbeddedContent(html)) return false;
  return onlyInvisible(html);
}
