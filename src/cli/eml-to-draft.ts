// Turns a raw RFC 5322 message (.eml) into the engine's TicketDraft, using mailparser for MIME,
// transfer encodings, charsets and RFC 2047 headers.
import { simpleParser } from 'mailparser';
import type { AddressObject, Attachment, EmailAddress, ParsedMail } from 'mailparser';
import type { AttachmentInfo, Recipient, TicketDraft } from '../core/types';
import { htmlToText } from '../core/text/html-to-text';
import { certifiedOriginal, isCertifiedEnvelope } from './certified-mail';

/** The source is not an e-mail message (or mailparser could not read it). */
export class EmlParseError extends Error {
  constructor(
    readonly problem: 'unreadable' | 'no-headers',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EmlParseError';
  }
}

export async function emlToDraft(source: Buffer | string): Promise<TicketDraft> {
  const bytes = withoutBom(typeof source === 'string' ? Buffer.from(source, 'utf8') : source);
  const mail = await parse(bytes);
  // A PEC envelope carries the ticket as postacert.eml: check that, not the provider's notice.
  const original = isCertifiedEnvelope(mail) ? await certifiedOriginal(bytes) : null;
  return draftOf(original ? await parse(original) : mail);
}

async function parse(source: Buffer): Promise<ParsedMail> {
  let mail: ParsedMail;
  try {
    // skipHtmlToText: mailparser's own conversion wraps lines at 80 columns and upper-cases
    // headings, which would look like shouting to the rules; we convert HTML-only bodies ourselves.
    mail = await simpleParser(source, { skipHtmlToText: true, keepCidLinks: true });
  } catch (err) {
    throw new EmlParseError(
      'unreadable',
      `not a readable e-mail message: ${(err as Error).message}`,
      { cause: err },
    );
  }
  if (!looksLikeMessage(mail)) {
    throw new EmlParseError(
      'no-headers',
      'not an e-mail message: no From, To, Subject or Date header found',
    );
  }
  return mail;
}

function draftOf(mail: ParsedMail): TicketDraft {
  const html = typeof mail.html === 'string' && mail.html.trim() !== '' ? mail.html : undefined;
  const text = mail.text ?? '';
  const draft: TicketDraft = {
    subject: mail.subject ?? '',
    // HTML-only mail: every other host hands the engine readable text too, so do the same, with
    // the engine's own converter so the CLI reads a body exactly as the other hosts do.
    bodyText: text.trim() === '' && html ? htmlAsText(html) : text,
    to: recipients(mail.to),
    cc: recipients(mail.cc),
    attachments: mail.attachments.filter(isRealAttachment).map(attachmentInfo),
  };
  if (html) draft.bodyHtml = html;
  const from = recipients(mail.from)[0];
  if (from) draft.from = from;
  if (mail.inReplyTo) draft.inReplyTo = mail.inReplyTo.trim();
  const references = referenceList(mail.references);
  if (references.length > 0) draft.references = references;
  return draft;
}

/** If the converter gives up, the engine still gets the HTML and converts it itself. */
function htmlAsText(html: string): string {
  try {
    return htmlToText(html);
  } catch {
    return '';
  }
}

/** Files saved by some Windows tools start with a UTF-8 BOM, which would hide the first header. */
function withoutBom(source: Buffer): Buffer {
  const bom = source[0] === 0xef && source[1] === 0xbb && source[2] === 0xbf;
  return bom ? source.subarray(3) : source;
}

function looksLikeMessage(mail: ParsedMail): boolean {
  const h = mail.headers;
  return ['from', 'to', 'cc', 'subject', 'date', 'message-id'].some((name) => h.has(name));
}

function recipients(header: AddressObject | AddressObject[] | undefined): Recipient[] {
  if (!header) return [];
  const objects = Array.isArray(header) ? header : [header];
  return objects.flatMap((o) => flatten(o.value));
}

/** Groups ("Ufficio: a@x, b@x;") become their members; entries without an address are dropped. */
function flatten(entries: EmailAddress[]): Recipient[] {
  return entries.flatMap((e): Recipient[] => {
    if (e.group) return flatten(e.group);
    if (!e.address) return [];
    const name = e.name?.trim();
    return [name ? { name, address: e.address } : { address: e.address }];
  });
}

const signatureTypes = new Set([
  'application/pkcs7-signature',
  'application/x-pkcs7-signature',
  'application/pgp-signature',
]);

/**
 * Parts that the user attached. An inline part (e.g. an image pasted in the body, a logo) counts
 * only when it is a real image with content: that is what a screenshot looks like.
 */
function isRealAttachment(a: Attachment): boolean {
  // The S/MIME or PGP signature of a signed mail is added by the mail client, not by the user.
  if (signatureTypes.has(a.contentType.toLowerCase())) return false;
  const inline = a.related === true || a.contentDisposition === 'inline';
  if (!inline) return true;
  return a.contentType.toLowerCase().startsWith('image/') && a.size > 0;
}

function attachmentInfo(a: Attachment): AttachmentInfo {
  const subtype = a.contentType.split('/')[1] ?? 'bin';
  return {
    name: a.filename ?? a.cid ?? `allegato-${a.partId ?? '1'}.${subtype}`,
    contentType: a.contentType,
    size: a.size,
  };
}

function referenceList(refs: string | string[] | undefined): string[] {
  if (!refs) return [];
  const list = Array.isArray(refs) ? refs : [refs];
  // A single References header may still hold several ids when mailparser did not split it.
  return list.flatMap((r) => r.match(/<[^<>\s]+>/g) ?? (r.trim() ? [r.trim()] : []));
}
