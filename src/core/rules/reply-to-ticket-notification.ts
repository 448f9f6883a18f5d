// Guidelines (consigli, 4): do not answer the ticketing system's automatic mail to report a new
// problem; send a new mail instead. The context finds such a reply (classify/ticket-mail-reply.ts).
import { defineRule } from './rule';

export const replyToTicketNotification = defineRule({
  id: 'reply-to-ticket-notification',
  severity: 'warning',
  summary: 'A reply to the ticketing system’s automatic mail raises a different problem.',
  messages: {
    it: {
      default:
        'Stai rispondendo alla mail automatica di un altro ticket: per un problema diverso invia una nuova mail, così viene aperto un nuovo ticket.',
    },
    en: {
      default:
        'You are replying to the automatic mail of another ticket: send a new mail for a different problem, so that a new ticket is opened.',
    },
  },
  check(ctx) {
    // Answering the automatic mail to add to the same ticket is what it asks for.
    return ctx.newProblem ? [{ messageId: 'default', where: ctx.newProblem.where }] : [];
  },
});
