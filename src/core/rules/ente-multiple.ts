// Guidelines (consigli, 5): whoever works for several Enti must say clearly which one needs help.
import { distinctKeys, findEnteMentions } from './ente-mentions';
import type { Rule } from './rule';

export const enteMultiple: Rule = {
  id: 'ente-multiple',
  defaultSeverity: 'warning',
  check(ctx) {
    const own = ctx.body.own;
    const mentions = distinctKeys(
      findEnteMentions(own.text.slice(0, 200000), own.start, ctx.settings.enti ?? []),
    );
    if (mentions.length < 2) return [];
    const second = mentions[1]!;
    return [
      {
        data: {
          enti: mentions
            .slice(0, 3)
            .map((m) => m.text.trim())
            .join(', '),
        },
        where: { field: 'body', start: second.start, end: second.end, excerpt: second.text },
      },
    ];
  },
};
