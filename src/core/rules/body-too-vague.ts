// Guidelines: "fornire una spiegazione dettagliata dell'anomalia o della richiesta".
import { buildSignatureBlock } from '../fixes/signature-block';
import { buildTicketTemplate } from '../fixes/ticket-template';
import { hasEmbeddedContent } from '../text/blank-body';
import { isMeaningful, tokenize } from '../text/words';
import { defineRule } from './rule';

export const minMeaningfulWords = 10;

export const bodyTooVague = defineRule({
  id: 'body-too-vague',
  severity: 'error',
  summary: 'The content has fewer than 10 meaningful words: it does not explain the request.',
  messages: {
    it: {
      default:
        'Il testo non spiega la richiesta ({count} parole significative): descrivi cosa stavi facendo, cosa è successo e il messaggio di errore.',
      empty: 'Il testo è vuoto: descrivi il problema o la richiesta.',
      fix: 'Inserisci lo schema del ticket',
    },
    en: {
      default:
        'The text does not explain the request ({count} meaningful words): describe what you were doing, what happened and the error message.',
      empty: 'The text is empty: describe the problem or the request.',
      fix: 'Insert the ticket template',
    },
  },
  check(ctx) {
    let count = 0;
    for (const t of tokenize(ctx.content.folded)) {
      if (isMeaningful(t.word) && !/^\d+$/.test(t.word) && ++count >= minMeaningfulWords) return [];
    }
    const empty = ctx.body.text.trim() === '';
    // A body without text may still hold a pasted screenshot: then the template goes beside it.
    const kind = hasEmbeddedContent(ctx.draft.bodyHtml) ? 'append-to-body' : 'set-body';
    const template = `${buildTicketTemplate(ctx.settings, ctx.module)}\n\n${buildSignatureBlock(ctx.settings)}`;
    return [
      {
        messageId: count === 0 ? 'empty' : 'default',
        data: { count, min: minMeaningfulWords },
        where: { field: 'body', start: ctx.body.content.start, end: ctx.body.content.end },
        ...(empty
          ? { fix: { id: 'insert-template', labelId: 'fix', edits: [{ kind, text: template }] } }
          : {}),
      },
    ];
  },
});
