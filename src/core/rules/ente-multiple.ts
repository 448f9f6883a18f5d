// Guidelines (consigli, 5): whoever works for several Enti must say clearly which one needs help.
import { fold } from '../text/fold';
import { distinctKeys, draftEnteMentions } from './ente-mentions';
import { defineRule, type RuleContext } from './rule';

// "residente nel Comune di Bologna", "trasferito dal Comune di Cesena": an Ente that is data of
// the case (a citizen's former residence), not the Ente that asks for help.
const dataCue =
  /\b(?:residen\w*|provenien\w*|trasferit\w*|emigrat\w*|immigrat\w*|nat[oaie]|domiciliat\w*|iscritt\w*|destinazione|verso)\s+(?:(?:dal|dalla|al|alla|nel|nella|in|a|il|la|presso)\s+)?$/;

function isDataMention(ctx: RuleContext, start: number): boolean {
  return dataCue.test(fold(ctx.body.text.slice(Math.max(0, start - 30), start)));
}

export const enteMultiple = defineRule({
  id: 'ente-multiple',
  severity: 'warning',
  summary: 'The own text names two or more different Enti without saying which needs help.',
  messages: {
    it: {
      default:
        'Il testo nomina più Enti ({enti}): specifica chiaramente per quale serve assistenza.',
    },
    en: {
      default: 'The text names several Enti ({enti}): say clearly which one needs help.',
    },
  },
  check(ctx) {
    const inDraft = draftEnteMentions(ctx);
    const found = [...inDraft.own, ...inDraft.signature]
      .filter((m) => !isDataMention(ctx, m.start))
      .sort((a, b) => a.start - b.start);
    const mentions = distinctKeys(found);
    if (mentions.length < 2) return [];
    const second = mentions[1]!;
    const enti = mentions
      .slice(0, 3)
      .map((m) => m.text.trim())
      .join(', ');
    return [
      {
        messageId: 'default',
        data: { enti },
        where: { field: 'body', start: second.start, end: second.end, excerpt: second.text },
      },
    ];
  },
});
