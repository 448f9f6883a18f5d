// Guidelines: "È consigliato l'utilizzo di screenshot e/o allegati".
import { defineRule } from './rule';

export const attachmentSuggested = defineRule({
  id: 'attachment-suggested',
  severity: 'info',
  // It reads the ticket type (anomalia), too unsure to stop a send.
  advisory: true,
  summary: 'An anomaly is reported without any attachment: a screenshot helps.',
  messages: {
    it: {
      default:
        "Per un'anomalia uno screenshot del messaggio di errore aiuta l'assistenza: allegalo se puoi.",
    },
    en: {
      default:
        'For an anomaly, a screenshot of the error message helps the helpdesk: attach one if you can.',
    },
  },
  check(ctx) {
    if (ctx.ticketType !== 'anomalia' || ctx.hasMaterial) return [];
    return [{ messageId: 'default', where: { field: 'attachments' } }];
  },
});
