// Guidelines: "fornire una spiegazione dettagliata dell'anomalia o della richiesta".
import { buildSignatureBlock } from '../fixes/signature-block';
import { buildTicketTemplate } from '../fixes/ticket-template';
import { isMeaningful, tokenize } from '../text/words';
import type { Rule } from './rule';

export const minMeaningfulWords = 10;

export const bodyTooVague: Rule = {
  id: 'body-too-vague',
  defaultSeverity: 'error',
  check(ctx) {
    const { content } = ctx.body;
    let count = 0;
    // Counting stops at the threshold: no need to tokenise a huge body.
    const sample = ctx.foldedBody.slice(content.start, Math.min(content.end, content.start + 2000));
    for (const t of tokenize(sample)) {
      if (isMeaningful(t.word) && !/^\d+$/.test(t.word) && ++count >= minMeaningfulWords) return [];
    }
    const empty = ctx.body.text.trim() === '';
    const template = `${buildTicketTemplate(ctx.settings, ctx.module, ctx.locale)}\n\n${buildSignatureBlock(ctx.settings, ctx.locale)}`;
    return [
      {
        messageId: count === 0 ? 'empty' : 'default',
        data: { count, min: minMeaningfulWords },
        where: { field: 'body', start: content.start, end: content.end },
        ...(empty
          ? {
              fix: {
                id: 'insert-template',
                labelId: 'fix',
                edits: [{ kind: 'set-body' as const, text: template }],
              },
            }
          : {}),
      },
    ];
  },
};
