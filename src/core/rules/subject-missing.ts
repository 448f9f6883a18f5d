// Guidelines: "Non verranno presi in carico ticket con oggetto vuoto".
import type { Rule } from './rule';

export const subjectMissing: Rule = {
  id: 'subject-missing',
  defaultSeverity: 'error',
  check(ctx) {
    if (ctx.subject !== '') return [];
    return [{ where: { field: 'subject' } }];
  },
};
