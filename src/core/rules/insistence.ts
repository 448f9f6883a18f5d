// Guidelines (errato 3): insistent pressure on the operators takes them away from real urgencies.
import { fold } from '../text/fold';
import { splitLines } from '../text/lines';
import { bodyWhere, findInBody, findInSubject, subjectWhere, type Hit } from './text-locations';
import type { Location } from '../types';
import type { Rule, RuleContext, RuleProblem } from './rule';

// A payment reminder sent to a taxpayer ("sollecito di pagamento") is a document of the case.
const paymentReminder =
  ' (?:di (?:pagamento|versamento)|bonari[oa]|al contribuente|ai contribuenti)';
// Reported to someone of the Ente ("ho già segnalato il problema al mio responsabile"), not to us.
const toSomeoneElse =
  "(?: [a-z']+){0,3} (?:al|alla|ai|alle|all') ?(?:mi[oa] |nostr[oa] )?(?:responsabile|dirigente|collega|colleghi|segretari|sindac|ufficio|cittadin|contribuent|ced|sistemist)";
const reminders = new RegExp(
  `(?:^|[\\n:.!?-]\\s*)sollecito\\b(?!${paymentReminder})|\\b(?:vi|la|le|ti) sollecit(?:o|iamo)\\b|\\bsollecit(?:o|iamo|are) (?:nuovamente|ancora|di nuovo|la (?:vostra|risposta|presa in carico)|una risposta|un riscontro|riscontro|risposta|un intervento)|\\b(?:secondo|terzo|ulteriore|ennesimo|nuovo) sollecito\\b(?!${paymentReminder})|\\b(?:vi (?:ho|abbiamo) gia (?:scritto|segnalato|inviato|contattat[oi]|chiesto) gia (?:scritto|segnalato|inviato|contattat[oi]|chiesto)|(?:ho|abbiamo) gia (?:scritto|segnalato|inviato|sollecitato)(?: piu volte)?(?!${toSomeoneElse})|(?:e|questa e) (?:la )?(?:seconda|terza|quarta|quinta|ennesima|decima) (?:volta|mail|e-mail|segnalazione|richiesta)|per l'ennesima volta|ancora nessun[ao]? (?:risposta|riscontro|notizia)|nessuno (?:mi|ci) ha (?:ancora )?(?:risposto|contattat[oi]|richiamat[oi])|non (?:ho|abbiamo) ancora ricevuto (?:nessuna|alcuna|una) risposta|ancora in attesa (?:di|della) (?:una )?risposta|attendo ancora|attendiamo ancora|da giorni (?:aspetto|attendo|attendiamo|aspettiamo)|aspetto da giorni|attendo da giorni|senza (?:avere|aver) (?:ancora )?ricevuto (?:risposta|riscontro)|piu volte (?:segnalato|scritto|sollecitato|chiesto)|non (?:ho|abbiamo) (?:ancora )?(?:avuto|ricevuto) (?:nessuna |alcuna )?risposta|nessuna risposta|vi sollecito|sollecitiamo|(?:siamo|sono|resto|restiamo) ancora in attesa\\b|nessuno (?:si e fatto sentire|ci ha (?:ancora )?(?:contattat[oi]|richiamat[oi]))|(?:da|ormai da) (?:giorni|una settimana|settimane|un mese|mesi|(?:due|tre|quattro|cinque|dieci) giorni) (?:aspetto|attendo|attendiamo|aspettiamo)|(?:scritto|segnalato|chiamato|telefonato|sollecitato) (?:gia )?(?:piu|varie|diverse|molte|tante) volte|rispondete(?: per favore| subito)?!|gia segnalat[oaie] (?:[a-z']+ ){0,3}(?:scorsa|scorso|fa)\\b|torno a (?:sollecitare|scrivervi|chiedervi|segnalarvi)|(?:e|sono) (?:ormai )?(?:da )?(?:giorni|settimane|mesi|una settimana|un mese|(?:due|tre|quattro|cinque|dieci|quindici) (?:giorni|settimane)) che (?:aspett|attend|sollecit|vi scriv|vi chiam|vi cerc)[a-z]*|(?:rinnovo|reitero|ripeto) (?:la (?:mia |nostra )?|il (?:mio |nostro )?)(?:richiesta|segnalazione|sollecito))`,
);
const bangs = /!{3,}/;
const quotedMessage =
  /\b(?:errore|error|exception|eccezione|warning|attenzione|impossibile|codice|fatal)\b/;
const urgentWord = /\burgent(?:e|i|issim[oaie])\b/g;

/** "urgente" words: how many, the first one written in capitals and the first one in the body. */
function urgentHits(ctx: RuleContext): {
  count: number;
  capital: Location | null;
  first: Location | null;
} {
  let count = 0;
  let capital: Location | null = null;
  let first: Location | null = null;
  const scan = (folded: string, original: string, offset: number, field: 'subject' | 'body') => {
    urgentWord.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = urgentWord.exec(folded)) !== null && count < 10) {
      count++;
      const text = original.slice(m.index, m.index + m[0].length);
      const hit = { start: offset + m.index, end: offset + m.index + m[0].length, text };
      const where = field === 'body' ? bodyWhere(hit) : subjectWhere(hit);
      if (field === 'body') first ??= where;
      if (text === text.toUpperCase()) capital ??= where;
    }
  };
  scan(ctx.foldedSubject, ctx.subject, 0, 'subject');
  const { content } = ctx.body;
  const end = Math.min(content.end, content.start + 50000);
  scan(
    ctx.foldedBody.slice(content.start, end),
    ctx.body.text.slice(content.start, end),
    content.start,
    'body',
  );
  return { count, capital, first };
}

/** A content line written entirely in capitals (at least 3 words and 12 letters). */
function shoutedLine(ctx: RuleContext): Hit | null {
  const { content, text } = ctx.body;
  const lines = splitLines(text, content.start, Math.min(content.end, content.start + 50000));
  for (const l of lines) {
    const t = l.text.slice(0, 300);
    const letters = t.replace(/[^A-Za-zÀ-ÿ]/g, '');
    if (letters.length < 12 || letters !== letters.toUpperCase()) continue;
    const words = t.split(/\s+/).filter((w) => /[A-Za-zÀ-ÿ]{2,}/.test(w));
    if (words.length < 3) continue;
    // An error message copied in capitals is information, not shouting.
    if (/["«»“”]/.test(t) || quotedMessage.test(fold(t))) continue;
    return { start: l.start, end: l.end, text: l.text };
  }
  return null;
}

export const insistence: Rule = {
  id: 'insistence',
  defaultSeverity: 'warning',
  check(ctx) {
    const located = (where: Location): RuleProblem[] => [
      { data: { excerpt: where.excerpt ?? '' }, where },
    ];
    const found = (hit: Hit, where = bodyWhere(hit)): RuleProblem[] => located(where);
    const { content } = ctx.body;
    const region = { ...content, end: Math.min(content.end, content.start + 50000) };
    const reminder = findInBody(ctx, region, reminders);
    if (reminder) return found(reminder);
    const subjectReminder = findInSubject(ctx, reminders) ?? findInSubject(ctx, bangs);
    if (subjectReminder) return found(subjectReminder, subjectWhere(subjectReminder));
    const bang = findInBody(ctx, region, bangs);
    if (bang) return found(bang);
    const urgent = urgentHits(ctx);
    if (urgent.capital) return located(urgent.capital);
    if (urgent.count >= 2) {
      const whole = { start: 0, end: ctx.subject.length, text: ctx.subject };
      return located(urgent.first ?? subjectWhere(whole));
    }
    const shouted = shoutedLine(ctx);
    if (shouted) return found(shouted);
    return [];
  },
};
