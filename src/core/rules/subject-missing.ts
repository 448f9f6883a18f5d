// Guidelines: "Non verranno presi in carico ticket con oggetto vuoto".
import { proposeSubject } from '../fixes/propose-subject';
import { hasLetterOrDigit } from '../text/words';
import type { Rule } from './rule';

export const subjectMissing: Rule = {
  id: 'subject-missing',
  defaultSeverity: 'error',
  check(ctx) {
    if (hasLetterOrDigit(ctx.subject)) return [];
    const subject = proposeSubject(ctx.body, ctx.module, ctx.locale);
    return [
      {
        where: { field: 'subject', start: 0, end: ctx.subject.length },
        fix: {
          id: 'propose-subject',
          labelId: 'fix',
          labelData: { subject },
          edits: [{ kind: 'set-subject', subject }],
        },
      },
    ];
  },
};
