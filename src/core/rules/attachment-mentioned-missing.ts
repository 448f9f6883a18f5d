// A mail that says "in allegato" without an attachment makes the operator ask for it again.
import { sentenceAround } from '../text/sentence';
import { unwrapLinesInPlace } from '../text/unwrap';
import { anyOf, pattern } from '../text/word-list';
import { defineRule, type Region } from './rule';
import { bodyWhere, hitAt, matchesIn, quoting, subjectWhere, type Hit } from './text-locations';

const pictures = ['screenshot', 'schermat[ae]', 'immagin[ei]', 'foto'];
const images = [...pictures, 'file'];
const articles = ['lo', 'la', 'gli', 'le', 'uno', 'una', 'un', 'il', 'i'];
const sendVerbs = [
  ...['invio', 'inviamo', 'mando', 'mandiamo', 'giro', 'trasmetto', 'trasmettiamo'],
  // "vi metto qui sotto lo screenshot", "vi incollo la schermata"
  ...['metto', 'mettiamo', 'incollo', 'incolliamo'],
];
/** A mail passed on: "la mail", "il messaggio". */
const mailWords = '(?:mail|e-mail|email|messaggio)';
/** "vi inoltro", "le giro": sending something to the reader. */
const forwardVerbs = [anyOf(sendVerbs), 'giriamo', 'inoltro', 'inoltriamo', 'unisco'];
/** What gets forwarded: "copia della determina", "il pdf", "la videata". */
const forwardedThings = [
  anyOf(images),
  'stampa',
  'stampe',
  'copia',
  'pdf',
  'documento',
  'estratto',
  'videata',
  'videate',
];
/** "vi mando", "ti invio": sending to the reader, with the receipt patterns and their guard. */
// Sent again, to the reader only: "vi rimando lo screenshot" (not "rimando il file … a dopo":
// postponed; nor "dopo il rinvio le foto…").
const againVerbs = ['rimando', 'rimandiamo', 'reinvio', 'reinviamo', 'rinvio', 'rinviamo'];
const sendsYou = pattern`(?:vi|ti) ${['mando', 'mandiamo', 'invio', 'inviamo', ...againVerbs]}\b`
  .source;
const sendsYouFirst = new RegExp(`^${sendsYou}`);
/** "…o vi basta lo IUV?", "…per PEC", "…a parte", "…appena si genera": not with this mail. */
const notSentNow = String.raw`(?![^.;!\n]*(?:\?|\bper pec\b|\ba parte\b|\bappena\b|\bseparat[ae]\b|\bquando riesco\b))`;
/**
 * "se serve, vi mando…", "non vi mando…", "domani vi invio…": nothing sent with this mail (but
 * "la stampa non riporta la firma, vi mando la ricevuta": the clause before is another one).
 */
const laterBefore =
  /(?:\b(?:se|non|domani|poi|dopo|appena)\b[^.,;:!?\n]*|\bse (?:serve|servisse|necessario|volete|vi serve|occorre|preferite)[, ]*)$/;
/** Ways of saying "attached" (folded text; whole words). */
const mentions = [
  'in allegato',
  // "vi riallego lo screenshot" (sent with an earlier mail, and again with this one).
  '(?:ri)?allego',
  '(?:ri)?alleghiamo',
  'qui allegat[oaie]',
  "vedi (?:lo |la |gli |le |l')?(?:screenshot|schermat[ae]|immagin[ei]|foto|file|stampa)",
  'allegato alla presente',
  'allegata alla presente',
  'allegati alla presente',
  "(?:vedi|vedasi|vedere|come da|come si vede dall'|come da file) allegat[oaie]",
  // "si allega la schermata", not "le scansioni adesso si allegano" (the software attaches).
  "si allega(?:no)? (?:la|le|il|i|lo|gli|l'|un|una|uno|copia|anche|qui|di seguito)",
  'vi allego',
  'ti allego',
  'le allego',
  '(?:ho|abbiamo) allegato',
  'allegando',
  '(?:trovate|trova|troverete|trovi) (?:in )?allegat[oaie]',
  '(?:screenshot|schermat[ae]|immagin[ei]|foto|file|documento) (?:in )?allegat[oaie]',
  // "vi mando lo screenshot", "invio in allegato la foto"
  // Not "vi mando lo screenshot appena riesco a rigenerarla": sent later.
  pattern`${sendVerbs} (?:anche )?(?:${articles}|in allegato (?:lo|la|gli|le|il|i))? ?(?:${images}|stampa della schermata)${notSentNow}`,
  // "vi rimando la stampa in pdf così vedete dove si interrompe".
  pattern`(?:vi|ti) ${againVerbs} (?:anche )?(?:${articles} )?(?:${forwardedThings}|stampa della schermata)${notSentNow}`,
  // "vi giro la mail della ditta e lo screenshot che ci hanno mandato": a forward and its picture.
  // Only pictures, named in the same clause ("…: dicono che … e il file OPI risulta scartato" is the
  // software's file).
  // "…la mail della tesoreria con il pdf dello scarto", "…e la ricevuta di scarto": the file said
  // to go with it.
  pattern`(?:vi|le|ti) ${forwardVerbs} (?:la |il )?${mailWords}\b[^.;:\n]{1,60}? (?:e (?:anche )?|con )(?:${articles} )?(?:${pictures}|pdf|ricevut[ae])\b`,
  // An office form's field: "Allegati: sì - screenshot dell'errore".
  // Not "senza nessuno degli allegati: si vedono solo…" (the pronoun "si").
  // "Allegati: sì screenshot dell'errore" (a field's value, then what it is): not a verb after.
  'allegat[oi] ?: ?si(?= ?(?:[-,;.(\\n]|$)| (?:screenshot|schermat|immagin|foto|file|pdf|stampa|videat|copia|log|n\\.|nr|\\d))',
  // "ecco lo screenshot che mi chiedevi": handed over with this mail.
  pattern`ecco (?:(?:qui|qua) )?(?:(?:${articles}) |l')?(?:${images}|stampa|ricevuta)${notSentNow}`,
  'accludo',
  'accludiamo',
  'si acclude',
  // "vi inoltro copia della determina", "le giro il pdf"
  pattern`(?:vi|le|ti) ${forwardVerbs} (?:anche )?(?:${articles}|copia (?:del|della|dello|dell'|di))? ?${forwardedThings}${notSentNow}`,
  // "vi mando la ricevuta che esce ora" (not "vi inoltro la ricevuta": a forward carries it; nor
  // "se serve vi mando…", "domani vi invio…", "vi mando la ricevuta o basta lo IUV?", "…per PEC").
  // "vi rimando in pdf la ricevuta dell'iscrizione n. 88 come chiesto".
  pattern`${sendsYou} (?:anche )?(?:in (?:formato )?pdf )?(?:${articles} )?(?:ricevut[ae]|prospett[oi])${notSentNow}`,
];
const mentioned = pattern`\b${mentions}\b`;

// "il file in allegato alla PEC": an attachment of a document in the software, not of this mail;
// "in allegato al ticket precedente": of an earlier mail.
const otherDocuments = [
  'pec',
  'protocollo',
  'pratica',
  'pratiche',
  'documento',
  'determina',
  'delibera',
  'atto',
  'atti',
  'fattura',
  'fatture',
  'mail ricevuta',
  'domanda',
  'istanza',
  'registrazione',
  'avviso',
  'avvisi',
  'mandato',
  'mandati',
  'verbale',
  'verbali',
  'ordinanza',
  'notifica',
  'comunicazione',
  'messaggio ricevuto',
  'email ricevuta',
  'ticket',
  '(?:mail|e-mail|email|messaggio|segnalazione|richiesta) precedente',
];
// "la alleghiamo a mano alla registrazione": a manner may come between.
const otherDocument = pattern`^ (?:(?:a mano|manualmente|direttamente|noi) )?(?:a(?:l|lla|lle|i|gli|d)? |all')${otherDocuments}\b`;

/**
 * "il documento allegato dal cittadino non si apre": attached by an applicant to what they filed
 * (a portal's application), not to this mail.
 */
const attachedByApplicant =
  /^ (?:dal|dalla|dai|dalle|dagli|dall') ?(?:cittadin|utent|contribuent|richiedent|dichiarant|professionist|genitor|famigli|interessat|istant)[a-z]*\b/;

/**
 * Inside a quotation on its line: an error message copied as it appears ("Impossibile leggere il
 * file allegato") is the program speaking, not the writer announcing an attachment.
 */
function insideQuotes(folded: string, index: number): boolean {
  // A copied message is short: looking back 200 characters keeps long lines linear. A window cut
  // inside a long line starts at its first sentence's end, so that a quote closed in it is not
  // read as one opened ("…al passaggio "Visto di regolarità contabile": … Allego la stampa").
  const lineStart = folded.lastIndexOf('\n', index) + 1;
  let from = Math.max(lineStart, index - 200);
  if (from > lineStart) {
    const stop = folded.slice(from, index).search(/[.!?]\s/);
    if (stop >= 0) from += stop + 2;
  }
  const line = folded.slice(from, index);
  let straight = 0;
  for (const ch of line) if (ch === '"') straight++;
  return (
    straight % 2 === 1 ||
    line.lastIndexOf('«') > line.lastIndexOf('»') ||
    line.lastIndexOf('“') > line.lastIndexOf('”')
  );
}

// "vi mando qui la schermata", "la ricevuta, che vi mando con questa mail": sent with this mail.
// The same words send the request itself ("vi invio con questa mail la richiesta di…"), so a
// file-like thing must be named in the same sentence.
const withThisMail = pattern`\b${sendVerbs} (?:qui|con (?:questa|la presente)(?: ${mailWords})?|insieme a questa (?:mail|e-mail|email))\b`;
const fileThings = [
  ...images,
  ...['pdf', 'xml', 'excel', 'ricevut[ae]', 'stamp[ae]', 'copi[ae]', 'videat[ae]', 'estratto'],
  ...['prospetto', 'tabulato', 'elenco', 'log', 'export', 'tracciato', 'documento'],
];
const fileThing = pattern`\b${fileThings}\b`;

// "PEC registrata senza il file allegato": what is said to be missing is not sent.
const withoutBefore = /\bsenza (?:(?:il|lo|la|i|gli|le) |l')?$/;
// "aprendo il file allegato dal registro compare un errore": a record's file opened in the
// software, not one sent with this mail.
const openedBefore =
  /\b(?:aprendo|apro|apriamo|aprire|visualizzando|visualizzo|scaricando|scarico) (?:(?:il|lo|la|i|gli|le) |l')?(?:file )?$/;
// "la PEC ha un file allegato .p7m", "contiene due allegati": what another document carries.
const carriedBefore =
  /\b(?:ha|hanno|aveva|avevano|contiene|contengono|conteneva)\s+(?:(?:un|una|il|la|i|le|due|tre|\d+)\s+)?$/;
// "la PEC dell'ASL con il file allegato del parere": the attachment another document came with
// (not "vi scrivo questa mail con il file allegato").
const carriers = ['pec', 'mail', 'e-mail', 'email', 'messaggio', 'nota', 'istanza', 'domanda'];
const carrierArticle = /(?:(?:la|una|della|dalla|nella|alla|le|il|del|un) |l')/;
const carriedWith = pattern`${carriers}(?: [^.;:!?\n]{1,40})? con (?:${articles} |un |una |due |tre |\d+ )?$`;
const carriedWithBefore = pattern`\b${carrierArticle}${carriedWith}`;
// A subject may open with the carrier, no article: "PEC protocollata con file allegato di 0 KB".
const carrierOpens = pattern`^\s*${carriedWith}`;
// "per errore ho allegato il file di un'altra determina": a slip made attaching a document in
// the software; nobody attaches to this very mail by mistake and says so.
const slipBefore =
  /\b(?:per errore|per sbaglio|erroneamente|inavvertitamente|per distrazione|per una svista),? (?:[a-z']+ ){0,2}$/;

/** The same slip told after the verb: "ho allegato per sbaglio il file PDF della 211". */
const slipAfter =
  /^,? (?:per errore|per sbaglio|erroneamente|inavvertitamente|per distrazione|per una svista)\b/;

// "come si allega la relata al verbale?", "dove allego il file?" (a how-to question) and "caricato
// come documento allegato" (a role in the software): nothing attached to this mail. "Come in
// allegato, …" announces one.
const howToBefore = /\b(?:come|dove|in che modo) $/;
const clauseOpeningCome = /(?:^|[\n.;:!?,(] ?)come $/;

// "i genitori possono chiedere la dieta allegando il certificato", "il contribuente ha presentato
// istanza allegando…": a gerund whose subject follows a procedure, not the writer attaching to
// this mail. Not across a comma ("il mandato non può essere firmato, allegando la schermata").
const procedureBefore =
  /\b(?:possono|puo|devono|deve|potranno|dovranno|presenta|presentano|presentare|ha presentato|hanno presentato)\b[^.,;:?!\n]*$/;
/** What the writer attaches for the helpdesk: "allegando lo screenshot". */
const forTheHelpdesk = pattern`^ (?:${articles} |l')?${images}\b`;

// "ma il file allegato resta senza il timbro": the state of a record's file in the software; a
// writer does not say that of the file they attach. "Risulta" may be said of it: "il file
// allegato risulta vuoto" shows the writer's sample of the empty export.
const recordStateAfter =
  /^ (?:resta|rimane|restano|rimangono) (?:ancora |sempre )?(?:senza|privo|priva|privi|prive|vuot|illeggibil|corrott|danneggiat)/;

/**
 * "lo allego io nella procedura", "la allego alla pratica": a document attached in the software,
 * said with its pronoun or "io" (not "Allego la schermata dell'errore in Cityware": for us).
 */
const attachPronounBefore = /\b(?:lo|la|li|le|l') ?$/;
const inTheSoftwareAfter =
  /^[^.;:!?\n]{0,40}?\b(?:nella procedura|in procedura|nel programma|nel gestionale|in cityware|nella pratica|nel fascicolo|alla pratica|al fascicolo)\b/;

/**
 * "Da Atti > Albo pretorio compilo i dati, allego il PDF … e alla conferma compare…": a step of a
 * procedure told in the software, between another step and what follows it.
 */
const stepBefore =
  /(?:\b(?:compilo|inserisco|seleziono|clicco|apro|carico|scelgo|indico)\b[^.;!?\n]{0,60},|\S >[ \t]*\S[^.;!?\n]{0,80}) $/;
const stepAfter =
  /^[^.;!?\n]{0,80}?\b(?:e|poi|ma) (?:alla conferma|al salvataggio|clicco|premo|salvo|confermo|quando)\b/;
/** "Gli argomenti: …, foto allegate, …": a topic in a list, not this mail's attachment. */
const topicListBefore =
  /\b(?:argomenti|temi|punti da vedere|programma della giornata)(?: (?:sono|previsti|da trattare))?:[^.!?\n]*$/;

/**
 * "quando allego…", "ogni volta che allego…", "quando in registrazione di un protocollo allego…":
 * an action in the software, told as the trigger.
 */
const whenIDo = /\b(?:quando|ogni volta che)(?: [^.;:!?,\n]{1,60})? (?:(?:ci|gli|le) )?$/;
/** Nothing but a greeting or punctuation before, in its clause: "Ciao Giulia,\necco…". */
const clauseStart =
  /(?:^|[.:;!?,(\n])[ \t]*(?:(?:ok|grazie|allora|intanto|ciao|buongiorno)[ ,]+)?$/;

/** The first mention of an attachment of this mail in the region. */
function attachmentMention(region: Region | null): Hit | null {
  if (!region) return null;
  for (const m of matchesIn(region, mentioned)) {
    const after = m.index + m[0].length;
    const next = region.folded.slice(after, after + 40);
    if (otherDocument.test(next) || attachedByApplicant.test(next) || recordStateAfter.test(next)) {
      continue;
    }
    if (withoutBefore.test(region.folded.slice(Math.max(0, m.index - 12), m.index))) continue;
    const before = region.folded.slice(Math.max(0, m.index - 30), m.index);
    if (openedBefore.test(before)) continue;
    // "Come in allegato, …" opens a clause; "non capisco come in allegato compaia…" asks how.
    if (
      howToBefore.test(before) &&
      !(m[0].startsWith('in allegato') && clauseOpeningCome.test(before))
    ) {
      continue;
    }
    if (slipBefore.test(region.folded.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    if (slipAfter.test(region.folded.slice(end, end + 30))) continue;
    // "l'errore compare solo quando allego la procura": attaching in the software.
    if (
      /^(?:ri)?alleg/.test(m[0]) &&
      whenIDo.test(region.folded.slice(Math.max(0, m.index - 80), m.index))
    ) {
      continue;
    }
    if (
      /^(?:ri)?alleg/.test(m[0]) &&
      (attachPronounBefore.test(before) || /^ io\b/.test(region.folded.slice(after, after + 4))) &&
      inTheSoftwareAfter.test(region.folded.slice(after, after + 60))
    ) {
      continue;
    }
    if (
      /^(?:ri)?allego/.test(m[0]) &&
      stepBefore.test(region.folded.slice(Math.max(0, m.index - 120), m.index)) &&
      stepAfter.test(region.folded.slice(after, after + 100)) &&
      // "…, allego lo screenshot dell'errore e quando clicco…": for the helpdesk all the same.
      !forTheHelpdesk.test(region.folded.slice(after, after + 30)) &&
      !/^ (?:la |una )?stampa\b/.test(region.folded.slice(after, after + 12))
    ) {
      continue;
    }
    if (
      !/^(?:ri)?alleg|^in allegato/.test(m[0]) &&
      topicListBefore.test(region.folded.slice(Math.max(0, m.index - 200), m.index))
    ) {
      continue;
    }
    // "ecco lo screenshot" opens its clause; "clicco su Conferma ed ecco la schermata bianca"
    // tells what happened.
    if (m[0].startsWith('ecco') && !clauseStart.test(before)) continue;
    if (carriedBefore.test(region.folded.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (carriedWithBefore.test(region.folded.slice(Math.max(0, m.index - 70), m.index))) continue;
    if (m.index <= 70 && carrierOpens.test(region.folded.slice(0, m.index))) continue;
    if (insideQuotes(region.folded, m.index)) continue;
    if (
      sendsYouFirst.test(m[0]) &&
      laterBefore.test(region.folded.slice(Math.max(0, m.index - 60), m.index))
    ) {
      continue;
    }
    // "ho pubblicato l'ordinanza allegando per errore il file di un'altra": a slip in the
    // software, nothing attached to this mail.
    if (
      m[0] === 'allegando' &&
      /^ (?:per errore|per sbaglio|erroneamente|inavvertitamente)\b/.test(
        region.folded.slice(m.index + m[0].length, m.index + m[0].length + 20),
      )
    ) {
      continue;
    }
    if (
      m[0] === 'allegando' &&
      procedureBefore.test(region.folded.slice(Math.max(0, m.index - 120), m.index)) &&
      !forTheHelpdesk.test(region.folded.slice(m.index + m[0].length, m.index + m[0].length + 30))
    ) {
      continue;
    }
    return hitAt(region, m.index, m[0].length);
  }
  return null;
}

function ownAttachmentMention(region: Region): Hit | null {
  const hit = attachmentMention(region);
  if (hit) return hit;
  for (const m of matchesIn(region, withThisMail)) {
    if (insideQuotes(region.folded, m.index)) continue;
    const sentence = sentenceAround(region.folded, m.index, m.index + m[0].length, 120);
    if (fileThing.test(sentence)) return hitAt(region, m.index, m[0].length);
  }
  return null;
}

export const attachmentMentionedMissing = defineRule({
  id: 'attachment-mentioned-missing',
  severity: 'warning',
  summary: 'The text says something is attached and the message has no attachment.',
  messages: {
    it: { default: 'Il testo cita un allegato («{excerpt}») ma il messaggio non ha allegati.' },
    en: { default: 'The text mentions an attachment ("{excerpt}") but the message has none.' },
  },
  check(ctx) {
    if (ctx.hasMaterial) return [];
    // "Vi mando con\nquesta mail la stampa": lines the mail client wrapped read as one.
    const hit = ownAttachmentMention({ ...ctx.own, folded: unwrapLinesInPlace(ctx.own.folded) });
    if (hit) return [quoting('default', bodyWhere(hit))];
    const inSubject = attachmentMention(ctx.subject);
    if (inSubject) return [quoting('default', subjectWhere(inSubject))];
    return [];
  },
});
