// Turns a raw RFC 5322 message (.eml) into the engine's TicketDraft, using mailparser for MIME,
// transfer encodings, charsets and RFC 2047 headers. mailparser's streaming parser is used so
// that attachments are counted, not kept: the engine needs their names and sizes only, and a
// 100 MB attachment must not cost a gigabyte of memory.
import { Transform, type Readable } from 'node:stream';
import { MailParser } from 'mailparser';
import type { AddressObject, AttachmentStream, EmailAddress, Headers } from 'mailparser';
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

/** What the CLI reads of a message: headers, text, and each attachment's metadata and size. */
interface ParsedMessage {
  headers: Headers;
  text?: string;
  html?: string;
  attachments: Omit<AttachmentStream, 'content' | 'release'>[];
}

/** An error of the source stream (a file that cannot be read), not of the message. */
class SourceError extends Error {
  constructor(readonly original: unknown) {
    super((original as Error)?.message ?? String(original));
  }
}

/**
 * Runs mailparser's streaming parser over the source; every attachment's content is drained
 * as it arrives (its size counted by the parser), so memory stays flat whatever the attachments.
 */
function parseMessage(source: Buffer | Readable): Promise<ParsedMessage> {
  return new Promise((resolve, reject) => {
    // skipHtmlToText: mailparser's own conversion wraps lines at 80 columns and upper-cases
    // headings, which would look like shouting to the rules; we convert HTML-only bodies
    // ourselves. checksumAlgo false: nothing is hashed, only the size is counted.
    const parser = new MailParser({
      skipHtmlToText: true,
      skipTextToHtml: true,
      checksumAlgo: false,
    });
    const message: ParsedMessage = { headers: new Map() as Headers, attachments: [] };
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    parser.on('error', fail);
    parser.on('headers', (headers: Headers) => {
      message.headers = headers;
    });
    parser.on('data', (data: AttachmentStream | { type: 'text'; text?: string; html?: string }) => {
      if (data.type === 'text') {
        if (typeof data.text === 'string') message.text = data.text;
        if (typeof data.html === 'string') message.html = data.html;
        return;
      }
      const attachment = data;
      attachment.content.on('data', () => undefined); // drained, not kept
      attachment.content.on('end', () => {
        const meta: ParsedMessage['attachments'][number] = { ...attachment };
        delete (meta as Partial<AttachmentStream>).content;
        delete (meta as Partial<AttachmentStream>).release;
        message.attachments.push(meta);
        attachment.release?.();
      });
    });
    parser.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(message);
    });
    if (Buffer.isBuffer(source)) parser.end(source);
    else {
      source.once('error', (err) => {
        parser.destroy();
        fail(new SourceError(err));
      });
      source.pipe(parser);
    }
  });
}

/**
 * A message as bytes, or as a stream (a file read piece by piece). A PEC envelope is read a
 * second time to take out the original message: from the same bytes, or from `reopen` for a
 * stream (without it, a streamed envelope is checked as it is).
 */
export async function emlToDraft(
  source: Buffer | string | Readable,
  reopen?: () => Readable,
): Promise<TicketDraft> {
  const input = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const first = Buffer.isBuffer(input) ? withoutBom(input) : skipBom(input);
  const mail = await parse(first);
  // A PEC envelope carries the ticket as postacert.eml: check that, not the provider's notice.
  if (isCertifiedEnvelope(mail)) {
    const again = Buffer.isBuffer(first) ? first : reopen ? skipBom(reopen()) : null;
    const original = again ? await certifiedOriginal(again) : null;
    if (original) return draftOf(await parse(original));
  }
  return draftOf(mail);
}

async function parse(source: Buffer | Readable): Promise<ParsedMessage> {
  let mail: ParsedMessage;
  try {
    mail = await parseMessage(source);
  } catch (err) {
    // A file that cannot be read is reported as such (ENOENT…), not as a bad message.
    if (err instanceof SourceError) throw err.original;
    throw new EmlParseError(
      'unreadable',
      `not a readable e-mail message: ${(err as Error).message}`,
      { cause: err },
    );
  }
  const h = mail.headers;
  if (!['from', 'to', 'cc', 'subject', 'date', 'message-id'].some((name) => h.has(name))) {
    throw new EmlParseError(
      'no-headers',
      'not an e-mail message: no From, To, Subject or Date header found',
    );
  }
  return mail;
}

function draftOf(mail: ParsedMessage): TicketDraft {
  const h = mail.headers;
  const html = typeof mail.html === 'string' && mail.html.trim() !== '' ? mail.html : undefined;
  const text = mail.text ?? '';
  const header = <T>(name: string) => h.get(name) as T | undefined;
  const draft: TicketDraft = {
    subject: header<string>('subject') ?? '',
    // HTML-only mail: every other host hands the engine readable text too, so do the same, with
    // the engine's own converter so the CLI reads a body exactly as the other hosts do.
    bodyText: text.trim() === '' && html ? htmlAsText(html) : text,
    to: recipients(header('to')),
    cc: recipients(header('cc')),
    attachments: mail.attachments.filter(isRealAttachment).map(attachmentInfo),
  };
  if (html) draft.bodyHtml = html;
  const from = recipients(header('from'))[0];
  if (from) draft.from = from;
  const inReplyTo = header<string>('in-reply-to');
  if (inReplyTo) draft.inReplyTo = inReplyTo.trim();
  const references = referenceList(header('references'));
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

/** The same for a stream: the BOM can only be at the start of its first chunk. */
function skipBom(source: Readable): Readable {
  let first = true;
  const out = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const data = first ? withoutBom(Buffer.from(chunk)) : chunk;
      first = false;
      done(null, data);
    },
  });
  // A read error of the file (ENOENT, EISDIR…) reaches the parser's caller through `out`.
  source.once('error', (err) => out.destroy(err));
  return source.pipe(out);
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
 * Parts that the user attached or pasted. An inline part (a picture pasted in the body, a logo)
 * is kept with its Content-ID: the engine tells a screenshot from a logo by how the body shows it.
 */
function isRealAttachment(a: ParsedMessage['attachments'][number]): boolean {
  // The S/MIME or PGP signature of a signed mail is added by the mail client, not by the user.
  if (signatureTypes.has(a.contentType.toLowerCase())) return false;
  if (!isInline(a)) return true;
  return a.contentType.toLowerCase().startsWith('image/') && (a.size ?? 0) > 0;
}

function isInline(a: ParsedMessage['attachments'][number]): boolean {
  return a.related === true || a.contentDisposition === 'inline';
}

function attachmentInfo(a: ParsedMessage['attachments'][number]): AttachmentInfo {
  const subtype = a.contentType.split('/')[1] ?? 'bin';
  return {
    name: a.filename ?? a.cid ?? `allegato-${a.partId ?? '1'}.${subtype}`,
    contentType: a.contentType,
    size: a.size ?? 0,
    ...(isInline(a) ? { inline: true } : {}),
    ...(a.cid ? { contentId: a.cid } : {}),
  };
}

function referenceList(refs: string | string[] | undefined): string[] {
  if (!refs) return [];
  const list = Array.isArray(refs) ? refs : [refs];
  // A single References header may still hold several ids when mailparser did not split it.
  return list.flatMap((r) => r.match(/<[^<>\s]+>/g) ?? (r.trim() ? [r.trim()] : []));
}
