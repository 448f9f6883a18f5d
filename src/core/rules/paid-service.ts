// Guidelines: supporto operativo is charged without PALASS, formazione/consulenza without the
// assistenza straordinaria service.
import { defineRule } from './rule';

export const paidService = defineRule({
  id: 'paid-service',
  severity: 'info',
  // It reads the ticket type, right about 7 times in 8 on unseen tickets: a reminder, never a
  // reason to stop a send.
  advisory: true,
  summary: 'The ticket is supporto or formazione, which may be charged.',
  messages: {
    it: {
      supporto:
        'Il supporto per correggere errori operativi è a pagamento se non è attivo il servizio di assistenza tecnica (PALASS).',
      formazione:
        'Formazione e consulenza sono a pagamento se non è attivo il servizio di assistenza straordinaria.',
    },
    en: {
      supporto:
        'Help to correct the user’s own mistakes is charged unless the technical assistance service (PALASS) is active.',
      formazione:
        'Training and consulting are charged unless the extraordinary assistance service is active.',
    },
  },
  check(ctx) {
    if (ctx.ticketType !== 'supporto' && ctx.ticketType !== 'formazione') return [];
    return [{ messageId: ctx.ticketType }];
  },
});
