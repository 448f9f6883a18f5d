// Guidelines: "fornire una spiegazione dettagliata dell'anomalia o della richiesta".
import { blankInsertedText } from '../fixes/inserted-text';
import { buildSignatureBlock } from '../fixes/signature-block';
import { buildTicketTemplate } from '../fixes/ticket-template';
import { hasEmbeddedContent } from '../text/blank-body';
import { isMeaningful, tokenize } from '../text/words';
import { defineRule } from './rule';

export const minMeaningfulWords = 10;

// An office's own form left unfilled: "[descrivere il problema]", "[indicare la funzione]".
// A bracket that opens with an infinitive is an instruction to the writer, not a description.
const bracketed = /\[([^\]\n]{0,200})\]/g;

function blankPlaceholders(folded: string): string {
  return folded.replace(bracketed, (whole: string, inner: string) => {
    const first = /^\s*([a-z]+)/.exec(inner)?.[1] ?? '';
    return /(?:are|ere|ire)$/.test(first) ? ' '.repeat(whole.length) : whole;
  });
}

export const bodyTooVague = defineRule({
  id: 'body-too-vague',
  severity: 'error',
  summary:
    'The content has fewer than 10 different meaningful words: it does not explain the request.',
  messages: {
    it: {
      default:
        'Il testo non spiega la richiesta: descrivi cosa stavi facendo, cosa è successo e il messaggio di errore.',
      empty: 'Il testo è vuoto: descrivi il problema o la richiesta.',
      fix: 'Inserisci lo schema del ticket',
    },
    en: {
      default:
        'The text does not explain the request: describe what you were doing, what happened and the error message.',
      empty: 'The text is empty: describe the problem or the request.',
      fix: 'Insert the ticket template',
    },
  },
  check(ctx) {
    // Our template's headings and placeholders are not the user's words (an unfilled template
    // explains nothing), and a word said twice explains nothing more.
    const seen = new Set<string>();
    for (const t of tokenize(blankPlaceholders(blankInsertedText(ctx.content.folded)))) {
      if (!isMeaningful(t.word) || /^\d+$/.test(t.word)) continue;
      seen.add(t.word.toLowerCase());
      if (seen.size >= minMeaningfulWords) return [];
    }
    const empty = ctx.body.text.trim() === '';
    // A body without text may still hold a pasted screenshot: then the template goes beside it.
    const kind = hasEmbeddedContent(ctx.draft.bodyHtml) ? 'append-to-body' : 'set-body';
    // The template has its own Ente and Reperibile lines: the signature under it does not repeat them.
    const signature = buildSignatureBlock(ctx.settings, {
      availability: true,
      enti: ctx.settings.enti ?? [],
    });
    const template = `${buildTicketTemplate(ctx.settings, ctx.module)}\n\n${signature}`;
    return [
      {
        messageId: seen.size === 0 ? 'empty' : 'default',
        where: { field: 'body', start: ctx.body.content.start, end: ctx.body.content.end },
        ...(empty
          ? { fix: { id: 'insert-template', labelId: 'fix', edits: [{ kind, text: template }] } }
          : {}),
      },
    ];
  },
});
