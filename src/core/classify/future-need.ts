// "Prenotazione di assistenza": help asked for a possible future need, not a present problem.
// Shared by the booking rule and the ticket-type classifier (a booking is no anomaly yet).
// Strong phrases book assistance by themselves; conditional phrases ("nel caso ci fossero
// problemi", "per sicurezza") only when the text also asks for assistance, so that "qualora ci
// fossero problemi vi ricontatto" or "vi ringrazio fin d'ora" are not bookings.
import { sentenceAround } from '../text/sentence';
import { pattern, patternWith } from '../text/word-list';
import { enteAsks } from './ente-asks';
import { blankAbbreviationDots } from './abbreviation-dots';
import { conditionFails, months, weekdays } from './type-cues';

const bookVerbs = [
  'prenotar[ei]',
  // "vi chiedo di prenotarci l'assistenza per venerdì 20 marzo".
  'prenotarci',
  'prenotarmi',
  'riservarci',
  'prenotazione',
  'prenoto',
  'prenotiamo',
  'bloccare',
  'riservare',
  "fissare fin d'ora",
  "fissare sin d'ora",
];
const bookedHelp = [
  'assistenza',
  'supporto',
  'intervento',
  'tecnico',
  'operatore',
  'disponibilita',
  'slot',
  'giornata',
];
const fromNow = [
  "fin d'ora ",
  "sin d'ora ",
  'fin da ora ',
  'gia adesso ',
  'gia ora ',
  'gia ',
  'da subito ',
  'fin da subito ',
  'da adesso ',
];
/** "una giornata di ", "un intervento di ": the span of help booked. */
const helpSpan = "(?:un'|una |un )?(?:giornata |sessione |mezza giornata |intervento )?(?:di )?";
/** One of the vendor's people. */
const vendorOne = ['qualcuno di voi', 'un vostro tecnico', 'un vostro operatore'];
/** A failure to come, in the subjunctive: "non dovesse partire", "si bloccasse". */
const failureToCome = /\b[a-z]{2,14}(?:asse|esse|isse|assero|essero|issero)\b/;
/** Someone of the vendor's: "un vostro tecnico", "qualcuno di voi", "un sistemista". */
const vendorPerson =
  '(?:(?:un vostro|una vostra) (?:tecnico|operatore|sistemista|consulente)|qualcuno(?: di voi)?|un tecnico|un operatore|un sistemista)';
/** Someone of the vendor's kept at hand: "qualcuno di voi", "un vostro sistemista". */
const keptHelper =
  /(?:qualcuno di voi|un vostro (?:tecnico|operatore|sistemista|consulente)|un sistemista)/;
const keptAvailable = [
  ...['a disposizione', 'disponibile', 'raggiungibile', 'reperibile', 'contattabile'],
  ...['di turno', 'sotto mano'],
  // "tenere un vostro sistemista collegato con noi, nel caso ci fossero intoppi".
  'collegat[oa]',
];
/**
 * The vendor asked to stand by for a failure to come: "le chiedo di restare a disposizione quel
 * giorno, dalle 8 in poi, nel caso al riavvio qualcosa non ripartisse". Read last: the phrases
 * above quote shorter.
 */
const standingBy = pattern`\b(?:restare|rimanere|stare|essere) (?:a disposizione|disponibil[ei]|reperibil[ei])\b${[
  pattern`[^.;?!\n]{1,80}\b(?:caso mai|casomai|nel caso|qualora)\b(?: [a-z']+){0,6}? (?:non )?${failureToCome}`,
]}`;
/** Phrases that book assistance by themselves. */
const strong = pattern`\b${[
  pattern`${bookVerbs} (?:(?:un|una|un'|l'|la|il|lo|dell'|della|del) ?)?(?:eventuale |vostra |vostro |giornata di |slot di |intervento di )?${bookedHelp}\b`,
  pattern`(?:fissare|programmare|pianificare|concordare|riservare) ${fromNow}?${helpSpan}(?:assistenza|supporto)\b`,
  // "tenere un sistemista disponibile in mattinata", "avere qualcuno di voi raggiungibile",
  // "tenete qualcuno sotto mano", "avere anche un sistemista di turno lunedì".
  /(?:avere|tenere|tenerci) (?:qualcuno|un tecnico|un operatore|una persona) (?:a disposizione|disponibile)\b/,
  pattern`(?:avere|tenere|tenete|tenerci)(?: anche)? ${keptHelper} ${keptAvailable}\b`,
  // "tenete qualcuno sotto mano": the vendor told to keep someone at hand.
  /\btenete (?:qualcuno|un tecnico|un operatore) (?:sotto mano|a portata di mano|pronto|disponibile)\b/,
  // "vorremmo che teneste a disposizione un vostro tecnico la sera dello scrutinio".
  pattern`\b(?:tenere|teneste|tenesse|teniate|tenga|tenete|tenerci) (?:a disposizione|disponibile|libero) ${vendorPerson}\b`,
  // "vorremmo che fossi reperibile tu la notte dello scrutinio": one of the vendor's on call.
  // Not "che sia reperibile anche la collega": the Ente's own people.
  /\bche (?:fossi|foste|siate|sii) reperibil[ei]\b/,
  pattern`\bche (?:fosse|sia) reperibile ${vendorPerson}\b`,
  /in previsione (?:di|dei|delle|del) (?:eventuali|possibili|futuri|future|probabili)\b/,
  // "potete restare in allerta quel giorno nel caso Cityware non partisse?": the vendor asked to
  // stand by.
  /\b(?:potete|potreste) (?:restare|stare|rimanere|essere) (?:in allerta|allertati|pronti)\b/,
  // "quel giorno vorremmo avere a disposizione Loredana…, caso mai qualcosa non andasse".
  pattern`\bavere a disposizione\b[^.;?!\n]{1,80}\b(?:caso mai|casomai|nel caso|qualora)\b(?: [a-z']+){0,6}? (?:non )?${failureToCome}`,
  /nel caso (?:in cui )?(?:dovesse|dovessero) servire\b/,
  /(?:avremo|avremmo|potremmo avere) bisogno (?:di|del vostro|della vostra) (?:assistenza|supporto|aiuto)\b/,
  /(?:presenza|disponibilita|reperibilita) di un (?:vostro )?(?:tecnico|operatore|consulente)\b/,
  // "che qualcuno di voi potesse intervenire se la trasmissione non dovesse partire": one of the
  // vendor's, and a failure in the subjunctive ("se possibile", "se riuscite stamattina", "se la
  // collega è assente" are no failure to come).
  pattern`${vendorOne} (?:possa|potesse) intervenire (?:se|qualora|nel caso)(?: [a-z']+){1,14}? (?:non )?${failureToCome}`,
]}`;

const reserveHelpVerbs = [
  'prenotar[ei]',
  'prenotarci',
  'prenotarmi',
  'prenotazione',
  'prenoto',
  'prenotiamo',
  'riservare',
  'riservarci',
  'riservarmi',
  'riserviamo',
  'tenere liber[oaie]',
  'tenerci liber[oaie]',
];
const reservedHelp = [
  'assistenza',
  'supporto',
  'intervento',
  'tecnico',
  'tecnici',
  'operatore',
  'operatori',
  'consulente',
  'disponibilita',
  'slot',
  'giornata',
  'mezza giornata',
  'mattinata',
  'pomeriggio',
];
// Booking verb and, a few words later, the help being booked: "riservare sin d'ora un pomeriggio
// di un vostro tecnico", "prenotare una mezza giornata di assistenza".
const reserve = pattern`\b${reserveHelpVerbs}\b(?: (?:sin|fin) d'ora| fin da ora| sin da ora| gia| da subito)?(?: [a-z']+){0,5}? ${reservedHelp}\b`;
// What is booked is training: a legitimate appointment (formazione), not a booking of assistance.
const training = /\b(?:formazione|formativ[oa]|corso|addestramento|affiancamento|consulenza)\b/;

const subjunctives = [
  'dovesse',
  'dovessero',
  'servisse',
  'servissero',
  'ci fosse',
  'ci fossero',
  'fosse',
  'fossero',
];
const arises = [
  'dovesse',
  'dovessero',
  'servisse',
  'servissero',
  'ci fosse',
  'ci fossero',
  'fosse necessario',
  'presentasse',
  'presentassero',
  'si presentasse',
  'si presentassero',
  'sorgesse',
  'sorgessero',
  'emergesse',
  'emergessero',
];
/** Phrases that make a request conditional on a possible future need. */
const conditional = pattern`\b${[
  /(?:nel|in) caso (?:in cui )?(?:servisse|servissero)\b/,
  pattern`nel caso (?:in cui )?${subjunctives} (?:servire|bisogno|necessario|necessita|problemi|difficolta|qualche)`,
  pattern`qualora (?:se ne |ce ne |ne )?${arises}\b`,
  /(?:per|nell') ?eventualita\b/,
  /in caso di (?:bisogno|necessita)\b/,
  /all'occorrenza\b/,
  /se (?:ce|ne) (?:ne )?(?:fosse|fossero|dovesse|dovessero) (?:bisogno|necessita)\b/,
  /in vista (?:di|dei|delle) (?:eventuali|possibili)\b/,
  /per sicurezza\b/,
  /(?:fin|sin) d'ora\b/,
  /(?:fin|sin) da ora\b/,
  /in caso di (?:eventuali|possibili|futuri|future) (?:problemi|difficolta|necessita|dubbi|anomalie|errori)\b/,
  /(?:se|nel caso) (?:dovessimo|dovessi) (?:avere bisogno|averne bisogno|avere problemi|trovarci in difficolta)\b/,
  /(?:tenervi|tenetevi) (?:liberi|disponibili|a disposizione)\b/,
  // One operator asked: "ti chiedo di tenerti libero lunedì mattina … non si sa mai".
  /(?:tenerti|tieniti) (?:liber[oa]|disponibile|a disposizione)\b/,
  /non si sa mai\b/,
  /se (?:c'e|ci fosse|ci sia) qualche (?:intoppo|problema|imprevisto)\b/,
  // "nel caso ai cittadini non arrivino le mail di conferma": a failure that may come.
  /nel caso (?:[a-z']+ ){0,4}non (?:arriv|funzion|part|riusc|riesc|vad|andass)[a-z]*/,
  /potrebbe(?:ro)? (?:servirci|servirmi|servire) (?:il vostro|un|del|assistenza|supporto)/,
]}`;

// Asking for assistance at a time: what turns a conditional phrase into a booking.
const assistanceRequest = pattern`\b${[
  'assistenza',
  'supporto',
  'intervento',
  'affiancamento',
  'appuntamento',
  'giornata',
  'mattinata',
  'pomeriggio',
  'sessione',
  'disposizione',
  'disponibilita',
  'presenza',
  'tecnico',
  'operatore',
  // The operator asked to be there: "puoi esserci tu al telefono", "ti chiedo di seguirla tu".
  /esserci (?:tu|voi)/,
  /seguir(?:la|lo|ci|mi) (?:tu|voi)/,
]}\b`;

// Structure rather than phrases: a request to reserve a time, a technician or an intervention…
const reserveThingVerbs = [
  'fissar[ei]',
  'fissarci',
  'fissarvi',
  'prenotarvi',
  'riservarvi',
  'fissiamo',
  'bloccar[ei]',
  'bloccarci',
  'blocchiamo',
  'riservar[ei]',
  'riservarci',
  'riserviamo',
  'prenotar[ei]',
  'prenotarci',
  'prenotiamo',
  'prenoto',
  'tener[ei] liber[oaie]',
  'tenerci liber[oaie]',
  // Asked of the operator the mail greets: "ti chiedo di tenerti libera quella mattina".
  'tenerti liber[oaie]',
  'tenete liber[oaie]',
  // "potete tenere pronto un tecnico quel giorno".
  'tener[ei] pront[oaie]',
  'tenete pront[oaie]',
  // "vorremmo che quel giorno teneste libero un tecnico".
  'teneste liber[oaie]',
  // "lasciare libero qualcuno del vostro gruppo".
  'lasciar[ei] liber[oaie]',
  'lasciarci liber[oaie]',
  'lasciate liber[oaie]',
  'tener(?:ci|mi|vi)',
  'tener[ei] a (?:nostra )?disposizione',
  'avere a disposizione',
  'averne a disposizione',
  // "vi chiederei di avere una persona dedicata a noi la mattina del 2 febbraio".
  'di avere',
  'avere disponibile',
  'contare su',
  'poter contare su',
  'garantir[ei]',
  'garantirci',
  'assicurar[ei]',
  'assicurarci',
  'che ci sia',
  'che ci siano',
  'che sia presente',
  'che siano presenti',
  'programmar[ei]',
  'pianificar[ei]',
  'organizzar[ei]',
  'mettere in calendario',
  'calendarizzar[ei]',
];
const reservedThing = [
  'tecnic[oi]',
  'operator[ei]',
  'operatrice',
  'consulent[ei]',
  'sistemist[ai]',
  'intervent[oi]',
  'assistenza',
  'supporto',
  'slot',
  'giornata',
  'mezza giornata',
  'mattinata',
  'mattina',
  'pomeriggio',
  // "qualche ora di un vostro sistemista", "un paio di ore".
  '(?:qualche|alcune|un paio di|poche) or[ae]',
  'serata',
  'nottata',
  'notte',
  'data',
  'orario',
  'fascia oraria',
  'appuntamento',
  'collegamento',
  'reperibilita',
  'presenza',
  'qualcuno',
  'persona',
  'vostr[oaie] (?:tecnic|operator|collega|person)[a-z]*',
];
const someHelper = [
  pattern`(?:un|una|un vostro|una vostra|il vostro|la vostra|i vostri|vostr[oi]|qualche) ${[
    'tecnico',
    'tecnici',
    'operatore',
    'operatori',
    'operatrice',
    'consulente',
    'sistemista',
  ]}`,
  'qualcuno',
  'una persona',
];
const onCall = [
  // "qualcuno di voi libero da altri impegni".
  'liber[oaie]',
  'a disposizione',
  'a nostra disposizione',
  'disponibil[ei]',
  'presente',
  'presenti',
  'reperibil[ei]',
  'in reperibilita',
  'raggiungibil[ei]',
  'allertat[oaie]',
  'prenotat[oaie]',
  'riservat[oaie]',
  'in stand ?by',
  'pronto',
  'pronta',
  // "un vostro tecnico dedicato a noi", "resti collegato con noi da remoto".
  'dedicat[oaie]',
  'collegat[oaie]',
  // "qualcuno di voi può intervenire subito": able to step in, on that day.
  '(?:puo|possa|potra|potesse|possono|possano|potranno|potessero) intervenire',
  // At the Ente's side that day: "un vostro tecnico ci affiancasse".
  '(?:ci |mi )?(?:affiancasse|affianchi|assistesse|supportasse)',
  // "il giorno dell'elaborazione un vostro tecnico ci seguisse da remoto".
  '(?:ci |mi )(?:seguisse|segua)',
];
// "chiediamo che un tecnico resti a disposizione"
// "il Comune di Bojano chiede che…": the Ente as the one asking (not a citizen or a firm).
const askVerbs = [
  'chiediamo',
  'chiedo',
  enteAsks,
  'vorremmo',
  'vorrei',
  'preferiremmo',
  'preferirei',
];
const staySubjunctives = [
  'resti',
  'rimanga',
  'stia',
  'sia',
  'restasse',
  'rimanesse',
  'stesse',
  'fosse',
  // The operator written to: "vorremmo che tu restassi a disposizione".
  'restassi',
  'rimanessi',
  'fossi',
];
const availableStates = [
  /a (?:nostra )?disposizione/,
  'disponibile',
  'reperibile',
  // "chiediamo che … qualcuno del vostro servizio elettorale sia in reperibilità".
  'in reperibilita',
  'raggiungibile',
  'collegat[oa]',
];
// Three ways of asking: reserve something, a helper on call, ask that someone stays available.
const reserveThing = pattern`\b${reserveThingVerbs}\b(?: [a-z']+){0,6}? ${reservedThing}\b`;
const helperOnCall = pattern`\b${someHelper}\b(?: [a-z']+){0,4}? ${onCall}\b`;
// The wish may name the person and say who they are first: "che quella mattina Davide Mariotti,
// che ci ha seguiti l'anno scorso, sia disponibile"; or put them last: "che sia lei a restare a
// disposizione".
/** "chiediamo comunque che", "vorremmo quindi che": an adverb between the wish and "che". */
const wishAdverbs = ['comunque', 'quindi', 'pertanto', 'inoltre', 'anche', 'pero', 'percio'];
const whoStays = pattern`(?:${staySubjunctives}|(?:sia|fosse) (?:lui|lei|[a-z]+) a (?:restare|rimanere|stare)|(?:puo|possa|potrebbe) (?:restare|rimanere))`;
// Up to 160 characters between: the person and who they are come first ("che la notte dello
// scrutinio la dott.ssa Loredana Pagnini, che ci ha seguito nelle ultime consultazioni e conosce
// le nostre sezioni, resti reperibile").
// Asked as a question too: "vi chiediamo se quel sabato può restare reperibile il sig. Floris".
const askToStay = pattern`\b${askVerbs}(?: ${wishAdverbs})? (?:che|se)\b[^.;\n]{0,160}\b${whoStays} ${availableStates}\b`;
// The vendor asked in the second person to stand by: "potete tenervi pronti", "restate reperibili",
// "tieniti libero tu quella mattina" (the operator the mail greets).
const youStandBy = pattern`\b${[
  /(?:tenervi|tenetevi|restate|rimanete|restare|rimanere) (?:pronti|liberi|disponibili|reperibili)/,
  /(?:tieniti|tenerti) (?:pront[oa]|liber[oa]|disponibile|reperibile)/,
]}\b`;
/** "vi chiedo", "vi preghiamo": the vendor asked. */
const askYouVerbs = ['chiedo', 'chiediamo', 'preghiamo', 'pregherei', 'domandiamo'];
/** What a courtesy offers to answer: "per eventuali chiarimenti", "per qualche domanda". */
const courtesyNeeds = [
  ...['chiariment', 'domand', 'informazion', 'richiest', 'dubb', 'necessita', 'question'],
  'ulterior',
];
/** "eventuali", "qualche": what opens the courtesy. */
const courtesyLeads = [
  'eventuali',
  'qualche',
  'ogni',
  'ulteriori',
  'altri',
  'qualsiasi',
  'qualunque',
];
/** "per eventuali chiarimenti", "a qualsiasi domanda". */
const courtesyFor = pattern`(?:per|a) (?:${courtesyLeads} )?${courtesyNeeds}`.source;
/**
 * "ti chiedo di restare a disposizione quella mattina": the vendor asked to stay at hand. Not the
 * courtesy "vi chiedo di rimanere a disposizione per eventuali chiarimenti", nor the Ente's own
 * people ("la collega potrà rimanere a disposizione del vostro tecnico").
 */
const stayAtHand = pattern`\b(?:ti|vi) ${askYouVerbs} (?:cortesemente |gentilmente )?di (?:restare|rimanere) a (?:nostra )?disposizione\b(?! ${courtesyFor})`;
/** "vi chiediamo di restare reperibili", "ti chiedo di rimanere…": the vendor asked, with an infinitive. */
const askedYouToStay = pattern`\b(?:vi|ti) ${askYouVerbs} di (?:restare|rimanere)\b`;
/**
 * A person kept free by name: "vi chiedo di tenere libero Fabio quella mattina" (not "tenere
 * libero quel giorno", "libero sabato", "libera l'agenda").
 */
const notAPerson = [
  ...['quel', 'quella', 'questo', 'questa', 'il', 'lo', 'la', 'un', 'una', 'uno', 'tutto', 'tutta'],
  ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'domani'],
  ...['mattina', 'pomeriggio', 'giorno', 'qualcuno', 'anche', 'per', 'dalle', 'fino', 'almeno'],
];
const keepNamedFree = pattern`\b(?:tener[ei]|tenete|teneste|lasciar[ei]|lasciate) liber[oa] (?!(?:${notAPerson})\b|l')[a-z]{3,}\b`;
const reserveRequest = pattern`${reserveThing}|${helperOnCall}|${askToStay}|${youStandBy}|${stayAtHand}|${keepNamedFree}`;
// …combined with a future or conditional frame in the same stretch of text…
const futureFrames = [
  'gia da ora',
  'gia da adesso',
  'gia adesso',
  "fin d'?ora",
  "sin d'?ora",
  'fin da ora',
  'sin da ora',
  'da subito',
  'in anticipo',
  'anticipatamente',
  'per tempo',
  'casomai',
  'caso mai',
  // "se per caso qualche servizio non ripartisse".
  'se per caso',
  'qualora',
  'nel caso',
  'in caso',
  'se dovesse',
  'se dovessero',
  'se servisse',
  // "se mai servisse", "se mai ci fossero problemi" (not "se mai fosse possibile").
  'se mai (?:servisse|servissero|dovesse|dovessero|ci fosse|ci fossero)',
  'se ci fosse',
  'se ci fossero',
  'eventualmente',
  'eventual[ei]',
  'per sicurezza',
  'per precauzione',
  'precauzionalmente',
  'per stare tranquill[ie]',
  'per (?:maggiore |piu |nostra )?tranquillita',
  'non si sa mai',
  // A possible failure as the condition: "qualcuno che possa seguirci se qualcosa si inceppa".
  pattern`se (?:[a-z']+ ){0,3}?${conditionFails}`,
  // A possible event in the subjunctive: "se l'aggiornamento dovesse fermarsi".
  /se (?:[a-z']+ ){0,3}?dovesse(?:ro)?\b/,
  'per ogni evenienza',
  // "preferisco non correre rischi": a precaution.
  '(?:per )?(?:non|nn) correre rischi',
  // Days to come: "la domenica e il lunedì dello scrutinio" (not "il lunedì della settimana
  // scorsa").
  pattern`(?:il|la) ${weekdays} (?:della|del|dello|delle|dei|dell')(?! ?(?:(?:settimana|mese) (?:scors|passat)|(?:scors|passat)[oa] (?:settimana|mese)))`,
  'a scanso di',
  'durante',
  'preventivamente',
  "in vista (?:di|del|della|dello|dei|delle|dell')",
  'in previsione',
  'per quando',
  'quando (?:faremo|dovremo|avremo|effettueremo|lanceremo|saremo|ci sara)',
  'il giorno (?:della|del|dello|delle|dei|in cui)',
  // The day named earlier: "quel giorno qualcuno di voi può intervenire".
  'quel giorno',
  'quel pomeriggio',
  'quella (?:mattina|mattinata|sera|serata|notte|giornata)',
  'la notte (?:della|del|dello|delle|dei)',
  'prossim[oaie]',
  "(?:fine|chiusura (?:dell'|del|della)) ?(?:anno|mese|esercizio|trimestre)",
  pattern`\d{1,2} ${months}`,
  // a verb in the future tense: "faremo", "passeranno"
  '[a-z]{2,}(?:remo|ranno)',
  pattern`(?:a|ad|in|per|entro|da|a inizio|a fine|di) (?:${months}|${weekdays})`,
];
const futureFrame = pattern`\b${futureFrames}\b`;
// …and not training, advice or a how-to appointment ("un appuntamento per spiegarci…").
const howTo = pattern`\b(?:${[
  ...['formazione', 'formativ[oa]', 'corso', 'addestramento', 'affiancamento', 'consulenza'],
  ...['spiegar[a-z]*', 'illustrar[a-z]*', 'mostrar(?:ci|mi)', 'insegnar[a-z]*', 'imparare'],
  // "per vedere insieme cosa impostare": set up with the consultant, a training session.
  '(?:vedere|rivedere|impostare|configurare) insieme',
]})\b`;
/** A problem that may come: "se si blocca qualcosa", "nel caso", "eventuali problemi". */
const possibleProblem =
  /\b(?:se (?:si blocca|qualcosa|ci fossero|dovesse|non)|nel caso|eventuali (?:problemi|errori|blocchi)|in caso di)/;
/**
 * The vendor's time asked for a set-up: "prenotare un vostro tecnico per quella mattina, per
 * installare il client e i driver" is work certain to be done, no help held ready for a problem
 * that may come (LABELLING: set-up asked of the vendor).
 */
const setUpTask =
  /\bper (?:installare|installarci|configurare|configurarci|caricare|attivare|predisporre|impostare)\b/;
/** The sentence books a set-up, no problem that may come: "…per installare il client". */
const setUpOnly = (sentence: string) => setUpTask.test(sentence) && !possibleProblem.test(sentence);

// The reserved time is the vendor's help ("una giornata del vostro tecnico", "tenerci libero un
// pomeriggio"), not a date or a person of the Ente ("fissare la data di scadenza della rata",
// "garantire la presenza del messo", "il tecnico comunale").
const vendorHelp = pattern`\b${[
  'vostr[oaie]',
  '(?:un|una|di un|di una|qualche|con un|con una) (?:tecnic[oi]|operator[ei]|operatrice|consulent[ei]|sistemist[ai])',
  'assistenza',
  'supporto',
  'intervent[oi]',
  'qualcuno',
  // "che quella mattina uno di voi restasse collegato".
  '(?:uno|una) di voi',
  'dedicat[oa] a noi',
  'con voi',
  'per noi',
  // "avere una persona collegata con noi dalle 9 in poi": connected to the Ente, from the vendor.
  'collegat[oaie] con noi',
  '[a-z]+(?:arci|erci|irci)',
  'tenerti',
  'tieniti',
  '(?:prenot|riserv|fiss)arvi',
  // The vendor addressed: "tenervi pronti", "restate reperibili".
  'tenervi',
  'tenetevi',
  'restate',
  'rimanete',
]}\b`;
const ownStaff = /\btecnic[oi] (?:comunal[ei]|dell'ente|del comune|intern[oi]|nostr[oi])\b/;
// A person asked to stay available in a wish addressed to the vendor is the vendor's, unless the
// text makes them the Ente's own: a titled surname ("l'ing. Paolucci") or someone who knows or
// followed the Ente's case ("…, che conosce la nostra installazione,"), not a system ("che il
// portale resti disponibile").
const setupDone = [
  ...['seguit', 'fatto', 'installat', 'configurat', 'curat', 'impostat', 'migrat'],
  ...['convertit', 'gestit'],
];
/** When the help was, said between: "che l'anno scorso ci ha seguito". */
const whenHelped = [
  ...['gia', "l'anno scorso", 'lo scorso anno', 'la volta scorsa', 'in passato'],
  // "che a novembre ci ha fatto l'installazione", "che nel 2024 ci ha seguito".
  /(?:a|ad|in|nel|a fine|a inizio) (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|\d{4})/,
];
const stayingPerson = pattern`\b(?:${[
  /(?:ing|dott|dott ssa|dr|geom|arch|sig|sig ra) {1,2}[a-z']{3,25}/,
  // "…, che ha curato la conversione dei nostri dati,": who did the Ente's setup.
  pattern`[a-z']{3,25}, che (?:${whenHelped} )?(?:ci |vi )?(?:conosce(?:va)?|(?:ha|aveva) ${setupDone}|segu(?:e|iva))`,
]})`;
const ownPerson = /\b(?:nostr[oa]|collega|comunale|dell'ente|del comune|intern[oa])\b/;

/** True when an ask that someone stay available names a person, and none of the Ente's. */
function namesVendorPerson(request: string): boolean {
  const person = stayingPerson.exec(request);
  return (
    person !== null && !ownPerson.test(request.slice(0, person.index + person[0].indexOf(' ')))
  );
}
/** "…resti reperibile. Magari non servirà, ma l'anno scorso ci ha aiutato molto". */
const helpedUs = pattern`\b(?:ci|vi) (?:ha|aveva) (?:gia |molto |sempre )?(?:${[...setupDone, 'aiutat', 'assistit', 'supportat']})[oaie]\b`;
/**
 * A person as the one to stay: a name without an article ("che Rosaria Ventura resti"), not a
 * thing ("che il modulo per le agevolazioni resti disponibile").
 */
const determiners = [
  ...['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno', 'quel', 'quella', 'questo'],
  ...['questa', 'nostr[oaie]', 'vostr[oaie]', 'qualcuno', 'tutt[oaie]'],
];
const personStays = pattern`\bche (?!(?:${determiners})\b)[a-z']{3,} [a-z']{3,} ${staySubjunctives}\b`;

/**
 * True when a person named in the wish helped the Ente before (the vendor's, then), and the wish
 * does not make them the Ente's own.
 */
function helpedUsBefore(after: string, wish: string): boolean {
  return personStays.test(wish) && helpedUs.test(after) && !ownPerson.test(wish);
}
/** "problemi in corso", "in corso d'opera": ongoing, not a training course. */
function withoutOngoing(text: string): string {
  return text.replace(/\b(?:in|nel) corso\b/g, (m) => m.replace('corso', '-----'));
}
// A how-to question ("come posso fissare la data…?") asks about the software, it books nothing.
const howToQuestion = /\b(?:come|dove|in che modo|quale|quali|cosa)\b/;
// "…nel caso si blocchi come l'anno scorso?": a comparison, not a how-to question.
const likeBefore = patternWith('g')`\bcome (?:gia )?${[
  "l'anno scorso",
  'lo scorso anno',
  'la volta scorsa',
  "l'ultima volta",
  'sempre',
  'al solito',
  'di solito',
  'ogni anno',
  // "…si bloccasse come successe alle europee?"; "capito" is "capitò", folded.
  '(?:e )?(?:successo|accaduto|capitato|successe|accadde|capito)',
]}\b`;
/** "Un'altra cosa:", "una cosa": a new point announced, not "cosa…?" asked. */
const anotherThing = /\b(?:un'|un |una )?altra cosa\b|\buna cosa\b/g;

// Thanks in advance ("vi ringrazio fin d'ora per la disponibilità del tecnico") book nothing.
const thanks = /\b(?:ringrazi[a-z]*|grazie)\b/;

/** "che sia lei a restare…": the one who stays, named before the wish. */
const pronounStays = /\b(?:sia|fosse) (?:lui|lei) a (?:restare|rimanere|stare)\b/;
/** A vendor's person recalled: "ne avevo parlato con Giulia", "che conosce la nostra configurazione". */
const vendorRecalled =
  /\b(?:parlato|sentito) con [a-z]+|\bche conosce (?:bene |gia )?(?:la |il |le |i )?nostr[aeio]\b/;

// Built once: a pattern built per call is compiled again whenever V8's cache of compiled patterns
// has been emptied (see allMatches in text/matches.ts).
const reserveRequestAll = new RegExp(reserveRequest.source, 'g');
const conditionalAll = new RegExp(conditional.source, 'g');

function findReservation(text: string): { index: number; length: number } | null {
  // "che il sig. Gatti fosse disponibile": an abbreviation's dot ends no sentence (blanked, same
  // length, so offsets still hold).
  const folded = blankAbbreviationDots(text);
  const re = reserveRequestAll;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    const around = folded.slice(Math.max(0, m.index - 160), m.index + m[0].length + 160);
    const near = folded.slice(Math.max(0, m.index - 40), m.index + m[0].length + 60);
    const reserved = folded.slice(m.index, m.index + m[0].length + 40).replace(ownStaff, ' ');
    const askedYou =
      stayAtHand.test(m[0]) ||
      keepNamedFree.test(m[0]) ||
      askedYouToStay.test(folded.slice(Math.max(0, m.index - 30), m.index + 16));
    const sentence = sentenceAround(folded, m.index, m.index + m[0].length);
    const question =
      sentence.endsWith('?') &&
      howToQuestion.test(sentence.replace(likeBefore, ' ').replace(anotherThing, ' '));
    // The person may follow the wish: "che quel giorno fosse disponibile Luca Bertoni, che…".
    const vendorPerson =
      askToStay.test(m[0]) &&
      (namesVendorPerson(folded.slice(m.index, m.index + m[0].length + 60)) ||
        helpedUsBefore(folded.slice(m.index, m.index + m[0].length + 160), m[0]));
    // "Ne avevo già parlato con Giulia, che conosce la nostra configurazione: chiediamo che sia
    // lei a restare a disposizione": the vendor's person, named just before the wish.
    const recalledPerson =
      pronounStays.test(m[0]) &&
      vendorRecalled.test(folded.slice(Math.max(0, m.index - 200), m.index));
    if ((!vendorHelp.test(reserved) && !vendorPerson && !askedYou && !recalledPerson) || question) {
      continue;
    }
    if (setUpOnly(sentence)) continue;
    // Thanks in the booking's own sentence ("vi ringrazio fin d'ora per la disponibilità del
    // tecnico"), not a "grazie" after it.
    // Training anywhere in the booking's sentence: "fissare un appuntamento con un vostro
    // consulente … per vedere insieme cosa impostare".
    const trains =
      (howTo.test(withoutOngoing(near)) || howTo.test(withoutOngoing(sentence))) &&
      !possibleProblem.test(sentence);
    if (futureFrame.test(around) && !trains && !thanks.test(sentence)) {
      return { index: m.index, length: m[0].length };
    }
  }
  return null;
}

/** Where a booking phrase is in `folded` (lower-case, accent-free text), or null. */
export function findFutureNeed(text: string): { index: number; length: number } | null {
  const { joined, toOrigin } = joinWrappedLines(text);
  const found = findIn(joined);
  if (!found) return null;
  const start = toOrigin(found.index);
  const end = toOrigin(found.index + found.length - 1) + 1;
  return { index: start, length: end - start };
}

const isBlank = (ch: string | undefined) => ch === ' ' || ch === '\t';

/**
 * A line wrapped by the mail client inside a sentence is one sentence: a single line break and
 * the blanks around it become one space; a blank line still ends a paragraph. `toOrigin` maps an
 * offset of `joined` back to `text`.
 */
function joinWrappedLines(text: string): { joined: string; toOrigin: (at: number) => number } {
  const parts: string[] = [];
  // For each collapsed break: where the text after it starts in `joined`, and chars removed so far.
  const marks: { at: number; removed: number }[] = [];
  let from = 0;
  let length = 0;
  let removed = 0;
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) {
    let q = p;
    while (q > from && isBlank(text[q - 1])) q--;
    let r = p + 1;
    while (r < text.length && isBlank(text[r])) r++;
    if (q === 0 || r >= text.length || text[q - 1] === '\n' || text[r] === '\n' || q < from) {
      continue;
    }
    parts.push(text.slice(from, q), ' ');
    length += q - from + 1;
    removed += r - q - 1;
    marks.push({ at: length, removed });
    from = r;
    p = r - 1;
  }
  if (marks.length === 0) return { joined: text, toOrigin: (at) => at };
  parts.push(text.slice(from));
  const toOrigin = (at: number) => {
    let shift = 0;
    for (const m of marks) {
      if (m.at > at) break;
      shift = m.removed;
    }
    return at + shift;
  };
  return { joined: parts.join(''), toOrigin };
}

// "Vorrei sapere, in previsione di eventuali blocchi, come si attiva il registro di emergenza": a
// how-to question framed by a future need, no help reserved (unless the sentence names some).
const indirectHowTo =
  /\b(?:sapere|capire|chiedervi|domandarvi)\b[^.;?]{1,80}?\b(?:come|in che modo|cosa) (?:si|posso|possiamo|dobbiamo|devo|fare|va|vanno|bisogna)\b/;
const helpNamed =
  /\b(?:tecnic[oi]|operator[ei]|sistemist[ai]|consulent[ei]|supporto|assistenza|intervent[oi]|reperibil[ei]|disponibil[ei]|prenot[a-z]*|fissare|riservare)\b/;

function findIn(folded: string): { index: number; length: number } | null {
  for (const re of [strong, reserve]) {
    const m = re.exec(folded);
    // A half day booked with a consultant "per vedere insieme il conguaglio" is training; not a
    // technician kept "così se si blocca qualcosa ce lo può spiegare": a possible problem.
    const sentence = m
      ? withoutOngoing(sentenceAround(folded, m.index, m.index + m[0].length))
      : '';
    if (
      m &&
      !training.test(withoutOngoing(folded.slice(m.index, m.index + m[0].length + 40))) &&
      !(howTo.test(sentence) && !possibleProblem.test(sentence)) &&
      !(indirectHowTo.test(sentence) && !helpNamed.test(sentence)) &&
      !setUpOnly(sentence)
    ) {
      return { index: m.index, length: m[0].length };
    }
  }
  const reservation = findReservation(folded);
  if (reservation) return reservation;
  if (assistanceRequest.test(folded)) {
    const re = conditionalAll;
    re.lastIndex = 0;
    let c: RegExpExecArray | null;
    while ((c = re.exec(folded)) !== null) {
      // "Vi ringrazio fin d'ora": thanks in advance, not a booking.
      if (/ringrazi|grazie/.test(folded.slice(Math.max(0, c.index - 25), c.index))) continue;
      return { index: c.index, length: c[0].length };
    }
  }
  const stood = standingBy.exec(folded);
  return stood ? { index: stood.index, length: stood[0].length } : null;
}
