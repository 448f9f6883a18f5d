// Guidelines (consigli, 4): one mail per topic; a second request needs its own ticket.
import { isMeaningful, tokenize } from '../text/words';
import { pattern } from '../text/word-list';
import { defineRule } from './rule';
import { bodyWhere, findIn, quoting } from './text-locations';

/** Words that open a second, different request. */
const secondRequestMarkers = [
  "approfitto (?:per|della|dell'|anche)",
  "colgo (?:l'occasione|anche l'occasione)",
  "inoltre,? (?:vorrei|volevo|vorremmo|segnalo|vi segnalo|le segnalo|chiedo|vi chiedo|chiediamo|avrei|avremmo|segnaliamo|devo segnalare|c'e)",
  "approfittando (?:di|della|dell')",
  /(?:^|[.\n]\s*)(?:altra|seconda) (?:cosa|questione|domanda|richiesta)\b/,
  /(?:^|[.\n]\s*)(?:poi|e poi|in piu),? (?:vorrei|volevo|chiedo|avrei|vi segnalo|segnalo)\b/,
  /un'?\s?altra (?:questione|domanda|cosa|richiesta|segnalazione|problematica|anomalia)/,
  'un altro (?:problema|quesito|errore|argomento|punto)',
  'altro problema',
  'seconda (?:cosa|questione|richiesta|domanda)',
  'secondo (?:problema|punto|quesito)',
  /un'?\s?ultima (?:cosa|domanda|questione|richiesta)/,
  'altra segnalazione',
  'in secondo luogo',
  'infine (?:vorrei|volevo|chiedo|vi chiedo|segnalo)',
  'gia che ci sono',
  'gia che ci siamo',
  'ne approfitto',
  'per quanto riguarda invece',
  'a parte questo',
  'oltre a (?:questo|cio)(?:,)? (?:vorrei|volevo|segnalo|chiedo|avrei)',
];
const secondRequest = pattern`\b${secondRequestMarkers}`;
/** Both modules need this much keyword evidence for the ticket to be about two modules. */
const strongEvidence = 3;
/** …and the second module at least this share of the first one's evidence. */
const comparableEvidence = 0.5;

function hasMeaningfulText(folded: string): boolean {
  let count = 0;
  for (const t of tokenize(folded)) if (isMeaningful(t.word) && ++count >= 5) return true;
  return false;
}

export const multipleTopics = defineRule({
  id: 'multiple-topics',
  severity: 'warning',
  summary: 'The content opens a second, different request, or is about two modules.',
  messages: {
    it: {
      default:
        'Il ticket sembra contenere più richieste («{excerpt}»): invia una mail separata per ogni argomento.',
      modules:
        'Il ticket riguarda due moduli ({first} e {second}): invia una mail separata per ciascuno.',
    },
    en: {
      default:
        'The ticket seems to contain several requests ("{excerpt}"): send a separate mail for each topic.',
      modules:
        'The ticket is about two modules ({first} and {second}): send a separate mail for each.',
    },
  },
  check(ctx) {
    const { content } = ctx;
    const hit = findIn(content, secondRequest);
    // A second request needs a first one before it ("colgo l'occasione di questa mail per
    // segnalare…" at the very start is the only request).
    if (hit && hasMeaningfulText(content.folded.slice(0, hit.start - content.start))) {
      return [quoting('default', bodyWhere(hit))];
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
          where: { field: 'body', start: ctx.body.content.start, end: ctx.body.content.end },
        },
      ];
    }
    return [];
  },
});
