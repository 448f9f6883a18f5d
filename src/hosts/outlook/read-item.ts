// Reads the message being composed in Outlook into a TicketDraft with real Office.js calls.
// No DOM, nothing React: the on-send handler uses this in Outlook's JavaScript-only runtime.
import type { AttachmentInfo, Recipient, TicketDraft } from '../../core/types';
import { officeCall, supportsMailbox } from './office-async';
import { replyContextFromBody } from './reply-context';

function toRecipient(
  details: Pick<Office.EmailAddressDetails, 'emailAddress' | 'displayName'>,
): Recipient {
  const address = (details.emailAddress ?? '').trim();
  const name = (details.displayName ?? '').trim();
  // Outlook repeats the address as display name for unresolved recipients.
  return name && name.toLowerCase() !== address.toLowerCase() ? { name, address } : { address };
}

/** To, Cc or Bcc as recipients; unresolved entries without an address are left out. */
export function readRecipients(
  item: Office.MessageCompose,
  field: 'to' | 'cc' | 'bcc',
): Promise<Recipient[]> {
  return officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) =>
    item[field].getAsync(cb),
  ).then((list) => (list ?? []).map(toRecipient).filter((r) => r.address !== ''));
}

async function readBody(item: Office.MessageCompose): Promise<{ text: string; html?: string }> {
  const text = await officeCall<string>('body.getAsync(Text)', (cb) =>
    item.body.getAsync(Office.CoercionType.Text, cb),
  );
  // Plain-text messages have no HTML worth reading; getTypeAsync is Mailbox 1.1+.
  const type = await officeCall<Office.CoercionType>('body.getTypeAsync', (cb) =>
    item.body.getTypeAsync(cb),
  );
  if (type !== Office.CoercionType.Html) return { text: text ?? '' };
  const html = await officeCall<string>('body.getAsync(Html)', (cb) =>
    item.body.getAsync(Office.CoercionType.Html, cb),
  );
  return { text: text ?? '', html: html ?? '' };
}

/**
 * The owner of a shared folder (delegate access) or shared mailbox the item is in. Outlook
 * defines getSharedPropertiesAsync only for such items (Mailbox 1.8; shared mailboxes 1.13).
 */
async function readSharedOwner(item: Office.MessageCompose): Promise<string | undefined> {
  if (!supportsMailbox('1.8') || typeof item.getSharedPropertiesAsync !== 'function') {
    return undefined;
  }
  const shared = await officeCall<Office.SharedProperties>('getSharedPropertiesAsync', (cb) =>
    item.getSharedPropertiesAsync(cb),
  );
  return shared?.owner?.trim() || undefined;
}

/** The signed-in user (Mailbox 1.1), as a recipient; undefined when Outlook gives no address. */
function signedInUser(): Recipient | undefined {
  const user = Office.context.mailbox?.userProfile;
  if (!user?.emailAddress) return undefined;
  return toRecipient({ emailAddress: user.emailAddress, displayName: user.displayName ?? '' });
}

/**
 * Who the mail goes out from. From a shared or delegate mailbox that is the mailbox
 * (ufficio.tributi@comune…), not the signed-in user, so the From field comes first
 * (from.getAsync, Mailbox 1.7); without it, the owner of the shared item; the signed-in user
 * only for an item in the user's own mailbox (the add-in runs in shared ones from 1.8 on).
 */
async function readFrom(item: Office.MessageCompose): Promise<Recipient | undefined> {
  if (supportsMailbox('1.7') && item.from) {
    try {
      const from = await officeCall<Office.EmailAddressDetails>('from.getAsync', (cb) =>
        item.from.getAsync(cb),
      );
      if (from?.emailAddress) return toRecipient(from);
    } catch {
      // Read below from the shared item's owner or the profile.
    }
  }
  const owner = await readSharedOwner(item).catch(() => undefined);
  if (owner) return { address: owner };
  return signedInUser();
}

async function readAttachments(item: Office.MessageCompose): Promise<AttachmentInfo[]> {
  if (!supportsMailbox('1.8')) return [];
  const list = await officeCall<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) =>
    item.getAttachmentsAsync(cb),
  );
  return (list ?? []).map((a) => ({
    name: a.name,
    ...(typeof a.size === 'number' ? { size: a.size } : {}),
    // A picture pasted in the body or the signature's logo: the engine looks at how it is shown.
    ...(a.isInline ? { inline: true } : {}),
  }));
}

interface ReplyHeaders {
  inReplyTo?: string;
  references?: string[];
}

/**
 * In-Reply-To/References, when Outlook exposes them to compose (Mailbox 1.8 internet headers).
 * Most Outlook versions add them only at send time, so an empty answer is normal.
 */
async function readReplyHeaders(item: Office.MessageCompose): Promise<ReplyHeaders> {
  if (!supportsMailbox('1.8') || !item.internetHeaders) return {};
  const headers = await officeCall<Record<string, string>>('internetHeaders.getAsync', (cb) =>
    item.internetHeaders.getAsync(['In-Reply-To', 'References'], cb),
  );
  const result: ReplyHeaders = {};
  const inReplyTo = headers?.['In-Reply-To']?.trim();
  if (inReplyTo) result.inReplyTo = inReplyTo;
  const references = headers?.['References']?.split(/\s+/).filter(Boolean);
  if (references?.length) result.references = references;
  return result;
}

/** True when the item is a reply (Mailbox 1.10 compose type, else a conversation id). */
async function isReply(item: Office.MessageCompose): Promise<boolean> {
  if (supportsMailbox('1.10') && item.getComposeTypeAsync) {
    const info = await officeCall<{ composeType: string }>('getComposeTypeAsync', (cb) =>
      item.getComposeTypeAsync(cb),
    );
    return info?.composeType === 'reply';
  }
  return Boolean(item.conversationId);
}

/**
 * Optional details (sender, reply headers) enrich the draft but are not needed to check it:
 * when one fails we leave it out rather than stop the whole check.
 */
async function optional<T>(read: Promise<T>, fallback: T): Promise<T> {
  try {
    return await read;
  } catch {
    return fallback;
  }
}

/** Reads subject, body, recipients, attachments and reply information. Rejects with HostError. */
export async function readComposeItem(item: Office.MessageCompose): Promise<TicketDraft> {
  const [subject, body, to, cc, attachments, from, headers, reply] = await Promise.all([
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    readBody(item),
    readRecipients(item, 'to'),
    readRecipients(item, 'cc'),
    readAttachments(item),
    optional(readFrom(item), undefined),
    optional(readReplyHeaders(item), {} as ReplyHeaders),
    optional(isReply(item), false),
  ]);
  const draft: TicketDraft = {
    subject: subject ?? '',
    bodyText: body.text,
    ...(body.html !== undefined ? { bodyHtml: body.html } : {}),
    to,
    cc,
    attachments,
    ...(from ? { from } : {}),
    ...headers,
  };
  if (reply || headers.inReplyTo) {
    const context = replyContextFromBody(body.text);
    if (context) draft.replyContext = context;
  }
  return draft;
}
