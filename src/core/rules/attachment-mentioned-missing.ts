// A mail that says "in allegato" without an attachment makes the operator ask for it again.
import { bodyWhere, findInSubject, subjectWhere, type Hit } from './text-locations';
import type { Rule, RuleContext } from './rule';

const mentioned =
  /\b(?:in allegato|allego|qui allegat[oaie]|vedi (?:lo |la |gli |le |l')?(?:screenshot|schermat[ae]|immagin[ei]|foto|file|stampa)|alleghiamo|allegato alla presente|allegata alla presente|allegati alla presente|(?:vedi|vedasi|vedere|come da|come si vede dall'|come da file) allegat[oaie]|si allega(?:no)?|vi allego|ti allego|le allego|(?:ho|abbiamo) allegato|allegando|(?:trovate|trova|troverete|trovi) (?:in )?allegat[oaie]|(?:screenshot|schermat[ae]|immagin[ei]|foto|file|documento) (?:in )?allegat[oaie]|(?:invio|inviamo|mando|mandiamo|giro|trasmetto|trasmettiamo) (?:anche )?(?:lo|la|gli|le|uno|una|un|il|i|in allegato (?:lo|la|gli|le|il|i))? ?(?:screenshot|schermat[ae]|stampa della schermata|immagin[ei]|foto|file)|accludo|accludiamo|si acclude|(?:vi|le|ti) (?:invio|inviamo|mando|mandiamo|giro|giriamo|trasmetto|trasmettiamo|inoltro|inoltriamo|unisco) (?:anche )?(?:lo|la|gli|le|uno|una|un|il|i|copia (?:del|della|dello|dell'|di))? ?(?:screenshot|schermat[ae]|stampa|stampe|immagin[ei]|foto|file|copia|pdf|documento|estratto|videata|videate))\b/;

// "il file in allegato alla PEC": an attachment of a document in the software, not of this mail;
// "in allegato al ticket precedente": of an earlier mail.
const otherDocument =
  /^ (?:a(?:l|lla|lle|i|gli|d)? |all')(?:pec|protocollo|pratica|pratiche|documento|determina|delibera|atto|atti|fattura|fatture|mail ricevuta|domanda|istanza|registrazione|avviso|avvisi|mandato|mandati|verbale|verbali|ordinanza|notifica|comunicazione|messaggio ricevuto|email ricevuta|ticket|(?:mail|e-mail|email|messaggio|segnalazione|richiesta) precedente)\b/;

function ownAttachmentMention(ctx: RuleContext, start: number, end: number): Hit | null {
  const re = new RegExp(mentioned.source, 'g');
  const slice = ctx.foldedBody.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (otherDocument.test(after)) continue;
    const s = start + m.index;
    return { start: s, end: s + m[0].length, text: ctx.body.text.slice(s, s + m[0].length) };
  }
  return null;
}

export const attachmentMentionedMissing: Rule = {
  id: 'attachment-mentioned-missing',
  defaultSeverity: 'warning',
  check(ctx) {
    if ((ctx.draft.attachments ?? []).length > 0) return [];
    const { own } = ctx.body;
    const hit = ownAttachmentMention(ctx, own.start, Math.min(own.end, own.start + 50000));
    if (hit) return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
    const inSubject = findInSubject(ctx, mentioned);
    if (inSubject) return [{ data: { excerpt: inSubject.text }, where: subjectWhere(inSubject) }];
    return [];
  },
};
