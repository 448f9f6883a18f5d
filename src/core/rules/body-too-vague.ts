// Guidelines: "fornire una spiegazione dettagliata dell'anomalia o della richiesta".
import { buildSignatureBlock } from '../fixes/signature-block';
import { buildTicketTemplate } from '../fixes/ticket-template';
import { isMeaningful, tokenize } from '../text/words';
import type { Rule } from './rule';

export const minMeaningfulWords = 10;

/** Images and other embedded objects: content of an HTML body that its text does not show. */
function hasEmbeddedContent(html: string | undefined): boolean {
  return !!html && /<(?:img|object|embed|video|svg|canvas)\b/i.test(html);
}

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
    // A body without text may still hold a pasted screenshot: then the template goes beside it.
    const kind = hasEmbeddedContent(ctx.draft.bodyHtml) ? 'append-to-body' : 'set-body';
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
                edits: [{ kind, text: template }],
              },
            }
          : {}),
      },
    ];
  },
};
