// Guidelines: supporto operativo is charged without PALASS, formazione/consulenza without the
// assistenza straordinaria service.
import type { Rule } from './rule';

export const paidService: Rule = {
  id: 'paid-service',
  defaultSeverity: 'info',
  check(ctx) {
    if (ctx.ticketType !== 'supporto' && ctx.ticketType !== 'formazione') return [];
    return [{ messageId: ctx.ticketType }];
  },
};
