// Guidelines: avoid tickets "per interposta persona" (for a colleague): the operator needs to
// talk with the person who has the problem.
import { bodyWhere, findInBody, ownWithoutSignature } from './helpers';
import type { Rule } from './rule';

const colleague =
  "(?:(?:il |la |lo |un |una |l')?(?:mio |mia |nostro |nostra )?(?:collega|colleghi|colleghe|collaboratore|collaboratrice|dipendente|responsabile|dirigente|segretario|segretaria))";
const patterns = [
  new RegExp(
    `\\b(?:per conto|a nome|su richiesta|su incarico|da parte) (?:di|del|della|dello|dei|delle|dell')\\s?${colleague}`,
  ),
  new RegExp(
    `\\b(?:per conto|a nome|su richiesta) (?:di|del|della|dell')\\s?(?:sig\\.?|sig\\.ra|dott\\.?|dott\\.ssa|[a-z]+ che)`,
  ),
  new RegExp(
    `\\b(?:il mio|la mia|un mio|una mia|il nostro|la nostra|mio|mia) (?:collega|collaboratore|collaboratrice)\\b[^.\\n]{0,60}\\b(?:ha|hanno|non riesce|non riescono|mi chiede|mi ha chiesto|chiede|lamenta|riscontra|ha riscontrato|segnala|ha segnalato|vorrebbe|deve|avrebbe)\\b`,
  ),
  new RegExp(
    `\\b(?:la|il) (?:collega|collaboratore|collaboratrice)\\b[^.\\n]{0,40}\\b(?:mi chiede|mi ha chiesto|mi prega|ha chiesto) di (?:segnalare|scrivere|chiedere|aprire|inviare|girare)`,
  ),
  /\bscrivo (?:per|al posto di|anche per) (?:il |la )?(?:collega |sig\.? |dott\.?(?:ssa)? )?[a-z]+ (?:che|perche|il quale|la quale)\b/,
  /\b(?:segnalo|scrivo|apro il ticket|invio) (?:per|al posto) (?:del|della|di un|di una|dei) (?:mio |mia )?(?:collega|colleghi|colleghe)\b/,
];

export const onBehalf: Rule = {
  id: 'on-behalf',
  defaultSeverity: 'warning',
  check(ctx) {
    const region = ownWithoutSignature(ctx);
    for (const re of patterns) {
      const hit = findInBody(ctx, region, re);
      if (hit) return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
    }
    return [];
  },
};
