// Guidelines: no tickets with an "eccessivamente generico" subject ("Richiesta assistenza",
// "Aiuto!!", "Errore cityware/cityware online").
import { proposeSubject } from '../fixes/propose-subject';
import { defaultGenericSubjects, isGenericSubject } from '../text/generic-subject';
import { hasLetterOrDigit } from '../text/words';
import { findEnteMentions } from './ente-mentions';
import type { Rule } from './rule';

/** Longest head of a subject that is looked at (the generic test reads even less). */
const subjectHead = 1000;

/**
 * The subject without the Enti it names: the Ente says who asks, not what about ("Richiesta
 * assistenza - Comune di Rimini"). Built in one pass, so a huge subject stays linear.
 */
function withoutEnti(subject: string, enti: string[]): string {
  const head = subject.slice(0, subjectHead);
  const kept: string[] = [];
  let at = 0;
  for (const m of findEnteMentions(head, 0, enti)) {
    if (m.start > at) kept.push(head.slice(at, m.start));
    at = Math.max(at, m.end);
  }
  kept.push(head.slice(at));
  return kept.join('');
}

export const subjectGeneric: Rule = {
  id: 'subject-generic',
  defaultSeverity: 'error',
  check(ctx) {
    if (!hasLetterOrDigit(ctx.subject)) return []; // subject-missing covers it
    const list = ctx.options.genericSubjects ?? defaultGenericSubjects;
    if (!isGenericSubject(withoutEnti(ctx.subject, ctx.settings.enti ?? []), list)) return [];
    const subject = proposeSubject(ctx.body, ctx.module, ctx.locale);
    return [
      {
        data: { subject: ctx.subject.slice(0, 80) },
        where: {
          field: 'subject',
          start: 0,
          end: ctx.subject.length,
          excerpt: ctx.subject.slice(0, 80),
        },
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
