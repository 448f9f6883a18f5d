// Guidelines: no tickets with an "eccessivamente generico" subject ("Richiesta assistenza",
// "Aiuto!!", "Errore cityware/cityware online").
import { blankInsertedText } from '../fixes/inserted-text';
import { proposeSubject } from '../fixes/propose-subject';
import {
  defaultGenericSubjects,
  isGenericSubject,
  stripReplyPrefixes,
  surveySubject,
} from '../text/generic-subject';
import { fold } from '../text/fold';
import { hasLetterOrDigit } from '../text/words';
import { subjectEnteMentions, type EnteMention } from './ente-mentions';
import { defineRule, type RuleContext } from './rule';

/**
 * The subject without the Enti it names: the Ente says who asks, not what about ("Richiesta
 * assistenza - Comune di Rimini"). Built in one pass, so a long subject stays linear.
 */
function withoutEnti(subject: string, mentions: EnteMention[]): string {
  const kept: string[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start > at) kept.push(subject.slice(at, m.start));
    at = Math.max(at, m.end + listedTail(subject, m));
  }
  kept.push(subject.slice(at));
  return kept.join('');
}

/**
 * An Unione's or a Comunità's name often lists places ("Unione Valli del Reno, Lavino e
 * Samoggia"): the names after the mention, to the end of the subject, belong to it. A list after
 * a Comune ("Comune di Rimini, Tributi") names something else.
 */
const unionKinds = /^(?:unione|comunita|comuni)\b/;
const nameWord = "[A-Z\\u00c0-\\u00dd][a-z\\u00e0-\\u00ff'’]+";
const listedNames = new RegExp(
  `^(?:,[ \t]*${nameWord}(?:[ \t]+${nameWord})*)*[ \t]+(?:e|ed)[ \t]+${nameWord}(?:[ \t]+${nameWord})*[ \t]*$`,
);

function listedTail(subject: string, m: EnteMention): number {
  if (!unionKinds.test(fold(m.text))) return 0;
  const tail = subject.slice(m.end);
  return listedNames.test(tail) ? tail.length : 0;
}

/**
 * The subject's words when it names the topic (its Enti left out), as subject-generic judges it;
 * null when it is missing, generic or an unfilled placeholder.
 */
export function subjectTopic(ctx: RuleContext): string | null {
  const { text } = ctx.subject;
  // A bracketed placeholder left in the subject ("[descrivi il problema…]") says nothing yet.
  if (!hasLetterOrDigit(stripReplyPrefixes(text)) || blankInsertedText(text) !== text) return null;
  const topic = withoutEnti(text, subjectEnteMentions(ctx));
  return isGenericSubject(topic, ctx.options.genericSubjects ?? defaultGenericSubjects)
    ? null
    : topic;
}

export const subjectGeneric = defineRule({
  id: 'subject-generic',
  severity: 'error',
  summary: 'The subject says nothing about the topic ("Richiesta assistenza", "Aiuto!!").',
  messages: {
    it: {
      default:
        "L'oggetto «{subject}» è troppo generico: indica il motivo della richiesta (modulo e problema).",
      fix: "Usa l'oggetto «{subject}»",
    },
    en: {
      default:
        'The subject "{subject}" is too generic: state the reason for the request (module and problem).',
      fix: 'Use the subject "{subject}"',
    },
  },
  check(ctx) {
    const { subject } = ctx;
    if (!hasLetterOrDigit(stripReplyPrefixes(subject.text))) return []; // subject-missing covers it
    // A satisfaction survey's subject answered to raise a new problem says nothing about it (one
    // that only gives a score is about the survey).
    const survey = ctx.newProblem !== null && surveySubject.test(subject.folded);
    if (subjectTopic(ctx) !== null && !survey) return [];
    const proposed = proposeSubject(ctx.body, ctx.module);
    const shown = subject.text.slice(0, 80);
    return [
      {
        messageId: 'default',
        data: { subject: shown },
        where: { field: 'subject', start: subject.start, end: subject.end, excerpt: shown },
        ...(proposed
          ? {
              fix: {
                id: 'propose-subject',
                labelId: 'fix' as const,
                labelData: { subject: proposed },
                edits: [
                  { kind: 'set-subject' as const, subject: proposed, basedOn: ctx.draft.subject },
                ],
              },
            }
          : {}),
      },
    ];
  },
});
