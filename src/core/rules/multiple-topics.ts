// Guidelines (consigli, 4): one mail per topic; a second request needs its own ticket.
import { isMeaningful, tokenize } from '../text/words';
import { bodyWhere, findInBody } from './text-locations';
import type { Rule } from './rule';

const secondRequest =
  /\b(?:approfitto (?:per|della|dell'|anche)|colgo (?:l'occasione|anche l'occasione)|inoltre,? (?:vorrei|volevo|vorremmo|segnalo|vi segnalo|le segnalo|chiedo|vi chiedo|chiediamo|avrei|avremmo|segnaliamo|devo segnalare|c'e)|approfittando (?:di|della|dell')|(?:^|[.\n]\s*)(?:altra|seconda) (?:cosa|questione|domanda|richiesta)\b|(?:^|[.\n]\s*)(?:poi|e poi|in piu),? (?:vorrei|volevo|chiedo|avrei|vi segnalo|segnalo)\b|un'?\s?altra (?:questione|domanda|cosa|richiesta|segnalazione|problematica|anomalia)|un altro (?:problema|quesito|errore|argomento|punto)|altro problema|seconda (?:cosa|questione|richiesta|domanda)|secondo (?:problema|punto|quesito)|un'?\s?ultima (?:cosa|domanda|questione|richiesta)|altra segnalazione|in secondo luogo|infine (?:vorrei|volevo|chiedo|vi chiedo|segnalo)|gia che ci sono|gia che ci siamo|ne approfitto|per quanto riguarda invece|a parte questo|oltre a (?:questo|cio)(?:,)? (?:vorrei|volevo|segnalo|chiedo|avrei))/;
/** Both modules need this much keyword evidence for the ticket to be about two modules. */
const strongEvidence = 3;
/** …and the second module at least this share of the first one's evidence. */
const comparableEvidence = 0.5;

function hasMeaningfulText(folded: string): boolean {
  let count = 0;
  for (const t of tokenize(folded)) if (isMeaningful(t.word) && ++count >= 5) return true;
  return false;
}

export const multipleTopics: Rule = {
  id: 'multiple-topics',
  defaultSeverity: 'warning',
  check(ctx) {
    const { content } = ctx.body;
    const hit = findInBody(
      ctx,
      { ...content, end: Math.min(content.end, content.start + 50000) },
      secondRequest,
    );
    // A second request needs a first one before it ("colgo l'occasione di questa mail per
    // segnalare…" at the very start is the only request).
    if (hit && hasMeaningfulText(ctx.foldedBody.slice(content.start, hit.start))) {
      return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
    }
    const [first, second] = ctx.moduleScores;
    const distinct = (s: typeof first) => new Set(s!.hits.map((h) => h.keyword)).size;
    if (
      first &&
      second &&
      second.score >= strongEvidence &&
      second.score >= first.score * comparableEvidence &&
      distinct(first) >= 2 &&
      distinct(second) >= 2
    ) {
      const a = ctx.directory.modules[first.moduleIndex]!;
      const b = ctx.directory.modules[second.moduleIndex]!;
      return [
        {
          messageId: 'modules',
          data: { first: a.name, second: b.name },
          where: { field: 'body', start: content.start, end: content.end },
        },
      ];
    }
    return [];
  },
};
