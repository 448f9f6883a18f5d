// Applies the engine's host-independent fix edits to an Outlook compose item with Office.js.
// The user's text is never dropped: body edits read the body in its own format (HTML or text)
// and write it back with the new text inserted, so formatting, images and quotes stay.
import type { FixEdit, Recipient } from '../../core/types';
import { isBlankBody } from '../../core/text/blank-body';
import { bodyAlreadyHolds } from '../../core/fixes/apply-to-draft';
import { htmlToText } from '../../core/text/html-to-text';
import { insertIntoHtml, insertIntoText, textToHtml } from './body-insert';
import { officeCall } from './office-async';
import { addressKey, applyRecipientEdit } from '../../core/fixes/merge-recipients';
import { assertSubjectUnchanged } from '../../core/host/mail-host';

function toEmailUser(r: Recipient): Office.EmailUser {
  return { displayName: r.name ?? r.address, emailAddress: r.address };
}

async function bodyType(item: Office.MessageCompose): Promise<Office.CoercionType> {
  const type = await officeCall<Office.CoercionType>('body.getTypeAsync', (cb) =>
    item.body.getTypeAsync(cb),
  );
  return type === Office.CoercionType.Html ? Office.CoercionType.Html : Office.CoercionType.Text;
}

async function appendToBody(item: Office.MessageCompose, text: string): Promise<void> {
  const type = await bodyType(item);
  const isHtml = type === Office.CoercionType.Html;
  const label = isHtml ? 'Html' : 'Text';
  const current = await officeCall<string>(`body.getAsync(${label})`, (cb) =>
    item.body.getAsync(type, cb),
  );
  // A double click, or a fix applied after the text was pasted by hand: never twice.
  if (bodyAlreadyHolds(isHtml ? htmlToText(current ?? '') : (current ?? ''), text)) return;
  const updated = isHtml
    ? insertIntoHtml(current ?? '', text)
    : insertIntoText(current ?? '', text);
  await officeCall<void>(`body.setAsync(${label})`, (cb) =>
    item.body.setAsync(updated, { coercionType: type }, cb),
  );
}

/**
 * Replaces the body only when it holds nothing of the user's, read right now (the pane's draft
 * may be seconds old); a pasted screenshot counts. Otherwise appends, so nothing is lost.
 */
async function setBody(item: Office.MessageCompose, text: string): Promise<void> {
  const current = await officeCall<string>('body.getAsync(Text)', (cb) =>
    item.body.getAsync(Office.CoercionType.Text, cb),
  );
  if (!isBlankBody(current ?? '')) return appendToBody(item, text);
  const type = await bodyType(item);
  const isHtml = type === Office.CoercionType.Html;
  if (isHtml) {
    const html = await officeCall<string>('body.getAsync(Html)', (cb) =>
      item.body.getAsync(Office.CoercionType.Html, cb),
    );
    if (!isBlankBody('', html ?? '')) return appendToBody(item, text);
  }
  await officeCall<void>(`body.setAsync(${isHtml ? 'Html' : 'Text'})`, (cb) =>
    item.body.setAsync(isHtml ? textToHtml(text) : text, { coercionType: type }, cb),
  );
}

async function applyEdit(item: Office.MessageCompose, edit: FixEdit): Promise<void> {
  switch (edit.kind) {
    case 'set-recipients': {
      // Applied to the field as it is now, entry by entry: an address typed since the check and
      // an unresolved entry (no address yet) stay exactly as Outlook gave them.
      const current = await officeCall<Office.EmailAddressDetails[]>(
        `${edit.field}.getAsync`,
        (cb) => item[edit.field].getAsync(cb),
      );
      const entries = applyRecipientEdit<Office.EmailAddressDetails | Office.EmailUser>(
        current ?? [],
        edit,
        (entry) => addressKey(entry.emailAddress),
        toEmailUser,
      );
      return officeCall<void>(`${edit.field}.setAsync`, (cb) =>
        item[edit.field].setAsync(entries, cb),
      );
    }
    case 'set-subject':
      return officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(edit.subject, cb));
    case 'append-to-body':
      return appendToBody(item, edit.text);
    case 'set-body':
      return setBody(item, edit.text);
  }
}

/**
 * Applies edits in order; stops at the first failure with a HostError naming the call. A subject
 * edit based on a subject the user has changed since is refused (StaleEditError) before anything
 * is written.
 */
export async function applyEdits(item: Office.MessageCompose, edits: FixEdit[]): Promise<void> {
  if (edits.some((e) => e.kind === 'set-subject' && e.basedOn !== undefined)) {
    const current = await officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb));
    for (const edit of edits) assertSubjectUnchanged(current ?? '', edit);
  }
  for (const edit of edits) await applyEdit(item, edit);
}
