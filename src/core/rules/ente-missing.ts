// Guidelines: "si prega di specificare chiaramente in quale Ente si ha necessità di assistenza".
import { message } from '../messages/catalogue';
import { endOfOwnText } from './text-locations';
import { findEnteMentions } from './ente-mentions';
import type { Rule } from './rule';

export const enteMissing: Rule = {
  id: 'ente-missing',
  defaultSeverity: 'info',
  contextualSeverity: (ctx) => ((ctx.settings.enti?.length ?? 0) >= 2 ? 'warning' : 'info'),
  check(ctx) {
    const enti = (ctx.settings.enti ?? []).filter((e) => e.trim() !== '');
    const own = ctx.body.own;
    if (findEnteMentions(ctx.subject.slice(0, 1000), 0, enti).length > 0) return [];
    if (findEnteMentions(own.text.slice(0, 200000), own.start, enti).length > 0) return [];
    const sig = ctx.body.signature;
    if (sig && findEnteMentions(sig.text.slice(0, 5000), sig.start, [], true).length > 0) return [];
    const only = enti.length === 1 ? enti[0]!.trim() : null;
    return [
      {
        messageId: enti.length >= 2 ? 'several' : 'default',
        data: { enti: enti.join(', ') },
        where: endOfOwnText(ctx),
        ...(only
          ? {
              fix: {
                id: 'add-ente',
                labelId: 'fix',
                labelData: { ente: only },
                edits: [
                  {
                    kind: 'append-to-body' as const,
                    text: message(ctx.locale, 'common', 'enteLine', { ente: only }),
                  },
                ],
              },
            }
          : {}),
      },
    ];
  },
};
