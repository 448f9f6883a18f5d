// Turns the engine's host-independent fix edits into one setComposeDetails call. The user's
// text is never replaced (`set-body` replaces only a body with nothing of the user's), HTML
// formatting is kept, and new text goes above a quoted reply so it counts as the user's own text.
import type { FixEdit } from '../../core/types';
import { entryAddressKey, formatRecipient } from './compose-draft';
import { applyRecipientEdit } from '../../core/fixes/merge-recipients';
import type { ComposeDetails, ComposeRecipient, ComposeRecipientList } from './tb-api';
import { escapeHtml } from '../shared/escape-html';
import { isBlankBody } from '../../core/text/blank-body';
import { bodyAlreadyHolds } from '../../core/fixes/apply-to-draft';
import { htmlToText } from '../../core/text/html-to-text';
import { assertSubjectUnchanged } from '../../core/host/mail-host';
import { insertBeforeQuote } from '../../core/text/insert-before-quote';

/** Plain text as HTML paragraphs-with-line-breaks, the way Thunderbird's editor writes them. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeHtml(line))
    .join('<br>\n');
}

// Where Thunderbird's HTML editor puts the quote header of a reply and a forwarded message.
const htmlQuoteStart =
  /<div class="moz-cite-prefix"|<blockquote type="cite"|<div class="moz-forward-container"/i;

/** Inserts `text` (as HTML) before a quoted reply/forward, else before </body>, else at the end. */
export function appendToHtml(html: string, text: string): string {
  const block = `<p>${textToHtml(text)}</p>\n`;
  const quote = htmlQuoteStart.exec(html);
  if (quote) return html.slice(0, quote.index) + block + html.slice(quote.index);
  const bodyEnd = html.search(/<\/body>/i);
  if (bodyEnd >= 0) return html.slice(0, bodyEnd) + block + html.slice(bodyEnd);
  return html + block;
}

/** Replaces the content of <body> (keeping the document's head and body attributes). */
export function replaceHtmlBody(html: string, text: string): string {
  const block = `<p>${textToHtml(text)}</p>`;
  const match = /(<body[^>]*>)[\s\S]*(<\/body>)/i.exec(html);
  if (!match) return block;
  return (
    html.slice(0, match.index) +
    match[1] +
    block +
    match[2] +
    html.slice(match.index + match[0].length)
  );
}

/** Appends `text` to the user's own plain text, separated by a blank line. */
export const appendToPlain = insertBeforeQuote;

/** A recipient field's entries as a list (Thunderbird may give a single entry). */
function entries(list: ComposeRecipientList | undefined): ComposeRecipient[] {
  if (list === undefined) return [];
  return Array.isArray(list) ? list : [list];
}

/**
 * The details to pass to setComposeDetails so that `edits` are applied to `current`. Edits are
 * applied in order, each seeing the result of the previous one.
 */
export function detailsForEdits(current: ComposeDetails, edits: FixEdit[]): ComposeDetails {
  const plain = current.isPlainText === true;
  const update: ComposeDetails = {};
  let body = plain ? (current.plainTextBody ?? '') : (current.body ?? '');
  let bodyChanged = false;
  for (const edit of edits) {
    switch (edit.kind) {
      case 'set-recipients':
        // Applied to the field as it is now, entry by entry: an address typed since the check,
        // an address-book list, a group or a quoted name stays exactly as it is.
        update[edit.field] = applyRecipientEdit(
          entries(update[edit.field] ?? current[edit.field]),
          edit,
          entryAddressKey,
          formatRecipient,
        );
        break;
      case 'set-subject':
        assertSubjectUnchanged(current.subject ?? '', edit);
        update.subject = edit.subject;
        break;
      case 'append-to-body':
        // A double click, or a fix applied after the text was pasted by hand: never twice.
        if (bodyAlreadyHolds(plain ? body : htmlToText(body), edit.text)) break;
        body = plain ? appendToPlain(body, edit.text) : appendToHtml(body, edit.text);
        bodyChanged = true;
        break;
      case 'set-body':
        // Only a body with nothing of the user's is replaced (the pane's draft may be seconds
        // old, and a pasted screenshot has no text); otherwise the text is appended.
        if (plain) body = isBlankBody(body) ? edit.text : appendToPlain(body, edit.text);
        else {
          const text = bodyChanged ? '' : (current.plainTextBody ?? '');
          body = isBlankBody(text, body)
            ? replaceHtmlBody(body, edit.text)
            : appendToHtml(body, edit.text);
        }
        bodyChanged = true;
        break;
    }
  }
  if (bodyChanged) {
    if (plain) update.plainTextBody = body;
    else update.body = body;
  }
  return update;
}
