// Guidelines: avoid "prenotazioni di assistenza", help asked for a possible future need.
import { findFutureNeed } from '../classify/future-need';
import { bodyWhere } from './helpers';
import type { Rule } from './rule';

export const bookingRule: Rule = {
  id: 'booking',
  defaultSeverity: 'warning',
  check(ctx) {
    const { content } = ctx.body;
    const end = Math.min(content.end, content.start + 50000);
    const found = findFutureNeed(ctx.foldedBody.slice(content.start, end));
    if (!found) return [];
    const start = content.start + found.index;
    const hit = {
      start,
      end: start + found.length,
      text: ctx.body.text.slice(start, start + found.length),
    };
    return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
  },
};
