// Where the quoted reply or forwarded message starts: reply headers of Italian and English
// clients ("Il giorno … ha scritto:", "On … wrote:"), Outlook header blocks, "-----Messaggio
// originale-----" separators, forwarded-message markers and "> " quoted lines.
import { pattern } from './word-list';
import { fold } from './fold';
import { colouredAnswerCuts } from './coloured-answers';
import type { ColouredRun } from './coloured-runs';
import { type Line, lineHead } from './lines';
import { containsKnownName, lineHasPersonName, titleAlternation } from './person-name';

const separatorWords = [
  'messaggio originale',
  'original message',
  'messaggio inoltrato',
  'forwarded message',
  'inizio messaggio inoltrato',
  'begin forwarded message',
  'email originale',
  'mail originale',
];

const separator = pattern`^[-_=* ]{0,20}${separatorWords}[-_=* :]{0,20}$`;

/** True when a folded line is a "----- Messaggio originale -----" separator. */
export function isSeparatorLine(foldedHead: string): boolean {
  return separator.test(foldedHead);
}
const wroteEnd = /(?:ha scritto|hanno scritto|wrote)\s*:\s*$/;
const replyHeaderStart = /^(?:il|on|in data|el|le|am)\b/;
const headerFrom = /^[*>\s]{0,3}(?:da|from|mittente)\s*:\s*(?:\*\s*)?\S/;
const headerDate = /^[*>\s]{0,3}(?:inviato|data|sent|date|inviato il)\s*:/;
const headerSubject = /^[*>\s]{0,3}(?:oggetto|subject)\s*:/;
const headerTo = /^[*>\s]{0,3}(?:a|to|cc|destinatario|destinatari)\s*:/;
const ruler = /^[_\-=]{5,}\s*$/;

/** Each line's head, folded: what the quote searches read (computed once per body). */
export function quoteHeads(lines: Line[]): string[] {
  return lines.map((l) => fold(lineHead(l)));
}

/** Index in `lines` of the first line of the quoted part, or -1 when there is none. */
export function findQuoteStartLine(lines: Line[], heads = quoteHeads(lines)): number {
  // The last line of the user's own writing: a "> " line after it is quoted to the end.
  let lastOwn = heads.length - 1;
  while (lastOwn >= 0 && (heads[lastOwn] === '' || heads[lastOwn]!.startsWith('>'))) lastOwn--;
  for (let i = 0; i < lines.length; i++) {
    const h = heads[i]!;
    if (h === '') continue;
    if (separator.test(h)) return withRuler(heads, i);
    if (h.startsWith('>') && quoteSupported(heads, i, lastOwn)) return i;
    if (wroteEnd.test(h)) {
      // The header may wrap: "Il giorno mar 12 mar 2025 alle ore 10:15 Mario Rossi <m@x.it>"
      // on one line and "ha scritto:" on the next.
      for (let k = i; k >= Math.max(0, i - 2); k--) {
        if (replyHeaderStart.test(heads[k]!) && clientHeader(heads, k, i)) return k;
      }
      if (h.includes('@') || (h.length < 120 && clientHeader(heads, i, i))) return i;
    }
    if (isHeaderBlock(heads, i)) return withRuler(heads, i);
  }
  return -1;
}

/**
 * An Outlook header block: "Da:" with two of "Inviato:", "Oggetto:", "A:" in the lines under it,
 * or with "Oggetto:" right under a "Da:" that gives an address (a client that writes only those
 * two; "Da: lunedì…" in the user's own words is no sender).
 */
function isHeaderBlock(heads: string[], i: number): boolean {
  if (!headerFrom.test(heads[i]!)) return false;
  let date = false;
  let subject = false;
  let to = false;
  for (let k = i + 1; k < Math.min(heads.length, i + 8); k++) {
    const n = heads[k]!;
    if (headerDate.test(n)) date = true;
    else if (headerSubject.test(n)) subject = true;
    else if (headerTo.test(n)) to = true;
  }
  return (
    (date && subject) ||
    (date && to) ||
    (to && subject) ||
    (heads[i]!.includes('@') && i + 1 < heads.length && headerSubject.test(heads[i + 1]!))
  );
}

/**
 * The first "> " line of a quote that starts at `quoteLine`: that line, or the one under the
 * client's header ("Il … ha scritto:", which may wrap over two lines); -1 when no "> " block
 * follows the header.
 */
function firstQuotedLine(heads: string[], quoteLine: number): number {
  let i = quoteLine;
  if (heads[i]!.startsWith('>')) return i;
  // "-----Messaggio originale-----" or an Outlook header block ("Da: / Inviato: / Oggetto:"), then
  // the "> " lines.
  if (separator.test(heads[i]!) || isHeaderBlock(heads, i)) {
    if (separator.test(heads[i]!)) i++;
    while (i < heads.length && i <= quoteLine + 8 && !heads[i]!.startsWith('>')) {
      const h = heads[i]!;
      if (
        h !== '' &&
        !headerFrom.test(h) &&
        !headerDate.test(h) &&
        !headerSubject.test(h) &&
        !headerTo.test(h)
      ) {
        return -1;
      }
      i++;
    }
    return i < heads.length && heads[i]!.startsWith('>') ? i : -1;
  }
  while (i < heads.length && i <= quoteLine + 2 && !wroteEnd.test(heads[i]!)) i++;
  if (i >= heads.length || i > quoteLine + 2) return -1;
  i++;
  while (i < heads.length && heads[i] === '') i++;
  return i < heads.length && heads[i]!.startsWith('>') ? i : -1;
}

/**
 * A "> " line starts the quoted reply only when something says it is one: the line above ends
 * like a reply header ("… ha scritto:"), or nothing but quoted lines follows to the end. A line
 * pasted with ">" in the middle of the user's own text (an error message copied from a mail) is
 * the user's text.
 */
function quoteSupported(heads: string[], i: number, lastOwn: number): boolean {
  if (i > lastOwn) return true;
  let above = i - 1;
  while (above >= 0 && heads[above] === '') above--;
  return above >= 0 && wroteEnd.test(heads[above]!);
}

/**
 * A mail client's reply header carries a date or time or an address; "Il contribuente ha
 * scritto:" introducing a citizen's words in the user's own text has neither.
 */
function clientHeader(heads: string[], from: number, to: number): boolean {
  return /\d|@/.test(heads.slice(from, to + 1).join(' '));
}

/** Includes a "______" ruler line (Outlook) just above the quote header. */
function withRuler(heads: string[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    if (heads[k] === '') continue;
    return ruler.test(heads[k]!) ? k : i;
  }
  return i;
}

/**
 * A bottom-posted reply: the mail opens with the quoted message ("Il 12/11 … ha scritto:" and its
 * "> " lines) and the user writes below it. `heads` are the body's lines as quoteHeads reads them.
 * Returns the index of the user's first line under the quote, or -1 when the body is not shaped
 * so: text above the quote, a quote that is not a "> " block, nothing under it, or more "> " lines
 * further down (answers interleaved with the quote, where the first block is not all of the quote).
 */
export function findOwnBelowQuote(heads: string[], quoteLine: number): number {
  for (let k = 0; k < quoteLine; k++) if (heads[k] !== '') return -1;
  let i = firstQuotedLine(heads, quoteLine);
  if (i < 0) return -1;
  while (i < heads.length && (heads[i] === '' || heads[i]!.startsWith('>'))) i++;
  if (i >= heads.length) return -1;
  for (let k = i; k < heads.length; k++) if (heads[k]!.startsWith('>')) return -1;
  return i;
}

/**
 * Lines of the user's under a "> " quote that starts at `quoteLine`: answers written between the
 * quote's lines ("rispondo sotto alle vostre domande", then "> 1) numero dei mandati" and the
 * answer under it), or a signature the client put under the quote. Returns the quote's own
 * lines (the header, the "> " lines and a line wrapped out of one, with no blank line between)
 * and how many of the user's paragraphs answer a question just above them ("> …?"), or null when
 * no line of the user's follows the quote, or a forward or an older reply does (a "Messaggio
 * inoltrato" ruler, a header).
 */
export function quoteLinesAmongOwn(
  heads: string[],
  quoteLine: number,
): { quoted: number[]; answers: number; asked: Map<number, string> } | null {
  const first = firstQuotedLine(heads, quoteLine);
  if (first < 0) return null;
  const quoted: number[] = [];
  for (let k = quoteLine; k < first; k++) quoted.push(k);
  let wrapsOn = false;
  let userLines = 0;
  let answers = 0;
  const answered = new Map<number, string>();
  // The last line read that was not blank: a quoted question, a quoted line, the user's.
  let previous: 'question' | 'quoted' | 'own' = 'quoted';
  let asked = '';
  let formOpen = false;
  for (let k = first; k < heads.length; k++) {
    const h = heads[k]!;
    if (h === '') {
      wrapsOn = false;
      continue;
    }
    // A quoted line, or one the client wrapped out of a long one with no end of sentence ("> …
    // abbiamo corretto anche per il Comune di" / "Riccione, che…"); not an answer typed under a
    // question ("> 3) Un recapito?" / "0541 123456").
    if (h.startsWith('>') || wrapsOn) {
      quoted.push(k);
      const bare = h.replace(/^[>\s]+/, '');
      // An item of a list the operator asked to fill ("> ci servono:" / "> - il numero di
      // pratica") is a question too, and the line under it its answer, not its wrapped end.
      if (formRequest.test(bare) && !operatorGives.test(bare)) formOpen = true;
      const item = formOpen && listItem.test(bare);
      // A form's item is answered on the line under it, unless it breaks off on a word that
      // goes on ("… ci chiami lei al centralino allo" / "0733 283 000 …").
      wrapsOn =
        h.startsWith('>') && h.length >= 50 && !/[.?!:;]$/.test(h) && (!item || brokenOff.test(h));
      previous = h.endsWith('?') || item ? 'question' : 'quoted';
      asked = h;
      continue;
    }
    if (separator.test(h) || wroteEnd.test(h) || isHeaderBlock(heads, k)) return null;
    if (previous === 'question') {
      answers++;
      answered.set(k, asked.replace(/^[>\s]+/, ''));
    }
    previous = 'own';
    userLines++;
  }
  return userLines > 0 ? { quoted, answers, asked: answered } : null;
}

/**
 * The operator asking when to call ("Quando possiamo chiamarla?", "Orario di reperibilità:", "Un
 * recapito e un orario?"): the answer under it is the writer's time to be called back.
 */
export const callTimeQuestion = new RegExp(
  '\\b(?:quando (?:possiamo|potremmo|posso|possono|puo) (?:chiamar|contattar|sentir|richiamar|telefonar|collegar)|' +
    // "Orario di reperibilità:", "Orari:", "un recapito e un orario?" (not "a che orario si è
    // verificato il blocco?": a time of the problem).
    '^[>\\s]*orari[oa]?\\b(?! (?:del|in cui (?:si|e|ha)))|(?:un|e) orario\\?|' +
    'orari[oa]? (?:di|per il|in cui (?:possiamo|puo|e reperibile|siete|la troviamo))|in che orari[oa]?|giorni e orari|' +
    'fascia oraria|fasce orarie|reperibilita|disponibilita per|giorno e ora|' +
    'quando (?:e|sara|la troviamo) (?:reperibile|disponibile|raggiungibile|in ufficio)|' +
    // "- quando la troviamo --> nel pomeriggio".
    'quando la (?:troviamo|possiamo trovare|si trova)\\b)',
);
/**
 * The operator asking who writes ("Nome e cognome:", "Referente:", "Nominativo del richiedente:"):
 * the answer under it names the writer.
 */
export const writerNameQuestion =
  /\b(?:nome e cognome|cognome e nome|nominativo|referente|richiedente|chi scrive|il suo nome|operatore che ha (?:riscontrato|rilevato|segnalato))\b/;

/** "dopo ogni vostra domanda", "accanto alle domande", "dopo i vostri punti interrogativi". */
const besideEach =
  '(?:dopo|accanto|vicino)(?: a)? ?(?:ogni|ciascuna?|la|le|i|il|al|alla|alle|ai) (?:vostr[aeio] |tu[aeio] |su[aeio] )?' +
  '(?:domand|punt|quesit|letter|numer|frecc)';
/** A line broken off on a word that goes on: a preposition, an article, a conjunction. */
const brokenOff =
  /\b(?:allo|al|alla|ai|agli|di|del|della|dei|[aeo]|con|per|il|la|lo|le|gli|un|una|che|da|in|su)$/;
/** Where answers are said to be: "sotto", "in rosso", "dopo ogni vostra domanda", "accanto alle domande". */
const answersWhere =
  '(?:sotto|di seguito|nel testo|in linea|tra le righe|(?:sulle|nelle) stesse righe|in mezzo|' +
  // Not "all'interno 214", "all'interno n° 214": an extension.
  'all.interno(?! ?(?:(?:n|nr)\\.? ?|n° ?|numero |telefonico |: ?)?[(#]?\\d)|' +
  'nei (?:vostri )?campi|negli spazi|con (?:le )?frecc|tra (?:le )?parentesi|come (?:chiedevate|richiesto|chiesto)|' +
  'dopo i due punti|' +
  // "risposte dopo \"R.\" nelle vostre righe", "ho risposto dopo ogni \"R:\"", "dopo il trattino".
  '(?:nelle|sulle|tra le) (?:vostre|tue|sue) righe|dopo (?:ogni |il |i |la |le )?(?:["\'\u201c]r[.:]?["\'\u201d]|trattin)|' +
  '(?:dentro (?:al |alla |il |la )?|nel(?:la)? )(?:vostr[oa]|tu[oa]|su[oa]) (?:messaggio|testo|mail|e-?mail)|' +
  '(?:punto|lettera|riga|domanda) per (?:punto|lettera|riga|domanda)|' +
  'in (?:rosso|blu|verde|grassetto|maiuscolo|colore)|alle (?:vostre|tue|sue) domande|' +
  'quelle (?:con|in|scritte|precedute)|intercalat[ei]|' +
  `${besideEach})`;
/** Under each request: "sotto ogni voce", "sotto le vostre richieste". */
const underEach =
  'sotto,? (?:ogni|ciascun|a ogni|le vostre|alle vostre|le domande|le richieste|dopo)';
/**
 * "Rispondo sotto", "vi rispondo direttamente sotto le vostre domande", "vedi risposte in blu", "le
 * risposte sono dopo le vostre domande", "di seguito le risposte", "ecco i dati richiesti, li
 * trovate sotto ogni punto", "ho inserito i dati nel vostro messaggio qui sotto". Not "nessuna
 * risposta, vedi sotto" (one answer awaited, not given), "non abbiamo ancora avuto risposte, vi
 * riporto di seguito il problema", "come scritto qui sotto" or "i mandati indicati qui sotto"
 * (the text below is pointed at, it answers nothing).
 */
const answersBelow = new RegExp(
  `(?:\\b(?:rispondo|rispondiamo|risposto|(?:le|mie|nostre|altre) risposte|(?:i|miei|nostri) riscontri)|(?:^|[,:;] ?)risposte)\\b.{1,40}\\b${answersWhere}|` +
    '\\b(?:vedi|vedete|trovi|trovate|leggete|ecco|di seguito)\\b.{1,25}\\b(?:(?:le )?(?:mie |nostre |altre )?risposte|' +
    'i dati richiesti|i dati che (?:mi|ci) (?:avete|hai) (?:chiesto|richiesto))\\b|' +
    // "ecco le informazioni per l'installazione", "ecco i dati", "ecco quanto richiesto".
    // Only as a whole sentence: "ecco i dati: contribuente cod. 004512…" gives them right there.
    '\\becco (?:le informazioni|i dati|le precisazioni|le risposte|quanto (?:ri)?chiesto)\\b[^:]{0,40}$|' +
    // "Buongiorno, vedi sotto.", "completo sotto": the whole line (not "nessuna risposta, vedi sotto").
    '^(?:[a-z]+[,!]? )?(?:vedi|vedete|guarda|guardate) (?:pure |qui )?sotto[.!]*$|' +
    `\\b(?:completo|compilo|integro)\\b.{1,20}\\b${answersWhere}|` +
    // "ti ho scritto tra le righe" (not "come ho scritto sotto": the text below pointed at).
    '\\b(?:ho|abbiamo) scritto\\b.{1,20}\\b(?:tra le righe|tra (?:le )?parentesi|in linea|nel (?:vostro |tuo |suo )?testo|' +
    'in (?:rosso|blu|verde|grassetto|maiuscolo|colore)|accanto|dopo (?:ogni|le|i))|' +
    // "li trovate sotto ogni punto", "il resto lo trovate sotto, dopo le vostre domande".
    `\\b(?:li|le|lo) trov(?:ate|i) (?:qui )?(?:${underEach}|${besideEach}|dopo i due punti)|` +
    // "ho compilato sotto quello che ci chiedete", "ho inserito i dati nel vostro messaggio qui
    // sotto", "ecco i dati, scritti sotto le vostre richieste".
    '\\bho compilato (?:qui )?sotto\\b|' +
    // "ho completato quelli mancanti (dopo =>)": the arrow the answers follow.
    '\\b(?:completat|compilat|aggiunt|inserit|scritt)[oaie]\\b[^.]{0,40}\\(?dopo (?:=>|-{1,2}>)|' +
    // A checklist ticked: "ho spuntato la vostra lista", "ho segnato con la X", "la seconda data,
    // indicata con la X qui sotto".
    // Not "ho spuntato il flag": a setting of the software.
    '\\b(?:ho|abbiamo) (?:spuntato|barrato|crocettato|flaggato)(?: con| (?:qui )?sotto| (?:la|le|i|gli) (?:vostr[aei] )?' +
    '(?:lista|elenco|voci|caselle|risposte|argomenti|punti|opzioni|date))\\b|' +
    '\\b(?:indicat|segnat|mess|spuntat)[oaie] con (?:la |una |le )?(?:x|crocett[ae]|spunt[ae])\\b|' +
    '\\b(?:ho|abbiamo) messo (?:la|una|le) (?:x|crocett[ae])\\b|\\brisposte con la x\\b|' +
    // "Compilato il resto sotto.", "completato tutto qui sotto".
    '\\b(?:compilat|completat|riempit)[oaie] (?:(?:il resto|tutto|i campi|le voci) )?(?:qui )?sotto\\b|' +
    // "ho corretto sotto" (a summary of the operator's, corrected on its lines).
    '\\b(?:ho corretto|correggo)\\b.{1,20}\\b(?:sotto|di seguito|nel testo|tra le righe)\\b|' +
    // "ho completato le voci qui sotto" (not "i mandati indicati qui sotto").
    '\\b(?:ho|abbiamo) (?:completato|compilato|riempito) (?:le voci|i campi|le domande|i punti|il modulo|il questionario|le parentesi|gli spazi)\\b|' +
    '\\b(?:i dati|le risposte|le informazioni)\\b.{1,40}\\bqui sotto\\b|' +
    // "Sotto i dati.", "qui sotto le risposte" (not "sotto i dati del contribuente").
    '\\b(?:qui )?sotto (?:trovate |trovi )?(?:i dati|le risposte|le informazioni)[.!]?\\s*$|' +
    `\\b(?:compilat|scritt|mess|inserit|indicat|riportat)[a-z]*\\b.{1,40}\\b(?:${underEach}|${besideEach})`,
);

/** A folded text says the answers are written inside the quote ("rispondo sotto"). */
export function announcesAnswers(folded: string): boolean {
  // "ecco i dati:", "integro come richiesto:": the answers follow in the text itself.
  return answersBelow.test(folded) && !/:\s*$/.test(folded);
}

/**
 * Whether answers are looked for inside an unmarked quote: the text above announces them, or
 * says nothing but a greeting and a signature (then two answers at least), or neither (then only
 * the fields of a form the operator asked to fill, two filled at least: `form`).
 */
export type AnswerSearch = 'announced' | 'unannounced' | 'form' | 'none';

/**
 * The operator's request that opens a form to fill: a line ending with ":" that asks ("le
 * chiediamo di indicarci:", "ci servono alcune informazioni:", "per inquadrare il problema:").
 */
const formRequest = new RegExp(
  '\\b(?:chiediamo|chiedo|richiediamo|(?:ci )?serv(?:e|ono|irebbe|irebbero)|(?:ci )?occorr(?:e|ono|erebbe|erebbero)|' +
    'necessitiamo|seguenti dati|seguenti informazioni|dati seguenti|scriva|scrivete|completare|completi|' +
    'abbiamo bisogno|indicarci|indicando|specificando|(?:ci )?indichi|indicate|comunicarci|(?:ci )?comunichi|fornirci|' +
    '(?:ci )?fornisca|inviarci|compilare|compili|inquadrare|rispondere|risponda|informazioni richieste|dati richiesti)\\b[^:]*:$',
);
/**
 * The operator giving its own data, not asking for the user's: "le chiediamo di contattarci ai
 * seguenti recapiti:", "…di confermare i dati della segnalazione:", "…di procedere come segue:".
 */
const operatorGives = new RegExp(
  '\\b(?:contattar|recapiti|confermar|procedere (?:come|cosi|secondo|in questo modo)|come segue|seguire|' +
    'eseguire|passaggi|riepilog|riportiamo|indichiamo|' +
    // The acknowledgement echoing what it registered: "È stato aperto il ticket n. 58662 con i
    // seguenti dati:", "Abbiamo ricevuto la sua richiesta con le seguenti informazioni:".
    '(?:ticket|richiesta|segnalazione|ricevut[oa]|registrat[oa]|pres[oa] in carico)\\b[^:]{1,60}' +
    '\\bcon (?:i|le) (?:seguenti )?(?:dati|informazioni)(?: seguenti)?\\s*:$|' +
    // "Le chiediamo di verificare i seguenti dati prima della chiamata:", "… di controllare i dati
    // seguenti:", "Per richiamarla useremo i seguenti dati, ci segnali se sono cambiati:".
    '(?:verificare|controllare|useremo|utilizzeremo) (?:i|questi) (?:seguenti )?dati)',
);
/**
 * Fields about the ticket itself ("Numero ticket: 52190", "Modulo: Tributi") and the helpdesk's own
 * contacts ("Per comunicazioni urgenti: 0733 …"): the operator's.
 */
const ticketField = new RegExp(
  '^[>\\s]*(?:n(?:umero|r|\\.)? ?(?:del )?ticket|ticket|modulo|stato(?: del ticket)?|data (?:di )?apertura|operatore|' +
    'per (?:comunicazioni|casi|richieste) urgenti|per (?:le )?urgenze|urgenze|centralino|numero verde|' +
    'orari (?:del servizio|dell.assistenza|di apertura))\\s*(?::|[-\\u2013] )',
);
/**
 * A form's field: a short label, or a question, then its colon ("Numero pratica:", "…di
 * recente?:"), a question ("Il cartellino risulta chiuso?"), or a label and an arrow ("Delibera »").
 */
const formField =
  /^[^:]{2,80}:(?:\s|$)|\?(?:\s|$)|[ \t](?:»|\u2192|=>?)[ \t]|^[^[\]]{2,60}\[[^\]]*\]\s*$/;

/** A short label, a spaced dash, a value: "Telefono - 0421 590 377". */
const dashField = /^[^-\u2013:?]{2,40}[ \t][-\u2013][ \t]+\S/;

/** The user's text above a quote announces answers written inside it. */
export function announcesAnswersBelow(heads: string[], quoteLine: number): boolean {
  return heads.slice(0, quoteLine).some(announcesAnswers);
}

const answerMark = /^(?:risposta|risp\.?|r)\s*[:.-]|^(?:=>|->|-->)|^\[[a-z]{1,4}\]/;
const delimiterLine = /^--\s*$/;
/** The operator asking or offering more, in the quoted mail: no answer of the user's. */
const operatorSpeech = new RegExp(
  '\\b(?:ci (?:mandi|invii|indichi|faccia|comunichi|dica|alleghi|trasmetta|mandate|inviate|indicate)|' +
    'puo (?:chiamarci|contattarci|inviarci|mandarci|scriverci)|chiamarci|contattarci|se possibile|' +
    'in alternativa|la preghiamo|la invitiamo|(?:le|vi) ricordiamo|restiamo|rimaniamo|resto in attesa|in attesa)\\b',
);
const listItem = /^(?:[-•*]|\d{1,2}[.)]|[a-h]\))\s/;
/** The operator's words after a question: an example, a condition, a reason ("Se sì, …", "(es. …)"). */
const operatorAfterQuestion = new RegExp(
  '^(?:\\(|se\\b|in caso|es\\b|ad esempio|ci serv|ci occorr|serv[eo]n?o?\\b|' +
    // A condition on the answer: "…firmato? In tal caso la segnatura va sulla copia".
    'in (?:tal|questo|quel) caso|nel caso|altrimenti|qualora|diversamente|' +
    'per (?:potere? )?(?:verific|capir|proced|analizz|control)|grazie|specifica|indica|' +
    // The operator sending or pointing: "Le allego la procedura", "In allegato trova…", "Di solito…"
    // (not the user's "vi allego il piano").
    'le alleg|in allegato (?:trova|le)|trova in allegato|di solito|a noi risult|possiamo|potete|puo\\b)',
);

/** A checklist's box at a line's start: "[x] ", "( ) ", "☑ ", "- [ ] ". */
const checkBox =
  /^\s*(?:[-•*]\s*)?(?:\[(?: ?([xv\u2713\u2714]) ?| ?)\]|\((?: ?([xv\u2713\u2714]) ?| ?)\)|([\u2610\u2611\u2612]))\s*/i;
/** A box ticked among the options of a line: "( ) errore  (X) lentezza  ( ) blocco". */
const tickedOption = /[[(] ?[x\u2713\u2714] ?[\])]/i;
const emptyOption = /[[(] ?[\])]/;

/**
 * Where the user's part of a checklist's line starts, or -1: a note after a spaced dash or an
 * arrow ("[ ] recapito - 0884 706 233, mattina"), else the ticked box itself ("[x] configurazione
 * profili orari", "(X) lentezza"). Read only where the text above announces answers: the
 * operator's own list of what it did is ticked too.
 */
function checklistAnswer(text: string): number {
  const box = checkBox.exec(text);
  if (box) {
    const after = box[0].length;
    const note = /[ \t](?:-{1,2}>?|\u2013|=>|\u2192)[ \t]+(?=\S)/.exec(text.slice(after));
    if (note) return after + note.index + note[0].length;
    const mark = box[1] ?? box[2] ?? box[3] ?? '';
    return mark !== '' && mark !== '\u2610' ? box[0].search(/\S/) : -1;
  }
  const ticked = tickedOption.exec(text);
  return ticked && emptyOption.test(text) ? ticked.index : -1;
}

/**
 * Where an answer typed on the question's own line starts ("Da quando? Da giovedì 9 gennaio"), as
 * an offset in `text`, or -1: the words after the question are not another question, nor the
 * operator's close, request, example or reason.
 */
function answerOnQuestionLine(text: string): number {
  // "Numero della pratica CIE: 2026/0388": a short request, its colon, the value typed after it.
  // "d) orario in cui possiamo chiamarla -> dopo le 10": an arrow points at it.
  // An arrow first: "Telefono: 045 678 1234 -> no, chiamatemi sul cellulare" corrects the value.
  const m =
    /[ \t](?:-{1,2}>|=>|\u2192)[ \t]*(?=\S)/.exec(text) ??
    /\?:?[ \t]+(?=\S)/.exec(text) ??
    /^[^:?]{3,60}:[ \t]+(?=\S)/.exec(text) ??
    // A list item of the operator's, long, then its colon: "- un recapito telefonico diretto e una
    // fascia oraria in cui possiamo contattarla: 0444 720 318, DALLE 9 ALLE 12:30".
    /^\s*(?:[-•*]|\d{1,2}[.)])[ \t][^:?]{3,100}:[ \t]+(?=\S)/.exec(text) ??
    /[ \t][=»][ \t]*(?=\S)/.exec(text) ??
    // "Ente [Comune di Lozzo Euganeo]": the operator's brackets, filled.
    /^[^[\]]{2,60}(?=\[[^\]]+\]\s*$)/.exec(text) ??
    // "Referente - Elena Bincoletto": a short label, a spaced dash, the value (a form's field,
    // announced).
    /^[^-\u2013:?]{2,40}[ \t][-\u2013][ \t]+(?=\S)/.exec(text);
  if (!m) return -1;
  const at = m.index + m[0].length;
  const rest = fold(text.slice(at)).trim();
  if (
    !/[a-z0-9]/.test(rest) ||
    rest.endsWith('?') ||
    closing.test(rest) ||
    operatorSpeech.test(rest) ||
    operatorAfterQuestion.test(rest)
  ) {
    return -1;
  }
  return at;
}
/** The quoted mail's own close: "Cordiali saluti", "Grazie", "In attesa di riscontro". */
const closing =
  /^(?:cordiali|distinti|saluti|grazie|buona giornata|buon lavoro|in attesa|assistenza|servizio assistenza|supporto)\b|palitalsoft/;

/** Titles and ranks before a name: person-name's, and ranks written out or without their dot. */
const rankOrTitle = new RegExp(
  `^(?:(?:${titleAlternation}|agente|ispettore|dottssa|sigra|ass|ag|sovr|sc)\\.? +)+`,
);

/** A line that opens with the writer's name, either way round ("Elisa Marchetti", "MARCHETTI Elisa"). */
function opensWithName(head: string, knownName: string): boolean {
  // The display name may carry the title too ("Dott.ssa Immacolata Guerriero").
  const words = fold(knownName)
    .trim()
    .replace(rankOrTitle, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return false;
  // A rank or title before the name: "Ass. Marco Tognarini", "Dott.ssa Anna Neri".
  const named = head.replace(rankOrTitle, '');
  const line = named.split(/\s+/).slice(0, words.length).sort().join(' ');
  return line === [...words].sort().join(' ');
}

/**
 * The quoted mail closes with someone else's sign-off: among its last lines, another person's
 * name or the helpdesk's ("Luca Bernardi", "Assistenza Tributi - Palitalsoft").
 */
function closesWithOthersSignOff(
  lines: Line[],
  heads: string[],
  body: number,
  end: number,
  knownName: string,
): boolean {
  return someLastLine(heads, body, end, 4, (k) => {
    if (vendorSignOff.test(heads[k]!)) return true;
    const text = lines[k]!.text;
    return lineHasPersonName(text) && !containsKnownName(text, knownName);
  });
}

/** Whether `test` holds for one of the last `count` non-blank lines of heads[body..end). */
function someLastLine(
  heads: string[],
  body: number,
  end: number,
  count: number,
  test: (k: number) => boolean,
): boolean {
  let seen = 0;
  for (let k = end - 1; k >= body && seen < count; k--) {
    if (heads[k] === '') continue;
    seen++;
    if (test(k)) return true;
  }
  return false;
}
/** How many lines of the quoted mail are searched for answers. */
const maxAnswerSearchLines = 400;
/** How many coloured runs are matched against them (the search stays cheap on any mail). */
const maxColouredRuns = 200;
/** A helpdesk's address or name in the quoted mail's "Da:" line. */
const helpdeskFrom = /palitalsoft|assistenza|helpdesk|help desk|supporto|support\b|ticket/;

/** The quoted mail is the helpdesk's: its sender, or its last lines' sign-off. */
function fromHelpdesk(fromLine: string, heads: string[], body: number, end: number): boolean {
  return (
    helpdeskFrom.test(fromLine) ||
    someLastLine(heads, body, end, 4, (k) => vendorSignOff.test(heads[k]!))
  );
}

/** A short line that is a person's name ("Marta Cavallaro"), nothing more. */
function isNameLine(text: string): boolean {
  return !/\d/.test(text) && text.trim().split(/\s+/).length <= 4 && lineHasPersonName(text);
}

/** Lines from..to name an Ente and nothing of the helpdesk's. */
function signsForEnte(heads: string[], from: number, to: number): boolean {
  const block = heads.slice(from, to + 1).join('\n');
  return (
    /\b(?:comune|comuni|unione|provincia|citta|comunita) d/.test(block) &&
    !vendorSignOff.test(block)
  );
}
const vendorSignOff =
  /\b(?:assistenza|palitalsoft|helpdesk|help desk|servizio clienti|supporto tecnico)\b/;

/**
 * The answers typed in the helpdesk's quoted mail, lines `body` to `end` of `heads`: lines under
 * a question, a list item or a request ending with ":", answers after a question's "?" (when
 * announced) or in a field of the operator's form (`cuts`: where on its line the answer starts),
 * and for each answered line the question it answers (`asked`).
 */
function scanAnswers(
  lines: Line[],
  heads: string[],
  body: number,
  end: number,
  search: Exclude<AnswerSearch, 'none'>,
  // Lines a client wrapped out of a "> " line the user typed into: they go on with its value.
  wrapped: ReadonlySet<number> = new Set(),
): { own: number[]; cuts: Map<number, number>; asked: Map<number, string>; answers: number } {
  const own: number[] = [];
  const cuts = new Map<number, number>();
  // Each answered line: the question it answers.
  const answered = new Map<number, string>();
  let answers = 0;
  // Under a question ("…?") or an item of the operator's list ("1. il numero della pratica"),
  // a line that is neither is the user's answer. The operator's sign-off ends the questions;
  // a mail of hundreds of lines is no list of questions (and the search stays cheap).
  let underQuestion = false;
  let asked = '';
  // The line last answered after a cut, while the next lines may go on with its value.
  let lastCut = -1;
  // Inside a form the operator asked to fill ("le chiediamo di indicarci:" then "Numero
  // pratica:", "Recapito telefonico:"): a value after a field's colon is the user's.
  let inForm = false;
  const searchEnd = Math.min(end, body + maxAnswerSearchLines);
  for (let k = body; k < searchEnd; k++) {
    const h = heads[k]!;
    if (h === '') continue;
    if (closing.test(h)) break;
    const text = lines[k]!.text;
    // A value the client wrapped onto an indented line of its own ("Responsabile e recapito:
    // Cinzia Loiacono, Responsabile Servizio" / "  Finanziario, 080 371 6640, mattina").
    if (
      lastCut >= 0 &&
      (wrapped.has(k) || /^\s{2,}\S/.test(text)) &&
      !formField.test(text.trim())
    ) {
      own.push(k);
      continue;
    }
    // A field's value typed on the line under it ("Recapito telefonico:" / "085 856 3340") keeps
    // the form going.
    const underField = underQuestion && asked.endsWith(':');
    // Announced, a form's field may give its value after a spaced dash ("Referente - Elena …");
    // not a value typed under a field ("085 922 6140 - mattina 8-13").
    const field =
      formField.test(text) || (search === 'announced' && !underQuestion && dashField.test(text));
    if (formRequest.test(h) && !operatorGives.test(h)) inForm = true;
    else if (inForm && !field && !underField) inForm = false;
    // "Da quando? Da giovedì": answered on the question's own line, when the text above says
    // answers are there (unannounced, the operator's own sentences run on after a "?"), or in
    // a form's field.
    const ticked = search === 'announced' ? checklistAnswer(text) : -1;
    // A box ticked at the line's very start: the whole line is the user's choice.
    if (ticked === 0) {
      own.push(k);
      answers++;
      underQuestion = false;
      lastCut = -1;
      continue;
    }
    const at =
      ticked >= 0
        ? ticked
        : (search === 'announced' && /[?:>=»\u2192]/.test(text)) ||
            (inForm && field) ||
            // Unannounced under a greeting and a signature: the items of the operator's list of
            // questions answered after their "?" or ":" ("- Su quali pratiche …? Tutti i permessi…",
            // "- Recapito e orario: 0577 …"), two at least.
            (search === 'unannounced' && listItem.test(h) && /[?:]/.test(text))
          ? ticketField.test(h)
            ? -1
            : answerOnQuestionLine(text)
          : -1;
    if (at > 0) {
      cuts.set(k, at);
      answers++;
      answered.set(k, fold(text.slice(0, at)));
      underQuestion = false;
      lastCut = k;
      continue;
    }
    lastCut = -1;
    // Outside a form, a text above that announces nothing looks for nothing else.
    if (search === 'form' && !inForm) continue;
    // An unticked box is one of the operator's options: no question, nothing under it answers.
    if (checkBox.test(text)) {
      underQuestion = false;
      continue;
    }
    const item = listItem.test(h);
    // A request the operator ends with a colon ("Numero della pratica in Cityware:").
    const label = h.endsWith(':');
    const answer: boolean =
      answerMark.test(h) ||
      (underQuestion &&
        !item &&
        !label &&
        !h.endsWith('?') &&
        !closing.test(h) &&
        !operatorSpeech.test(h) &&
        // The operator's name line (a name and no more: "il sig. Enrico Mantovani, nato nel
        // 1961" answers who); an answer typed in capitals is no name, nor one under a field that
        // asks for a person ("Nome e cognome del referente:").
        !(
          /[a-z\u00e0-\u00ff]/.test(text) &&
          isNameLine(text) &&
          !(underQuestion && writerNameQuestion.test(asked))
        ));
    if (answer) {
      own.push(k);
      answers++;
      if (underQuestion) answered.set(k, asked);
    }
    underQuestion = !answer && (h.endsWith('?') || item || label);
    if (underQuestion) asked = h;
  }
  return { own, cuts, asked: answered, answers };
}

/**
 * Answers typed in colour at the end of the operator's lines (`body` to `end`, up to its sign-off),
 * besides those `found` already: the offset where each starts.
 */
function colouredCuts(
  lines: Line[],
  heads: string[],
  body: number,
  end: number,
  colouredRuns: () => readonly ColouredRun[],
  found: { own: readonly number[]; cuts: ReadonlyMap<number, number> },
  search: Exclude<AnswerSearch, 'none'>,
): Map<number, number> {
  // Up to the operator's sign-off; a thanks opening its mail ("Grazie per la segnalazione.") is
  // no sign-off.
  let stop = body;
  while (stop < end && (heads[stop] === '' || closing.test(heads[stop]!)) && stop < body + 3)
    stop++;
  const stopMax = Math.min(end, body + maxAnswerSearchLines);
  while (stop < stopMax && !closing.test(heads[stop]!)) stop++;
  const own = new Set(found.own);
  const announced = search === 'announced';
  const cuts = colouredAnswerCuts(
    lines,
    body,
    stop,
    colouredRuns().slice(0, maxColouredRuns),
    (k) =>
      own.has(k) ||
      found.cuts.has(k) ||
      heads[k] === '' ||
      ticketField.test(heads[k]!) ||
      // Announced, the operator's "ci indichi …" is the question answered.
      (!announced && operatorSpeech.test(heads[k]!)),
  );
  const answers = new Map<number, number>();
  for (const [k, cut] of cuts) {
    // Unannounced, only where the operator asked: a table's answer cell, or a line that is a
    // question or an item of its list (not its menu paths, numbers or echoed data).
    const asked = fold(lines[k]!.text.slice(0, cut.at)).trim();
    if (announced || cut.run.inCell || /[?:]$/.test(asked) || listItem.test(asked)) {
      answers.set(k, cut.at);
    }
  }
  return answers;
}

/**
 * What a quoted mail holds of the user's: the quote's own lines (read as blanks), how many answers,
 * the lines answered after a cut (the offset where the answer starts) and, for each answered line,
 * the question it answers.
 */
export interface QuoteAnswers {
  quoted: number[];
  answers: number;
  cuts: Map<number, number>;
  asked: Map<number, string>;
}

/**
 * Answers typed into the "> " lines of the helpdesk's quoted mail ("> Recapito: +39 019 775
 * 1203", "> Quando possiamo chiamarla? pomeriggio"): the same reading as an unmarked quote's, on
 * the lines without their marks, when the text above announces them or, unannounced, two at
 * least. Returns the quote's other lines, the answered ones (`cuts`: offsets in the lines as
 * written, marks included), or null.
 */
export function markedQuoteAnswers(
  lines: Line[],
  heads: string[],
  quoteLine: number,
  answerSearch: () => AnswerSearch,
  // The runs of text the writer coloured, from the HTML body (asked only when needed).
  colouredRuns: () => readonly ColouredRun[] = () => [],
): QuoteAnswers | null {
  const first = firstQuotedLine(heads, quoteLine);
  if (first < 0) return null;
  // This mail's "> " lines; an older mail quoted in it (">> ") ends them.
  // A line without marks between two of them is one the client wrapped out of the line above
  // ("> Ente: Unione dei Comuni … lavoro" / "per tutti e due dalla stessa postazione").
  let end = first;
  const wrapped = new Set<number>();
  for (; end < heads.length && !heads[end]!.startsWith('>>'); end++) {
    if (heads[end]!.startsWith('>')) continue;
    if (heads[end] === '' || !heads[end + 1]?.startsWith('>') || !heads[end - 1]?.startsWith('>'))
      break;
    wrapped.add(end);
  }
  const marks = (k: number) => /^\s*>[ \t]?/.exec(lines[k]!.text)?.[0].length ?? 0;
  const bare = lines.map((l, k) =>
    k >= first && k < end ? { ...l, start: l.start + marks(k), text: l.text.slice(marks(k)) } : l,
  );
  const bareHeads = heads.map((h, k) => (k >= first && k < end ? h.replace(/^>[ \t]?/, '') : h));
  // The attribution line may be inside the marks too ("> Il giorno …, Assistenza … ha scritto:"):
  // the answers are looked for under it.
  const markedFrom = quoteLine === first && wroteEnd.test(bareHeads[first]!);
  const fromLine = quoteLine < first || markedFrom ? bareHeads[quoteLine]! : '';
  if (/inoltr|forward/.test(fromLine) || !fromHelpdesk(fromLine, bareHeads, first, end)) {
    return null;
  }
  // Unannounced, only a form's fields: the operator's own sentences under its questions are "> "
  // lines like the rest, no answers.
  const asked = answerSearch();
  if (asked === 'none') return null;
  const search = asked === 'unannounced' ? 'form' : asked;
  const from = markedFrom ? first + 1 : first;
  const found = scanAnswers(bare, bareHeads, from, end, search, wrapped);
  const coloured = colouredCuts(bare, bareHeads, from, end, colouredRuns, found, search);
  for (const [k, at] of coloured) {
    found.cuts.set(k, at);
    found.asked.set(k, fold(bare[k]!.text.slice(0, at)));
    found.answers++;
  }
  if (found.answers === 0 || (search !== 'announced' && found.answers < 2)) return null;
  const cuts = new Map<number, number>();
  for (const [k, at] of found.cuts) cuts.set(k, at + marks(k));
  const answered = new Set([...found.own, ...cuts.keys()]);
  const quoted: number[] = [];
  for (let k = quoteLine; k < heads.length; k++) {
    if (!answered.has(k) && heads[k] !== '') quoted.push(k);
  }
  return { quoted, answers: found.answers, cuts, asked: found.asked };
}

/**
 * The user's lines inside a quote that carries no "> " marks (Outlook's "Da: / Inviato: /
 * Oggetto:" block or "-----Messaggio originale-----", then the earlier mail as plain lines): the
 * signature a phone client put under the quote (a last paragraph opening with the writer's own
 * name, when the quoted mail is someone else's) and answers written under the quote's questions
 * ("Risposta: …", a line under one ending with "?" or ":", and, when announced, the words after
 * a question's "?" or a request's ":" on its own line), looked for as `answerSearch` says: asked
 * only once the quote is found to be the helpdesk's mail (not a forward), since replies of every
 * other shape need no answer; nothing typed above the quote and the writer's signature under it
 * count as announced. Returns the quote's other lines, to be read as blanks, the lines answered
 * on their own line (`cuts`: the offset where the answer starts; what comes before is read as
 * blanks) and how many answers were found, or null when no line of the user's is found or the
 * quote holds older messages too.
 */
export function unmarkedQuoteLines(
  lines: Line[],
  heads: string[],
  quoteLine: number,
  knownName: string | undefined,
  answerSearch: () => AnswerSearch,
  // The runs of text the writer coloured, from the HTML body (asked only when needed).
  colouredRuns: () => readonly ColouredRun[] = () => [],
): QuoteAnswers | null {
  if (firstQuotedLine(heads, quoteLine) >= 0) return null;
  let head = quoteLine;
  while (head <= quoteLine + 2 && head < heads.length) {
    if (separator.test(heads[head]!) || isHeaderBlock(heads, head)) break;
    head++;
  }
  if (head > quoteLine + 2 || head >= heads.length) return null;
  // A forward ("Messaggio inoltrato") is someone's mail passed on: nobody's questions answered.
  const forwarded = separator.test(heads[head]!) && /inoltr|forward/.test(heads[head]!);
  // The header's lines, then the quoted mail's body.
  let body = separator.test(heads[head]!) ? head + 1 : head;
  let fromLine = '';
  for (; body < heads.length; body++) {
    const h = heads[body]!;
    if (headerFrom.test(h)) fromLine = h;
    else if (h !== '' && !headerDate.test(h) && !headerSubject.test(h) && !headerTo.test(h)) break;
  }
  // The writer quoting a mail of their own: a name under it may be that mail's signature.
  if (knownName && containsKnownName(fromLine, knownName)) return null;
  // An older mail quoted under this one ends it: answers are looked for in this one only, and a
  // name at the very end belongs to the older mail.
  let end = heads.length;
  for (let k = body; k < heads.length; k++) {
    const h = heads[k]!;
    if (h.startsWith('>') || separator.test(h) || wroteEnd.test(h) || isHeaderBlock(heads, k)) {
      end = k;
      break;
    }
  }
  const nested = end < heads.length;
  const own = new Set<number>();
  // The last paragraph, opening with the writer's name (after a "--" delimiter or a closing
  // formula, if any), under a quoted mail that closes with someone else's sign-off: not a
  // notification listing the requester, nor the writer's own earlier mail quoted back.
  let last = heads.length - 1;
  while (last >= body && heads[last] === '') last--;
  let first = last;
  while (first > body && heads[first - 1] !== '') first--;
  // An HTML mail converted with a blank line under each of its lines: the signature's lines are
  // paragraphs of one line, so its block runs up to the name line among the last few short ones.
  if (first === last) {
    const isName = (k: number) =>
      knownName ? opensWithName(heads[k]!, knownName) : isNameLine(lines[k]!.text);
    let seen = 0;
    for (let k = last; k > body && seen < 6; k--) {
      const h = heads[k]!;
      if (h === '') {
        if (heads[k - 1] === '') break;
        continue;
      }
      if (h.length > 80 || vendorSignOff.test(h) || closing.test(h)) break;
      seen++;
      if (isName(k)) {
        first = k;
        break;
      }
    }
  }
  const shortBlock = heads.slice(first, last + 1).filter((h) => h !== '').length <= 7;
  let nameAt = delimiterLine.test(heads[first]!) ? first + 1 : first;
  if (nameAt < last && closing.test(heads[nameAt]!)) nameAt++;
  if (
    knownName &&
    !nested &&
    first > body &&
    shortBlock &&
    nameAt <= last &&
    opensWithName(heads[nameAt]!, knownName) &&
    closesWithOthersSignOff(lines, heads, body, first, knownName)
  ) {
    for (let k = first; k <= last; k++) own.add(k);
    end = first;
  }
  // With no name to go by (an office mailbox), the same paragraph when it names a person and an
  // Ente and the one above it is the helpdesk's sign-off; kept only if answers are found too.
  let unnamedSignature = false;
  if (
    !knownName &&
    !nested &&
    first > body &&
    shortBlock &&
    nameAt <= last &&
    isNameLine(lines[nameAt]!.text) &&
    signsForEnte(heads, nameAt, last) &&
    someLastLine(heads, body, first, 1, (k) => vendorSignOff.test(heads[k]!))
  ) {
    for (let k = first; k <= last; k++) own.add(k);
    end = first;
    unnamedSignature = true;
  }
  let answers = 0;
  // Lines answered after their question mark: the offset where the answer starts.
  const cuts = new Map<number, number>();
  // Each answered line: the question it answers.
  const asked = new Map<number, string>();
  // Answers are typed under the helpdesk's questions: not in a citizen's or a colleague's mail.
  // Nothing typed above the quote, and the writer's signature under it: the reply is inside.
  const nothingAbove = heads.slice(0, quoteLine).every((h) => h === '');
  const search =
    forwarded || !fromHelpdesk(fromLine, heads, body, end)
      ? 'none'
      : nothingAbove && own.size > 0
        ? 'announced'
        : answerSearch();
  if (search !== 'none') {
    const found = scanAnswers(lines, heads, body, end, search);
    for (const k of found.own) own.add(k);
    for (const [k, at] of found.cuts) cuts.set(k, at);
    for (const [k, q] of found.asked) asked.set(k, q);
    answers += found.answers;
    const coloured = colouredCuts(
      lines,
      heads,
      body,
      end,
      colouredRuns,
      { own: [...own], cuts },
      search,
    );
    for (const [k, at] of coloured) {
      cuts.set(k, at);
      asked.set(k, fold(lines[k]!.text.slice(0, at)));
      answers++;
    }
  }
  // Answers looked for only because the text above says nothing: two at least, or none.
  if ((search === 'unannounced' || search === 'form') && answers < 2) {
    for (let k = body; k < end; k++) own.delete(k);
    cuts.clear();
    asked.clear();
    answers = 0;
  }
  if (unnamedSignature && answers === 0) own.clear();
  if (own.size === 0 && cuts.size === 0) return null;
  const quoted: number[] = [];
  for (let k = quoteLine; k < heads.length; k++) {
    if (!own.has(k) && !cuts.has(k) && heads[k] !== '') quoted.push(k);
  }
  return { quoted, answers, cuts, asked };
}
