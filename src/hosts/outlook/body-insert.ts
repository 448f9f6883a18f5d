// Where appended text goes in an existing body: after the user's own text and before the quoted
// reply/forward, so a signature lands under what the user wrote, not under the old message.
// Pure string functions (no DOM), shared by the pane and the on-send runtime.
import { escapeHtml } from '../shared/escape-html';
import { insertBeforeQuote } from '../../core/text/insert-before-quote';

/** Markers Outlook (desktop, web, Mac) and common clients put before quoted text in HTML. */
const htmlQuoteMarkers: RegExp[] = [
  /<div[^>]+\bid=["']?appendonsend[^>]*>/i,
  /<div[^>]+\bid=["']?divRplyFwdMsg[^>]*>/i,
  /<hr[^>]*>\s*(?:<[^>]+>\s*)*<(?:b|strong)>\s*(?:From|Da)\s*:/i,
  /<div[^>]*class=["']?gmail_quote[^>]*>/i,
  /<blockquote[^>]*>/i,
];

function firstMatch(text: string, markers: RegExp[]): number | undefined {
  let best: number | undefined;
  for (const marker of markers) {
    const m = marker.exec(text);
    if (m && (best === undefined || m.index < best)) best = m.index;
  }
  return best;
}

/** Plain text as HTML paragraphs, one <div> per line (what Outlook itself produces). */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<div>${line.trim() === '' ? '<br>' : escapeHtml(line)}</div>`)
    .join('');
}

/** Inserts `text` after the user's own text of a plain-text body. */
export const insertIntoText = insertBeforeQuote;

/** Inserts `text` (converted to HTML) after the user's own part of an HTML body. */
export function insertIntoHtml(html: string, text: string): string {
  const fragment = `<div><br></div>${textToHtml(text)}`;
  const at = firstMatch(html, htmlQuoteMarkers) ?? html.search(/<\/body\s*>/i);
  if (at < 0) return html + fragment;
  return html.slice(0, at) + fragment + html.slice(at);
}
