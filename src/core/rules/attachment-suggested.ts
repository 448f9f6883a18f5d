// Guidelines: "È consigliato l'utilizzo di screenshot e/o allegati".
import type { Rule } from './rule';

export const attachmentSuggested: Rule = {
  id: 'attachment-suggested',
  defaultSeverity: 'info',
  check(ctx) {
    if (ctx.ticketType !== 'anomalia' || (ctx.draft.attachments ?? []).length > 0) return [];
    return [{ where: { field: 'attachments' } }];
  },
};
