// Guidelines: "Non verranno presi in carico ticket con oggetto vuoto".
import { proposeSubject } from '../fixes/propose-subject';
import { stripReplyPrefixes } from '../text/generic-subject';
import { hasLetterOrDigit } from '../text/words';
import { defineRule } from './rule';

export const subjectMissing = defineRule({
  id: 'subject-missing',
  severity: 'error',
  summary: 'The subject is empty, only blanks and punctuation, or only reply/forward prefixes.',
  messages: {
    it: {
      default: "L'oggetto è vuoto: i ticket senza oggetto non vengono presi in carico.",
      fix: "Usa l'oggetto «{subject}»",
    },
    en: {
      default: 'The subject is empty: the helpdesk does not accept tickets without a subject.',
      fix: 'Use the subject "{subject}"',
    },
  },
  check(ctx) {
    // "R:", "RE: R:", "I:", "Fwd:" alone say nothing: the subject is missing, not generic.
    if (hasLetterOrDigit(stripReplyPrefixes(ctx.subject.text))) return [];
    const subject = proposeSubject(ctx.body, ctx.module);
    return [
      {
        messageId: 'default',
        where: { field: 'subject', start: 0, end: ctx.draft.subject.length },
        // No proposal when the text says too little: a placeholder would pass for a subject.
        ...(subject
          ? {
              fix: {
                id: 'propose-subject',
                labelId: 'fix' as const,
                labelData: { subject },
                edits: [{ kind: 'set-subject' as const, subject, basedOn: ctx.draft.subject }],
              },
            }
          : {}),
      },
    ];
  },
});
