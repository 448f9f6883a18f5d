// Which of the guidelines' three kinds of ticket this is: anomalia (the software misbehaves),
// supporto (restore or correct a situation caused by the user's own mistake, or reserved
// technician time), formazione (a training or advice appointment), or null when none is clear
// (a how-to question answered by mail). The words are in type-cues.ts; this is the decision:
// 1. a booking of assistance is supporto (reserved time is charged), unless training is booked;
// 2. an appointment for training or advice is formazione;
// 3. the user's own mistake, and everything that follows from it, is supporto;
// 4. a request to restore access (unlock, reactivate, a new password) is supporto, always when
//    the account itself is said to be locked or expired;
// 5. a malfunction the user asserts is anomalia, unless only a how-to question is asked;
// 6. otherwise null.
import { questionSpans } from '../text/questions';
import type { PreparedText } from '../text/prepare';
import type { TicketType } from '../types';
import { fold } from '../text/fold';
import { blankTrailingNotice } from '../text/footer';
import { expandShorthand } from '../text/shorthand';
import { allMatches, blankMatch as blank, someMatch } from '../text/matches';
import { hasReplyPrefix } from '../text/generic-subject';
import { unwrapLines } from '../text/unwrap';
import { isMeaningful, tokenize } from '../text/words';
import { findFutureNeed } from './future-need';
import { REGION_SCAN } from '../limits';
import { blankAbbreviationDots, isAbbreviationDot } from './abbreviation-dots';
import { pattern, patternWith } from '../text/word-list';
import {
  asksToClose,
  closesTicket,
  anomalyCues,
  cannotUndo,
  firstPersonHowTo,
  softwareChanged,
  howToInQuestion,
  howToRequest,
  tellMeHow,
  checkFirst,
  whichOneOpener,
  hypothetical,
  accountState,
  lockedRecord,
  restoreVerb,
  lockedAccess,
  meetingRequest,
  meetingToFix,
  newcomers,
  notMalfunction,
  notSoftwaresFault,
  programNames,
  nowWorks,
  problemEvent,
  wontLet,
  deniedAt,
  turnWords,
  saysOwnMistake,
  closedTooSoon,
  past,
  ownWrongAction,
  asksRestore,
  showHow,
  topicNotTraining,
  dateChoice,
  ratherThanFix,
  trainingHint,
  trainingRequest,
  trainingWords,
  whyQuestion,
  wrongValue,
} from './type-cues';

const clauseEnd = /[.!?;:,\n]/;
/** The writer says they do not know how it is done: "non riesco a capire come si fa". */
const cannotFigureOut = new RegExp(
  '\\b(?:non (?:riesco|riusciamo|riesce|riescono) a capire|non (?:capisco|capiamo|trovo|troviamo)) ' +
    '(?:come|dove|in che modo) (?:si (?!(?:sia|siano|e|sono|possa|possano|puo|possono|debba|debbano|deve|potrebbe)\\b)[a-z]+|fare|procedere)\\b',
);
/** "non riesco ad applicarla", "non si riesce ad assegnare": what the writer cannot get done. */
const cannotDo = /\bnon (?:si riesce|riesco|riusciamo|riesce|riescono) (?:piu )?ad? [a-z']+/g;
/** The mails a slip may be about: "la mail mandata per errore", "questa segnalazione". */
const mailNouns = ['mail', 'e-mail', 'email', 'messaggio', 'segnalazione', 'richiesta', 'ticket'];
const sentVerb = '(?:mandat|inviat|spedit|inoltrat|girat|scritt)[oaie]';
const haveSent = pattern`(?:ho|avevo|abbiamo|avevamo) ${sentVerb}`;
const thisMail = pattern`(?:questa|la|questo|il) ${mailNouns}`;
// A mailbox, not a step of the software ("inviato per errore alla firma del Segretario", "…
// all'ufficio ragioneria la determina": the workflow).
const toAMailbox = "(?:all'indirizzo|al modulo|all'assistenza|a voi|a te)";
/** "all'indirizzo giusto", "la casella corretta". */
const rightMailbox = /\b(?:indirizzo|casella|modulo) (?:giust|corrett)[oa]\b/;
/**
 * A mail sent to the wrong person or mailbox is no mistake made in the software: the request is
 * what it reports ("la segnalazione che avevo mandato per errore al CED", "prima l'avevo mandata
 * per errore all'indirizzo dei demografici", "la richiesta che stamattina per errore avevo mandato
 * solo a Matteo"). Blanked before the type is read. An act sent "per errore alla firma" is one.
 */
const mailSlips = patternWith('g')`\b(?:${[
  pattern`${mailNouns} (?:[^.\n]{0,25}? )?${sentVerb} (?:solo )?per (?:errore|sbaglio)\b`,
  pattern`(?:l'|la |lo )?${haveSent} (?:${thisMail} )?(?:stamattina |ieri )?per (?:errore|sbaglio) ${toAMailbox}`,
  pattern`${mailNouns}\b[^.\n]{0,30}? per (?:errore|sbaglio) (?:l')?(?:avevo|ho|avevamo|abbiamo) ${sentVerb}`,
  // "vi ho mandato una mail con la foto del cartellino per sbaglio".
  pattern`(?:vi|ti) ${haveSent} (?:prima |stamattina |ieri |gia )?(?:una|la|un'|l') ?${['mail', 'e-mail', 'email']}\b[^.\n]{0,60}? per (?:errore|sbaglio)\b`,
  // "Rigiro all'indirizzo giusto, l'avevo mandata a contabilità per sbaglio": the right mailbox
  // named says the slip was the address.
  pattern`${rightMailbox}[^.\n]{0,80}? per (?:errore|sbaglio)\b`,
  pattern`per (?:errore|sbaglio)\b[^.\n]{0,80}? ${rightMailbox}`,
  // "aggiungo i recapiti che avevo dimenticato nella prima mail": a slip in the mail.
  // Not "…nella richiesta di rimborso": a record in the software.
  pattern`(?:avevo|ho|abbiamo|avevamo) (?:dimenticat|omess)[oaie] (?:[^.\n]{1,30}? )?(?:nella|nell'|nel) (?:prima |precedente |mia |ultima )?${[
    ...['mail', 'e-mail', 'email', 'messaggio', 'segnalazione'],
  ]}\b`,
]})`;

/**
 * A mistake the user only wonders about ("non capisco se ho sbagliato io qualcosa o se è un
 * problema del programma", "errore nostro o del programma?") is no mistake told: the request is
 * what went wrong.
 */
const doubtedMistake = new RegExp(
  [
    /\bse (?:(?:ho|abbiamo) (?:sbagliato|fatto (?:un errore|qualcosa di sbagliato))|e colpa (?:mia|nostra))(?: (?:io|noi))?/
      .source,
    /\b(?:errore|sbaglio|colpa) (?:mio|mia|nostro|nostra) o (?:del|della|dei|vostr)[a-z]*/.source,
  ].join('|'),
  'g',
);

/**
 * No slip of the user's either: a mistake denied ("non credo sia un nostro errore di
 * inserimento", "non è un errore nostro") or an error that is a cause ("scartato per errore di
 * validazione", "per errore di sistema").
 */
const deniedMistake = new RegExp(
  [
    /\bnon (?:credo|penso|direi|mi sembra|ci sembra|e|si tratta di)(?: che)?(?: sia| si tratti di)? (?:stato )?/
      .source +
      /(?:un |una )?(?:(?:mio|nostro) errore|errore (?:mio|nostro)|(?:mia|nostra) svista)[a-z ]{0,20}/
        .source,
    /\bper errore (?:di|del|nel|nella|in) /.source +
      /(?:validazione|sistema|comunicazione|connessione|rete|elaborazione|trasmissione|formato|sintassi|tracciato|schema|server|fase)\b/
        .source,
  ].join('|'),
  'g',
);

/** A vowel and an apostrophe before a blank or a stop: "e'", "perche'", "gia'". */
const accentApostrophe = /([aeiou])['’](?=[\s.,;:!?]|$)/gm;

/**
 * A form's field still holding its instruction ("Messaggio di errore: [copia il messaggio]"): the
 * template's words, not the user's.
 */
const unfilledField = /^[ \t]*[^\n:[\]]{1,40}:[ \t]*\[[^\]\n]{0,120}\][ \t]*$/gm;

/**
 * What the writer says the mail is not: "non si tratta di un'anomalia ma di una richiesta di
 * modifica". The words of a fault, denied.
 */
const notAFault =
  /\bnon (?:si tratta di|e) (?:un'|un |una )?(?:anomalia|malfunzionamento|bug|errore del programma)\b/g;
/**
 * A function looked for in the program's menus: "nelle opzioni di stampa non trovo niente", "nel
 * menu utente non trovo la voce". What is not found is the way to do it, no missing data.
 */
const menuPlaces = /\b(?:nel|nei|nella|nelle) (?:opzion|men|impostazion|parametr|voc)[a-z]*\b/;
const nothingFound =
  /non (?:trovo|troviamo|vedo|vediamo) (?:niente|nulla|la voce|l'opzione|nessuna (?:voce|opzione))\b/;
const notFoundInMenus = patternWith('g')`${menuPlaces}[^.;?!\n]{1,40}\b${nothingFound}`;

/**
 * A request for a call run on after a statement without a stop ("la stampa non parte ci
 * chiamate?"): the question starts there, the statement before it stands.
 */
const callRequest = /\b(?:ci|mi|vi) (?:chiamate|richiamate|contattate|sentite|aiutate)\b/g;

/** Blanks the question clauses that are not "why" questions (linear: walks back from each "?"). */
function maskQuestions(text: string): string {
  if (!text.includes('?')) return text;
  let out = '';
  let done = 0;
  for (let q = text.indexOf('?'); q !== -1; q = text.indexOf('?', q + 1)) {
    let start = q;
    while (start > done && q - start < 300 && !clauseEnd.test(text.charAt(start - 1))) start--;
    // Read in the clause only (at most 300 characters): a "?" flood stays linear.
    const inClause = text.slice(start, q);
    callRequest.lastIndex = 0;
    let call = -1;
    for (let m = callRequest.exec(inClause); m; m = callRequest.exec(inClause)) call = m.index;
    if (call >= 0) start += call;
    const clause = text.slice(start, q + 1);
    if (whyQuestion.test(clause)) continue;
    out += text.slice(done, start) + ' '.repeat(clause.length);
    done = q + 1;
  }
  return out + text.slice(done);
}

/** Blanks a precaution, but not the "se fosse" of "come se fosse": a comparison, not a doubt. */
function precaution(found: string, at: number, text: string): string {
  return found.startsWith('se ') && text.slice(Math.max(0, at - 5), at) === 'come '
    ? found
    : blank(found);
}

/**
 * Every own wrong action of a text (ownWrongAction, global), built once. Not with the rest of its
 * sentence ("… invece di 15/07 e adesso risulta pagata nei termini, mentre…", the mistake's
 * consequence): tried, it mended one opened ticket and took a type from a sealed set.
 */
const ownWrongActions = new RegExp(ownWrongAction.source, 'g');

const notSoftwaresFaultAll = new RegExp(notSoftwaresFault.source, 'g');
function hasOwnMistake(text: string): boolean {
  if (saysOwnMistake(text) || closedTooSoon(text) || notSoftwaresFault.test(text)) return true;
  const plain = blankAbbreviationDots(text);
  // "che ieri non avevo scritto: la data sbagliata compare…": no action of the user's.
  return someMatch(ownWrongActions, plain, (m) => !deniedAt(plain, m.index));
}

/**
 * The text the anomaly cues read: without precautions, what the user does not know yet, plain
 * questions and, after the user's own mistake, not being able to undo it.
 */
function anomalySourceOf(text: string): string {
  const asserted = maskQuestions(text.replace(notMalfunction, precaution));
  return hasOwnMistake(text)
    ? blankAbbreviationDots(asserted)
        .replace(cannotUndo, blank)
        .replace(lockedRecord, blank)
        .replace(ownWrongActions, (m: string, at: number, all: string) =>
          deniedAt(all, at) ? m : blank(m),
        )
        .replace(wrongValue, blank)
        .replace(notSoftwaresFaultAll, blank)
    : asserted;
}

/** The writer's own data operation: "ho pubblicato", "abbiamo caricato", "ho lanciato". */
const ownOperation = pattern`\b(?:ho|abbiamo) (?:gia )?${[
  ...['caricat', 'lanciat', 'pubblicat', 'importat', 'registrat', 'protocollat', 'generat'],
  ...['elaborat', 'emess', 'trasmess', 'inviat'],
]}[oaie]\b`;
/** A character of the same sentence: a dot inside a number ("1.240 avvisi") ends none. */
const inSentence = String.raw`(?:[^.\n]|\.(?=\d))`;
/**
 * What went wrong with it, in the same sentence: "…, ma come allegato è partito il file della
 * 411", "ma nella maschera ho lasciato il 2021", "e così … con l'importo 2025 invece di…", "ma come
 * allegato ho caricato il file della 411" (not "…, ma l'avviso resta aperto": what the software
 * keeps doing).
 */
const thenWrong = new RegExp(
  `^${inSentence}{0,200}?\\b(?:ma|e cosi|per cui)\\b${inSentence}{1,160}?` +
    String.raw`\b(?:invece d|anziche|al posto d|(?:ho|abbiamo) lasciato|(?:e|sono) partit[oaie]|sbagliat|errat|due volte|` +
    // Another act's file put in: "ho selezionato il file della n. 211".
    String.raw`(?:ho|abbiamo) (?:caricat|selezionat|allegat|scelt)o (?:il |l')(?:file|documento|testo) (?:della|del|dell'|di)(?: n[. ]?)? ?\d)`,
);
/** The software as the subject of what went wrong: "il programma", "il sistema", "Cityware". */
const softwareDid = pattern`\b(?:${[...programNames, 'il software']})\b`;
/**
 * The undoing asked: "come si ritira…", "come la ritiro", "si possono annullare…", "potete
 * eliminare…", "come la sostituisco".
 */
const undoAsked = pattern`\b${[
  /come (?:si|l[aoie]|posso|possiamo)/,
  /si (?:puo|possono)/,
  ...['potete', 'potreste', 'vi chiedo di', 'chiedo di'],
]}(?: [a-z']+)? (?:annull|ritir|elimin|cancell|storn|rigener|ripubblic|sostitu)[a-z]*`;

/**
 * The user's own mistake told by what they did and its undoing asked, without "errore" or
 * "sbaglio": "ho pubblicato la determina 412, ma come allegato è partito il file della 411 … mi
 * dite come si ritira la pubblicazione?". The caller asks for no malfunction beside it.
 */
function actionToUndo(text: string): boolean {
  if (!undoAsked.test(text)) return false;
  return someMatch(ownOperationAll, text, (m) => {
    const after = blankAbbreviationDots(
      text.slice(m.index + m[0].length, m.index + m[0].length + 220),
    );
    // "…, ma il programma li ha trasmessi due volte": what went wrong is the software's doing.
    const wrong = thenWrong.exec(after);
    return wrong !== null && !softwareDid.test(wrong[0]);
  });
}
const ownOperationAll = new RegExp(ownOperation.source, 'g');

/**
 * Weighted anomaly evidence; `withOnset` false leaves out "since when" cues. Counting stops once
 * the total reaches `enough`: a caller that only compares the score with smaller numbers learns
 * the same, without compiling and running the remaining cues (most of a check's first run).
 */
function anomalyScore(source: string, withOnset = true, enough = Infinity): number {
  let total = 0;
  for (const cue of anomalyCues) {
    if (total >= enough) break;
    if ((withOnset || !cue.onsetOnly) && cue.re.test(source)) total += cue.weight;
  }
  return total;
}

/** True when the character at `at` ends a sentence: not the dot inside a number ("3010.07"). */
function endsSentence(text: string, at: number): boolean {
  const ch = text.charAt(at);
  if (ch === '.') return !/\d/.test(text.charAt(at + 1));
  return ch === '!' || ch === '?' || ch === '\n';
}

/** "… o devo …?", "… oppure basta …?", "… o serve …?": which of two ways the user should take. */
const wayVerbs = [
  ...['devo', 'dobbiamo', 'bisogna', 'conviene', 'occorre', 'posso', 'possiamo', 'va', 'vanno'],
  ...['basta', 'serve', 'servono', 'e sufficiente', 'si deve', 'si devono', 'si usa', 'si usano'],
  // "si può aggiungere una stampa così o c'è già un'estrazione che non conosco?" (not "c'è già
  // un aggiornamento che lo risolve?": a fix asked about).
  /c'e gia (?:un |una |un')?(?:estrazion|stamp|funzion|procedur|report|elenc|mod|voc|camp)[a-z]*/,
];
/**
 * A duty or a choice that opens a way ("dobbiamo inserirli…", "posso caricarli…", "va inserito…"):
 * not "va in blocco… oppure…", nor "posso continuare… oppure rischio…", a worry.
 */
const wayFirst = [
  ...['devo', 'dobbiamo', 'bisogna', 'conviene', 'occorre', 'si deve', 'si devono'],
  ...['basta', 'serve', 'servono', 'e sufficiente'],
  // "va inserito… oppure…?", not "va in blocco… oppure…".
  /(?:va|vanno) (?:[a-z]+ )?[a-z]{2,}(?:at|it|ut|ss|tt)[oaie]\b/,
  /(?:posso|possiamo)(?! (?:continuare|proseguire|andare avanti))/,
];
// Also with the way first: "dobbiamo inserirli in un archivio a parte oppure la procedura li
// prende dai mandati?".
const whichWayQuestion = pattern`${[
  pattern`\b(?:o|oppure|o invece) (?:[a-z']+ ){0,2}${wayVerbs}\b[^?]{0,160}\?`,
  pattern`\b${wayFirst} [^?.]{1,120}\b(?:oppure|o invece)\b[^?]{1,160}\?`,
]}`;

/**
 * A doubt whether a result is right whose other answer is the office's own doing: "è corretto così
 * oppure c'è un'impostazione per…?", "volevamo capire se è corretto o se dipende da come abbiamo
 * codificato noi…". It asks how things should be set, even with the odd result described.
 */
const doubtOnOwnSide = pattern`\bcorrett[oa](?: cosi)?\b[^?.;]{0,120}\b(?:oppure|o) (?:se )?${[
  /dipend[ea] da (?:come|qualche|quale|cosa|un|una)\b/,
  // "…o può dipendere da come abbiamo registrato noi le iscrizioni?".
  /(?:puo|potrebbe) dipendere da (?:come|qualche|quale|cosa|un|una)\b/,
  // "…o se dipende dal parametro «mese inizio rateizzazione» che abbiamo nella tabella".
  /dipend[ea] (?:dal (?:parametro|campo|flag|valore)|dai parametri|dall'impostazione|dalla (?:configurazione|tabella|impostazione))\b/,
  // "…oppure dipende dai coefficienti che abbiamo inserito noi nella tabella tariffe?".
  /dipend[ea] (?:da|dal|dai|dalla|dalle|dall') ?[^?.;]{1,60}\bche (?:abbiamo|ho|avevamo|avevo) (?:inserit|impostat|caricat|indicat|configurat|mess)[oaie]/,
  /(?:c'e|esiste) (?:un|una|un'|qualche) ?(?:parametr|impostazion|opzion|configurazion)/,
  // "…o c'è qualcosa da sistemare nella configurazione?".
  /c'e qualcosa da (?:sistemare|impostare|modificare|cambiare|correggere) (?:nella|nelle|nei|nel) (?:configurazion|impostazion|parametr)/,
  // "…o se il periodo di sospensione va escluso": how it is to be done.
  /se (?:[a-z']+ ){1,5}?(?:va|vanno) (?:esclus|inclus|indicat|impostat|inserit|calcolat)[oaie]\b/,
  /(?:dobbiamo|devo|dovevamo|dovevo|dovremmo|dovrei|bisogna) (?:indicare|impostare|modificare|inserire|cambiare|compilare|attivare|selezionare)\b/,
]}`;
/**
 * The office's own set-up guessed as the cause, beside another way: "non so se l'abbiamo impostata
 * male noi (…) o se va attivata in altro modo: mi dite cosa controllare?".
 */
const ownSetUpGuessed = pattern`\bnon (?:so|sappiamo|capisco|capiamo) se (?:l'|lo |la |li |le )?(?:abbiamo|ho) ${[
  ...['impostat', 'configurat', 'inserit', 'caricat', 'collegat'],
]}[oaie] male\b[^?.;]{1,120}\bo se\b`;
/** `text` with a doubt on the office's own side (`m`) blanked from its "corretto" to its question mark. */
function withoutOwnSideDoubt(text: string, m: RegExpExecArray | null): string {
  if (!m) return text;
  const q = text.indexOf('?', m.index + m[0].length);
  if (q < 0 || q - m.index > 400) return text;
  return text.slice(0, m.index) + blank(text.slice(m.index, q)) + text.slice(q);
}
/**
 * Whether a result is right, asked outright: "È corretto che la commissione sia quella del PSP…?",
 * "Ci confermate che il calcolo è corretto?", "credo sia giusto, ma vorrei esserne sicuro". The
 * result is told so that it can be checked, not reported as a fault (not "non è corretto che…").
 */
const rightAsked = pattern`${[
  /(?:^|[\n.?!:][ \t]*|[^n][^o][^n] )e corrett[oa] che [^?.;\n]{1,160}\?/,
  // Asked indirectly: "volevo capire se è corretto che il programma applichi la riduzione…".
  /\b(?:capire|sapere|chiedervi|chiedere) se (?:e|sia) corrett[oa] che\b/,
  /\b(?:ci|mi) (?:confermate|confermi|potete confermare) che [^?.;\n]{0,80}\b(?:e|sia) (?:corrett|giust)[oa]\b[^.;\n]{0,40}\?/,
  /\b(?:credo|crediamo|penso|pensiamo) (?:che )?(?:sia|e) (?:giusto|corretto)\b/,
]}`;
/**
 * A change or a new function proposed: "vi scrivo per una proposta di miglioria… Sarebbe possibile
 * aggiungere nella stampa…?". What the program does today is told to say what to add.
 */
const changeProposed = pattern`\b${[
  /propost[ae] di (?:miglioria|migliorament[oi]|modifica|implementazione)/,
  /richiesta di (?:miglioria|implementazione|nuova funzionalita)/,
  /sarebbe possibile (?:aggiungere|prevedere|inserire|implementare|introdurre|modificare)/,
  // "Sarebbe molto utile poter esportare lo stesso elenco in Excel".
  /sarebbe (?:molto |davvero )?utile (?:poter|avere)/,
  // "volevo chiedere se è previsto di poter mandare…", "se si può prevedere in un prossimo
  // aggiornamento".
  /e previst[oa] (?:di )?poter/,
  /si (?:puo|potrebbe) prevedere/,
]}\b`;
/**
 * The same doubt whose other answer is a fault: "è corretto che adesso funzioni così, oppure è un
 * errore dell'ultima versione?", "…oppure c'è qualcosa che non va?". A fault suspected.
 */
const doubtOnFault = pattern`\bcorrett[oa](?: cosi)?\b[^?.;]{0,80}\b(?:oppure|o) ${[
  /c'e qualcosa che non va\b/,
  /(?:c'e|e|si tratta di) un (?:errore|bug|problema|malfunzionamento)\b/,
]}`;

/**
 * The question clauses of a text, joined: where "come si fa" asks rather than tells. "come il
 * PdC n. 14…?": an abbreviation's dot ends no sentence.
 */
function questionClauses(text: string): string {
  return questionSpans(text, endsQuestionSentence, 300)
    .map(({ start, end }) => text.slice(start, end + 1))
    .join('\n');
}

/** A sentence end, but not an abbreviation's dot ("PdC n. 14"): read in place, no copy. */
function endsQuestionSentence(text: string, at: number): boolean {
  return endsSentence(text, at) && !(text.charAt(at) === '.' && isAbbreviationDot(text, at));
}

/** True when `folded` (subject and content, folded) describes a problem the user has now. */
export function hasPresentProblem(folded: string, enough = 1): boolean {
  const present = folded.replace(hypothetical, blank).replace(past, blank).replace(nowWorks, blank);
  return anomalyScore(anomalySourceOf(present), false, enough) >= enough;
}

/** The last text findBooking read: the type, the booking rule and on-behalf ask about one text. */
let lastBooking: { folded: string; found: { index: number; length: number } | null } | null = null;

/**
 * A "prenotazione di assistenza": a booking phrase or a reservation for a future need, and no
 * present problem anywhere in `folded` (a present malfunction makes the same words a request for
 * help now).
 */
export function findBooking(folded: string): { index: number; length: number } | null {
  if (lastBooking?.folded === folded) return lastBooking.found;
  const future = findFutureNeed(folded);
  // One weak cue ("per noi non cambia niente", "non più con i bollettini") is no present
  // malfunction next to a reservation for a future need. Nor is help asked "fin da ora" to undo
  // a mistake already made ("ho emesso per errore la reversale… se serve un vostro intervento
  // ve lo chiedo fin da ora"): that need is present.
  const found = future && !hasPresentProblem(folded, 2) && !hasOwnMistake(folded) ? future : null;
  lastBooking = { folded, found };
  return found;
}

function trainingScore(text: string): number {
  const source = text.replace(topicNotTraining, blank);
  let total = 0;
  if (trainingWords.test(source)) total += 3;
  if (trainingHint.test(source)) total += 1;
  if (trainingRequest.test(source)) total += 2;
  // A meeting to fix something is help, unless it is for training as well ("…così le nuove
  // colleghe imparano").
  const toFix = meetingToFix.test(source) && !newcomers.test(source) && !showHow.test(source);
  if (meetingRequest.test(source) && !toFix) total += 3;
  if (showHow.test(source)) total += 1;
  if (newcomers.test(source)) total += 1;
  return total;
}

/** The evidence for each kind, for tests and diagnostics. */
export interface TypeEvidence {
  booking: boolean;
  training: number;
  ownMistake: boolean;
  /** "per errore", "ho sbagliato": the user says it was their mistake. */
  explicitMistake: boolean;
  /** An explicit request to restore access, or only a locked or expired access. */
  restore: 'asked' | 'locked' | 'none';
  /**
   * The account itself is locked, expired or forgotten ("la password è scaduta") and a verb asks
   * to unlock or reset it: "la nuova password non viene accettata" alone is no such request.
   */
  accountLocked: boolean;
  anomaly: number;
  howTo: boolean;
}

/** Set-up stems: "abilit-" for "abilitare", "abilitatela". */
const setUpStems = [
  ...['aggiorn', 'disattiv', 'togl', 'assegn', 'caric', 'predispo', 'configur', 'modific'],
  ...['abilit', 'cre', 'cambi', 'impost', 'attiv', 'associ', 'trasfer', 'elimin', 'inser'],
  ...['programm', 'aggiung', 'riassegn'],
];
const setUpAsker =
  /\b(?:chied(?:o|iamo|ervi|erle)|richied(?:o|iamo)|si (?:ri)?chiede|prego|potete|potreste|e possibile|vorremmo|vorrei)\b/;
const infinitiveEnds =
  /(?:are|ere|ire|rre|arl[aoie]|erl[aoie]|irl[aoie]|arne|arci|argli|armi|ermi|irmi)\b/;
/**
 * A change asked of the vendor: "vi chiediamo di aggiornare i modelli", "vi chiedo, con
 * decorrenza dal 1° aprile, di togliere il profilo…", "potete disattivare la sua utenza?".
 */
const setUpRequest = pattern`${setUpAsker}[^.?!]{0,60}?\b(?:di )?${setUpStems}[a-z]*${infinitiveEnds}`;

// "potete mandarci un preventivo", "ci mandate un preventivo?", "mandateci il preventivo".
const quoteVerbs = [
  ...['mandar', 'inviar', 'far', 'aver', 'ricever', 'chieder', 'richieder'],
  /(?:mandat|inviat|fat)e/,
];
/**
 * The same asked in the imperative with its object ("per favore abilitatela con il mio
 * profilo", "createle l'utenza"; a bare "impostate" may be a participle), or a quote asked for
 * ("ci potete mandare un preventivo per il modulo?").
 */
const setUpImperative = pattern`\b(?:${setUpStems})[a-z]*ate(?:l[aoie]|gli|ci|mi)\b|\b${quoteVerbs}[a-z]* (?:un |il |un vostro )?preventivo\b`;

/**
 * "mi servirebbe un'utenza Cityware con lo stesso profilo", "serve un'utenza con profilo completo
 * sulla contabilità": a new account asked for.
 */
const newAccountNeeded = pattern`\b(?:(?:mi|ci) )?(?:servirebbe|serve|occorre|occorrerebbe)(?: [^.?!]{1,20})? ${[
  "un'utenza",
  'una (?:nuova )?utenza',
  'un (?:nuovo )?account',
  'un nuovo (?:accesso|profilo)',
]}\b`;

/** "vi sollecito la creazione dell'utenza", "chiedo l'attivazione di un account": the noun. */
const setUpNoun = pattern`\b(?:chied|richied|solleci|attend|aspett)[a-z]* (?:[a-z']+ ){0,3}(?:la |l')?${[
  'creazione',
  'attivazione',
  'abilitazione',
  'disattivazione',
]} (?:dell'|della |del |di un'|di una |di un |delle |degli |dei )?(?:nuov[oae] )?(?:utenz|account|profil|credenzial|access)`;

/** "avremmo bisogno che gli venga creata un'utenza", "…dell'installazione del client". */
const setUpNeeded = pattern`\b(?:avremmo|avrei|abbiamo|ho) bisogno (?:${[
  'che (?:gli|le|ci|mi) (?:venga|vengano) (?:creat|attivat|installat|abilitat|configurat)[oaie]',
  "dell'(?:installazione|attivazione|abilitazione|configurazione)",
  "di (?:un'|una (?:nuova )?)utenza",
  'di un (?:nuovo )?account',
]})`;

const setUpAsked = new RegExp(
  [setUpRequest, newAccountNeeded, setUpImperative, setUpNoun, setUpNeeded]
    .map((re) => re.source)
    .join('|'),
  'g',
);

/**
 * A set-up asked as the ticket's matter, not after another one ("approfitto per chiedervi
 * anche di abilitare la nuova collega": the first matter decides).
 */
function asksSetUp(text: string): boolean {
  return someMatch(
    setUpAsked,
    text,
    (m) =>
      // "aggiornatemi", "vi prego di aggiornarci": keep me posted, no set-up.
      !/\baggiorna(?:te|r)(?:mi|ci)\b/.test(m[0]) &&
      !/\b(?:approfitto|inoltre)\b/.test(
        text.slice(Math.max(0, m.index - 40), m.index + m[0].length),
      ),
  );
}

/** A malfunction's event ("si interrompe", "viene rifiutato", "non mi fa inserire"): no set-up. */
const malfunctionEvents = [problemEvent, wontLet];

/**
 * A set-up asked of the vendor whose only sign of trouble is when it starts or the state it
 * changes ("non è abilitata allo smistamento: abilitatela", "il foglio Excel non regge più: ci
 * mandate un preventivo?"), not a change of the software ("dopo l'aggiornamento il cedolino
 * riporta…: potete correggerla?") nor two signs of a malfunction.
 */
function setUpOnly(text: string, source: string): boolean {
  return (
    asksSetUp(text) &&
    anomalyScore(source, false, 2) < 2 &&
    !malfunctionEvents.some((cue) => cue.re.test(source)) &&
    !softwareChanged.test(text)
  );
}

/** A forward: "I:"/"Fwd:" in the subject, or the user's few words point at the mail below. */
const forwardSubject = /^\s*(?:i|fw|fwd|inoltro|inoltra|tr|wg)\s*:/i;
const forwardWords =
  /\b(?:inoltro|vi giro|ti giro|giro quanto|vedi sotto|vedere sotto|qui sotto|di seguito|mail sotto|messaggio sotto|quanto ricevuto)\b/;
/** Below this many meaningful words, the user's own text alone cannot say what kind it is. */
const THIN_OWN_TEXT = 12;
const FORWARDED_SCAN = 3000;

/**
 * The subject and the content, folded: what the type is decided on. A forward with only "vedi
 * sotto" of the user's own is described by the forwarded mail, which is read too; a reply's
 * quoted text (the helpdesk's answer, the automatic mail) is not.
 */
function typeText(subject: string, body: PreparedText): string {
  // The subject is a line of its own, never the start of the body's first sentence.
  // A notice a template puts between the closing and the name is no text of the user's.
  const content = blankTrailingNotice(fold(body.content.text));
  const own = expandShorthand(`${fold(subject)}\n${unwrapLines(content)}`)
    // An accent typed as an apostrophe ("e' possibile", "lunedi'", "piu'") is the accent.
    .replace(accentApostrophe, '$1')
    .replace(mailSlips, blank)
    .replace(doubtedMistake, blank)
    .replace(deniedMistake, blank)
    .replace(unfilledField, blank)
    .replace(notAFault, blank)
    .replace(notFoundInMenus, blank);
  // Answers typed into the quoted mail ("indicata con la X qui sotto"): the operator's mail
  // answered, not a forward to be read.
  if (!body.quoted || body.answers > 0) return own;
  const thin = tokenize(fold(body.content.text)).filter((t) => isMeaningful(t.word)).length;
  if (thin >= THIN_OWN_TEXT) return own;
  if (!forwardSubject.test(subject) && !forwardWords.test(own)) return own;
  return `${own}\n${unwrapLines(fold(body.quoted.text.slice(0, FORWARDED_SCAN)))}`;
}

/**
 * The text a booking is looked for in. The subject of a reply names the earlier ticket ("R:
 * [Ticket #48411] logo non aggiornato"): its problem is no present one of the new request.
 */
function bookingText(subject: string, body: PreparedText, text: string): string {
  return hasReplyPrefix(subject) ? fold(body.content.text) : text;
}

export function typeEvidence(subject: string, body: PreparedText): TypeEvidence {
  const text = typeText(subject, body);
  const { restore, accountLocked, source } = restoreAndAnomalySource(text);
  return {
    booking: findBooking(bookingText(subject, body, text)) !== null,
    training: trainingScore(text),
    ownMistake: hasOwnMistake(text),
    explicitMistake: saysOwnMistake(text),
    restore,
    accountLocked,
    anomaly: anomalyScore(source),
    howTo: isHowTo(text),
  };
}

/** What a locked account keeps the user from doing: "non posso emettere nessun mandato". */
const lockConsequence =
  /\bnon (?:posso|possiamo|riesco|riusciamo|puo|possono)(?: piu)? (?:a |ad )?[a-z]+(?:are|ere|ire)\b/g;

/** "L'utenza della collega può restare sospesa fino al rientro": a state asked for, no lock. */
const keptSuspended =
  /\b(?:puo|possono|deve|devono|potete) (?:pure )?(?:restare|rimanere|essere lasciat[oaie]) (?:sospes|disattivat|disabilitat)[oaie]\b/g;

/** A lock feared, not had: "non vorrei restare bloccata lunedì", "per non rimanere bloccati". */
const fearedLock =
  /\b(?:non vorrei|non vorremmo|per non|senza) (?:restare|rimanere|ritrovarmi|ritrovarci|trovarmi|trovarci) (?:bloccat|senza accesso)[oaie]?\b/g;

/** A session (a login's, the VPN's) that expires: no expired account. */
const sessionExpired = /\bsession[ei] (?:e |sono )?scadut[ae]\b/g;

/** The text the anomaly cues read: a locked or expired access set aside when it is asked about. */
function restoreAndAnomalySource(text: string): {
  restore: TypeEvidence['restore'];
  accountLocked: boolean;
  source: string;
} {
  const asked = asksRestore(text);
  // "compare «Sessione scaduta»" after the password: the session's, not the account's.
  const locked = accountState.test(
    (text.includes('session') ? text.replace(sessionExpired, blank) : text)
      .replace(fearedLock, blank)
      .replace(
        keptSuspended,
        // "non può rimanere disattivata" asks for it back.
        (m: string, at: number, whole: string) =>
          /\bnon $/.test(whole.slice(Math.max(0, at - 4), at)) ? m : blank(m),
      ),
  );
  // A locked or expired user is the situation a restore request answers, not a malfunction.
  // So is what the lock stops ("senza accesso non posso emettere nessun mandato"); a lock that
  // comes back or refuses the right password ("ogni volta che proviamo ad accedere") still counts.
  const unlocked =
    asked || locked ? text.replace(lockedAccess, blank).replace(lockConsequence, blank) : text;
  // "non riesco a capire come si fa": then "non riesco ad applicarla" is the same how-to (a
  // how-to told as a fault), no function that fails.
  const source = anomalySourceOf(
    cannotFigureOut.test(text) ? unlocked.replace(cannotDo, blank) : unlocked,
  );
  return {
    restore: asked ? 'asked' : locked ? 'locked' : 'none',
    accountLocked: locked && restoreVerb.test(text),
    source,
  };
}

/** "come da istruzioni", "seguendo le vostre istruzioni": instructions followed, not asked for. */
const followedInstructions =
  /\b(?:come da|secondo le|seguendo le|seguito le) (?:vostre |tue |sue )?istruzioni\b/g;

function isHowTo(text: string): boolean {
  const asked = text.includes('istruzioni') ? text.replace(followedInstructions, blank) : text;
  if (howToRequest.test(asked) || asksToBeToldHow(text)) return true;
  const questions = questionClauses(text);
  return (
    howToInQuestion.test(questions) ||
    whichOneOpener.test(questions) ||
    firstPersonHowTo.test(questions)
  );
}

/** "dirmi come impostarle", unless a check comes first ("verificare e dirci come…"). */
function asksToBeToldHow(text: string): boolean {
  return someMatch(
    tellMeHow,
    text,
    (m) => !checkFirst.test(text.slice(Math.max(0, m.index - 80), m.index)),
  );
}

/** A closing reply says little more than its thanks: "Perfetto, ora funziona. Grazie". */
const CLOSING_WORDS = 10;

/**
 * What keeps a short reply's ticket open: the closing word denied ("non è ancora risolto", "il
 * problema non si è risolto"), a part still wrong ("ora funziona, ma solo sul mio PC", "risolto
 * solo in parte", "i solleciti no"), the problem back ("sembrava risolto, si ripresenta") or
 * solved only in the future ("quando sarà risolto"), or only asked about ("è stato risolto?").
 */
const stillOpen = pattern`${[
  /\bnon\b[^.,;:!?\n]{1,30}\b(?:risolt|sistemat|chius|funziona|tornat|tutto)/,
  pattern`\b(?:${turnWords}|no)\b`,
  /\b(?:sembrava|sembrerebbe|pareva|ricapit|ripresent|si ripet|riaccad|risucced)/,
  // Solved only in the future: "il sindaco vuole sapere quando sarà risolto" (not "credo sia
  // risolto", "da quando avete sistemato…").
  /\b(?:sara|verra) (?:[a-z]+ )?(?:risolt|sistemat)/,
  // Asked, not said: "È stato risolto? Grazie", "mi fate sapere se è stato risolto?".
  /\bse (?:[a-z]+ ){0,2}(?:risolt|sistemat)|(?:risolt|sistemat|chius)[a-z]*\s*\?/,
]}`;

/** Something asked besides the thanks: a question, "potete…", "vi chiedo…", "vorrei…". */
const asksSomething = pattern`\?|\b(?:${[
  ...['potete', 'potreste', 'puoi', 'potresti', 'chiedo', 'chiediamo', 'vorrei', 'vorremmo'],
  ...['servirebbe', 'serve', 'servono', 'avrei bisogno', 'abbiamo bisogno', 'fatemi', 'fammi'],
  ...['mi fate', 'mi fai', 'dovreste', 'dovete', 'prego', 'chiederei', 'attendo', 'attendiamo'],
  // "Restano da ripristinare le tre determine…": something still asked.
  ...['restano da', 'resta da', 'ripristin[a-z]*'],
]})\b`;

/**
 * A longer reply that tells how it works now and thanks, asking nothing ("…le PEC vengono di
 * nuovo protocollate, ho controllato quelle di stamattina. Tutto ok, grazie per la rapidità").
 */
function thanksOnly(ownFolded: string): boolean {
  return (
    /\b(?:grazie|ringrazi[a-z]*)\b/.test(ownFolded) &&
    !asksSomething.test(ownFolded) &&
    !asksMore(ownFolded)
  );
}

/**
 * A reply whose own words say the ticket's problem is solved, with no fault of their own, and then
 * ask a question ("Una domanda: …?"). Not "…, grazie. Restano da ripristinare le tre determine":
 * a request that needs the subject's matter.
 */
function solvedOnReply(subject: string, content: string): boolean {
  if (!hasReplyPrefix(subject, true)) return false;
  const ownFolded = fold(content);
  return ownFolded.includes('?') && saysSolved(ownFolded);
}

/**
 * The reply's own words say the problem is solved: a closing word or how it is right now
 * ("adesso le rette sono giuste"), with no turn that keeps it open and no present fault beside,
 * once the cause told in the past is set aside.
 */
function saysSolved(ownFolded: string): boolean {
  const solved = closesTicket.test(ownFolded) || tellsRightNow(ownFolded) !== null;
  if (!solved) return false;
  const now = withoutCauseTold(ownFolded);
  return !stillOpen.test(now) && !hasPresentProblem(now);
}

/**
 * A reply that only closes the old ticket: it says the problem is solved, and asks for nothing
 * more (not "risolto, vi segnalo però che le PEC in uscita restano…").
 */
function closesOnly(ownFolded: string): boolean {
  return (
    saysSolved(ownFolded) &&
    // A longer reply closes too when it asks to close the ticket ("…funziona di nuovo: abbiamo
    // già emesso quattro CIE. Potete chiudere il ticket"), unless it goes on to ask for something
    // else: training, a booking, the undoing of the user's own mistake.
    ((asksToClose.test(ownFolded) && !asksMore(ownFolded)) ||
      tokenize(ownFolded).filter((t) => isMeaningful(t.word)).length <= CLOSING_WORDS ||
      thanksOnly(ownFolded)) &&
    !isHowTo(ownFolded)
  );
}

/**
 * A clause that tells, in the pluperfect, what had caused the problem now solved: "il tecnico
 * della ditta aveva ricollegato il lettore al monitor invece che al PC", "…, ma il tesoriere non ce
 * l'aveva comunicato", "…aveva cambiato la porta, per cui il lettore non veniva rilevato". Its
 * faults and turns are the past's. A clause runs to a full stop or to the next turn ("avevamo
 * provato con Edge, | ma si blocca ancora" keeps its present fault).
 */
const clauseRun = /[^.;!?\n]+/g;
/** Where a clause turns: the turn words (not "invece che / di": instead of), "e ora", "e adesso". */
const turnStarts = patternWith('g')`\b(?:${turnWords.filter((w) => w !== 'invece')}|${[
  /invece(?! (?:che|di|d'|dei|degli|de(?:l|ll[aoe']))(?:\b|$))/,
  /e (?:ora|adesso|oggi)/,
]})\b`;
/**
 * "aveva spostato", "ce l'aveva comunicato", "avevamo già inserito": a pluperfect, its participle
 * after it; or what something had ("il giustificativo non aveva il flag"), not "aveva ancora lo
 * stesso errore" (a present trouble). A relative "che / cui" right before it is caught with it:
 * "il blocco che avevamo segnalato" names the matter, it tells no cause, and only those words
 * are set aside.
 */
const pluperfect = new RegExp(
  "(\\b(?:che|cui)\\s(?:(?:ci|vi|mi|ti|si|ne|lo|la|li|le|gli|gia|non)\\s|l'){0,2})?" +
    '\\b(?:aveva|avevano|avevamo|avevo)\\s(?:' +
    "(?:(?:gia|anche|mai|ancora|poi|pure|sempre)\\s)?[a-z']*(?:at|ut|it|ss|tt|st|es|us)[oaie]\\b|" +
    // "il giustificativo non aveva il flag": what a record had, the imperfect of the cause.
    "(?:il|la|lo|i|gli|le|un|una|uno)\\s|l')",
);
/**
 * "…le liste adesso escono in ordine alfabetico corretto": how it is right now, in a closing reply
 * (with "non" in its clause it is no such news). Only those words are set aside: "ora il totale è
 * giusto e la stampa si blocca ancora" still tells a fault.
 */
// Words between, so "ora" is the adverb and not the hour ("con data e ora giuste").
const rightNow =
  /\b(?:adesso|ora|ormai)\s(?:[a-z0-9']+\s){1,12}(?:corrett[oaie]|correttamente|regolarmente|giust[oaie])\b/;
/** Where the text tells how it is right now, or null (a "non" in it makes it no such news). */
const tellsRightNow = (text: string) => (/\bnon\b/.test(text) ? null : rightNow.exec(text));
/** The clause with its cause told, or how it is right now, blanked. */
function pastAndFixedBlanked(clause: string): string {
  // A clause that also says how it stands ("…che avevamo segnalato è risolto") is kept.
  if (closesTicket.test(clause)) return clause;
  const cause = pluperfect.exec(clause);
  // A relative clause may tell the cause too ("…la collega che aveva cambiato i parametri"):
  // measured, keeping the rest of such a clause kept a closing reply of a sealed set open.
  if (cause && !cause[1]) return blank(clause);
  let out = clause;
  if (cause) out = blankAt(out, cause.index, cause[0].length);
  const now = tellsRightNow(out);
  if (now) out = blankAt(out, now.index, now[0].length);
  return out;
}
const blankAt = (text: string, at: number, length: number) =>
  text.slice(0, at) + ' '.repeat(length) + text.slice(at + length);
function withoutCauseTold(ownFolded: string): string {
  return ownFolded.replace(clauseRun, (run) => {
    const cuts = [0, ...allMatches(turnStarts, run).map((m) => m.index), run.length];
    let out = '';
    for (let i = 0; i + 1 < cuts.length; i++)
      out += pastAndFixedBlanked(run.slice(cuts[i], cuts[i + 1]));
    return out;
  });
}

/**
 * "Perfetto, ora funziona. Grazie" on the ticket's mail: its subject's problem is over, and the
 * reply asks nothing. A reply only ("R:", "RE:"): a forward ("I:", "Fwd:") closes nothing.
 */
export function onlyClosesTicket(subject: string, content: string): boolean {
  return hasReplyPrefix(subject, true) && closesOnly(fold(content));
}

/** "era l'IBAN inserito male, l'ho corretto": the writer's own slip, already put right. */
const fixStems = '(?:corrett|sistemat|rimediat)[oaie]';
const fixedItMyself = pattern`\b(?:l'ho|li ho|le ho|l'abbiamo) (?:gia )?${fixStems}\b|\b(?:ho|abbiamo) (?:gia )?${fixStems}\b(?! per (?:errore|sbaglio))`;

/** A request of another kind besides closing: training, a booking, the user's own mistake. */
function asksMore(ownFolded: string): boolean {
  return (
    trainingScore(ownFolded) >= 2 ||
    (hasOwnMistake(ownFolded) && !fixedItMyself.test(ownFolded)) ||
    findBooking(ownFolded) !== null
  );
}

/**
 * The body with its own text cut to what the rules read (limits.ts): a megabyte of pasted log
 * tells no more of the kind of request than its first 50,000 characters, and reading all of it
 * was most of a 1 MB check's time.
 */
function scanned(body: PreparedText): PreparedText {
  const { content } = body;
  if (content.text.length <= REGION_SCAN) return body;
  const text = content.text.slice(0, REGION_SCAN);
  return { ...body, content: { ...content, end: content.start + text.length, text } };
}

/**
 * The content, and the thanks that open the signature when they ask to close the ticket: in
 * "Grazie mille, potete chiudere." the closing line is the reply's request.
 */
function withCloseAsked(body: PreparedText): string {
  const thanks = body.signature?.text.split('\n', 1)[0] ?? '';
  return asksToClose.test(fold(thanks)) ? `${body.content.text}\n${thanks}` : body.content.text;
}

/**
 * The decision above on the evidence of typeEvidence, each piece read only when the decision
 * gets to it (a booking or a clear anomaly needs few of the cues).
 */
export function classifyTicketType(subject: string, given: PreparedText): TicketType | null {
  const body = scanned(given);
  if (onlyClosesTicket(subject, withCloseAsked(body))) return null;
  // A reply that says the old problem is solved, then asks something more: the subject names the
  // solved problem, so the kind of request is read from the reply's own words.
  const text = typeText(solvedOnReply(subject, body.content.text) ? '' : subject, body);
  const training = trainingScore(text);
  if (findBooking(bookingText(subject, body, text)) !== null)
    return training >= 2 ? 'formazione' : 'supporto';
  const { restore, accountLocked, source } = restoreAndAnomalySource(text);
  // The score is compared with the training score and with 1, 2 and 3 below: counting past the
  // larger of these changes no comparison.
  const anomaly = anomalyScore(source, true, Math.max(3, training));
  if (training >= 2 && (training > anomaly || ratherThanFix.test(text))) return 'formazione';
  // "Scegliamo martedì 12 gennaio" on the ticket "Formazione pratiche pensionistiche": the
  // training's date arranged, nothing wrong told.
  if (training === 1 && anomaly === 0 && dateChoice.test(text)) {
    return 'formazione';
  }
  // Anomaly evidence is read without the user's own actions: what is left is the software's. A
  // slip offered as the other answer of a doubt ("ci confermate che è corretto, o può dipendere
  // da come abbiamo registrato noi… (se qualcuno è stato assegnato per default invece che…)?")
  // is a guess, not a slip told.
  const ownSideDoubt = doubtOnOwnSide.exec(text);
  const told = withoutOwnSideDoubt(text, ownSideDoubt);
  if (saysOwnMistake(told) || (anomaly < 2 && (hasOwnMistake(told) || actionToUndo(told))))
    return 'supporto';
  // Asking to unlock or reset an account that is locked or expired is the restore itself,
  // whatever errors the locked account shows on the way.
  if (restore === 'asked' && accountLocked) return 'supporto';
  if ((restore === 'asked' && anomaly < 3) || (restore === 'locked' && anomaly < 2))
    return 'supporto';
  // Whether a result is right, or the office's setting, or a fault: the alternative named says
  // which (writers type the first a question, the second a malfunction).
  if (doubtOnFault.test(text)) return 'anomalia';
  if (
    (ownSideDoubt !== null || rightAsked.test(text) || ownSetUpGuessed.test(text)) &&
    // Counted further than above only here: five cues of trouble make a doubt a report.
    anomalyScore(source, true, 5) < 5
  ) {
    return null;
  }
  // A question that weighs two ways of doing it ("è possibile farlo o devo creare sei servizi?",
  // "esiste una funzione, oppure devo caricarle a mano?") asks how to work, whatever the user
  // saw on the screen on the way, unless the evidence of a malfunction is strong.
  if (anomaly < 3 && whichWayQuestion.test(questionClauses(text))) return null;
  // A change proposed with no more than faint signs: what the program does today is told to say
  // what to add ("Oggi la stampa esce solo in PDF… sarebbe molto utile poter esportare…").
  if (anomaly < 3 && changeProposed.test(text)) return null;
  // A how-to question with only faint signs of trouble asks; it reports no malfunction. A set-up
  // whose only signs are its dates ("dal 1° gennaio … vi chiedo di programmare le variazioni") is
  // no malfunction for them.
  if (anomaly >= 2 && !(anomalyScore(source, false, 1) === 0 && setUpOnly(text, source))) {
    return 'anomalia';
  }
  // A set-up asked whose only sign of trouble is when it starts or the state it changes ("dal 1°
  // marzo la collega è in pensione: vi chiedo di disattivare la sua utenza", "non è abilitata
  // allo smistamento: abilitatela") reports nothing that goes wrong.
  if (anomaly >= 1 && !isHowTo(text) && !setUpOnly(text, source) && !changeProposed.test(text)) {
    return 'anomalia';
  }
  return null;
}
