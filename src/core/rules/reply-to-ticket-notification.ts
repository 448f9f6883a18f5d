// Guidelines (consigli, 4): do not answer the ticketing system's automatic mail to report a new
// problem; send a new mail instead.
import { hasReplyPrefix } from '../text/generic-subject';
import { fold } from '../text/fold';
import { anyOf, pattern } from '../text/word-list';
import { defineRule } from './rule';
import { findIn } from './text-locations';

const numberWords = ['#', 'n\\.?', 'nr\\.?', 'n°', 'no\\.?', 'num\\.?', 'numero', 'id'];
/** A ticket number as the ticketing system writes it in its subjects. */
const ticketNumber = new RegExp(
  anyOf([
    pattern`\bticket\s*${numberWords}?\s*[:.]?\s*#?\d{3,}`,
    /\[\s*ticket[^\]]{0,20}\d{3,}\s*\]/,
    /\bapertura (?:del )?ticket\b/,
    /\bticket (?:aperto|creato|registrato)\b/,
    /\[\s*#\s*\d{4,}\s*\]/,
    /\brichiesta (?:di )?assistenza (?:#|n\.?|nr\.?|n°|numero)\s*\d{4,}/,
  ]),
);
/** Sentences of the automatic confirmation, as quoted in a reply. */
const confirmations = [
  /e stato (?:aperto|creato|registrato|preso in carico) (?:il )?ticket/,
  /(?:aperto|creato|registrato) (?:il |un )?(?:nuovo )?ticket (?:n|numero|nr|#)/,
  /ticket (?:n\.?|numero|nr\.?|#)\s*\d{3,} (?:e stato|aperto|creato)/,
  'questa e una (?:mail|e-mail|email) automatica',
  'messaggio generato automaticamente',
  'non rispondere a questa (?:mail|e-mail|email)',
  '(?:la sua|la vostra|sua|vostra) richiesta (?:e stata|e) (?:presa in carico|registrata|ricevuta)',
  'abbiamo ricevuto (?:la sua|la vostra) (?:richiesta|segnalazione)',
  /(?:numero|id) (?:del )?ticket\s*:\s*#?\d{3,}/,
  /(?:richiesta|segnalazione) (?:di assistenza )?(?:e stata )?(?:registrata|aperta|acquisita|inserita) con (?:il )?(?:numero|n\.?|nr\.?|id|codice)/,
  '(?:risposta|notifica|mail|e-mail|email|messaggio) (?:generat[oa] )?automatic[oa]',
  'si prega di non rispondere',
];
const confirmation = pattern`\b${confirmations}`;

export const replyToTicketNotification = defineRule({
  id: 'reply-to-ticket-notification',
  severity: 'warning',
  summary: 'The mail answers the ticketing system’s automatic mail.',
  messages: {
    it: {
      default:
        'Stai rispondendo alla mail automatica di un ticket: per un problema diverso invia una nuova mail.',
    },
    en: {
      default:
        'You are replying to a ticket’s automatic mail: for a different problem send a new mail.',
    },
  },
  check(ctx) {
    const senders = (ctx.directory.notificationSenders ?? []).map((s) => s.trim().toLowerCase());
    const original = ctx.draft.replyContext?.originalFrom?.trim().toLowerCase();
    if (original && senders.some((s) => original === s || original.endsWith(`<${s}>`))) {
      return [{ messageId: 'default', where: { field: 'subject' } }];
    }
    const { subject } = ctx;
    if (hasReplyPrefix(subject.text, true) && ticketNumber.test(subject.folded)) {
      return [
        {
          messageId: 'default',
          where: { field: 'subject', start: subject.start, end: subject.end },
        },
      ];
    }
    const originalSubject = ctx.draft.replyContext?.originalSubject;
    if (originalSubject && ticketNumber.test(fold(originalSubject))) {
      return [{ messageId: 'default', where: { field: 'subject' } }];
    }
    const { quoted } = ctx;
    if (!quoted) return [];
    const hit = findIn(quoted, confirmation);
    if (hit) {
      return [
        {
          messageId: 'default',
          where: { field: 'body', start: hit.start, end: hit.end, excerpt: hit.text },
        },
      ];
    }
    // The quoted header names the notification sender ("Da: noreply@ticket…").
    for (const sender of senders) {
      const at = sender ? quoted.folded.indexOf(sender) : -1;
      if (at >= 0) {
        const start = quoted.start + at;
        return [
          {
            messageId: 'default',
            where: { field: 'body', start, end: start + sender.length, excerpt: sender },
          },
        ];
      }
    }
    return [];
  },
});
