// Applies fix edits to a draft held as plain data: what the CLI, the tests and any host without
// an editor of its own use. The rules for the user's text are the hosts' rules: text is never
// dropped (`set-body` replaces only a body with nothing of the user's), appended text goes above
// a quoted reply, a text already there is not appended twice, and a subject proposal made for an
// older subject is refused.
import { assertSubjectUnchanged } from '../host/mail-host';
import { isBlankBody } from '../text/blank-body';
import { insertBeforeQuote } from '../text/insert-before-quote';
import type { FixEdit, TicketDraft } from '../types';
import { mergeRecipientEdit } from './merge-recipients';

/** Blanks collapsed: how a text is compared with what the body already holds. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * True when `body` already holds `text` (blanks aside): appending it again would duplicate it,
 * e.g. a double click on a fix whose button the pane has not yet removed.
 */
export function bodyAlreadyHolds(body: string, text: string): boolean {
  const wanted = squeeze(text);
  return wanted !== '' && squeeze(body).includes(wanted);
}

export function applyToDraft(draft: TicketDraft, edits: readonly FixEdit[]): TicketDraft {
  for (const edit of edits) assertSubjectUnchanged(draft.subject, edit);
  let next: TicketDraft = { ...draft };
  for (const edit of edits) {
    switch (edit.kind) {
      case 'set-recipients':
        next = { ...next, [edit.field]: mergeRecipientEdit(next[edit.field], edit) };
        break;
      case 'set-subject':
        next = { ...next, subject: edit.subject };
        break;
      case 'append-to-body':
        if (!bodyAlreadyHolds(next.bodyText, edit.text))
          next = { ...next, bodyText: insertBeforeQuote(next.bodyText, edit.text) };
        break;
      case 'set-body':
        if (isBlankBody(next.bodyText, next.bodyHtml)) next = { ...next, bodyText: edit.text };
        else if (!bodyAlreadyHolds(next.bodyText, edit.text))
          next = { ...next, bodyText: insertBeforeQuote(next.bodyText, edit.text) };
        break;
    }
  }
  // The plain text is now the body: an HTML version would be stale.
  if (next.bodyText !== draft.bodyText) delete next.bodyHtml;
  return next;
}
