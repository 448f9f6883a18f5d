// Turns what Thunderbird's compose API reports into the engine's TicketDraft.
import addressparser from 'nodemailer/lib/addressparser';
import { addressKey } from '../../core/fixes/merge-recipients';
import type { AttachmentInfo, Recipient, TicketDraft } from '../../core/types';
import type {
  ComposeAttachment,
  ComposeDetails,
  ComposeRecipient,
  ComposeRecipientList,
} from './tb-api';

/** What the host knows about the message being answered (from messages.get). */
export interface RelatedMessage {
  author?: string;
  subject?: string;
  headerMessageId?: string;
}

/**
 * Parses Thunderbird recipient strings ("Rossi, Mario" <m.rossi@x.it>, groups…). Address-book
 * references ({id, type}) carry no address without the addressBooks permission: skipped here,
 * and kept untouched when recipients are rewritten (see compose-edits).
 */
export function recipientsFrom(list: ComposeRecipientList | undefined): Recipient[] {
  if (list === undefined) return [];
  const entries = Array.isArray(list) ? list : [list];
  const result: Recipient[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') continue;
    for (const parsed of addressparser(entry, { flatten: true })) {
      const address = parsed.address.trim();
      if (!address) continue;
      result.push(parsed.name ? { name: parsed.name, address } : { address });
    }
  }
  return result;
}

/**
 * The address key of one recipient entry when it is exactly one plain address; undefined for an
 * address-book reference, a list shown by name, a group, "undisclosed-recipients:;" or anything
 * else a recipient fix must leave as it is.
 */
export function entryAddressKey(entry: ComposeRecipient): string | undefined {
  if (typeof entry !== 'string') return undefined;
  const parsed = addressparser(entry);
  if (parsed.length !== 1 || parsed[0]!.group) return undefined;
  return addressKey(parsed[0]!.address);
}

/** Formats a recipient the way Thunderbird accepts it in setComposeDetails. */
export function formatRecipient(r: Recipient): string {
  if (!r.name) return r.address;
  const needsQuotes = /[",;:<>@()[\]\\]/.test(r.name);
  const name = needsQuotes ? `"${r.name.replace(/(["\\])/g, '\\$1')}"` : r.name;
  return `${name} <${r.address}>`;
}

function attachmentsFrom(list: ComposeAttachment[]): AttachmentInfo[] {
  return list.map((a) => ({
    name: a.name ?? '',
    ...(typeof a.size === 'number' ? { size: a.size } : {}),
  }));
}

function addressOf(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return recipientsFrom(text)[0]?.address;
}

export function draftFromDetails(
  details: ComposeDetails,
  attachments: ComposeAttachment[],
  related?: RelatedMessage,
): TicketDraft {
  const html = details.isPlainText ? undefined : details.body;
  const from = recipientsFrom(details.from as ComposeRecipientList | undefined)[0];
  const draft: TicketDraft = {
    subject: details.subject ?? '',
    // Thunderbird fills plainTextBody for HTML messages too (its own HTML-to-text conversion).
    bodyText: details.plainTextBody ?? '',
    ...(html ? { bodyHtml: html } : {}),
    ...(from ? { from } : {}),
    to: recipientsFrom(details.to),
    cc: recipientsFrom(details.cc),
    attachments: attachmentsFrom(attachments),
  };
  if (related && details.type === 'reply') {
    if (related.headerMessageId) draft.inReplyTo = related.headerMessageId;
    const originalFrom = addressOf(related.author);
    draft.replyContext = {
      ...(originalFrom ? { originalFrom } : {}),
      ...(related.subject !== undefined ? { originalSubject: related.subject } : {}),
    };
  }
  return draft;
}
