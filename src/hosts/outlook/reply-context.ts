// Outlook's compose API cannot read the message being answered, but Outlook puts its header
// ("Da: … / Oggetto: …" or "From: … / Subject: …") above the quoted text of a reply. Reading
// that header tells the engine who sent the original (e.g. the ticketing system's robot).
import type { TicketDraft } from '../../core/types';

// After the colon: the value from its first non-blank, or the last blank of an empty value.
const fromLine = /^[ \t>*]*(?:From|Da|De|Von)[ \t]*:[ \t]*([^ \t\n\r\u2028\u2029].*|[ \t])$/im;
const subjectLine =
  /^[ \t>*]*(?:Subject|Oggetto|Objet|Betreff)[ \t]*:[ \t]*([^ \t\n\r\u2028\u2029].*|[ \t])$/im;
const angleAddress = /<([^\s<>][^\s<>@]*@[^\s<>]+)>/;
const domain = /[\w-]+(?:\.[\w-]+)+/y;
/** The subject line belongs to the same header block when it is within this many characters. */
const headerSpan = 600;

export function replyContextFromBody(bodyText: string): TicketDraft['replyContext'] | undefined {
  const from = fromLine.exec(bodyText);
  if (!from || from.index === undefined) return undefined;
  const context: NonNullable<TicketDraft['replyContext']> = {};
  const value = from[1] ?? '';
  const address = angleAddress.exec(value)?.[1] ?? bareAddress(value);
  if (address) context.originalFrom = address.toLowerCase();
  const rest = bodyText.slice(from.index, from.index + headerSpan);
  const subject = subjectLine.exec(rest)?.[1]?.trim();
  if (subject) context.originalSubject = subject;
  return context.originalFrom || context.originalSubject ? context : undefined;
}

/**
 * The first "local@domain.tld" in `text`, as /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/ finds it, found from
 * each "@" (that pattern rescans a long run of word characters from every start).
 */
function bareAddress(text: string): string | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && /[\w.+-]/.test(text.charAt(start - 1))) start--;
    if (start === at) continue;
    domain.lastIndex = at + 1;
    const m = domain.exec(text);
    if (m) return text.slice(start, at + 1 + m[0].length);
  }
  return undefined;
}
