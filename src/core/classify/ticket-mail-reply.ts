// A reply to the ticketing system's automatic mail, and whether it raises a problem other than
// the ticket's. Read once by the context: such a reply keeps the old ticket's subject and
// address, so the request's module and type come from the new problem's own words, and
// reply-to-ticket-notification asks for a new mail (guidelines, consigli 4).
import {
  hasReplyPrefix,
  isGenericSubject,
  stripReplyPrefixes,
  surveySubject,
} from '../text/generic-subject';
import { fold } from '../text/fold';
import { blankMatch } from '../text/matches';
import { askFirstPerson } from '../text/questions';
import { anyOf, pattern } from '../text/word-list';
import { isMeaningful, stem, tokenize } from '../text/words';
import { expandShorthand } from '../text/shorthand';
import type { Location } from '../types';
import type { RuleContext } from '../rules/rule';
import { hasPresentProblem } from './classify-type';
import { closesTicket, weekdays } from './type-cues';
import { announcesAnswers } from '../text/quotes';

/** What the reply is read from: the context's draft, directory, subject and regions. */
export type ReplyView = Pick<
  RuleContext,
  'draft' | 'directory' | 'subject' | 'content' | 'quoted' | 'body'
>;

/** A new problem raised in a reply to the ticketing system's automatic mail. */
export interface NewProblem {
  /** Where the mail shows it answers the automatic mail (subject, or the quoted confirmation). */
  where: Location;
  /** Where the new problem's own words start in the content. */
  start: number;
}

const numberWords = ['#', 'n\\.?', 'nr\\.?', 'n°', 'no\\.?', 'num\\.?', 'numero', 'id'];
/** A ticket number as the ticketing system writes it in its subjects. */
const ticketNumber = new RegExp(
  anyOf([
    // Each optional part owns the blanks after it: three \s* around optional parts made a
    // subject of spaces cubic (8 s for 4,000 spaces).
    pattern`\bticket\s*(?:${numberWords}\s*)?(?:[:.]\s*)?#?\d{3,}`,
    /\[\s*ticket[^\]]{0,20}\d{3,}\s*\]/,
    /\bapertura (?:del )?ticket\b/,
    /\bticket (?:aperto|creato|registrato)\b/,
    /\[\s*#\s*\d{4,}\s*\]/,
    /\brichiesta (?:di )?assistenza (?:#|n\.?|nr\.?|n°|numero)\s*\d{4,}/,
  ]),
);
/** Sentences of the automatic confirmation, as quoted in a reply. */
const confirmations = [
  /e stato (?:aperto|creato|registrato|preso in carico) (?:il )?ticket/,
  /(?:aperto|creato|registrato) (?:il |un )?(?:nuovo )?ticket (?:n|#)/,
  /ticket (?:n\.?|numero|nr\.?|#)\s*\d{3,} (?:e stato|aperto|creato)/,
  'questa e una (?:mail|e-mail|email) automatica',
  'messaggio generato automaticamente',
  'non rispondere a questa (?:mail|e-mail|email)',
  '(?:la sua|la vostra|sua|vostra) richiesta (?:e stata|e) (?:presa in carico|registrata|ricevuta)',
  'abbiamo ricevuto (?:la sua|la vostra) (?:richiesta|segnalazione)',
  /(?:numero|id) (?:del )?ticket\s*:\s*#?\d{3,}/,
  /(?:richiesta|segnalazione) (?:di assistenza )?(?:e stata )?(?:registrata|aperta|acquisita|inserita) con (?:il )?(?:numero|n\.?|id|codice)/,
  '(?:risposta|notifica|mail|e-mail|email|messaggio) (?:generat[oa] )?automatic[oa]',
  'si prega di non rispondere',
];
const confirmation = pattern`\b${confirmations}`;

/** "oltre alla CIE": what the new report stands beside, not "oltre a questo / a quanto detto". */
const besideWhat =
  "(?:a|al|alla|allo|ai|alle|agli|all') ?(?!(?:questo|quanto|cio|quello)\\b)[a-z']+(?: [a-z']+){0,3}";
const reportVerbs = ['segnalo', 'segnaliamo', 'chiedo', 'chiediamo'];
/** Words that open a different problem in a reply ("approfitto", "un'altra cosa", "scrivo qui"). */
const otherProblem = pattern`\b${[
  "(?:un'?\\s?)?altra (?:cosa|questione|segnalazione|domanda|richiesta)",
  '(?:un )?altro problema',
  'problema (?:e )?(?:diverso|un altro)',
  // "rispondo su questo ticket … per una richiesta diversa".
  '(?:questione|richiesta) diversa',
  // "vi segnalo però una cosa diversa".
  '(?:una )?cosa diversa',
  // "per un motivo diverso", "cambiando argomento"
  '(?:motivo|argomento|tema) diverso',
  'per un altro motivo',
  '(?:cambiando|cambio) (?:argomento|discorso)',
  'altro discorso',
  "si tratta di un'?\\s?altra",
  'ne e (?:saltato fuori|uscito) un altro',
  'approfitt(?:o|iamo|ando)',
  "(?:colgo|cogliamo) (?:anche |pero |quindi |inoltre )?l'occasione",
  // "vi segnalo inoltre una nuova anomalia", "chiedo anche un'altra cosa"
  pattern`(?:segnal|comunic|chied)[a-z]* (?:anche |inoltre |pero )?(?:un'?\s?altr[oa]|una nuova|un nuovo) ${[
    'anomalia',
    'errore',
    'malfunzionamento',
    'problema',
    'richiesta',
    'questione',
    'domanda',
  ]}`,
  '(?:gia|visto|dato) che (?:vi scrivo|ci sono|ci siamo)',
  "per non (?:aprire|scrivere|riscrivere) (?:un'?\\s?altr|tutto|un nuovo)",
  'faccio prima',
  "non c'entra",
  // "in attesa che guardiate la riduzione vi segnalo anche che l'importazione…", "la collega mi
  // chiede di segnalarvi anche che…" (not "vi segnalo anche che lo stesso errore…").
  "(?:vi |le )?(?:segnalo|segnaliamo|segnalarvi|segnalarle) anche (?!(?:che )?(?:lo|la|gli|le|l') ?stess)",
  // "per la CU abbiamo risolto, vi segnalo invece…": a new report set against the old one.
  '(?:vi |le )?(?:segnalo|segnaliamo|chiedo|chiediamo) invece',
  // "oltre alla CIE, vi segnalo che…": one more report beside the ticket's (not "oltre a questo,
  // vi segnalo che anche…": more of the same).
  pattern`oltre ${besideWhat}, (?:vi |le )?${reportVerbs}(?! (?:che )?anche\b)`,
  // Not "rispondo qui sopra alla vostra domanda": an answer to the ticket's question.
  '(?:vi )?(?:scrivo|rispondo|riscrivo) qui\\b(?! (?:sopra|sotto|di seguito|alla vostra|alle vostre))',
  // "rispondo a questa mail perché non so dove altro scrivere".
  'non so (?:dove|a chi) (?:altro )?(?:scrivere|scrivervi|rivolgermi|mandarl[ao])',
  'uso questa (?:mail|e-?mail)',
]}`;
/** Words that add to the same ticket ("integro", "aggiungo", "come richiesto"). */
const sameProblem = pattern`\b(?:${[
  /integr(?:o|iamo|azione)/,
  // "rispondo qui per aggiungere la schermata".
  /aggiung(?:o|iamo|ere)/,
  'preciso',
  'per completezza',
  // "come indicato nella mail di conferma rispondo qui…".
  /come (?:richiesto|chiesto|indicato)/,
  // "vi mando i dati richiesti": what the ticket's operator asked for.
  /dati (?:ri)?chiesti/,
  /(?:in merito|riguardo) al ticket/,
  // "un altro errore dello stesso calcolo"
  /(?:dello|della|nello|nella|sullo|sulla) stess[oa]/,
  // "aggiorno la segnalazione: anche i colleghi della ragioneria hanno lo stesso rallentamento".
  /aggiorn(?:o|iamo) (?:la segnalazione|il ticket|la richiesta)/,
  // Confirming the data the operator echoed: "Tutto corretto, tranne il numero: …".
  /tutto (?:corretto|giusto|esatto)/,
  /(?:i )?dati (?:sono )?(?:corretti|giusti)/,
]})\b`;
/**
 * The ticket's problem pointed at: "questo errore", "questa anomalia" (not "vi segnalo questo
 * problema: …", which announces the next words).
 */
const thisProblem =
  /\b(?:quest[oa]|tale) (?:errore|problema|anomalia|blocco|malfunzionamento)\b(?!\s*:)/;
const thisProblemAll = new RegExp(thisProblem.source, 'g');
/** The operator's appointment moved: "spostare il collegamento a venerdì", "rinviare l'intervento". */
const movesAppointment = pattern`\b${[
  ...['spostare', 'spostiamo', 'sposterei', 'rinviare', 'rimandare', 'posticipare', 'anticipare'],
]} (?:il |l'|la |lo )?${[
  ...['collegamento', 'appuntamento', 'intervento', 'incontro', 'sessione', 'teleassistenza'],
  'data',
]}\b`;
/** The operator proposing a time: "le proponiamo una telefonata domani alle 11". */
const proposesTime =
  /\b(?:(?:le|vi) propon(?:iamo|go)|possiamo (?:sentirci|collegarci|chiamarla)|(?:le|vi) (?:va|andrebbe) bene)\b/;
/** A time taken or declined: "domani alle 11 non posso", "va bene anche dopo le 15". */
const timeTakers = [
  ...['va bene', 'andrebbe bene', 'non posso', 'non possiamo', 'non riesco', 'non ci sono'],
  ...['preferisco', 'preferiamo', 'meglio'],
];
const when = ['domani', 'oggi', 'dopodomani', ...weekdays];
const timeWord = pattern`(?:${when}|alle \d|dopo le|prima delle|mattina|pomeriggio)`;
const dayDeclined = pattern`\b${when}(?: mattina| pomeriggio)?(?: alle \d{1,2}(?:[.:]\d{2})?)? (?:non (?:posso|possiamo|riesco|ci sono)|va bene)\b`;
const answersTime = pattern`\b${timeTakers}\b[^.?!\n]{0,40}?\b${timeWord}|${dayDeclined}`;
/**
 * After the fix, a question about the same fix: "…rigenerarle con la stessa correzione", "come si
 * evita che ricapiti", "se si ripresenta", "nel caso il portale si blocchi di nuovo".
 */
const sameFix = new RegExp(
  [
    /\bcon (?:la |lo |il )?stess[oa] (?:correzione|soluzione|modifica|procedura|intervento)\b/
      .source,
    /\b(?:ricapit|ripresent|si ripet|riaccad|risucced)[a-z]*/.source,
    // The same failure again ("si blocchi di nuovo"; not "effettuare nuovamente l'accesso").
    /\b(?:si blocc|non funzion|non va|non part|smett)[a-z]* (?:di nuovo|nuovamente)\b/.source,
  ].join('|'),
);
/**
 * A how-to question asked without "?": "vi chiedo anche come si riapre…", "vorrei sapere invece
 * come si registra…" (not "vorrei sapere se la
 * correzione vale anche…" or "quando verrà rilasciato…": about the ticket's own fix).
 */
const askVerbs = [...askFirstPerson, 'vorrei sapere', 'vorremmo sapere'];
const howWords = ['come si', 'dove si', 'come posso', 'come possiamo', 'in che modo'];
const indirectQuestion = pattern`\b${askVerbs}(?: anche| inoltre| pure| invece)? ${howWords}\b`;
/**
 * A new thing asked to be done, without "?": "vi chiedo anche di creare l'utenza…", "chiediamo
 * inoltre se potete attivare…", "vi chiederei la creazione di…", "avremmo bisogno che creaste…"
 * (not "vi chiediamo di spiegarci cosa avete modificato": about the ticket's own fix).
 */
const askAdverbs = '(?: anche| inoltre| pure| invece| cortesemente| gentilmente| poi){0,2}';
const newThingVerbs =
  '(?:cre|attiv|abilit|install|configur|aggiung|inser|elimin|cancell|caric|impost|predispo|sblocc|resett|riattiv|disattiv|spost|trasfer|import|abbin)[a-z]*';
const newThingNouns =
  '(?:creazione|attivazione|abilitazione|installazione|configurazione|disattivazione)';
const askVerbsToDo =
  '(?:chiedo|chiediamo|chiederei|chiederemmo|domando|domandiamo|prego|preghiamo|pregherei)';
const possible = '(?:potete|potreste|e possibile|sia possibile|fosse possibile|si puo|si potrebbe)';
const askToDo = new RegExp(
  pattern`\b(?:vi |le )?${askVerbsToDo}${askAdverbs} `.source +
    pattern`(?:di ${newThingVerbs}|se ${possible} ${newThingVerbs}|(?:la |l')${newThingNouns})`
      .source +
    pattern`|\b(?:avrei|avremmo|abbiamo|ho)${askAdverbs} bisogno (?:di|che) ${newThingVerbs}`
      .source,
);
/**
 * The ticket's own problem going on: "si pianta ancora", "sempre", "di nuovo", "stesso errore", or
 * the operator's instructions done in vain ("fatto ma nn va", "ho reinstallato i driver ma non
 * funziona"; not "fatto, ma ora non si apre il protocollo": a failure with a subject of its own).
 */
const doneVerbs =
  /\b(?:fatto|provato|riprovato|(?:re|ri)?install[a-z]*|riavviat[oa]|eseguit[oa]|seguit[oa])\b/;
/** A failure with no subject of its own: "ma nn va", "ma niente". */
const bareFailure =
  /ma (?:ancora |sempre )?(?:(?:nn|non) (?:va|funziona|parte|cambia|si risolve)|niente|nulla|uguale|stessa cosa|idem)/;
/** …with nothing of its own after it: not "ma non funziona la stampa dei verbali". */
const nothingAfter = /(?= *(?:[.,;!?\n]|$|ancora\b|piu\b|grazie\b))/;
const doneInVain = new RegExp(
  `${doneVerbs.source}[^.;?!\\n]{1,50}\\b${bareFailure.source}${nothingAfter.source}`,
);
const problemGoesOn = new RegExp(
  `\\b(?:ancora|sempre|di nuovo|nuovamente|stess[oa]|continua|persiste|ripresent[a-z]*)\\b|${doneInVain.source}`,
);
/** The ticket's problem back: "si è ripresentato", "lo stesso errore di prima". */
const comesBack =
  /\b(?:ripresentat[oaie]|ripresenta(?:no)?|(?:lo stesso|la stessa) (?:problema|errore|anomalia|blocco))\b/;
/** Part of the problem still as it was: "restano ancora da riconciliare", "continua a…". */
const partStillWrong =
  /\b(?:resta|restano|rimane|rimangono) ancora\b|\bcontinua(?:no)? a\b|\bpersist(?:e|ono)\b/;
/** Chasing the ticket: "sollecito", "nessuna risposta", "è la terza mail". */
const chase =
  /\b(?:sollecit[a-z]*|nessuna risposta|nessun riscontro|(?:seconda|terza|quarta) (?:mail|volta)|ancora niente|ancora nulla)\b/;
/** Asking only how the ticket stands: "Novità?", "a che punto siamo?". */
const statusQuestion =
  /\b(?:(?:ci sono )?novita|notizie|aggiornamenti|a che punto (?:siamo|e|sono)(?: arrivati)?)\s*\?+/g;
/** "vorrei inoltre sapere come…": another question asked without "?". */
const wantToKnow =
  /\b(?:vorrei|vorremmo|volevo|volevamo)(?: anche| inoltre| pure)? (?:sapere|capire) (?:come|dove|se|quale|quali|quando|perche|in che modo)\b/;
/** The ticketing system's mail that closed the ticket, as quoted in a reply. */
const ticketClosed =
  /\bticket\b(?: n[r°]?\.)?[^.\n]{1,100}\b(?:e stato|e stata|viene|e) (?:chius[oa]|risolt[oa])\b|\bchius[oa] con esito\b/;
/** A reply opening with thanks because it works now: "Grazie, la password funziona." */
const itWorks =
  /^\s*grazie[ ,!.]*(?:(?:il|la|lo|i|le|gli|l') ?[a-z]+ )?funziona(?:no)?[ \t]*[.!\n]/;
/** Where a reply says it adds to the ticket: its first characters. */
const OPENING = 60;
/** Below this many meaningful words, the text before the new topic only thanks or closes. */
const SUBSTANTIVE_WORDS = 12;

/** "[Ticket #48213]", "Ticket n. 48213": the tag the ticketing system puts in subjects. */
const ticketTag =
  /\[\s*ticket[^\]]{0,20}\]|\bticket\s*(?:(?:#|n\.?|nr\.?|n°|numero)\s*)?#?\d{3,}\b/gi;

/**
 * Where the mail shows it answers the ticketing system's automatic mail, or null. Read once per
 * check: the context, body-too-vague and the contact reading all ask, of the same context.
 */
export function notificationAnswered(ctx: ReplyView): Location | null {
  let where = answeredOf.get(ctx);
  if (where === undefined) answeredOf.set(ctx, (where = findNotificationAnswered(ctx)));
  return where;
}
const answeredOf = new WeakMap<ReplyView, Location | null>();

function findNotificationAnswered(ctx: ReplyView): Location | null {
  const senders = notificationSenders(ctx);
  const original = ctx.draft.replyContext?.originalFrom?.trim().toLowerCase();
  if (original && senders.some((s) => original === s || original.endsWith(`<${s}>`))) {
    return { field: 'subject' };
  }
  const { subject, quoted } = ctx;
  if (hasReplyPrefix(subject.text, true) && ticketNumber.test(subject.folded)) {
    return { field: 'subject', start: subject.start, end: subject.end };
  }
  const originalSubject = ctx.draft.replyContext?.originalSubject;
  if (originalSubject && ticketNumber.test(fold(originalSubject))) return { field: 'subject' };
  const m = quoted ? confirmation.exec(quoted.folded) : null;
  if (m) {
    const start = quoted!.start + m.index;
    const excerpt = quoted!.text.slice(m.index, m.index + m[0].length);
    return { field: 'body', start, end: start + m[0].length, excerpt };
  }
  // The quoted header names the notification sender ("Da: noreply@ticket…").
  for (const sender of senders) {
    const at = quoted && sender ? quoted.folded.indexOf(sender) : -1;
    if (at >= 0) {
      const start = quoted!.start + at;
      return { field: 'body', start, end: start + sender.length, excerpt: sender };
    }
  }
  return null;
}

/** The topic of the ticket being answered: its subject without reply prefixes and ticket tag. */
function ticketTopic(ctx: ReplyView): string {
  const original = ctx.draft.replyContext?.originalSubject;
  const subject = original ?? ctx.subject.text;
  return stripReplyPrefixes(subject).replace(ticketTag, ' ').replace(ticketStatus, ' ');
}

/** "[Ticket #47815] Chiuso - Mandati…": the state the ticketing system puts before the topic. */
const ticketStatus =
  /^\s*(?:chiuso|risolto|aperto|riaperto|in lavorazione|preso in carico)\s*[-–:]\s*/i;

/**
 * A word's stem without a superlative or a quality noun's ending: "lentissima" and "lentezza"
 * are the ticket's "lento" ("registrazione lentissima" answered with "la lentezza c'è solo…").
 */
const root = (s: string) => s.replace(/^([a-z]{4,})(?:issim|ezz)$/, '$1');

const meaningfulStems = (text: string) =>
  new Set(
    tokenize(fold(text))
      .filter((t) => isMeaningful(t.word))
      .map((t) => root(stem(t.word))),
  );

/**
 * True when the text before a second topic goes on with the ticket's own problem (its words,
 * more than thanks, no closing): the reply belongs to the ticket and the second topic is a
 * second request in it (multiple-topics), not a new problem raised on the automatic mail.
 */
function continuesTicket(ctx: ReplyView, before: string): boolean {
  if (closesTicket.test(before)) return false;
  const said = meaningfulStems(before);
  if (said.size < SUBSTANTIVE_WORDS) return false;
  return [...meaningfulStems(ticketTopic(ctx))].some((t) => said.has(t));
}

/**
 * Where, in the content, the reply raises a problem other than the ticket's, or null: it says so
 * ("approfitto per segnalarvi un altro problema"), or shares no word with the ticket's topic.
 */
function otherProblemStart(ctx: ReplyView): number | null {
  const { content } = ctx;
  const marker = otherProblem.exec(content.folded);
  // "Non è un problema diverso": the marker denied.
  const denied =
    marker !== null &&
    /\bnon (?:[a-z']+ ){0,2}$/.test(
      content.folded.slice(Math.max(0, marker.index - 30), marker.index),
    );
  if (marker && !denied) {
    const from = Math.max(
      content.folded.lastIndexOf('.', marker.index),
      content.folded.lastIndexOf('\n', marker.index),
    );
    const sentence = content.folded.slice(from + 1, marker.index + marker[0].length + 60);
    if (!sameProblem.test(sentence)) {
      // Answers to the operator's questions above it ("i dati sono sotto. Un'altra cosa: …"):
      // the ticket goes on, the other matter is a second request in it (multiple-topics).
      // Writers split on adding reply-to-ticket-notification to such a reply: a warning stays
      // quiet when unsure.
      return continuesTicket(ctx, content.folded.slice(0, from + 1)) || ctx.body.answers > 0
        ? null
        : from + 1;
    }
  }
  // "integro la segnalazione: …", "come richiesto, …" opening the reply, or its second sentence
  // after one that closes nothing ("Scusate, il numero è … Aggiungo che…"): it adds to the
  // ticket, whatever words it uses ("risolto, potete chiudere. Aggiungo che…" is read below).
  if (sameProblem.test(content.folded.slice(0, OPENING))) return null;
  const second = /[.!?\n]\s*/.exec(content.folded.slice(0, 2 * OPENING));
  if (
    second &&
    !closesTicket.test(content.folded.slice(0, second.index)) &&
    sameProblem.test(content.folded.slice(second.index, second.index + OPENING))
  ) {
    return null;
  }
  // Answers written between the lines of the ticket's mail (its quote inside the user's text,
  // own text going on under its start, or starting in it under a signature above it) answer
  // that ticket's questions: only a marked other matter ("un'altra cosa: …") is new.
  if (ctx.quoted && ctx.quoted.start < ctx.content.end && ctx.quoted.end > ctx.content.start) {
    return null;
  }
  // "Rispondo sotto alle vostre domande" above the ticket's mail: the answers are in its quote.
  // Only when answers were found: "come scritto qui sotto" points at the text, it answers nothing.
  if (
    ctx.quoted &&
    ctx.quoted.start >= ctx.content.end &&
    ctx.body.answers > 0 &&
    announcesAnswers(content.folded)
  ) {
    return null;
  }
  const topic = meaningfulStems(ticketTopic(ctx));
  if (topic.size < 2) return null;
  // "Grazie, la password funziona. Vi segnalo però che l'invio ad ANPR non va": a thanks that says
  // it works opens the reply; what follows is another problem only when it shares no word with
  // the ticket's topic ("il ricalcolo funziona. Per la moglie l'importo IMU risulta ancora doppio"
  // goes on with it).
  const works = itWorks.exec(content.folded);
  if (works) {
    const after = content.folded.slice(works[0].length);
    const afterStems = meaningfulStems(after);
    const other =
      afterStems.size >= 6 && asksOrTells(after) && ![...topic].some((t) => afterStems.has(t));
    return other ? works[0].length : null;
  }
  // "…risolto, potete chiudere il ticket. Ora però non riesco a…": once the ticket is declared
  // solved, only what follows can raise a problem, and it is another one when it shares no word
  // with the ticket's topic and tells a present problem or asks something.
  const closed = closesTicket.exec(content.folded);
  if (closed && !/\bnon (?:[a-z']+ ){0,3}$/.test(content.folded.slice(0, closed.index))) {
    const rest = content.folded.slice(closed.index);
    // The closing clause ends at its sentence's end, or where a phone mail goes on in the same
    // line: "ok l'IMU ora torna grazie, però adesso il mandato … non si salva".
    const end = rest.search(/[.!?\n]|, (?:pero|ma|poi|invece) /);
    const after = end < 0 ? '' : rest.slice(end + 1);
    const afterStems = meaningfulStems(after);
    if (afterStems.size < 6 || sameFix.test(after)) return null;
    // "Confermo che le ricevute ora arrivano. Però le posizioni di settembre restano ancora da
    // riconciliare, anche se la ricevuta c'è": part of the same problem goes on, in its words
    // (not "Persiste però l'errore sui cedolini di dicembre": another one).
    if (partStillWrong.test(after) && [...topic].some((t) => afterStems.has(t))) return null;
    const asks =
      after.includes('?') ||
      indirectQuestion.test(after) ||
      askToDo.test(after) ||
      // A phone's "nn riesco a stampare" is "non riesco…".
      hasPresentProblem(expandShorthand(after));
    // With the old problem solved, a present problem is another one unless it goes on in the
    // ticket's words: most of them, not a shared "pagoPA" or "TARI" of the same office.
    const shared = [...topic].filter((t) => afterStems.has(t)).length;
    return asks && shared * 2 < topic.size ? closed.index + end + 1 : null;
  }
  const said = meaningfulStems(content.text);
  // A few words are a thanks or a "ok", unless they tell a present problem: "nn riesco ad
  // accedere chiamatemi" on an old TARI ticket's mail.
  // Not a problem that goes on ("si pianta ancora", "sempre", "lo stesso errore").
  if (
    said.size < 6 &&
    !(
      said.size >= 2 &&
      !problemGoesOn.test(content.folded) &&
      hasPresentProblem(expandShorthand(content.folded))
    )
  ) {
    return null;
  }
  // An operator's own mail answered ("Tutto corretto, tranne il numero…", "scelgo la seconda
  // data"): with no problem told and nothing asked, the reply is about that mail's ticket.
  // So is a satisfaction survey answered with a vote or a complaint ("Voto 1. Abbiamo aspettato
  // dieci giorni…").
  if (
    (operatorMailQuoted(ctx) || surveySubject.test(ctx.subject.folded)) &&
    !asksOrTells(content.folded)
  ) {
    return null;
  }
  // "Mercoledì 12 non riusciamo: possiamo spostare il collegamento a venerdì 14?": the operator's
  // appointment moved, on its ticket.
  if (operatorMailQuoted(ctx) && movesAppointment.test(content.folded)) return null;
  // "Domani alle 11 non posso… Va bene anche dopo le 15" to "Le proponiamo una telefonata domani
  // alle 11": the time the operator proposed, answered.
  if (
    operatorMailQuoted(ctx) &&
    proposesTime.test(ctx.quoted!.folded) &&
    answersTime.test(content.folded)
  ) {
    return null;
  }
  // Answering the mail that closed the ticket ("il ticket n. 64490 è stato chiuso"): a present
  // problem told in other words than the ticket's (sharing an office word or two) is another one.
  // Not "purtroppo il problema si è ripresentato": the closing mail asks for that reply.
  if (ctx.quoted && ticketClosed.test(ctx.quoted.folded) && !comesBack.test(content.folded)) {
    const asks = content.folded.includes('?') || hasPresentProblem(content.folded);
    const shared = [...topic].filter((t) => said.has(t)).length;
    if (asks && shared * 2 < topic.size) return 0;
  }
  // A chase that tells no problem and asks nothing ("SOLLECITO!!! È la terza mail che mando e
  // ancora nessuna risposta. Qualcuno mi chiami subito.") is about the ticket it answers, and so
  // is one that only asks how it stands ("…ancora nessuna risposta. Novità?").
  const withoutStatus = content.folded.replace(statusQuestion, ' ');
  if (
    chase.test(content.folded) &&
    !withoutStatus.includes('?') &&
    !indirectQuestion.test(withoutStatus) &&
    !wantToKnow.test(withoutStatus) &&
    !askToDo.test(withoutStatus) &&
    !hasPresentProblem(expandShorthand(content.folded))
  ) {
    return null;
  }
  // A ticket whose subject says nothing ("Ricevuta richiesta: Richiesta assistenza") shares no
  // words with anything: only a marked or closed matter is a new one there.
  if (isGenericSubject(ticketTopic(ctx))) return null;
  // "…Chiara, che ha già visto i log di questo errore": the ticket's own problem, pointed at and
  // no problem told beside it (not "la seconda mail per questo problema: non riesco a chiudere
  // le liquidazioni…", another ticket's mail chased with a problem of its own).
  if (
    thisProblem.test(content.folded) &&
    !hasPresentProblem(expandShorthand(content.folded.replace(thisProblemAll, blankMatch)))
  ) {
    return null;
  }
  // "vi segnalo anche che lo stesso errore di scarto compare ora sulle fatture di settembre": the
  // ticket's problem named as such, in other words than its subject's.
  if (comesBack.test(content.folded)) return null;
  return [...topic].some((t) => said.has(t)) ? null : 0;
}

/** The quoted mail is an operator's, not the ticketing system's automatic one. */
function operatorMailQuoted(ctx: ReplyView): boolean {
  const quoted = ctx.quoted?.folded;
  if (!quoted || confirmation.test(quoted)) return false;
  return !notificationSenders(ctx).some((s) => s !== '' && quoted.includes(s));
}

/** The ticketing system's sender addresses (the admin file's), trimmed and in lower case. */
function notificationSenders(ctx: ReplyView): string[] {
  return (ctx.directory.notificationSenders ?? []).map((s) => s.trim().toLowerCase());
}

/** The text asks something or tells a present problem. */
function asksOrTells(folded: string): boolean {
  return (
    folded.includes('?') ||
    indirectQuestion.test(folded) ||
    wantToKnow.test(folded) ||
    askToDo.test(folded) ||
    hasPresentProblem(expandShorthand(folded))
  );
}

/**
 * The new problem when the mail answers the ticketing system's automatic mail to raise one other
 * than the ticket's (what follows "risolto…" or "approfitto per segnalarvi…"), or null.
 */
export function findNewProblem(ctx: ReplyView): NewProblem | null {
  const where = notificationAnswered(ctx);
  if (!where) return null;
  const start = otherProblemStart(ctx);
  return start === null ? null : { where, start };
}
