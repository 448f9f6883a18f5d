// Whether a message body holds nothing of the user's: the only case in which a fix may replace
// the body (the ticket template). A pasted screenshot leaves the text empty, so the HTML is
// looked at too. Pure string code: used by the pane, the Outlook adapter and Thunderbird.

/** Elements that are content even without any text around them. */
const embeddedContent = /<(?:img|picture|svg|video|audio|object|embed|iframe|table|hr)\b/i;

/** Markup that shows nothing: the head, comments, tags and non-breaking spaces. */
const invisible =
  /<head\b[\s\S]*?<\/head\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<[^>]*>|&nbsp;|&#160;|&#xa0;/gi;

export function isBlankBody(text: string, html?: string): boolean {
  if (text.trim() !== '') return false;
  if (html === undefined) return true;
  if (embeddedContent.test(html)) return false;
  return html.replace(invisible, '').trim() === '';
}
