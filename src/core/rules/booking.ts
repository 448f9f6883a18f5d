// Guidelines: avoid "prenotazioni di assistenza", help asked for a possible future need.
import { futureNeed } from '../classify/future-need';
import { bodyWhere, findInBody } from './helpers';
import type { Rule } from './rule';

export const bookingRule: Rule = {
  id: 'booking',
  defaultSeverity: 'warning',
  check(ctx) {
    const { content } = ctx.body;
    const hit = findInBody(
      ctx,
      { ...content, end: Math.min(content.end, content.start + 50000) },
      futureNeed,
    );
    if (!hit) return [];
    return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
  },
};
