// Guidelines (consigli, 5): whoever works for several Enti must say clearly which one needs help.
import { distinctKeys, draftEnteMentions } from './ente-mentions';
import type { Rule, RuleContext } from './rule';

export const enteMultiple: Rule = {
  id: 'ente-multiple',
  defaultSeverity: 'warning',
  check(ctx) {
    const inDraft = draftEnteMentions(ctx);
    const found = [...inDraft.own, ...inDraft.signature]
      .filter((m) => !isDataMention(ctx, m.start))
      .sort((a, b) => a.start - b.start);
    const mentions = distinctKeys(found);
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

// "residente nel Comune di Bologna", "trasferito dal Comune di Cesena": an Ente that is data of
// the case (a citizen's former residence), not the Ente that asks for help.
const dataCue =
  /\b(?:residen\w*|provenien\w*|trasferit\w*|emigrat\w*|immigrat\w*|nat[oaie]|domiciliat\w*|iscritt\w*|destinazione|verso)\s+(?:(?:dal|dalla|al|alla|nel|nella|in|a|il|la|presso)\s+)?$/;

function isDataMention(ctx: RuleContext, start: number): boolean {
  const before = ctx.foldedBody.slice(Math.max(0, start - 30), start);
  return dataCue.test(before);
}
