// A mail that says "in allegato" without an attachment makes the operator ask for it again.
import { bodyWhere, findInBody, findInSubject, subjectWhere } from './helpers';
import type { Rule } from './rule';

const mentioned =
  /\b(?:in allegato|allego|alleghiamo|allegato alla presente|allegata alla presente|allegati alla presente|(?:vedi|vedasi|vedere|come da|come si vede dall'|come da file) allegat[oaie]|si allega(?:no)?|vi allego|ti allego|le allego|(?:ho|abbiamo) allegato|allegando|(?:trovate|trova|troverete|trovi) (?:in )?allegat[oaie]|(?:screenshot|schermat[ae]|immagin[ei]|foto|file|documento) (?:in )?allegat[oaie]|(?:invio|inviamo|mando|mandiamo|giro|trasmetto|trasmettiamo) (?:anche )?(?:lo|la|gli|le|uno|una|un|il|i|in allegato (?:lo|la|gli|le|il|i))? ?(?:screenshot|schermat[ae]|stampa della schermata|immagin[ei]|foto|file))\b/;

export const attachmentMentionedMissing: Rule = {
  id: 'attachment-mentioned-missing',
  defaultSeverity: 'warning',
  check(ctx) {
    if ((ctx.draft.attachments ?? []).length > 0) return [];
    const { own } = ctx.body;
    const hit = findInBody(ctx, { ...own, end: Math.min(own.end, own.start + 50000) }, mentioned);
    if (hit) return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
    const inSubject = findInSubject(ctx, mentioned);
    if (inSubject) return [{ data: { excerpt: inSubject.text }, where: subjectWhere(inSubject) }];
    return [];
  },
};
