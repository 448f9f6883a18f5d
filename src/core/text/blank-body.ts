// Whether a message body holds nothing of the user's: the only case in which a fix may replace
// the body, and what the pane's template action looks at. A pasted screenshot leaves the text
// empty, so the HTML is looked at too. Pure string code, shared by the engine, the pane, the
// Outlook adapter and Thunderbird, so they all agree on what "empty" means.

/** Elements that are content even without any text around them. */
const embeddedContent = /<(?:img|picture|svg|canvas|video|audio|object|embed|iframe|table|hr)\b/i;

/** Markup that shows nothing: the head, comments, tags and non-breaking spaces. */
const invisible =
  /<head\b[\s\S]*?<\/head\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<[^>]*>|&nbsp;|&#160;|&#xa0;/gi;

/** True when the HTML shows something that is not text (an image, a table…). */
export function hasEmbeddedContent(html: string | undefined): boolean {
  return !!html && embeddedContent.test(html);
}

export function isBlankBody(text: string, html?: string): boolean {
  if (text.trim() !== '') return false;
  if (html === undefined) return true;
  if (hasEmbeddedContent(html)) return false;
  return html.replace(invisible, '').trim() === '';
}
