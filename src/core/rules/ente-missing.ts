// Guidelines: "si prega di specificare chiaramente in quale Ente si ha necessità di assistenza".
import { inserted } from '../fixes/inserted-text';
import { draftEnteMentions, subjectEnteMentions } from './ente-mentions';
import { defineRule } from './rule';
import { endOfOwnText } from './text-locations';

export const enteMissing = defineRule({
  id: 'ente-missing',
  severity: 'info',
  summary: 'Neither subject nor own text names the Ente (Comune, Unione…) that needs help.',
  messages: {
    it: {
      default: "Non è indicato l'Ente (Comune, Unione…) per cui chiedi assistenza.",
      several: 'Lavori per più Enti ({enti}): indica per quale chiedi assistenza.',
      fix: 'Aggiungi «Ente: {ente}»',
    },
    en: {
      default: 'The Ente (Comune, Unione…) you need help for is not named.',
      several: 'You work for several Enti ({enti}): say which one needs help.',
      fix: 'Add "Ente: {ente}"',
    },
  },
  // Whoever works for several Enti must say which one: then a missing Ente asks before sending.
  severityFor: (ctx) => ((ctx.settings.enti?.length ?? 0) >= 2 ? 'warning' : 'info'),
  check(ctx) {
    const enti = (ctx.settings.enti ?? []).filter((e) => e.trim() !== '');
    if (subjectEnteMentions(ctx).length > 0) return [];
    const inDraft = draftEnteMentions(ctx);
    if (inDraft.request.length > 0 || inDraft.signature.length > 0) return [];
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
                  { kind: 'append-to-body' as const, text: inserted('enteLine', { ente: only }) },
                ],
              },
            }
          : {}),
      },
    ];
  },
});
