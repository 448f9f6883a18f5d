// Guidelines: avoid "prenotazioni di assistenza", help asked for a possible future need.
import { hasPresentProblem } from '../classify/classify-type';
import { findFutureNeed } from '../classify/future-need';
import { bodyWhere } from './helpers';
import type { Rule } from './rule';

export const bookingRule: Rule = {
  id: 'booking',
  defaultSeverity: 'warning',
  check(ctx) {
    const { content } = ctx.body;
    const end = Math.min(content.end, content.start + 50000);
    const folded = ctx.foldedBody.slice(content.start, end);
    const found = findFutureNeed(folded);
    // A present problem makes "fissare già da ora un intervento" a request for help now.
    if (!found || hasPresentProblem(folded)) return [];
    const start = content.start + found.index;
    const hit = {
      start,
      end: start + found.length,
      text: ctx.body.text.slice(start, start + found.length),
    };
    return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
  },
};
