// Outlook's compose API cannot read the message being answered, but Outlook puts its header
// ("Da: … / Oggetto: …" or "From: … / Subject: …") above the quoted text of a reply. Reading
// that header tells the engine who sent the original (e.g. the ticketing system's robot).
import type { TicketDraft } from '../../core/types';

const fromLine = /^[ \t>*]*(?:From|Da|De|Von)[ \t]*:[ \t]*(.+)$/im;
const subjectLine = /^[ \t>*]*(?:Subject|Oggetto|Objet|Betreff)[ \t]*:[ \t]*(.+)$/im;
const angleAddress = /<([^<>\s]+@[^<>\s]+)>/;
const bareAddress = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** The subject line belongs to the same header block when it is within this many characters. */
const headerSpan = 600;

export function replyContextFromBody(bodyText: string): TicketDraft['replyContext'] | undefined {
  const from = fromLine.exec(bodyText);
  if (!from || from.index === undefined) return undefined;
  const context: NonNullable<TicketDraft['replyContext']> = {};
  const value = from[1] ?? '';
  const address = angleAddress.exec(value)?.[1] ?? bareAddress.exec(value)?.[0];
  if (address) context.originalFrom = address.toLowerCase();
  const rest = bodyText.slice(from.index, from.index + headerSpan);
  const subject = subjectLine.exec(rest)?.[1]?.trim();
  if (subject) context.originalSubject = subject;
  return context.originalFrom || context.originalSubject ? context : undefined;
}
