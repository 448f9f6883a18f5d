// Guidelines: "si prega di specificare chiaramente in quale Ente si ha necessità di assistenza".
import { message } from '../messages/catalogue';
import { endOfOwnText } from './text-locations';
import { draftEnteMentions, findEnteMentions } from './ente-mentions';
import type { Rule } from './rule';

export const enteMissing: Rule = {
  id: 'ente-missing',
  defaultSeverity: 'info',
  contextualSeverity: (ctx) => ((ctx.settings.enti?.length ?? 0) >= 2 ? 'warning' : 'info'),
  check(ctx) {
    const enti = (ctx.settings.enti ?? []).filter((e) => e.trim() !== '');
    if (findEnteMentions(ctx.subject.slice(0, 1000), 0, enti).length > 0) return [];
    const inDraft = draftEnteMentions(ctx);
    if (inDraft.own.length > 0 || inDraft.signature.length > 0) return [];
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
