// Italian certified mail (PEC): the provider wraps the sender's message in an envelope
// (multipart/signed around the provider's notice "Messaggio di posta certificata…",
// daticert.xml, the original as postacert.eml and smime.p7s), sent under the provider's address
// with the subject "POSTA CERTIFICATA: …". The ticket is the inner message: its subject, text,
// sender and attachments; the envelope's text is not the user's. mailparser merges an embedded
// message into the envelope's text, so the original's bytes are taken out with mailsplit.
import { Readable } from 'node:stream';
import { Splitter } from '@zone-eu/mailsplit';
import type { SplitterChunk } from '@zone-eu/mailsplit/lib/types';
import type { ParsedMail } from 'mailparser';

/** What the check needs of a parsed message: its headers and its attachments' names. */
type ParsedHeadersAndFiles = Pick<ParsedMail, 'headers'> & { attachments: { filename?: string }[] };

// The provider's envelope as some gateways and webmails save it, without the transport header
// and daticert.xml: the provider's subject in capitals and its "Per conto di:" sender. A user's
// own mail titled "Posta certificata: …" is no envelope.
const envelopeSubject = /^\s*(?:POSTA CERTIFICATA|ANOMALIA MESSAGGIO):/;
const onBehalfSender = /^\s*"?Per conto di:/i;

/** The header's text: a subject is a string, an address header an object with `text`. */
function headerText(mail: ParsedHeadersAndFiles, name: string): string {
  const value = mail.headers.get(name);
  return typeof value === 'string' ? value : String((value as { text?: string })?.text ?? '');
}

/**
 * True when the parsed message is a PEC envelope (transport header, certification data, or the
 * provider's subject and sender): then its postacert.eml, if any, is the ticket.
 */
export function isCertifiedEnvelope(mail: ParsedHeadersAndFiles): boolean {
  const transport = String(mail.headers.get('x-trasporto') ?? '').toLowerCase();
  return (
    transport === 'posta-certificata' ||
    mail.attachments.some((a) => /^daticert\.xml$/i.test(a.filename ?? '')) ||
    (envelopeSubject.test(headerText(mail, 'subject')) &&
      onBehalfSender.test(headerText(mail, 'from')))
  );
}

/** The bytes of the envelope's postacert.eml (decoded), or null when there is none. */
export async function certifiedOriginal(source: Buffer | Readable): Promise<Buffer | null> {
  // ignoreEmbedded: the embedded message stays one leaf whose body is the original mail.
  const splitter = new Splitter({ ignoreEmbedded: true });
  (Buffer.isBuffer(source) ? Readable.from([source]) : source).pipe(splitter);
  let decoder: NodeJS.ReadWriteStream | null = null;
  for await (const chunk of splitter as AsyncIterable<SplitterChunk>) {
    if (chunk.type === 'node') {
      if (decoder) break; // the original's body has ended
      if (chunk.contentType === 'message/rfc822' && /^postacert\.eml$/i.test(chunk.filename || ''))
        decoder = chunk.getDecoder();
    } else if (chunk.type === 'body' && decoder) {
      decoder.write(chunk.value);
    }
  }
  splitter.destroy();
  if (!decoder) return null;
  const parts: Buffer[] = [];
  decoder.end();
  for await (const part of decoder as AsyncIterable<Buffer>) parts.push(part);
  return Buffer.concat(parts);
}
