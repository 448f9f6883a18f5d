// Guidelines: no tickets with an "eccessivamente generico" subject ("Richiesta assistenza",
// "Aiuto!!", "Errore cityware/cityware online").
import { proposeSubject } from '../fixes/propose-subject';
import { defaultGenericSubjects, isGenericSubject } from '../text/generic-subject';
import { hasLetterOrDigit } from '../text/words';
import { findEnteMentions } from './ente-mentions';
import type { Rule } from './rule';

export const subjectGeneric: Rule = {
  id: 'subject-generic',
  defaultSeverity: 'error',
  check(ctx) {
    if (!hasLetterOrDigit(ctx.subject)) return []; // subject-missing covers it
    const list = ctx.options.genericSubjects ?? defaultGenericSubjects;
    // The Ente says who asks, not what about: "Richiesta assistenza - Comune di Rimini".
    let topic = ctx.subject;
    for (const m of findEnteMentions(ctx.subject, 0, ctx.settings.enti ?? []).reverse()) {
      topic = topic.slice(0, m.start) + topic.slice(m.end);
    }
    if (!isGenericSubject(topic, list)) return [];
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
