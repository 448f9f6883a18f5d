// Guidelines: avoid "prenotazioni di assistenza", help asked for a possible future need.
import { findBooking } from '../classify/classify-type';
import { bodyWhere } from './text-locations';
import type { Rule } from './rule';

export const bookingRule: Rule = {
  id: 'booking',
  defaultSeverity: 'warning',
  check(ctx) {
    const { content } = ctx.body;
    const end = Math.min(content.end, content.start + 50000);
    // The same test that makes the ticket type no anomaly: a present problem makes "fissare già
    // da ora un intervento" a request for help now.
    const found = findBooking(ctx.foldedBody.slice(content.start, end));
    if (!found) return [];
    const start = content.start + found.index;
    const where = bodyWhere({
      start,
      end: start + found.length,
      text: ctx.body.text.slice(start, start + found.length),
    });
    return [{ data: { excerpt: where.excerpt! }, where }];
  },
};
