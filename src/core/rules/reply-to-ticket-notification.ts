// Guidelines (consigli, 4): do not answer the ticketing system's automatic mail to report a new
// problem; send a new mail instead.
import { hasReplyPrefix } from '../text/generic-subject';
import { fold } from '../text/fold';
import { findInBody } from './text-locations';
import type { Rule } from './rule';

const ticketNumber =
  /\bticket\s*(?:#|n\.?|nr\.?|n°|no\.?|num\.?|numero|id)?\s*[:.]?\s*#?\d{3,}|\[\s*ticket[^\]]{0,20}\d{3,}\s*\]|\bapertura (?:del )?ticket\b|\bticket (?:aperto|creato|registrato)\b|\[\s*#\s*\d{4,}\s*\]|\brichiesta (?:di )?assistenza (?:#|n\.?|nr\.?|n°|numero)\s*\d{4,}/;
const confirmation =
  /\b(?:e stato (?:aperto|creato|registrato|preso in carico) (?:il )?ticket|(?:aperto|creato|registrato) (?:il |un )?(?:nuovo )?ticket (?:n|numero|nr|#)|ticket (?:n\.?|numero|nr\.?|#)\s*\d{3,} (?:e stato|aperto|creato)|questa e una (?:mail|e-mail|email) automatica|messaggio generato automaticamente|non rispondere a questa (?:mail|e-mail|email)|(?:la sua|la vostra|sua|vostra) richiesta (?:e stata|e) (?:presa in carico|registrata|ricevuta)|abbiamo ricevuto (?:la sua|la vostra) (?:richiesta|segnalazione)|(?:numero|id) (?:del )?ticket\s*:\s*#?\d{3,}|(?:richiesta|segnalazione) (?:di assistenza )?(?:e stata )?(?:registrata|aperta|acquisita|inserita) con (?:il )?(?:numero|n\.?|nr\.?|id|codice)|(?:risposta|notifica|mail|e-mail|email|messaggio) (?:generat[oa] )?automatic[oa]|si prega di non rispondere)/;

export const replyToTicketNotification: Rule = {
  id: 'reply-to-ticket-notification',
  defaultSeverity: 'warning',
  check(ctx) {
    const senders = (ctx.directory.notificationSenders ?? []).map((s) => s.trim().toLowerCase());
    const original = ctx.draft.replyContext?.originalFrom?.trim().toLowerCase();
    if (original && senders.some((s) => original === s || original.endsWith(`<${s}>`))) {
      return [{ where: { field: 'subject' } }];
    }
    const isReply = hasReplyPrefix(ctx.subject, true);
    if (isReply && ticketNumber.test(ctx.foldedSubject)) {
      return [{ where: { field: 'subject', start: 0, end: ctx.subject.length } }];
    }
    const originalSubject = ctx.draft.replyContext?.originalSubject;
    if (originalSubject && ticketNumber.test(fold(originalSubject.slice(0, 300)))) {
      return [{ where: { field: 'subject' } }];
    }
    const quoted = ctx.body.quoted;
    if (quoted) {
      const part = { ...quoted, end: Math.min(quoted.end, quoted.start + 20000) };
      const hit = findInBody(ctx, part, confirmation);
      if (hit)
        return [{ where: { field: 'body', start: hit.start, end: hit.end, excerpt: hit.text } }];
      // The quoted header names the notification sender ("Da: noreply@ticket…").
      const quotedText = ctx.foldedBody.slice(part.start, part.end);
      for (const sender of senders) {
        const at = sender ? quotedText.indexOf(sender) : -1;
        if (at >= 0) {
          const start = part.start + at;
          return [{ where: { field: 'body', start, end: start + sender.length, excerpt: sender } }];
        }
      }
    }
    return [];
  },
};
