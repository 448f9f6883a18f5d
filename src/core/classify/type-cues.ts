// The words the ticket-type classifier reads (classify-type.ts), as reviewable lists. Every
// pattern runs on folded text (lower case, no accents). Kept apart from the decision so that a
// change of wording is a one-line diff.
import { blankMatch, someMatch } from '../text/matches';
import {
  askFirstPerson,
  askInfinitive,
  objectClitic,
  taskVerbsFirstPerson,
} from '../text/questions';
import { pattern, patternWith } from '../text/word-list';

export const months = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];
export const weekdays = [
  'lunedi',
  'martedi',
  'mercoledi',
  'giovedi',
  'venerdi',
  'sabato',
  'domenica',
];

// ---------------------------------------------------------------------------------------------
// The user's own mistake (supporto): "ho cancellato per errore", "errore di battitura mio".

const staff = [
  'collega',
  'colleghi',
  'colleghe',
  'collaborator[ei]',
  'collaboratrice',
  'dipendente',
  'addett[oa]',
  'impiegat[oa]',
  'operator[ei]',
  'operatrice',
];
/** "ho importato", "abbiamo emesso", "ho premuto": stems of recording something in the software. */
const recordedStems = [
  'importat',
  'registrat',
  'inserit',
  'caricat',
  'emess',
  'lanciat',
  'elaborat',
  'protocollat',
  'trasmess',
  'inviat',
  'pubblicat',
  'liquidat',
  // "ho premuto due volte Registra": the user's double click.
  'premut',
  'cliccat',
  'schiacciat',
];
/** What runs by itself: when it "ha importato due volte", the software did it. */
const processes = [
  ...['scarico', 'procedura', 'programma', 'sistema', 'elaborazione', 'importazione', 'import'],
  ...['flusso', 'sincronizzazione', 'server', 'portale', 'applicativo', 'gestionale'],
  ...['job', 'nodo', 'cityware', 'calcolo', 'ricalcolo', 'funzione', 'routine', 'batch'],
  'automatismo',
];
/** Loading verbs' stems: "caricat", "importat". */
const loadedStems = '(?:caricat|importat|registrat|inserit|acquisit)';
const explicitMistakes = patternWith('g')`\b${[
  'per errore',
  'erroneamente',
  'per sbaglio',
  'errore materiale',
  '(?:ho|abbiamo|avevo|avevamo) sbagliato',
  // "la password l'ho sbagliata tre volte": the clitic object agrees with the participle.
  "l'(?:ho|abbiamo|avevo|avevamo) sbagliat[oaie]",
  pattern`${staff}\b[^.\n]{0,30}\b(?:ha|hanno|aveva|avevano) (?:sbagliato|inserito male)`,
  '(?:ho|abbiamo) inserito male',
  'inserit[oaie] male',
  '(?:ho|abbiamo|avevo|avevamo) dimenticato',
  'sbagliato ad?',
  'inavvertitamente',
  // "ho pubblicato la 142 con il pdf della 141, colpa mia.", "mea culpa" (not "non vogliamo che
  // paghino in ritardo per colpa nostra": a fear).
  /[,;:(-] ?colpa (?:mia|nostra)(?=\s*[.!;)\n]|$)/,
  'mea culpa',
  'involontariamente',
  'per distrazione',
  'distrattamente',
  'per una svista',
  // "è stata una mia dimenticanza", "mi sono dimenticata di collegarlo".
  '(?:una |per una |a causa di una )?(?:mia|nostra) (?:dimenticanza|svista|distrazione|disattenzione|leggerezza)',
  '(?:mi sono|ci siamo) dimenticat[oaie]',
  'senza volerlo',
  'senza accorgermi',
  'errore (?:di battitura|di digitazione|di inserimento|mio|nostro)',
  "(?:mi|ci) (?:sono|siamo) accort[oaie] (?:dell'errore|di aver|che avevo|che avevamo)",
  // "mi accorgo ora di aver impostato il tasso del 2024".
  '(?:mi accorgo|ci accorgiamo) (?:ora |adesso |solo ora |solo adesso )?di aver',
  'ho fatto un errore',
  // "l'errore è mio", "l'errore è stato nostro" (folded: no accents).
  "(?:l'|l )errore e (?:stato )?(?:mio|nostro)",
  // "per un mio errore", "a causa di un nostro errore".
  '(?:per|a causa di|dovut[oa] a) (?:un )?(?:mio|nostro) errore',
  // "per un errore dell'ufficio", "a causa di un errore di un collega": the office's own.
  "(?:per|a causa di|dovut[oa] a) (?:un )?errore (?:dell'ufficio|del nostro ufficio|di un (?:collega|operatore|dipendente)|interno)",
  'abbiamo fatto un errore',
  'ho fatto confusione',
  // "nell'anagrafica ho invertito i due codici fiscali", "ho scambiato le due pratiche".
  '(?:ho|abbiamo) (?:invertito|scambiato|confuso)',
  // "indirizzandola, per un errore nella scelta dalla rubrica, alla Provincia".
  '(?:per|a causa di) un (?:mio |nostro )?errore (?:nella|nel|di) (?:scelta|selezione|digitazione|battitura|compilazione)',
  // The wrong person picked: "ha selezionato l'omonimo nato nel 1947", "un suo omonimo".
  "(?:selezionat|scelt|registrat|inserit|intestat)[oaie] (?:[a-z']+ ){0,4}?(?:l'|un |il suo |un suo |all'|sull'|al )?omonimo",
  // The wrong thing deleted: "ho cancellato la pratica 2026/087 invece della bozza duplicata".
  '(?:ho|abbiamo) (?:cancellat|eliminat)[oaie] [^.\\n]{1,80}? (?:invece|anziche|al posto) d[a-z]*',
  // The wrong place or record chosen: "ho registrato la liquidazione della fattura n. 58/2026
  // sull'impegno 312 invece che sul 298" (not "ho generato gli avvisi che riportano il 2025
  // invece del 2026": what the software did, in a clause of its own).
  '(?:ho|abbiamo) (?:registrat|imputat|intestat|associat|liquidat)[oaie] ' +
    '(?:(?! che )[^.\\n,;]|\\.(?=\\s?\\d)){1,140}? (?:invece (?:che|d[a-z]*)|anziche|al posto d[a-z]*)\\b',
  // The choice owned with a stressed "io": "ho selezionato io la vecchia coordinata bancaria della
  // ditta invece di quella nuova" (the subject after the verb says who picked the wrong one).
  '(?:ho|abbiamo) (?:selezionat|scelt|usat|utilizzat|indicat|inserit|impostat)[oaie] (?:io|noi) ' +
    "[^.\\n]{1,100}? (?:invece (?:che|d[a-z']*)|anziche|al posto d[a-z']*)",
  // "ho fatto un pasticcio: stamattina ho pubblicato la delibera nella versione non oscurata".
  '(?:ho|abbiamo) fatto (?:un )?(?:pasticcio|casino|guaio|disastro)',
  // "La colpa è mia: … ho lasciato la durata standard"; "l'errore l'ha fatto Elisa a gennaio".
  '(?:la )?colpa e (?:stata )?(?:mia|nostra)',
  'e colpa (?:mia|nostra)',
  // Not "l'errore l'ha fatto il programma".
  "(?:l'|l )errore l'(?:ho|abbiamo|ha|hanno) fatto(?! (?:il|la) (?:programma|sistema|procedura|software|gestionale)| cityware)",
  // Done again what was already done: "ho caricato il file dei versamenti che la collega aveva
  // già caricato" (a double by hand).
  pattern`(?:ho|abbiamo) ${loadedStems}o [^.;\n]{1,80}? che (?:[a-z']+ ){0,3}?(?:aveva|avevano|avevo|avevamo) gia ${loadedStems}[oaie]`,
  // A step found undone afterwards: "le nuove aliquote non le avevamo ancora aggiornate" (the
  // clitic points back to the data; not "non avevamo ancora aggiornato Cityware e già si blocca").
  "non (?:l[eoai] |l')(?:avevo|avevamo) ancora (?:aggiornat|inserit|caricat|modificat|impostat|registrat)[oaie]",
  // "…ci manca la delibera sul contributo, che non l'avevamo inserita nell'ordine del giorno".
  "(?:che|e) non (?:l[eoai] |l')(?:avevo|avevamo) (?:inserit|caricat|registrat)[oaie]",
  // The office's own slip told in the passive: "è stata annullata in ufficio la settimana scorsa
  // al posto della 4512".
  pattern`(?:e|sono) stat[oaie] [a-z]{3,}t[oaie] ${[
    ...[
      'in ufficio',
      'da noi',
      'dal nostro ufficio',
      'da un collega',
      'dalla collega',
      'dal collega',
    ],
  ]}\b[^.\n]{0,60}?\b(?:al posto|invece) d[a-z]*`,
]}\b`;
// The same action done twice by hand: "ho importato due volte lo stesso file", "(la collega…:)
// ha registrato due volte…", not "lo scarico dai palmari ha importato due volte": the software.
// The subject is read in code: a pattern looking back over the clause ran from every stop.
const doneTwice = patternWith(
  'g',
)`\b(?:ho|abbiamo|ha|hanno) (?:gia )?${recordedStems}\w* (?:[\w']+ ){0,4}?(?:per )?(?:due volte|una seconda volta)\b`;
const processSubject = pattern`(?:^|[,(]|\b(?:il|lo|la|l'|un|una|uno|i|gli|le))\s*${processes}\b`;

const staffIn = pattern`\b${staff}\b`;
/** A click: "ho cliccato due volte sull'icona" opens a program, a slip only if it made a double. */
const clickStem = /^(?:ho|abbiamo|ha|hanno) (?:gia )?(?:premut|cliccat|schiacciat)/;
/** What a double click doubled: "sono stati creati due protocolli", "una seconda pratica". */
const doubled =
  /\b(?:due|doppi[oaie]?|duplicat\w*|duplicazion\w*|second[oa]|identic[hi]?[oaie]|raddoppiat\w*)\b/;
/**
 * A try again that failed the same way: "l'ho lanciata due volte, ieri pomeriggio e stamattina, con
 * lo stesso risultato". The failure repeated, no double made.
 */
const sameOutcome =
  /^[^.;\n]{0,60}?\b(?:(?:con )?(?:lo )?stess[oa] (?:risultato|errore|messaggio|esito|blocco)|sempre (?:uguale|lo stesso)|senza (?:successo|risultato))\b/;
function doneTwiceByHand(text: string): boolean {
  return someMatch(doneTwice, text, (m) => {
    if (deniedAt(text, m.index)) return false;
    if (sameOutcome.test(text.slice(m.index + m[0].length, m.index + m[0].length + 100))) {
      return false;
    }
    if (clickStem.test(m[0])) {
      const after = m.index + m[0].length;
      return doubled.test(text.slice(after, after + 160));
    }
    if (m[0].startsWith('ho ') || m[0].startsWith('abbiamo ')) return true;
    const clauseStart = Math.max(
      text.lastIndexOf('.', m.index),
      text.lastIndexOf(';', m.index),
      text.lastIndexOf(':', m.index),
      text.lastIndexOf('\n', m.index),
      m.index - 80,
    );
    const clause = text.slice(clauseStart + 1, m.index);
    return !processSubject.test(clause.trim()) || staffIn.test(clause);
  });
}

/**
 * "Non l'ho sbagliata io", "non abbiamo lanciato la procedura due volte": a mistake denied. Not
 * "non mi sono accorta dell'errore" (not noticing it admits it) nor "non ho sbagliato solo la
 * data, ma anche l'importo".
 */
export function deniedAt(text: string, at: number): boolean {
  if (!/\bnon $/.test(text.slice(Math.max(0, at - 4), at))) return false;
  if (
    /^(?:mi|ci) (?:sono|siamo) accort|^(?:mi accorgo|ci accorgiamo)/.test(text.slice(at, at + 20))
  ) {
    return false;
  }
  return !/\b(?:solo|soltanto)\b[^.;\n]{1,60}\bma (?:anche|pure)\b/.test(text.slice(at, at + 110));
}

/**
 * A slip about the mail, not the software: "la schermata che avevo dimenticato di allegare" (the
 * object before the verb, or "…di allegarla ieri", "…alla mail"; not "di allegare il parere alla
 * delibera": attaching in the software), "la PEC arrivata per errore sulla sua casella", "ho
 * ricevuto per errore" (someone else's misdelivery; not "una ricevuta per errore").
 */
const toTheMail = pattern`(?= ?(?:$|[.,;:!?\n]|${[
  ...['ieri', 'prima', 'stamattina', 'in precedenza'],
  /alla (?:mail|e-mail|email|segnalazione|richiesta|precedente)/,
  /al (?:messaggio|ticket)/,
]}\b))`;
// "avevo dimenticato di allegare lo screenshot", "…la stampa" (a printout sent to show the
// problem): what only a mail carries.
const mailPicture =
  /(?:anche )?(?:(?:lo|la|le|gli|il|i) |l')?(?:screenshot|schermat[ae]|immagin[ei]|foto|videat[ae]|file di log)\b/;
/** A printout or a PDF: sent with the mail, or a record's own file ("il pdf alla determina"). */
const mailPrintout = /(?:anche )?(?:(?:lo|la|le|gli|il|i) |l')?(?:stamp[ae]|pdf)\b/;
// Not attached to a record in the software: "…il pdf firmato alla determina", "…le stampe delle
// fatture al mandato", "…alla registrazione".
const notToARecord = pattern`(?![^.;:?!\n]{0,50}\b(?:al|alla|allo|all'|ai|alle|nel|nella|nell'|sul|sulla) ?(?!(?:${[
  ...['mail', 'e-mail', 'email', 'segnalazione', 'richiesta', 'messaggio', 'ticket', 'precedente'],
  'prima',
]})\b)[a-z])`;
const attachVerb = 'allegar(?:e|vi|ti|le)?';
const aboutTheMail = pattern`^ (?:di )?(?:${attachVerb}${toTheMail}|${attachVerb} ${mailPicture}|${attachVerb} ${mailPrintout}${notToARecord}|allegarv\w*|${[
  ...['mandarv', 'mandart', 'inviarv', 'inviart', 'scrivervi', 'scriverti', 'dirvi', 'dirti'],
  ...['indicarvi', 'precisar', 'specificarv', 'segnalarv', 'metterv\\w* in copia'],
]})`;
// "arrivata per errore" whatever comes before; "giunta" and "ricevuta" are nouns too (the Giunta,
// a receipt), so they need a verb or a mail before them.
const misdelivered = pattern`\b(?:${[
  /(?:arrivat|pervenut|recapitat)[oaie]/,
  /(?:e|sono|e stat[oa]|sono stat[ie]|mi e|ci e|ci sono|mi sono) giunt[oaie]/,
  // A confidentiality notice above the signature: "Se avete ricevuto questo messaggio per errore…".
  /(?:ho|abbiamo|ha|hanno|avete|aveste) ricevut[oaie](?: (?:questo|questa|il presente|la presente) (?:messaggio|e-mail|email|mail|comunicazione))?/,
  /(?:pec|mail|e-mail|email|messaggio|comunicazione|fattura|fatture|nota) (?:ricevut|giunt)[oaie]/,
]}) $`;

/** What only a mail carries: "lo screenshot", "la schermata" (a photo may be a record's). */
const forgottenPicture = /^ (?:anche )?(?:(?:lo|la|le|gli|il|i) |l')?(?:screenshot|schermat[ae])\b/;
/** Sent with this mail, a screenshot or printout named: "vi mando la stampa della liquidazione". */
const sendNow = /(?:ecco|(?:vi |ve |ti |te )?(?:mando|invio|allego|giro|rimando))/;
const mailThingBefore = pattern`\b${sendNow}\b[^.;:!?\n]{0,20}\b(?:${mailPicture}|${mailPrintout})[^.;:!?\n]{0,50}$`;
/** The clause ends after the verb, a time word maybe: "…che avevo dimenticato stamattina:". */
const endsAfterVerb = /^ ?(?:(?:stamattina|ieri|prima|in precedenza) ?)?(?:[.,;:!?\n]|$)/;
/**
 * Forgotten with the first mail: "nella fretta ho dimenticato lo screenshot", "vi mando la stampa
 * della liquidazione che avevo dimenticato stamattina". A slip about the mail, not the software
 * (not "ho dimenticato la foto" of a CIE, nor "avevo dimenticato prima di aggiornare").
 */
function forgotTheMailsThing(text: string, m: RegExpExecArray): boolean {
  if (!m[0].includes('dimentica')) return false;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  if (forgottenPicture.test(after)) return true;
  const before = text.slice(Math.max(0, m.index - 90), m.index);
  return endsAfterVerb.test(after) && (mailThingBefore.test(before) || mailPartBefore.test(before));
}
/**
 * A part of the mail itself before "che avevo dimenticato": "con un oggetto chiaro e il
 * telefono".
 */
const mailPartBefore =
  /\b(?:oggetto|telefono|numero di telefono|recapito|firma|allegato)\b[^.;:!?\n]{0,30}$/;
/**
 * Rejected "per errore" and the error named after it, a cause: "ci hanno scartato tutti i mandati x
 * errore sul codice siope" (a phone's "x"); not "fattura rifiutata per errore", the writer's slip.
 */
function rejectedFor(text: string, start: number, end: number): boolean {
  return (
    rejected.test(text.slice(Math.max(0, start - 50), start)) &&
    errorNamed.test(text.slice(end, end + 12))
  );
}
/**
 * The writer correcting a record's material error in the software ("quando rettifico la data di
 * nascita (errore materiale nella trascrizione dell'atto) il salvataggio dà errore"): the reason
 * for the procedure, not a mistake to undo.
 */
const correcting = /\brettific[a-z]*\b[^.;\n]{0,80}$/;
const rejected = /\b(?:scartat|rifiutat|respint|bloccat|sospes)[oaie]\b[^.;\n]{0,40}$/;
const errorNamed = /^ (?:sul|sulla|sullo|sui|sulle|nel|nella|nei|nelle|di|del|della|dei|delle) /;

/** The user's own mistake, said outright: "per errore", "ho importato due volte". */
export function saysOwnMistake(text: string): boolean {
  return (
    someMatch(
      explicitMistakes,
      text,
      (m) =>
        !deniedAt(text, m.index) &&
        !aboutTheMail.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80)) &&
        !forgotTheMailsThing(text, m) &&
        !misdelivered.test(text.slice(Math.max(0, m.index - 60), m.index)) &&
        !(m[0] === 'per errore' && rejectedFor(text, m.index, m.index + m[0].length)) &&
        !(
          m[0] === 'errore materiale' &&
          correcting.test(text.slice(Math.max(0, m.index - 80), m.index))
        ),
    ) || doneTwiceByHand(text)
  );
}
/**
 * The full stop of a common abbreviation ("prot. n. 21877", "matr. 412"), which ends no
 * sentence: replaced by a space before the own-action test reads a sentence.
 */
export const abbreviationDot =
  /\b(n|nr|num|prot|matr|art|pag|rif|cod|pos|reg|det|sig|dott|dr|ing|geom|arch|prof|rag|avv|ag|isp)\./g;
/** A step done too soon: "ho chiuso il mese prima di caricare gli straordinari". */
const tooSoon = pattern`(?:${[
  /prima di (?:aver |avere )?(?:caric|inser|registr|import|controll|verific|aggiorn)[a-z]*/,
  'troppo presto',
  // "…chiuso il mese, ma ci siamo accorti solo ieri che mancavano le presenze di tre classi".
  /(?:mi sono|ci siamo) accort[oaie] (?:solo )?(?:[a-z]+ )?(?:dopo )?che mancav/,
]})`;
/** What the program does with the data: "viene", "risulta", "riporta", "sono calcolati". */
const softwareDoes = pattern`(?:${[
  ...['viene', 'vengono', 'risulta', 'risultano', 'compare', 'compaiono', 'esce', 'escono'],
  ...['appare', 'appaiono', 'riporta', 'riportano', 'calcola', 'calcolano', 'sono calcolat[ie]'],
]})`.source;
/**
 * The user's own action that went wrong: "ho registrato … la ditta sbagliata". Weaker than an
 * explicit mistake: "abbiamo già consegnato tessere sbagliate" may follow the software's error.
 */
export const ownWrongAction = pattern`\b(?:ho|abbiamo|avevo|avevamo|di aver|di avere) (?:gia )?${[
  // Not checking what is there: "ho verificato io stessa: 8 hanno la scadenza sbagliata".
  // Nor what came: "pensano di aver ricevuto un avviso sbagliato".
  '(?!(?:verific|controll|not|constat|riscontr|prov|guard|osserv|trov|cerc)ato\\b|ricevuto\\b)[a-z]{3,}(?:ato|ito|uto)',
  // Irregular participles of data entry: "ho scritto 2024 invece di 2025", "ho messo".
  // "ho scritto all'assistenza" is writing to someone, not a value typed in.
  "(?:tra)?scritt[oaie](?! (?:a|ad|al|allo|alla|alle|ai|agli|all')\\b)",
  '(?:ri|e|tras)?mess[oaie]',
  'pres[oaie]',
  '(?:in|es)clus[oaie]',
  // "l'ho registrata io come servizio istituzionale, ma si tratta di attività commerciale".
  '[a-z]{3,}(?:at|it|ut)[oaie] (?:io|noi) come',
  // "la seconda l'ho inserita io a mano perché pensavo che…": done by the writer, on a belief.
  '(?!(?:verific|controll|not|constat|riscontr|prov|guard|osserv|trov|cerc)at[oaie]\\b)[a-z]{3,}(?:at|it|ut)[oaie] (?:io|noi)\\b',
  // The wrong value is the user's when no doing of the software comes between ("abbiamo
  // aggiornato e la segnatura viene stampata sopra invece che nell'angolo", "gli avvisi che
  // abbiamo generato riportano l'importo del 2025 invece di quello nuovo" are the software's;
  // so are "gli interessi sono calcolati fino all'elaborazione invece che…").
  // Nor what only looked wrong: "ho stampato il registro e a prima vista sembrava sbagliato".
]}\b(?:(?!\b(?:${softwareDoes}|sembra(?:va|vano)?|pareva|parevano)\b)[^.\n]){0,100}\b${[
  'sbagliat[oaie]',
  'errat[oaie]',
  'invece (?:d|che)',
  'anziche',
  // Not a replacement: "abbiamo installato la stampante nuova al posto della vecchia".
  "al posto d(?!(?:el|ella|ello|ei|elle|egli|ell'|i) (?:vecchi|precedent))",
  'invertend',
  'scambiand',
  'confondend',
  // "ho inserito io l'IBAN con due cifre invertite", "ho emesso le rette dimenticando di…".
  'invertit[oaie]',
  'dimenticand',
  'ma (?:in realta )?si tratta(?:va)? d',
  // The belief that made the writer act, wrong: "…perché pensavo che l'importazione non
  // l'avesse presa".
  'perche (?:pensavo|pensavamo|credevo|credevamo|ritenevo|ritenevamo) che',
]}`;
/**
 * "abbiamo capito cosa è successo, e non è colpa del programma: una collega ha cancellato…": the
 * software cleared, so the matter is the Ente's own. Weak, as an own action gone wrong is: a clear
 * fault told beside it still wins ("il collega dice che non è colpa del programma, ma si blocca
 * con errore 500"), and asked ("non è colpa del programma?") it clears nothing.
 */
export const notSoftwaresFault =
  /\bnon e (?:stata )?colpa (?:del programma|del sistema|del software|del gestionale|della procedura|vostra|di cityware)\b(?![^.!?\n]*\?)/;
const closedSoon = patternWith(
  'g',
)`\b(?:ho|abbiamo|avevo|avevamo) chius[oaie]\b[^.\n]{0,80}\b${tooSoon}`;

/** "ho chiuso il mese prima di caricare gli straordinari", not "non abbiamo chiuso…". */
export function closedTooSoon(text: string): boolean {
  return someMatch(closedSoon, text, (m) => !deniedAt(text, m.index));
}
const undoVerbs = [
  'modificar',
  'corregger',
  'annullar',
  'cancellar',
  'eliminar',
  'recuperar',
  'ripristinar',
  'rettificar',
  'stornar',
  'riaprir',
  'sistemar',
  // "(il mese chiuso) non ci permette di inserire le presenze mancanti".
  'inserir',
];
// After the user's own mistake, "non riesco più a modificarla" asks for the fix: no malfunction.
// The same said of the record: "il campo non è modificabile", "non si lascia più correggere".
const cannotVerbs = [
  ...['riesco', 'riusciamo', 'posso', 'possiamo', 'si puo', 'e possibile'],
  ...['consente', 'permette', 'mi fa', 'ci fa'],
];
const undoAdjectives = ['modificabil', 'correggibil', 'annullabil', 'cancellabil', 'eliminabil'];
export const cannotUndo = patternWith('g')`\bnon (?:${[
  // "non ci permette di inserire…".
  pattern`(?:(?:ci|mi) (?=consente|permette))?${cannotVerbs} (?:piu )?(?:a |ad |di )?${undoVerbs}`,
  pattern`(?:si lascia|si lasciano|mi lascia|ci lascia) (?:piu )?${undoVerbs}`,
  pattern`(?:e|sono|risulta|risultano) (?:piu )?${undoAdjectives}`,
]})[a-z]*`;
/**
 * After the user's own mistake, "il campo risulta bloccato" is the record refusing the fix (as
 * "non è modificabile"), not a malfunction.
 */
export const lockedRecord = /\b(?:e|sono|risulta|risultano) (?:ora |adesso |gia )?bloccat[oaie]\b/g;
/** After the user's own mistake, the wrong value is the mistake itself, not the software's. */
export const wrongValue = /\b(?:sbagliat[oaie]|errat[oaie])\b/g;

/** Asking to correct or undo something: with the user's own mistake, the help of supporto. */
export const correction = pattern`\b${[
  'annullare',
  'annullamento',
  'annullarl[aoie]',
  'ripristinare',
  'ripristino',
  'ripristinarl[aoie]',
  'recuperare',
  'correggere',
  'correzione',
  'correggerl[aoie]',
  'rettificare',
  'rettifica',
  'stornare',
  'storno',
  'sistemare',
  'modificare un dato',
  'eliminare',
  'cancellare',
  'riaprire',
]}\b`;

// ---------------------------------------------------------------------------------------------
// Restoring access (supporto): a locked, expired or disabled user, a forgotten password.

/** Rights an account holds: "i permessi", "le abilitazioni", "il profilo". */
const grantedRights =
  /(?:permessi|abilitazion[ei]|access[oi]|profil[oi]|autorizzazion[ei]|privilegi)/;
/** What the user asks to have back: unlock, reactivation, a new password. */
export const restoreRequest = pattern`\b${[
  'sblocc\\w*',
  // "chiedo di azzerarla", "azzerare la password": a password reset (not "azzerare a mano
  // le posizioni").
  'azzerarl[aoie]',
  'azzerare (?:la|le) password',
  'riattiv\\w*',
  'riabilit\\w*',
  'reimpost\\w*',
  'resett\\w*',
  'reset',
  // "chiede che gli vengano ripristinati i permessi di prima": rights given back.
  // Asked, not told: "che gli vengano ripristinati" (not "sono stati ripristinati i profili").
  pattern`(?:(?:vengano|venga|siano|sia) ripristinat[oaie]|ripristinar(?:e|mi|gli|le|ci)) (?:i |il |la |le |gli |l'|tutti i )?${grantedRights}`,
  // "potete rimandarle l'accesso?": access given back.
  "(?:rimandar|reinviar|rinviar)(?:e|mi|le|gli|ci) (?:l'accesso|le credenziali|la password)",
  'nuova password',
  'password provvisoria',
  'password temporanea',
  'credenziali nuove',
  'nuove credenziali',
  // Activating or enabling again: "chiedo di abilitare di nuovo il profilo della collega". A
  // first set-up (installing, configuring, creating, an account for someone new) restores
  // nothing: LABELLING types it null.
  "(?:chiedo|chiediamo|richiedo|richiesta di|vi chiedo|vi chiediamo) (?:di |l'|la |il )?(?:attiva|abilita|crea|installa|configura)\\w* (?:di nuovo|nuovamente)",
]}\b`;
/** Every restore request of a text (restoreRequest, global), built once. */
const restoreRequests = new RegExp(restoreRequest.source, 'g');
/**
 * "la mail per reimpostarla non arriva": the message the program sends to reset, named (not "vi
 * chiediamo il PUK o la procedura di sblocco", asked for: measured).
 */
const resetMeans = /\b(?:mail|e-?mail|link|messaggio) per $/;
/** "il modulo di richiesta di abilitazione": a form's name, not a request. */
const formName = /\b(?:modulo|modello|form|stampato) (?:di )?$/;
/**
 * "come si riattiva…", "… oppure va riabilitato?": an impersonal how-to question, not a request to
 * restore.
 */
const howOneDoes =
  /\bcome (?:si|si fa a|si puo|posso|possiamo|faccio a|facciamo a) $|\b(?:va|vanno|deve essere|devono essere) $/;
/** A credential within a few words of a restore verb: "come si sblocca l'utenza". */
const credentialNear = pattern`^[^.?!\n]{0,40}\b${[
  ...['utenz', /utente\b/, 'account', 'password', 'credenzial', /pin\b/, /puk\b/, 'token'],
  // "la firma remota", not "…anche se il responsabile lo ha firmato ieri".
  ...[/smart ?card/, /firma\b/, /cns\b/, /cie\b/, 'profil', 'certificat', 'accesso', /spid\b/],
  /otp\b/,
]}`;

/**
 * The text asks to have something restored ("chiedo di riattivare l'utenza"). "Come si riattiva
 * il modulo di iscrizione?" asks how to do it oneself, unless it is about an access.
 */
export function asksRestore(text: string): boolean {
  return someMatch(
    restoreRequests,
    text,
    (m) =>
      !resetMeans.test(text.slice(Math.max(0, m.index - 20), m.index)) &&
      !(
        formName.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
        (m[0].startsWith('richiesta') || !credentialNear.test(text.slice(m.index, m.index + 80)))
      ) &&
      (!(
        howOneDoes.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
        (stuckState.test(text.slice(Math.max(0, m.index - 8), m.index)) &&
          !credentialBefore.test(text.slice(Math.max(0, m.index - 40), m.index)))
      ) ||
        credentialNear.test(withoutMeans(text.slice(m.index, m.index + 80)))),
  );
}
/**
 * "il parere non si sblocca": a thing stuck, said of itself; no access asked back (but "la mia
 * utenza non si sblocca" is the access).
 */
const stuckState = /\b(?:non )?si $/;
/**
 * The words after a restore verb without the means tried: "non si sblocca nemmeno con il profilo
 * di amministratore" names no access to restore ("come si sblocca con il PUK" still does, and so
 * does "non si sblocca nemmeno con il PUK": a device locked on its codes).
 */
const meansTried =
  /\b(?:anche|nemmeno|neanche|neppure|manco|pure) con (?:(?:il|la|lo|un|una|le|i|gli) |l')?(?:(?:mio|mia|suo|sua) )?(?!(?:pin|puk|password|codice)\b)[a-z]+/g;
const withoutMeans = (after: string) => after.replace(meansTried, blankMatch);
const credentialBefore = /\b(?:utenz|utente\b|account|password|credenzial|pin\b|puk\b|token)/;
/** Asking, with a verb, to have the access back ("potete sbloccarla", "resettarle la password"). */
export const restoreVerb = /\b(?:sblocc|riattiv|riabilit|reimpost|resett|azzerar)[a-z]*|\breset\b/;
/** What can be locked or expire: "utenza", "smart card", "certificato". */
const credentialWords = [
  'utenza',
  'utente',
  'account',
  'profilo',
  'password',
  'credenziali',
  'pin',
  'puk',
  'token',
  'smart ?card',
  'certificato',
];
/** "bloccata", "scaduto", "disattivate": stems of a locked access. */
const lockStems = ['bloccat', 'scadut', 'disattivat', 'disabilitat'];
// "l'utenza è andata in blocco".
const lockOrSuspendStems = [...lockStems, 'sospes', 'in blocc'];
/** The locked or expired access itself: a symptom that the restore request answers. */
export const lockedAccess = patternWith('g')`\b${[
  pattern`${credentialWords}(?: [\w.'"-]+){0,3} ${[...lockOrSuspendStems, 'revocat']}\w*`,
  "(?:bloccat|scadut|disattivat|disabilitat)\\w* (?:l[ao] |l'|l |la mia |il mio |il )?(?:utenza|utente|account|password|pin|certificato|token)",
  '(?:non ricordo|ho dimenticato|dimenticat\\w*) (?:piu )?(?:la |il )?(?:password|pin|credenziali)',
  'password dimenticata',
  '(?:utente|account) (?:bloccato|scaduto|disabilitato)',
  'non riesc\\w* (?:piu )?(?:a |ad )?(?:entrare|accedere|fare (?:il )?login|loggar\\w*)',
]}\b`;
const accountWords = ['utenza', 'utente', 'account', 'password', 'credenziali', 'pin'];
const lockedCredentials = [
  'utenza',
  'utente',
  'account',
  'password',
  'pin',
  'certificato',
  'token',
];
// "l'utenza risulta bloccata", "bloccato il mio account", "non ricordo la password".
// "la mia utenza Cityware (pmeloni) per il Comune di Olbia risulta bloccata", "la mia utenza
// (r.amenta) risulta bloccata": a dot inside a user name ends no sentence.
const accountThenLocked = pattern`\b${accountWords}\b(?:[^.\n]|\.(?=[a-z0-9])){1,60}\b${lockOrSuspendStems}\w*`;
const lockedThenAccount = pattern`\b${lockStems}\w* (?:l[ao] |la mia |il mio |il )?${lockedCredentials}\b`;
// "non ricordo bene quella nuova" (the password just changed); "il Sindaco ha dimenticato il PIN".
const forgotten = /\b(?:non ricord[ao]|(?:ho|ha|abbiamo|hanno) dimenticato) (?:piu |bene )?/;
const forgottenPassword = pattern`${forgotten}(?:(?:la |il )?(?:password|pin)\b|(?:quella|quello) nuov[ao](?=\s*(?:[.,;:!?)\n]|$|e |ma |che |perche )))`;
/** "ho inserito tre volte il PIN sbagliato": how a signing device or a card locks itself. */
const wrongPin = /(?:pin|password) (?:sbagliat[oa]|errat[oa])/;
const wrongPinTimes = pattern`\b${wrongPin}\b[^.\n]{1,40}\b(?:tre|3) volte\b|\b(?:tre|3) volte (?:il |la )?${wrongPin}\b`;
/** The state of the account itself: what makes a failed login a locked access. */
export const accountState = pattern`${accountThenLocked}|${lockedThenAccount}|${forgottenPassword}|${wrongPinTimes}`;

// ---------------------------------------------------------------------------------------------
// Training or advice appointments (formazione).

/** Words that are training by themselves. */
export const trainingWords = pattern`\b${[
  'affiancamento',
  'consulenza',
  'webinar',
  'training',
  'addestramento',
  'tutoraggio',
  // "sessione formativa", "incontro formativo", "percorso formativo".
  pattern`(?:sessione|giornata|incontr[oi]|intervento|percorso) formativ[oai]`,
  // "una giornata di formazione in presenza", "due sessioni di formazione".
  pattern`(?:giornat[ae]|sessione|sessioni|mezza giornata|incontr[oi]|or[ae]) di formazione`,
  // "una mezz'ora da remoto per la nuova collega sulla registrazione delle fatture".
  /(?:mezz'?ora|oretta|un'?ora) (?:da remoto|in remoto|online|di collegamento) per (?:la |il |i |le |l')?(?:nuov|collegh|neoassunt)[a-z]*/,
]}\b`;
/**
 * A date chosen, confirmed, proposed back or awaited ("scegliamo martedì 12 gennaio", "potremmo
 * fare giovedì 26 o lunedì 30", "confermo la data del 3", "attendiamo le date"): with training
 * named in the ticket, a mail arranging the session asks for training.
 */
const choiceVerbs = [
  ...['scegliamo', 'scelgo', 'preferiamo', 'preferisco', 'confermo', 'confermiamo'],
  ...['(?:ci )?va bene', 'andrebbe bene', '(?:potremmo|possiamo|potrei|posso) fare'],
  ...['optiamo per', 'opto per'],
];
/** A day, a date, or one of the dates offered ("la seconda data"). */
const chosenDate = pattern`(?:${weekdays}|\d{1,2}(?:°|/\d{1,2}| ${months})|(?:la )?(?:prima|seconda|terza|ultima) (?:data|proposta|opzione))`;
const dateChosen = pattern`\b${choiceVerbs}\b[^.?!;]{0,40}?\b${chosenDate}`;
/** "Come d'accordo al telefono, attendiamo le date": the session agreed, its dates awaited. */
const datesAwaited = new RegExp(
  '\\b(?:attendiamo|aspettiamo|attendo|aspetto|' +
    '(?:restiamo|resto|rimaniamo|rimango|siamo|sono) in attesa (?:delle|di|della))\\b' +
    '[^.?!;]{1,20}?\\b(?:date|data|proposte? di date)\\b',
);
export const dateChoice = new RegExp(`${dateChosen.source}|${datesAwaited.source}`);
/** "Formazione" and "corso" also name topics ("iscrizioni al corso di nuoto"): a hint alone. */
export const trainingHint = /\b(?:formazione|corso)\b/;
const askWords = [
  'vorrei',
  'vorremmo',
  'chiedo',
  'chiediamo',
  'richiedo',
  'richiediamo',
  'richiesta',
  'richiesta di',
  'avrei bisogno',
  'avremmo bisogno',
  'avrebbe bisogno',
  'avrebbero bisogno',
  'servirebbe',
  'servirebbero',
  'ci servirebbe',
  'mi servirebbe',
  'ci serve',
  'necessit[a-z]+',
  'organizzare',
  'organizzarci',
  'fissare',
  'programmare',
  'prenotare',
  'concordare',
  'pianificare',
  'iscrivere',
  'partecipare',
  'attivare',
  'possibile (?:avere|fare|organizzare|attivare)',
  // Asked of the vendor on a phone: "ci fate un corso?", "potete farci un corso".
  'ci fate',
  'ci fareste',
  '(?:ci )?potete fare',
  'potete farci',
  'potreste farci',
];
const learners = [
  'nuov[oaie]',
  'personale',
  'collegh?[ie]',
  'operator[ei]',
  'dipendent[ei]',
  'addett[ie]',
  'uffici?o?',
  'neoassunt[ie]',
  'tutt[ie]',
];
// "avremmo bisogno di formazione"; "formazione per le nuove colleghe".
const trainingAsked = pattern`\b${askWords}\b[^.?!;\n]{0,50}\b(?:formazione|corso)\b`;
const trainingFor = pattern`\b(?:formazione|corso) (?:per|a|ai|alle|al|alla) (?:il |la |i |le |un |una |l')?${learners}`;
// Agreeing a session's date on the ticket's reply: "per la formazione sul nuovo modulo per noi va
// bene martedì" (about a subject: "sul", "sull'"; not "la formazione del ruolo", a topic).
const trainingAbout = /\bper (?:la|il) (?:formazione|corso) su(?:l|ll'|i|lla|lle)\b/;
/**
 * "Più che una correzione ci servirebbe un incontro…", "più che correggere i singoli piani
 * vorremmo una mattinata di formazione", "invece di aprire un ticket ogni volta vorremmo un
 * incontro": training asked instead of a fix, whatever fails.
 */
export const ratherThanFix = new RegExp(
  '\\b(?:piu che|invece di|anziche) (?:una |la |un |il )?(?:correzion[ei]|correggere|sistemare|risolvere|intervent[oi]|intervenire|segnalazion[ei]' +
    // "Invece di aprire un ticket ogni volta vorremmo un incontro…".
    '|aprire (?:un |una )?(?:ticket|segnalazion[ei]))\\b' +
    // Then training or a meeting in the same sentence, no fix asked on the way ("più che
    // intervenire sui singoli casi, chiediamo che sistemiate la procedura…" asks a fix).
    '(?:(?!\\b(?:sistem|corregg|risolv|ripar)[a-z]*\\b)[^.;!?\\n]){1,80}?' +
    '\\b(?:incontro|formazione|corso|consulen[a-z]+|affiancamento|giornata|mattinata|sessione)\\b',
);
/** Training asked for: "avremmo bisogno di formazione", "formazione per le nuove colleghe". */
export const trainingRequest = pattern`${trainingAsked}|${trainingFor}|${trainingAbout}`;
/** "chiediamo", "avremmo bisogno di": asking for a meeting. */
const meetingAskVerbs = [
  'chiedo',
  'chiediamo',
  // "l'Ufficio chiede un incontro": an office writing in its own name.
  'chiede',
  'richiede',
  'richiedo',
  'richiediamo',
  'vorrei',
  'vorremmo',
  'avrei bisogno di',
  'avremmo bisogno di',
  'ci servirebbe',
  'mi servirebbe',
  'necessitiamo di',
  'necessito di',
];
const meetingWords = ['incontr[oi]', 'appuntament[oi]', 'session[ei]', 'videochiamat[ae]'];
const meetingSetVerbs = [
  'fissare',
  'concordare',
  'organizzare',
  'programmare',
  'richiedere',
  'chiedere',
];
const meetingKinds = ['incontro', 'appuntamento', 'sessione', 'collegamento'];
const meetingCounts = '(?: un paio di| due| tre| alcuni| alcune| qualche| degli| delle)';
/** "un breve incontro", "una rapida sessione". */
const meetingSize = '(?: breve| brevi| piccol[oa]| rapid[oa])?';
/**
 * What a remote session for advice is for: "per capire come impostare…", "impostare insieme…";
 * not "per capire cosa succede", "per capire come mai si blocca", "per vedere come correggere"
 * (a malfunction or a mistake looked at together).
 */
const adviceStems = [
  ...['impost', 'configur', 'gest', 'us[ao]', 'utilizz', 'organizz', 'proced', 'lavor'],
  ...['funzion', 'defin', 'compil', 'predispo'],
];
const remoteAdvice = pattern`(?:per (?:capire|vedere) (?:insieme )?come (?:si )?${adviceStems}[a-z]*|(?:impostare|configurare|definire|organizzare) insieme)`;
/** A meeting asked for: "fissare un incontro", "chiediamo una sessione da remoto". */
export const meetingRequest = pattern`\b${[
  // "fissare un incontro", "fissare due incontri online".
  pattern`${meetingSetVerbs}(?: un| una)?${meetingSize} ${meetingKinds}`,
  // "fissare due incontri online": several meetings (not "fissare due appuntamenti nello stesso
  // orario", the agenda's own work).
  pattern`${meetingSetVerbs}${meetingCounts} (?:incontri|sessioni|collegamenti)`,
  pattern`${meetingAskVerbs}(?: quindi| anche)?(?: un| una|${meetingCounts})?${meetingSize} ${meetingWords}`,
  // "vorrei chiedervi un incontro", "volevamo chiedervi una sessione" (not "un appuntamento con un
  // sistemista", which may be time booked for a set-up or a possible problem).
  pattern`chiedervi(?: un| una)?${meetingSize} (?:incontr[oi]|session[ei])`,
  // Time asked for a call: "ci servirebbe mezz'ora in videochiamata con un vostro tecnico".
  pattern`${meetingAskVerbs} (?:(?:una )?mezz'? ?ora|un'? ?ora|un'oretta) (?:in|di) (?:videochiamata|collegamento)`,
  // "vorremmo un collegamento da remoto di un'ora per impostare insieme i criteri": a remote
  // session to work something out together (not "un collegamento per vedere insieme l'errore").
  pattern`${meetingAskVerbs}(?: un| una)?${meetingSize} collegament[oi] (?:da remoto|remoto|online|telematico)[^.;?!\n]{0,40}\b${remoteAdvice}`,
]}\b`;
/** Leaving out people or records ("esclude") that belong in ("regolarmente iscritti"). */
const leaveOut = ['esclude', 'escludono', 'ha escluso', 'hanno escluso', 'scarta', 'scartano'];
const belongIn = ['tutti', 'tutte', 'regolarmente', 'in regola'];
/**
 * A meeting asked for to fix something ("un breve collegamento per sistemarlo", "una sessione da
 * remoto per ripristinare i cedolini"): help with a problem, not training.
 */
const fixVerbs = [
  ...['sistemar', 'corregger', 'sbloccar', 'ripristinar', 'eliminar', 'risolver'],
  ...['annullar', 'cancellar', 'rimediar', 'sanar', 'stornar'],
];
export const meetingToFix = pattern`\b${[...meetingWords, 'collegament[oi]']}\b[^.;?!\n]{0,50}\bper ${fixVerbs}[a-z]*`;
const explainVerbs = [
  'spiegare',
  'spiegarci',
  'spiegarmi',
  'illustrare',
  'illustrarci',
  'mostrare',
  'mostrarci',
  'insegnare',
  'insegnarci',
  'imparare',
  'impratichirsi',
  /capire come (?:si )?(?:usa|utilizza|imposta|configura|gestisce|funziona)/,
];
/** Being shown how: a hint of training. */
export const showHow = pattern`\b${explainVerbs}\b`;
export const newcomers =
  /\b(?:nuov[oaie] (?:collega|colleghe|colleghi|collaboratore|collaboratrice|dipendente|assunt[oaie]|personale)|nuova procedura|nuova funzionalita)\b/;
/** "corso di laurea", "nel corso della giornata": a "corso" that is no training. */
const nonTrainingCourses = [
  'laurea',
  'studi',
  'studio',
  'diploma',
  'anno',
  'validita',
  'giornata',
  'mese',
  'settimana',
  'procedimento',
  'istruttoria',
  'elaborazione',
];
/**
 * Training words that name a topic of the office's work: "formazione della lista di leva / delle
 * liste elettorali / del ruolo", "corso di laurea", "nel corso dell'anno", "in corso".
 */
/** "incarichi di consulenza", "consulenze legali": contracts the Ente gives, not advice asked. */
const consultancyContracts =
  /\bincarich[oi] (?:di|per) consulenz[ae]\b|\bconsulenz[ae] (?:legal|estern|fiscal|tecnic)[a-z]*/;
export const topicNotTraining = patternWith(
  'g',
)`\bformazione (?:(?:della|delle|del|dei|dello|degli|dell') ?)?${[
  'list[ae]',
  'ruol[oi]',
  'elench?[oi]',
  'graduatori[ae]',
  'alb[oi]',
  'registr[oi]',
  'bilanci[oi]',
  'rendicont[oi]',
  'fascicol[oi]',
  'att[oi]',
  'commission[ei]',
  'sezion[ei]',
  'class[ei]',
  'leva',
  'seggi[oi]',
  'preventiv[oi]',
  'programm[ai] triennal[ei]',
  'pian[oi]',
  'inventari[oi]',
  'catast[oi]',
  'organic[oi]',
  'band[oi]',
  'avvis[oi]',
  'document[oi]',
]}\b|\bcorso (?:di|della|del) ${nonTrainingCourses}\b|\b(?:nel|in|durante il) corso (?:di|del|della|dell'|dei|delle)|\bin corso\b|${consultancyContracts}`;

// ---------------------------------------------------------------------------------------------
// How-to and information questions (type null when nothing misbehaves).

/** How-to forms that ask only inside a question: "come si fa…?", "è possibile…?". */
export const howToInQuestion = pattern`\b${[
  'come (?:si|posso|possiamo|faccio|facciamo|devo|dobbiamo|fare|procedere|va|vanno|mai si)',
  // "come dovrei procedere?", "come ci si comporta?".
  'come (?:dovrei|dovremmo|potrei|potremmo|ci si comporta)',
  // "in che formato devono essere le colonne?": what the software expects (not "in che ordine li
  // mette?", which may question a wrong sort).
  'in (?:che|quale) (?:formato|tracciato)',
  // "devo rilanciare il calcolo o c'è un'altra operazione da fare?".
  "o c'e (?:un'|un |una )?(?:altra|altro|qualche altr[ao]) (?:operazione|procedura|funzione|strada|modo|passaggio|via)",
  'dove (?:si|posso|possiamo|trovo|troviamo|trovare|va|vanno|devo|dobbiamo)',
  'in che modo',
  'che (?:devo|dobbiamo|bisogna|si deve) fare',
  'cosa (?:devo|dobbiamo|bisogna|si deve) fare',
  'in quale (?:menu|funzione|maschera|punto|tabella|schermata|videata|archivio|scheda|sezione|pagina|finestra)',
  // "Dove è finita?": a function moved by an update, looked for.
  'dove (?:e|sono) (?:stat[oaie] )?(?:finit|andat|spostat)[oaie]',
  // Where an update moved a function: "È stata spostata in un altro menu o tolta del tutto?",
  // "Dove l'avete messa?", "mi dite da dove si fa adesso?".
  '(?:e|sono) stat[oaie] (?:spostat|tolt|rimoss)[oaie]',
  'spostat[oaie] (?:altrove|in un altr[oa]|da qualche altra parte)',
  "dove (?:l'|lo |la |li |le )?(?:avete|hanno) (?:mess|spostat)[oaie]",
  'da dove si (?:fa|trova|lancia|stampa)',
  // "C'è ancora quell'opzione da qualche parte o è cambiata la procedura?".
  'da qualche parte',
  'qual e la (?:procedura|funzione|modalita|voce)',
  "qual'?\\s?e il (?:percorso|procedimento|modo|menu)",
  'quale (?:procedura|funzione|voce|menu)',
  // "quale parametro va impostato…?", "quale causale di cessazione devo usare?", "quale si usa?".
  "quale (?:[a-z']+ ){1,4}?(?:va|vanno|devo|dobbiamo|bisogna|occorre|conviene|uso|usiamo|si usa|si deve|si sceglie)\\b",
  'quale si (?:usa|deve usare|sceglie)',
  // "in quali casi si attiva?": when a feature applies.
  'in (?:quali|che) casi',
  // "devo configurare qualcosa nel capitolo?": what the user should set up.
  '(?:devo|dobbiamo) (?:configurare|impostare|abilitare|attivare|compilare|selezionare|indicare)',
  'si puo',
  'si possono',
  'e possibile (?!che)',
  "c'e (?:un|una|un') ?(?:modo|funzione|procedura|opzione|voce|parametro|impostazione|estrazione|stampa|report)",
  // "da quale stampa si ottiene questo dettaglio?"
  "(?:da|con|in) (?:quale|che) (?:stampa|menu|funzione|voce|maschera|procedura|elaborazione|report)(?: [a-z']+){0,3}? si\\b",
  // "esiste una funzione per ristampare il solo F24?".
  'esiste (?:un|una) (?:modo|funzione|procedura|opzione|voce|stampa)',
  'bisogna',
  'occorre',
  // "posso creare io la causale, o dovete farlo voi?": who does it, not what went wrong.
  '(?:posso|possiamo|devo|dobbiamo) (?:[a-z]+ )?(?:io|noi)\\b',
  // "devo passare da Riscossione > Rateizzazioni e non dall'avviso, giusto?": the way confirmed.
  // Only as a conclusion from the answer ("quindi…"), not a workaround ("per ora devo passare da…").
  pattern`(?:quindi|cioe|allora)\b[^?\n]{0,100}?\b(?:devo|dobbiamo|si deve) ${[
    ...['passare', 'andare', 'entrare', 'procedere', 'partire', 'usare'],
  ]}\b[^?\n]{0,120}\b(?:giusto|corretto|vero|esatto)\s*\?`,
]}`;
/**
 * "Come registro la restituzione?", "e come la impostiamo?": a how-to question in the first
 * person, with "come" opening its clause (not "vengono classificati come recupero?").
 */
const clauseOpeners =
  'e|ma|quindi|allora|ora|adesso|poi|sapere|capire|capisco|dire|dite|dirmi|dirci|spiega|spiegate|' +
  'spiegarmi|spiegarci|pratica|insomma';
export const firstPersonHowTo = new RegExp(
  `(?:^|\\n|[,;:] ?|\\b(?:${clauseOpeners}) )[ \\t]*` +
    `come ${objectClitic}(?:${taskVerbsFirstPerson.join('|')})\\b`,
);
/** "Che codice devo usare…?": "che" opening a question clause (one per line) asks which one. */
export const whichOneOpener =
  /(?:^|\n)[ \t]*che (?:[a-z']+ ){1,4}?(?:va|vanno|devo|dobbiamo|bisogna|occorre|conviene|uso|usiamo|si usa|si deve|si sceglie)\b/;
/** How-to and information requests wherever they are written. */
/** Not "… se è un problema della stampa": asking whether the software is at fault. */
const notSuspected =
  "(?! se (?:e|sia|si tratta di) (?:un |una |un')?(?:problema|errore|bug|difetto|anomalia)\\b)";
export const howToRequest = pattern`\b${[
  // An indirect question: "vi chiediamo come va inserita la riduzione".
  // Not "come mai", "come è possibile": why it happens.
  pattern`(?:vi |le |ti )?${askFirstPerson} (?:come(?! mai| e possibile)|dove|quale|quali|in che modo)`,
  // Passed on: "la collega mi chiede di chiedervi come si trascrive…".
  pattern`di ${askInfinitive} (?:come(?! mai| e possibile)|dove|quale|quali|in che modo)`,
  // Not "vorrei sapere se è un problema della stampa": the software suspected.
  `(?:vorrei|vorremmo|volevo) sapere${notSuspected}`,
  'chiedo (?:un |cortesemente un )?chiariment\\w*',
  'si chiede (?:un |cortesemente un )?chiariment\\w*',
  'richiesta (?:di )?(?:chiariment|informazion)\\w*',
  '(?:potete|potreste|mi potete|ci potete|mi potreste|ci potreste) (?:indicar|spiegar|dir|suggerir)\\w*',
  'non ho mai fatto',
  'non abbiamo mai fatto',
  'istruzioni',
  'procedura corretta',
  'modo corretto',
  // Not "vorrei capire se è un problema dell'elaborazione": the software suspected, no how-to.
  `(?:vorrei|vorremmo|volevo|volevamo) capire(?: (?:come|dove|quale|quali|in che modo)|${notSuspected} se)`,
  // "non riesco a capire come si fa", "non capisco come collegarla" (not "come mai", "come sia
  // possibile": why something fails).
  '(?:non (?:riesco|riusciamo) a capire|non (?:capisco|capiamo)) (?:come|dove|in che modo)(?! mai\\b| (?:sia|e|possa|puo) )',
  // Who does a change a new law asks for: "Vi chiedo se le tabelle verranno aggiornate da voi …,
  // oppure se dobbiamo inserire noi i nuovi importi".
  pattern`${askFirstPerson} se [^.?!\n]{1,200}?\boppure (?:se )?(?:dobbiamo|devo|dobbiamo noi|bisogna|va|vanno)\b`,
]}`;

/**
 * "riesci a dirmi come impostarle?", "spiegateci dove si trova": asked to be told how (read with
 * the words before it: "verificare e dirci come ripristinarla" reports a fault first).
 */
export const tellMeHow = patternWith('g')`\b(?:${[
  '(?:dir|spiegar|indicar|mostrar)(?:mi|ci)',
  '(?:dite|spiegate|indicate|mostrate)(?:mi|ci)',
]}) (?:come(?! mai)|dove|quale|quali|in che modo)\b`;
/** "verificare e dirci come…", "analizzarlo e indicarmi come…": a check asked for, before the how. */
export const checkFirst = pattern`\b${[
  ...['verificar', 'controllar', 'sistemar', 'correggere', 'risolver', 'analizzar', 'esaminar'],
]}[a-z]*\b[^.;?!\n]{0,60}$`;

// ---------------------------------------------------------------------------------------------
// What the anomaly cues must not read.

const preventionOpeners = [
  // "così da non dover più ricopiare i dati a mano": what a set-up would spare.
  '(?:cosi )?da non dover',
  'non vorrei',
  'non vorremmo',
  'per non',
  'evitare di',
  'evitando di',
  'onde evitare',
  'per evitare',
  // "ci farebbe risparmiare tempo ed errori": what a change would spare.
  'risparmiare',
  // "vorremmo solo evitare che dal 30 giugno si fermino i pagamenti": a stop to prevent.
  '(?:vorrei|vorremmo|voglio|vogliamo)(?: solo| soltanto)? evitare che',
  '(?:se|qualora|nel caso) (?:dovesse|dovessero|ci fosse|ci fossero|fosse|fossero)',
];
const figureOutVerbs = [
  'capire',
  'chiarire',
  'comprendere',
  // "non riesco a ricostruirlo", "importi che non riesco a ricostruire:": how a figure named before
  // was reached (not "ricostruire il saldo: ieri era…", which may have changed by itself).
  'ricostruir(?:l[oaie]|e(?= ?[:.,;?!\\n]))',
  'ricordare',
  'trovare come',
  'trovare dove',
  'trovare la procedura',
  'trovare il modo',
];
const cantFindWhat = [
  'come',
  'dove',
  'se',
  'quale',
  'quali',
  'in che modo',
  'il modo',
  'la voce',
  'la funzione',
  'il menu',
  // A feature looked for: "non trovo l'opzione", "non trovo un campo «data inizio»".
  "l'opzione",
  "un'opzione",
  'il campo',
  'un campo',
  'il comando',
  'il pulsante',
  'il percorso',
  // "non trovo il passaggio per pubblicarlo", "non trovo la stampa del registro".
  'il passaggio',
  'la stampa',
  'nessuna istruzione',
  'istruzioni',
  // Where the user looked, or the notes they lack: "non trovo nel menu la stampa", "non trovo
  // appunti di chi lo faceva prima".
  'nel menu',
  'nei menu',
  'tra le voci',
  'appunti',
  'documentazione',
  'il manuale',
  'la guida',
  'niente che',
  'nulla che',
];
const cantFindVerbs = [
  'trovo',
  'troviamo',
  'vedo',
  'vediamo',
  'capisco',
  'capiamo',
  'so',
  'sappiamo',
  'ricordo',
  'ricordiamo',
];
const featureWords = [
  ...['filtr[oi]', 'funzion[ei]', 'opzion[ei]', 'voc[ei]', 'camp[oi]', 'comand[oi]', 'pulsant[ei]'],
  ...['tast[oi]', 'menu', 'parametr[oi]', 'impostazion[ei]', 'flag', 'scelt[ae]', 'maschera'],
  ...['azion[ei]', 'tip[oi] di', 'tipologi[ae]', 'causal[ei]', 'modell[oi]', 'funzionalita'],
  // "non trovo l'articolo della legge nella tabella", "non trovo tra le stampe una che…".
  ...['articol[oi]', 'stamp[ae]', 'estrazion[ei]', 'report'],
  // "non trovo più la spunta…", "… l'elenco dei diciottenni" (a report), "… l'icona".
  ...['spunt[ae]', 'elenc(?:o|hi)', 'icon[ae]', 'tendin[ae]'],
  // "non trovo un raggruppamento per articolo", "… un ordinamento per numero".
  ...['raggruppament[oi]', 'ordinament[oi]'],
  // "nelle presenze non trovo un codice specifico per la giornata".
  'codic[ei] (?:specific|apposit|dedicat)[oi]',
];
const askedVerbs = ['volevo', 'vorrei', 'vorremmo', 'volevamo'];
const suspicion = ['problema', 'errore', 'bug', 'difetto'];
/**
 * "(non abbiamo) al momento segnalazioni di errori": no trouble so far (not when "ma" brings the
 * real symptom: "…di errori dal programma, ma l'IRPEF è calcolata sul doppio").
 */
const untilNow = ['ancora', 'piu', 'al momento', 'per ora', 'finora'];
const noneOf = [/nessun[ae]?/, /alcun[ae]?/, 'particolari', 'segnalazioni di', 'dei'];
const noTroubleYet =
  pattern`(?:${untilNow} )?(?:avuto )?(?:${noneOf} )?(?:problem[ai]|error[ei]|anomali[ae])\b(?![^.;\n]{0,60}\bma\b)`
    .source;
/** A payer's wish: "chiede di compensarlo invece di avere il rimborso". */
const payerWishes = [
  ...['chiede', 'chiedono', 'chiesto', 'preferisce', 'preferiscono'],
  ...['vorrebbe', 'vorrebbero', 'vuole', 'vogliono'],
];
/** Who or what decides an amount: "per delibera", "per decisione della Giunta". */
const decidedBy = [
  ...['delibera', 'decisione', 'determina', 'ordinanza', 'decreto', 'regolamento', 'giunta'],
  'consiglio',
];
/** What a writer says a figure is not: "non dico che sia sbagliato", "probabilmente non è un errore". */
const deniedFaults = [
  'sbagliat[oaie]',
  'errat[oaie]',
  'un errore',
  'un problema',
  "un'anomalia",
  'un malfunzionamento',
];
/** What will not start or open: "non trovo un modo per far partire…", "…per sbloccare la pratica". */
const stuckThings = ['far (?:partire|funzionare|andare)', 'sbloccar[a-z]*', 'accedere', 'entrare'];
const faultDenials = [
  'dico',
  'diciamo',
  'sto dicendo',
  'voglio dire',
  'penso',
  'pensiamo',
  'credo',
  'crediamo',
];
/**
 * The denial leads to a question ("non dico che sia sbagliato, ma…", "…, però") or closes one
 * ("…per poterlo spiegare, non penso sia sbagliato."). Followed by more words the writer may be
 * saying the mistake is not theirs ("non è un errore nell'inserimento: il programma mi dà 0 euro"),
 * which tells a fault.
 */
// "…, ma", or a wish to understand: "non diciamo che sia sbagliato, vorremmo solo capire…".
const thenAQuestion =
  '(?=,? (?:ma|pero|vorrei|vorremmo|volevo|volevamo|chiedo|chiediamo)\\b|\\s*(?:[.!?\\n]|$))';
/**
 * Precautions and what the user does not know yet ("non vorrei creare duplicati", "per non
 * perdere…", "senza generare errori", "se dovesse risultare sbagliato", "non trovo dove…"):
 * neither is a malfunction.
 */
export const notMalfunctionCues = patternWith('g')`${[
  /\bper errore\b/,

  // A function not found that the writer then asks whether it moved: "non trovo più il riepilogo…
  // È stata spostata in un altro menu o ha cambiato nome?" looks for it, it reports no fault.
  /\bnon (?:trovo|troviamo) piu\b(?=[^?]{1,300}\b(?:spostat[oaie]|cambiato nome)\b[^?.!]{0,80}\?)/,
  // When someone starts, not when a problem did: "il nuovo agente, assunto dal 2 maggio".
  pattern`\b(?:assunt[oaie]|trasferit[oaie]|in mobilita) (?:da|dal|dalla|dai) (?:\d{1,2}°? ${months}|${weekdays})\b`,
  // "l'agente in servizio dal 2 febbraio", ", in servizio dal 1° dicembre"; not "il totem non è in
  // servizio da lunedì" (a word of four letters or more, or a comma, before it).
  pattern`(?:\b[a-z]{4,} |[,(] ?)in servizio (?:da|dal|dalla|dai) (?:\d{1,2}°? ${months}|${weekdays})\b`,
  // The user's own errors, fixed by hand: "abbiamo commesso diversi errori nelle liquidazioni".
  /\b(?:ho|abbiamo|avevo|avevamo) commesso (?:[a-z]+ ){0,2}?error[ei]\b/,
  /\berror[ei] material[ei]\b/,
  // The user's own stop: "ho interrotto la stampa" (not "la stampa si è interrotta").
  /\b(?:ho|abbiamo|avevo|avevamo) (?:gia )?interrott[oaie]\b/,
  // A stop planned ("il servizio di refezione resterà interrotto durante le vacanze") or a life
  // event ("il rapporto di lavoro della collega si è interrotto il 28 febbraio"): no failure.
  /\b(?:restera|resteranno|rimarra|rimarranno|sara|saranno|verra|verranno) (?:[a-z]+ )?interrott[oaie]\b/,
  /\b(?:rapporto di lavoro|contratto|convenzione|aspettativa|congedo)\b[^.;?!\n]{1,40}\binterrott[oaie]\b/,
  // An amount the Ente decided: "la quota fissa è raddoppiata per decisione della Giunta".
  pattern`\braddoppiat[oaie] (?:[a-z]+ ){0,2}?(?:per|con|dalla|dal|da) (?:la |il |l'|una |un )?${decidedBy}\b`,
  pattern`\b(?:${decidedBy}|deliberato)\b[^.;?!\n]{1,60}\braddoppiat[oaie]\b`,
  // "senza dover rifare tutto": a precaution; not "viene calcolata senza applicare le
  // detrazioni", what a result leaves out.
  new RegExp(
    '\\bsenza (?!(?:applicar|considerar|includer|riportar|conteggiar)[a-z]*\\b)' +
      '(?=(?:dover|poter|[a-z]+(?:are|ere|ire|arl[aoie]|erl[aoie]|irl[aoie]|arne|erne|irne))\\b)[^.,;:\\n]{0,50}',
  ),
  pattern`\b${preventionOpeners}\b[^.,;:\n]{0,50}`,
  pattern`\bnon (?:riesco|riusciamo|sono riuscit[oa]|siamo riuscit[ie]) a ${figureOutVerbs}\b`,
  // "perché da sole non riusciamo a impostare le fasce nuove": help asked, no failure told.
  /\bda sol[oaie] non (?:riesco|riusciamo|sono in grado|siamo in grado) (?:a |ad |di )?[a-z']+/,
  // "non la trovo", "non riesco a trovarlo": a function the user looks for, named before.
  /\bnon (?:(?:riesco|riusciamo) a trovarl[oaie]|(?:lo|la|li|le) (?:trovo|troviamo))\b/,
  // "non trovo più la scheda dove si registravano i pareri": the place to do it looked for.
  /\bnon (?:trovo|troviamo) (?:piu )?(?:l'|la |il |lo |i |le |gli )?[a-z]{3,} (?:dove|con cui|in cui) si\b/,
  // "è sparito il pulsante «Certificato contestuale»", "non c'è più la voce «Pubblica su Albo»",
  // "non più presente nel menu": a function an update moved, looked for.
  pattern`\b(?:e |sono )?sparit[oaie] (?:anche )?(?:il |la |lo |l'|i |le |gli )?${featureWords}\b`,
  pattern`\bnon c'e piu (?:il |la |lo |l'|un |una )?${featureWords}\b`,
  /\bnon (?:e |sono )?piu present[ei] (?:nel|nella|nei|tra le|fra le|in) (?:menu|maschera|elenco|barra)\b/,
  // "ora non lo vedo da nessuna parte": the function looked for.
  /\bnon (?:lo|la|li|le) (?:vedo|vediamo) (?:piu )?da nessuna parte\b/,
  // "non trovo dove si fa l'annullamento", "non vede dove scegliere la sezione": the way to do
  // it looked for.
  /\bnon (?:trovo|troviamo|vedo|vediamo|vede|vedono) (?:dove|come) (?:si|va|vanno|[a-z]+(?:are|ere|ire))\b/,
  // "Quello che non trovo è come generare l'avviso", "non mi sono spiegato bene": a how-to again.
  /\b(?:quello|cio|la cosa) che non (?:trovo|troviamo|capisco|capiamo|so|sappiamo) e (?:come|dove|quale)\b/,
  /\bnon (?:mi sono|ci siamo) spiegat[oaie]\b/,
  // "l'avviso non è più dovuto": a debt cancelled, no failure.
  /\bnon (?:(?:e|sono) )?piu dovut[oaie]\b/,
  // "c'è un filtro per rata che non trovo": a feature looked for, named before; "non trovo
  // un'azione «proroga»", "non trovo il tipo di annotazione": one looked for, named after.
  pattern`\b${featureWords}\b[^.;?!\n]{0,40}\bche non (?:trovo|troviamo|vedo|vediamo)\b`,
  // "non trovo più il pulsante «Ristampa»" after an update: looked for, too ("nn trovo l opzione",
  // typed on a phone without the apostrophe).
  pattern`\bnon (?:trovo|troviamo) (?:piu )?(?:l'|l |un'|il |la |lo |un |una |uno |i |le |gli |nessun[oa]? )?${featureWords}\b`,
  pattern`\bnon (?:trovo|troviamo) (?:tra|fra|nel|nella|nelle|nei|negli) (?:le |i |gli )?${featureWords}\b`,
  // "un'opzione per non liquidarlo", "per non rifare tutto": what the user wants to avoid.
  /\bper non (?:dover )?[a-z]{2,}(?:are|ere|ire)(?:l[oaie]|ne|ci|si)?\b/,
  // Not yet done, a state and no failure: "gli avvisi non sono ancora partiti".
  /\bnon (?:sono|e|siamo) ancora (?:stat[oiae] )?[a-z]+t[oiae]\b/,
  // A payer's act or choice told as the case: "una contribuente ha versato due volte l'acconto e
  // chiede di compensarlo invece di avere il rimborso".
  /\b(?:ha|hanno) (?:versato|pagato) (?:[a-z']+ ){0,4}?(?:due volte|una seconda volta)\b/,
  // The payer's wish only: "i part-time invece di avere 18 giorni di ferie ne hanno 26" is a
  // wrong result.
  pattern`\b${payerWishes}\b[^.;?!\n]{1,80}\binvece (?:di|che) (?:avere|ricevere|ottenere|chiedere|richiedere|aspettare)\b`,
  // A purpose, not a failure: "in modo che … non parta il sollecito", "perché il cedolino non
  // liquidi le ferie" (a subjunctive: what the user wants to prevent).
  /\b(?:affinche|in modo (?:che|da)|di modo che|cosi che|cosi da (?=(?:non )?[a-z]+(?:are|ere|ire)\b))[^.;?!\n]{0,80}/,
  /\bperche (?:[^.;?!\n]{0,60}? )?non (?:si |ci |mi |gli |le |li |lo |la |ne )?[a-z]{2,}(?:chi|ghi|i|ino)\b/,
  // "non mi ricordo più dove…".
  pattern`\bnon (?:mi |ci )?${cantFindVerbs} (?:piu |pero |ancora )?${cantFindWhat}\b`,
  // With what was not found: "nella prova non abbiamo visto errori" (a test that went well).
  pattern`\bnon (?:ho|abbiamo) (?:mai )?(?:fatto|trovato|capito|visto)\b(?: ${noTroubleYet})?`,
  // "volevo solo capire se … le presenze vengono ancora valorizzate": asked, not asserted; but
  // "vorrei capire se … o se è un problema del calcolo" suspects the software.
  pattern`\b${askedVerbs} (?:solo |soltanto |anche )?capire se\b(?![^.;?!\n]{1,160}\b${suspicion} (?:de|ne)l)[^.;?!\n]{1,160}`,
  // A duplicate as a document asked for: "stampare il duplicato della tessera".
  /\b(?:il|un|del|al|dal|nel|stampa(?:re)?(?: il| del)?|rilascio(?: del)?|emissione(?: del)?|emettere(?: il)?|rilasciare(?: il)?) duplicat[oi]\b/,
  // "al momento non abbiamo problemi", "per ora nessun problema": no trouble yet.
  // "non abbiamo segnalazioni di errori", "finora nessun errore".
  // "le simulazioni non danno errori", "le prove non hanno dato problemi".
  pattern`\bnon (?:ho|abbiamo|riscontriamo|ci sono|c'e|da|danno|ha dato|hanno dato) ${noTroubleYet}|\bnessun (?:problema|errore)\b|\bnessuna anomalia\b`,
  // A fault denied before a figure is asked about: "non dico che sia sbagliato, ma…", "probabilmente
  // non è un errore, ma non riesco a capire come…". (Not "non è un errore mio": deniedMistake.)
  // "non pensiamo sia un errore, ma…" too.
  pattern`\bnon (?:${faultDenials}) (?:che )?(?:sia|siano|ci sia|ci siano) (?:[a-z]+ ){0,2}?${deniedFaults}\b${thenAQuestion}`,
  pattern`\b(?:probabilmente|forse|magari|sicuramente) non (?:e|si tratta di) ${deniedFaults}\b${thenAQuestion}`,
  // "non trovo un modo per avere la via": a way looked for.
  // Not "non trovo un modo per far partire l'elaborazione", "…per sbloccare la pratica": a fault.
  pattern`\bnon (?:trovo|troviamo|vedo|vediamo) (?:un |il |alcun |nessun )?(?:modo|sistema|maniera) (?:per|di)\b(?! ${stuckThings}\b)`,
  // A mistake that could happen: "basta un errore per sbagliare le rette di tutti".
  // Not "…: ieri l'elaborazione si è fermata per una sola riga", where it happened.
  /\bbasta (?:un |una |un')(?:[a-z]+ )?(?:errore|svista|distrazione|sbaglio)\b(?![^.;!?\n]{1,200}\b(?:ieri|oggi|stamattina|e successo|e capitato)\b)/,
  // "prima di segnalare un errore vorrei capire": the user is not reporting one yet.
  /\bprima di (?:segnalar|considerar|parlar)[a-z]* (?:un |come |di )?(?:errore|anomalia|malfunzionamento|problema)\b/,
  // Courtesy closings: "si resta in attesa di conferma" waits for an answer, not for the software.
  /\b(?:si )?(?:resta|resto|restiamo|rimane|rimango|rimaniamo) in attesa (?:di|del|della|dei|delle|vostr\w*|cortese|gentile)\b/,
  // A wish, not a failure: "non vogliamo trovarci scoperti la notte dello spoglio" (last: a
  // longer precaution that opens the same way, "non vorremmo trovarci con gli stanziamenti
  // doppi", is blanked whole by an entry above).
  // "preferiamo non restare scoperti": a wish too.
  /\b(?:non (?:vogliamo|voglio|vorremmo|vorrei)|(?:preferiamo|preferisco|preferiremmo|preferirei) non) (?:trovarci|trovarmi|rischiare|restare|rimanere)\b/,
  // A stop planned for a replacement: "il fermo è previsto dalle 7 alle 11".
  /\bfermo (?:e |sara )?(?:previsto|programmato|pianificato)\b/,
  // A feature the writer does not know of: "esiste già un'impostazione che non conosciamo?" (not
  // "un IBAN che non conosciamo": a value nobody set).
  /\b(?:impostazion[ei]|funzion[ei]|funzionalita|opzion[ei]|parametr[oi]|stamp[ae]) che non (?:conosco|conosciamo|conoscevo|conoscevamo)\b/,
  // Asked, not told: "confermarci se il nostro contratto comprende anche il servizio PALASS".
  /\b(?:confermar[a-z]*|sapere|chieder[a-z]*|verificar[a-z]*|capire) se\b[^.;?!\n]{1,80}\bcomprend(?:e|ono) anche\b/,
  // No trouble expected: "le prove sono andate bene e non ci aspettiamo sorprese".
  /\bnon (?:ci|mi) (?:aspettiamo|aspetto) (?:sorprese|problemi|intoppi|difficolta)\b/,
  // A wish with what the user would rather not do: "vorremmo metterla sotto lo stesso numero di
  // protocollo invece di crearne uno nuovo".
  /\b(?:vorremmo|vorrei|preferiremmo|preferirei|volevamo|volevo)\b[^.;?!\n]{1,80}\binvece (?:di|che) [a-z]+(?:are|ere|ire|(?:ar|er|ir)(?:ne|l[oaie]|ci|si))\b/,
  // A person who took over: "il responsabile è il geom. Rinaldi, al posto della dott.ssa Ghibaudo".
  /\bal posto (?:del|della|dello|di) (?:dott|dr|sig|geom|ing|arch|rag|avv|collega)[a-z.]*/,
  // Looked for in a menu: "nel menu Certificazioni non trovo il periodo di iscrizione all'estero".
  /\b(?:nel|dal) menu\b[^.;?!\n]{1,40}?\bnon (?:trovo|troviamo|vedo|vediamo)\b/,
]}`;
/**
 * Precautions and what the user does not know yet (notMalfunctionCues). Each cue starts at a word
 * or, "in servizio dal…", at a comma or bracket: testing that first character once per position,
 * before the cues one by one, halves the time of this pattern (the costliest of a typical check).
 */
export const notMalfunction = new RegExp(`(?=\\b[a-z]|[,(])${notMalfunctionCues.source}`, 'g');

/** What may go wrong, after "se": "se l'elaborazione si blocca". */
export const conditionFails = [
  'si blocca',
  'si bloccano',
  'si ferma',
  'si fermano',
  'si interrompe',
  'non parte',
  'non partono',
  'non riparte',
  'non ripartono',
  'va storto',
  'vanno storte',
  'da errore',
  'da problemi',
  // "se qualcosa non torna lo sentiamo subito": what may not add up on the day.
  'non torna',
  'non tornano',
  'non va',
  'non vanno',
  'non funziona',
  'non funzionano',
  'si pianta',
  'si piantano',
  'si inceppa',
  'si inceppano',
];

// "per ora non abbiamo riscontrato problemi", "senza particolari anomalie".
const soFar = ['per ora', 'al momento', 'ad oggi', 'oggi', 'finora', 'fino ad ora'];
const noneVerbs = [
  'ho',
  'abbiamo',
  // "non prevediamo problemi": none expected either.
  'prevedo',
  'prevediamo',
  'ci aspettiamo',
  'mi aspetto',
  "c'e",
  'ci sono',
  'riscontro',
  'riscontriamo',
  'si presenta',
  'si presentano',
  '(?:hanno|ha|abbiamo|ho) (?:evidenziato|rilevato|riscontrato|dato|mostrato|segnalato)',
];
const noneOpeners = [pattern`non ${noneVerbs}`, 'nessun', 'senza'];
const problemWords = ['problem[ai]', 'anomali[ae]', 'error[ei]', 'difficolta', 'intopp[oi]'];
const noProblemYet = pattern`\b${soFar}? ?${noneOpeners} (?:alcun[oa]? |nessun[oa]? |particolari? )?${problemWords}\b`;
/** What might happen ("qualora desse problemi", "casomai si bloccasse"), up to its sentence end. */
export const hypothetical = patternWith('g')`\b${[
  'casomai',
  'caso mai',
  'qualora',
  'nel caso',
  'in caso',
  'se dovesse',
  'se dovessero',
  'se ci fosse',
  'se ci fossero',
  'eventual[a-z]*',
  'in previsione',
  'in vista',
  'per sicurezza',
  'per precauzione',
  // "magari non servirà": a hedge on what is booked, not a problem of today.
  'magari',
  // "se per caso… dovesse dare problemi", "se mai la pubblicazione si bloccasse".
  'se per caso',
  'se mai',
  // Avoiding a risk is a precaution: "preferisco non correre rischi".
  'non (?:correre|corriamo|corro|voglio correre|vogliamo correre) (?:rischi|il rischio)',
  'per non rischiare',
  // "è solo per non restare bloccati": a precaution.
  'per non (?:restare|rimanere|trovarci|trovarsi) bloccat[oaie]',
  // "con le determine non possiamo restare fermi": why to book, not a stop of today.
  'non (?:possiamo|posso|possono|puo) (?:permetterci di )?(?:restare|rimanere|stare) ferm[oaie]',
  'non servira',
  'non ce ne sara bisogno',
  // "se l'elaborazione si blocca": a condition, even in the present tense.
  pattern`se (?:[a-z']+ ){0,5}?${conditionFails}`,
]}\b[^.;!?\n]{0,200}|${noProblemYet}`;

/** What happened before ("l'anno scorso il portale era lento"): no problem the user has now. */
export const past = patternWith('g')`\b${[
  "l'anno scorso",
  'lo scorso anno',
  "l'anno passato",
  'in passato',
  'la volta scorsa',
  "l'ultima volta",
  'negli anni scorsi',
  'gli anni scorsi',
  // "Due anni fa l'elaborazione si era bloccata a metà": years ago.
  /(?:un|due|tre|quattro|cinque|qualche|alcuni|diversi|parecchi) ann[oi] fa/,
  // "Alle ultime europee il collegamento si è bloccato due volte": the last vote's trouble.
  /(?:alle|nelle|durante le) (?:ultime|scorse|precedenti) (?:elezioni|europee|politiche|amministrative|regionali|consultazioni|votazioni)/,
  /(?:all'|nell'|durante l')ultim[oa] (?:tornata|consultazione|elezione|referendum|scrutinio)/,
]}\b[^.;!?\n]{0,200}`;

/** Words that turn a clause against what came before: "ora funziona, ma…", "…, solo che…". */
export const turnWords = [
  ...['ma', 'pero', 'tuttavia', 'invece', 'tranne', 'eccetto', 'salvo', 'mentre'],
  ...['parzialmente', 'in parte', 'solo che', 'anche se'],
];

/**
 * A fix confirmed: "ok ora funziona, l'IBAN esce intero anche sulla distinta" tells how it works
 * now, up to a clause that turns ("…, ma la stampa resta vuota").
 */
export const nowWorks = patternWith(
  'g',
)`\b(?:ora|adesso|finalmente) (?:funziona|funzionano|va|vanno)(?: (?:tutto|bene|correttamente|regolarmente))*[,:][^.;!?\n]*?(?=[.;!?\n]|\b${turnWords}\b|$)`;

/** Whom a colleague is asked to tell: "all'assistenza", "al fornitore". */
const toWhom = ['a', 'al', 'alla', "all'", 'ai', 'agli'];
const helpdesk = ['assistenza', 'helpdesk', 'palitalsoft', 'fornitore', 'tecnic[oi]'];
/**
 * A question that asks why something happens or whether it is normal: it reports a
 * malfunction ("potete verificare perché non stampa più?"), unlike a plain question.
 */
export const whyQuestion = pattern`\b${[
  'perche',
  'come mai',
  'per quale (?:motivo|ragione)',
  'normale che',
  'giusto che',
  'cosa (?:sta )?succede',
  'cosa e successo',
  'da cosa (?:dipende|puo dipendere)',
  'non dovrebbe',
  'non dovrebbero',
  // "sbaglio io o è un problema del calcolo?": asks whether the software is at fault.
  'o (?:e|sia) un (?:problema|errore|bug)',
  // "puoi segnalare tu all'assistenza che da stamattina i certificati escono senza timbro?": a
  // colleague asks to pass on what is asserted after "che".
  // Asked of a colleague ("tu") or told to the helpdesk: not "come si fa a segnalare al Ministero
  // che la pratica risulta duplicata?", a how-to.
  pattern`(?:segnalar|comunicar|riferir)[a-z]* (?:(?:tu|voi|lei) (?:${toWhom} ?[a-z]+ )?|${toWhom} ?${helpdesk} )che`,
]}\b`;

// ---------------------------------------------------------------------------------------------
// Anomalies: the software misbehaves. Strong cues say so by themselves; weak ones need company.

const stoppedVerbs = [
  'funziona',
  'funzionano',
  'va',
  'vanno',
  'parte',
  'partono',
  'risponde',
  'carica',
  'caricano',
  'stampa',
  'stampano',
  // "le reversali non si stampano", "il mandato non si firma".
  'si stampa',
  'si stampano',
  'si firma',
  'si firmano',
  'si salva',
  'si salvano',
  'salva',
  'si apre',
  'si aprono',
  'si avvia',
  'si riesce',
  'riesco',
  'riusciamo',
  'permette',
  'consente',
  'compare',
  'compaiono',
  'appare',
  'appaiono',
  'viene',
  'vengono',
  'visualizza',
  'visualizzo',
  'trovo',
  'risulta',
  'risultano',
  'calcola',
  'genera',
  'invia',
  'inviano',
  'arriva',
  'arrivano',
  'elabora',
  'aggiorna',
  'si aggiorna',
  'e possibile',
  'e piu possibile',
];

export interface Cue {
  re: RegExp;
  weight: number;
  /** Says when, not what: "dal 1° gennaio" may open a future change as well as a problem. */
  onsetOnly?: boolean;
}

/** What a program includes or charges: "addebitato", "considerati", "inclusi". */
const includedWrongly = ['addebitat', 'conteggiat', 'calcolat', 'inclus', 'considerat', 'emess'];
/** Who or what a charge or count wrongly reaches: "anche per il 2 giugno", "anche gli immobili". */
const alsoFor = [
  ...['per', 'a', 'ai', 'agli', 'alle', 'al', 'sul', 'sui', 'sugli', 'nel', 'nei'],
  ...['gli', 'le', 'i'],
];
/** What a nil result is told of: "l'importo calcolato è zero", "addizionale comunale a zero". */
const amounts = [
  ...['importo', 'importi', 'totale', 'totali', 'valore', 'valori', 'imponibile'],
  ...['addizional[ei]', 'trattenut[ae]', 'detrazion[ei]', 'ritenut[ae]', 'imposta'],
];
/** "il residuo resta a zero". */
const stuckAtZero =
  /\b(?:resta|restano|rimane|rimangono) (?:a|sempre a|fermo a|ferm[ie] a) (?:zero|0)\b/;
/** Future forms that announce a planned change: "verranno accorpati", "il tributo cambierà". */
const plannedFuture = [
  '[a-z]{2,}ranno',
  // "dal 1° dicembre attiveremo una seconda postazione", "dal 1° luglio non potremo più…".
  '[a-z]{2,}remo',
  ...['sara', 'verra', 'partira', 'cambiera', 'entrera', 'passera', 'scattera', 'andra'],
];
/** A change told in the present right after its date: "dal 1° novembre nasce l'ufficio". */
const plannedNow = [
  ...['nasce', 'nascono', 'entra in vigore', 'entrano in vigore', 'inizia', 'iniziano'],
  ...['prende servizio', 'prendono servizio', 'cambia (?:il|la|lo|i|le|l)', 'parte il', 'parte la'],
  ...['entra in servizio', 'entrano in servizio', 'e in servizio', 'sono in servizio'],
  // Covering for someone: "da lunedì sostituisco Matteo Ravera in ragioneria".
  ...['sostituisc[oe]', 'sostituiamo', 'subentr[oa]'],
  // A person arriving, not a mail or a flow: "dal 15 maggio arriva un nuovo istruttore", "da
  // lunedì 9 arriva in anagrafe la nuova istruttrice".
  "arriva(?:no)? (?:in mobilita |in servizio |(?:in|al|alla|allo|all') ?[a-z]+ )?(?:un |una |un'|il |la |i |le )?(?:nuov[oaie] )?" +
    '(?:collega|colleghi|colleghe|dipendent[ei]|istruttor[ei]|istruttrice|agent[ei]|impiegat[oaie]|assunt[oaie]|sostitut[oaie])',
];
/** A colleague moving office: "dal 2 giugno il sig. Bertin passa dall'ufficio tecnico alla ragioneria". */
const movesOffice = pattern`(?:passa|passano|si sposta|si spostano) (?:dall'|dal |dalla |all'|al |alla |in )${[
  ...['ufficio', 'servizio', 'settore', 'area', 'ragioneria', 'anagrafe', 'tributi', 'segreteria'],
  ...['economato', 'protocollo', 'polizia'],
]}`;
/** Who moves office: a person ("la collega", "il sig. Bertin"), not mail or documents. */
const colleagueWords =
  /(?:coll?eg[ah]\w*|sig(?:nor[ae]?)?|dott\w*|dipendent[ei]|istruttor[ei]|istruttrice|agent[ei]|impiegat[oaie])/;
/** Up to 80 characters of one sentence, where a title's dot ("il sig. Bertin") ends none. */
const titledWords = /(?:[^.;?!\n]|\b(?:sig|sigg|dott|geom|rag|arch|ing|avv)\.){0,80}/;
/** "… il sig. Bertin passa dall'ufficio tecnico…", after a date. */
const colleagueMoves = pattern`${titledWords}\b${colleagueWords}\b${titledWords}\b${movesOffice}\b`;
/** Future forms after "non": what will happen is no malfunction of today. */
const futureForms = ['(?:pot|sa|dov|ver|and|av|ter|vor|funzione|parti|usci)(?:ra|ranno)'];
/** After "non", words that start no verb: prepositions of a contrast, urgency, a topic aside. */
const notAVerb = [
  '(?:nel|nei|nell|nello|nella|nelle|negli|per|solo|soltanto|tanto|sempre)\\b',
  'urgent',
  '(?:col)?legat[oaie]\\b',
  'relativ[oaie]\\b',
  // "non sono coinvolti": not affected (with or without the auxiliary read as the verb);
  // "temiamo che non sia raggiungibile": a fear.
  '(?:(?:sono|e) )?(?:coinvolt|interessat[oaie]\\b)',
  '(?:sia|siano)\\b',
  // "così non dobbiamo rispiegare niente": an obligation, not a failure.
  '(?:devo|deve|dobbiamo|dovete|devono)\\b',
];

const takesTimeVerbs = [
  'ci mette',
  'ci mettono',
  'impiega',
  'impiegano',
  'ci vuole',
  'ci vogliono',
];
const longDurations = ['minuti', 'ore', 'eternita', 'moltissimo', 'tantissimo', 'troppo'];
const tooHighOrLow = [
  /piu alt[oaie]/,
  /piu bass[oaie]/,
  /superior[ei]/,
  /inferior[ei]/,
  /maggior[ei]/,
  /minor[ei]/,
  'in eccesso',
  'in difetto',
];
const comparedToDue = [
  // "l'imponibile risulta più alto di 1.212,40 euro": by a stated amount.
  /di \d+/,
  'del dovuto',
  'al dovuto',
  'di quanto dovuto',
  'del previsto',
  'di quanto previsto',
  'del corretto',
  'rispetto al dovuto',
];
const amountFields = [
  'importo',
  'importi',
  'totale',
  'totali',
  'valore',
  'valori',
  'saldo',
  'scadenza',
  'data',
  'cifra',
  'numero',
  'tariffa',
  'aliquota',
  'imposta',
];
const missingDeterminers = [
  'i',
  'le',
  'gli',
  'il',
  'la',
  'lo',
  "l'",
  'dei',
  'delle',
  'degli',
  'del',
  'della',
  /alcun[ieao]?/,
  /tutt[ie]/,
  /quell[ie]/,
  "all'appello",
  /\d+/,
  'due',
  'tre',
  'quattro',
  'cinque',
  'diversi',
  'diverse',
  /molt[ie]/,
];
const staleResultSigns = [
  /troncat[oaie]/,
  /tornat[oaie] indietro/,
  /rimandat[oaie] indietro/,
  /calcolat[oaie] (?:male|in modo (?:errato|sbagliato))/,
  'non (?:recepisce|recepiscono|riporta|riportano|tiene conto|tengono conto)',
  /(?:precedente|vecchi[oa]) (?:alla|al|rispetto)/,
  // "continuano a uscire con lo stemma vecchio".
  /continua(?:no)? a (?:uscire|comparire|apparire|stampare|riportare|mostrare) con (?:il|la|lo|i|le|gli|l') ?[a-z]+ (?:vecchi|precedent)[oaie]?/,
];
const stillAppliedStems = [
  'calcolat',
  'applicat',
  'trattenut',
  'impostat',
  'valorizzat',
  'considerat',
];
const errorShowVerbs = [
  'mi da',
  'ci da',
  'da',
  'restituisce',
  'segnala',
  'risponde con',
  // "il programma dice \"disponibilità insufficiente\"".
  'dice',
  'mostra',
  'riporta',
  'riceve',
  'ricevono',
  'ricevo',
  'riceviamo',
  'la scritta',
  'la dicitura',
];
const comesOutVerbs = [
  'esce',
  'escono',
  'arriva',
  'arrivano',
  /stampat[oaie]/,
  /generat[oaie]/,
  // "vengono protocollate senza i documenti", "è stata trasmessa senza gli allegati".
  /(?:protocollat|registrat|trasmess|inviat|importat|salvat|pubblicat)[oaie]/,
  'viene',
  'vengono',
];
const shownVerbs = ['compare', 'compaiono', 'appare', 'appaiono'];
/** Where the data come from, kept right: "sul palmare", "nel file del varco". */
const sourcePlaces = [
  ...[
    'sul palmare',
    'sui palmari',
    'nel file',
    'nei file',
    'sul file',
    'nel flusso',
    'nel tracciato',
  ],
  ...[
    'sul portale',
    'sul dispositivo',
    'sul rilevatore',
    "nell'originale",
    'nel documento originale',
  ],
];
/** Which case: "per il figlio minore", "sui mandati", "con la carta". */
const caseWords = /(?:per|con|su(?:lla|lle|gli|l|i)?|a(?:lla|lle|gli|l|i)?|ne(?:lla|lle|gli|l|i))/;
/** It works there: "funziona", "va a buon fine", "escono regolari", "sono corretti". */
const worksFine = [
  /funziona(?:no)?/,
  /va(?:nno)? a buon fine/,
  /(?:esce|escono|e|sono|risulta|risultano|va|vanno) (?:regolar|corrett|giust|bene)/,
];
/** What a test elsewhere kept the same: "con lo stesso PC e la stessa utenza". */
const sameSetup = ['pc', 'postazione', 'utenza', 'computer', 'browser', 'profilo', 'utente'];
/** Where a record ends up: "nel registro", "sulla lista". */
const intoWords = /(?:nella|nelle|nello|nell'|negli|nei|nel|in|sulla|sulle|sui|sul)/;
const everyTimeVerbs = [
  'provo',
  'proviamo',
  'cerco',
  'cerchiamo',
  'tento',
  'salvo',
  'salviamo',
  'apro',
  'apriamo',
  'clicco',
  'premo',
  'lancio',
  'stampo',
  'stampiamo',
  'entro',
  'accedo',
  'inserisco',
  'inseriamo',
  'confermo',
  'invio',
  'inviamo',
];
const mismatchWords = [
  'differisce',
  'differiscono',
  'diverge',
  'divergono',
  /discordant[ei]/,
  /incongruent[ei]/,
  /incongruenz[ae]/,
  /discrepanz[ae]/,
  /squadratur[ae]/,
  /disallineat[oaie]/,
  // "sembra uno sfasamento di un'ora": times or dates shifted.
  /sfasament[oi]/,
  /sfasat[oaie]/,
  /non allineat[oaie]/,
  'non (?:quadra|quadrano|coincide|coincidono|corrisponde|corrispondono)',
];
const recordedDone =
  '(?:trasmess|inviat|pagat|registrat|emess|caricat|protocollat|notificat|consegnat|ricevut|acquisit)';
const asPlanned = '(?:previsto|stabilito|indicato|impostato)';
/** What a program includes "comunque", despite the data: "le include comunque". */
const includedAnyway = [
  'include',
  'includono',
  'comprende',
  'comprendono',
  'conteggia',
  'conteggiano',
];
const includeVerbs = [
  ...includedAnyway,
  'considera',
  'considerano',
  'estrae',
  'estraggono',
  'elenca',
  'elencano',
  'mostra',
  'mostrano',
  'propone',
  'propongono',
];
const concessives = [
  'sebbene',
  'benche',
  'nonostante',
  'anche se',
  'pur essendo',
  'pur avendo',
  'eppure',
];
/**
 * The data said to be right: "(pur avendo) lo IUV corretto", "(anche se) il codice fiscale è
 * corretto" (not "anche se non sono sicura che sia l'indirizzo corretto").
 */
const dataRight = pattern`(?:${[
  "(?:il |la |lo |l'|i |le |gli )?[a-z']+ (?:[a-z']+ )?(?:e|sia|fosse|risulta|sono|siano|risultano) corrett[oaie]",
  "(?:il |la |lo |l'|i |le |gli )[a-z']+ (?:[a-z']+ )?corrett[oaie]",
]})\b`.source;
const doneStems = [
  'inserit',
  'caricat',
  'registrat',
  'compilat',
  'salvat',
  'accettat',
  'pagat',
  'trasmess',
  'elaborat',
  'aggiornat',
];
const contrastOpeners = [
  'mentre',
  'sebbene',
  'benche',
  'nonostante',
  'anche se',
  'pur essendo',
  'pur avendo',
  'eppure',
  'ma',
];
const correctStems = [
  'corrett',
  'giust',
  'regolar',
  'valid',
  'aggiornat',
  'fissat',
  'indicat',
  'impostat',
  /quell[oaie] (?:nuov|giust|corrett)/,
];
const stillProducesVerbs = [
  'produce',
  'producono',
  'genera',
  'generano',
  'stampa',
  'stampano',
  'mostra',
  'mostrano',
  'riporta',
  'riportano',
  'calcola',
  'calcolano',
  'applica',
  'applicano',
  'usa',
  'usano',
  'prende',
  'prendono',
  'esce',
  'escono',
  'risulta',
  'risultano',
  'continua a',
  'continuano a',
  'mette',
  'mettono',
  // "gli elettori spostati compaiono ancora nella vecchia sezione".
  'compare',
  'compaiono',
  'appare',
  'appaiono',
  'resta',
  'restano',
];
const contrastVerbs = [
  'e',
  'sia',
  'risulta',
  'risultano',
  'sono',
  'siano',
  'appare',
  'compare',
  'abbiamo',
  'ho',
];
const notAsPlanned = ['al contrario di', 'contrariamente a', 'diversamente da'];
const noEffectVerbs = ['fa', 'succede', 'accade', 'avviene', 'da'];
// "la rata di dicembre esce uguale a zero" too.
const zeroVerbs = [
  'sono',
  'risulta',
  'risultano',
  // "la tredicesima esce a zero per i part-time".
  'esce',
  'escono',
  'viene',
  'vengono',
  'vale',
  'valgono',
  'pari a',
  'uguale a',
  // "le rendite sono state sostituite con rendita zero", "sovrascritte con zero".
  "(?:sostituit|sovrascritt)[oaie] con(?: (?:la |il |l')?(?:rendita|valore|importo))?",
  'uguali a',
];
const nilAmount = pattern`\b(?:${zeroVerbs}|e) (?:sempre |ancora )?0,00(?!\d)`;
/** After "non", words of knowing, having, wanting or needing: no anomaly ("non so"). */
const notAProblemAfterNon = [
  'ancora',
  'so',
  'sappiamo',
  'sapevo',
  'ho',
  'hanno',
  'ha',
  'abbiamo',
  'avevo',
  'vorrei',
  'vorremmo',
  'volevo',
  'credo',
  'penso',
  'capisco',
  "c'e",
  'ci sono',
  'serve',
  'servono',
  'dovesse',
];
/**
 * "non domestici", "non residenti": a category of people, not a failure; so are "la quota non
 * dovuta", "le ferie non godute", "i pasti non consumati".
 */
const unrelatedTopicStems = [
  ...['domestic', 'resident', 'comunitari', 'concorr'],
  ...['dovut', 'godut', 'consumat'],
  // "una fascia che non era prevista", "l'opzione non è modificabile dal nostro profilo": how
  // things are set, not a failure.
  ...['era previst', 'erano previst', 'previst', 'modificabil'],
];
const pronounsAfterNon = [
  'si ',
  'mi ',
  'ci ',
  'ne ',
  'le ',
  'li ',
  'lo ',
  'la ',
  'gli ',
  'piu ',
  'e ',
  'sono ',
  'viene ',
  'vengono ',
];
/** "Aggiungo che il blocco si presenta solo sui mandati con più beneficiari". */
const problemPresents = pattern`(?:^|[.;:!?\n] ?|\b(?:che|e|ma|pero|ora|adesso|oggi) )(?:il |lo |l')(?:${[
  ...['blocco', 'errore', 'malfunzionamento', 'problema'],
]}) si (?:presenta|verifica|ripresenta|manifesta) (?:${[
  ...['solo', 'soltanto', 'anche', 'sempre', 'ogni volta', 'quando', 'con', 'su', 'sui', 'sulle'],
  ...['sugli', 'sul', 'nei', 'nelle', 'nel', 'in'],
]})\b`;
const haveProblemVerbs = [
  'ho',
  'abbiamo',
  "c'e",
  'riscontro',
  'riscontriamo',
  'riscontrato',
  'si presenta',
  'si verifica',
  'si ripresenta',
  // "vi segnalo un problema", "approfitto per segnalarvi un altro problema".
  'segnalo',
  'segnaliamo',
  'segnalarvi',
  'segnalare',
];
const problemDeterminers = [
  // "vi segnalo due problemi", "abbiamo alcuni problemi".
  ...['due ', 'tre ', 'alcuni ', 'dei ', 'diversi ', 'vari ', 'un paio di ', 'questi '],
  'un ',
  'il ',
  'lo stesso ',
  'questo ',
  'un grave ',
  'un nuovo ',
  'un altro ',
];
const resultVerbs = [
  'risulta',
  'risultano',
  'viene',
  'vengono',
  /e stat[oa]/,
  /sono stat[ie]/,
  // "la quota è calcolata su 4 occupanti mentre il nucleo è di 2".
  /(?:e|sono) (?:calcolat|applicat|conteggiat|considerat|valorizzat)[oaie]/,
  // "23 bambini hanno avuto la tariffa piena invece della fascia agevolata".
  /(?:ha|hanno) (?:avuto|ricevuto)/,
  'esce',
  'escono',
  'compare',
  'compaiono',
  'riporta',
  'riportano',
  'propone',
  'propongono',
  'calcola',
  'applica',
  'assegna',
  'imposta',
  'mette',
  'mettono',
];
// When an anomaly started, for the cue of that name below.
const afterUpdate = /\bdopo (?:l'|il )?(?:ultimo )?(?:aggiornamento|rilascio)\b/;
/** "dall'aggiornamento", "con la nuova versione", "prima funzionava": a change of the software. */
const changedWords = /(?:aggiornament|rilasci|version|release|migrazion)/;
const workedBefore = /\b(?:prima funzionava|fino a (?:ieri|ora|poco fa) (?:funzionava|andava))\b/;
export const softwareChanged = pattern`${workedBefore}|\b(?:dopo|dall'|con|da quando) ?(?:[a-z']+ ){0,3}?(?:l')?${changedWords}`;
/** "da quando avete aggiornato", "da quando e stato installato". */
const changers = ['avete', 'abbiamo', 'hanno', 'e stat[oa]', 'sono stat[ie]', 'si e'];
const changeStems = [
  'sostituit',
  'aggiornat',
  'installat',
  'rilasciat',
  'modificat',
  'cambiat',
  'attivat',
  'migrat',
  'passat',
  'aumentat',
  'ridott',
];
// "da quando il gestore ha aumentato il limite": someone named, then the change.
const sinceChange = pattern`\bda quando (?:(?:il|la|lo|l') ?[a-z]+(?: [a-z]+)? ha |${changers} )(?:[a-z]+ )?${changeStems}`;
/** What the council or the office decided: "abbiamo approvato", "è stato deliberato", "prevede". */
const decidedVerbs = /(?:abbiamo|avevamo|e stat[oa]|sono stat[ie]|prevede|previst[oaie])/;
/** "con la nuova versione", "dopo il passaggio alla nuova release". */
const releaseDeterminers = ['la', "l'ultima", 'la nuova', 'il passaggio alla nuova'];
const newRelease = pattern`\b(?:con|dopo) ${releaseDeterminers} (?:nuova )?(?:versione|release|migrazione)\b`;
const partialVerbs = ['aggiorna', 'aggiornano', 'modifica', 'modificano', 'applica', 'applicano'];
const remainVerbs = ['resta', 'restano', 'rimane', 'rimangono'];
/** Where the Ente's data are kept: "in procedura", "nella scheda", "in Cityware". */
const dataPlaces = [
  ...['in procedura', 'nella procedura', 'nel programma', 'nel gestionale', 'in cityware'],
  ...['sulla scheda', 'nella scheda', 'in anagrafica', "nell'anagrafica", 'nei parametri'],
];
/** How a result shows up: "compaiono", "risulta", "escono". */
const showsUp = [...shownVerbs, 'risulta', 'risultano', 'esce', 'escono', 'viene', 'vengono'];
/** Data kept right: "configurate", "inserito", "ritirata". */
const keptRight = [
  ...['configurat', 'impostat', 'inserit', 'registrat', 'salvat', 'caricat', 'abilitat'],
  ...['ritirat', 'annullat'],
];
/** Stems of something taken away: "ritirata", "annullato", "rimossi". */
const removedStems = [
  'ritirat',
  'annullat',
  'cancellat',
  'eliminat',
  'revocat',
  'rimoss',
  'archiviat',
];
/** "è", "risultano", "rimane": a state that holds. */
const stayVerbs = ['e', 'sono', 'era', 'erano', 'risulta', 'risultano', ...remainVerbs];
/** Still to be seen: "visibile", "pubblicati", "online". */
const stillThere = [
  ...['visibil', 'pubblicat', 'present', 'attiv', 'consultabil', 'scaricabil'],
  /(?:online|in pubblicazione)\b/,
];
/** A demand to pay: "sollecito", "avvisi", "ingiunzione" (not the verb: "vi avviso che"). */
const charges = [/sollecit[oi]/, /avvis[oi](?! che\b)/, /ingiunzion[ei]/];
/** Stems of paid: "pagato", "versati", "riscossa". */
const paidStems = ['pagat', 'versat', 'saldat', 'riscoss'];

/** A problem the user is facing now, or a process that stops or is refused. */
export const problemEvent: Cue = {
  re: pattern`\b${haveProblemVerbs} ${problemDeterminers}?problem[ai]\b|\b${[
    'si interrompe',
    'si interrompono',
    // "Stampa ruolo TARI interrotta", "l'elaborazione si è interrotta".
    'interrott[oaie]',
    // "il flusso per la stampa degli avvisi li scarta".
    'scarta',
    'scartano',
    'si ferma',
    'si fermano',
    'si pianta',
    'termina con',
    'fallisce',
    'falliscono',
    'fallit[oaie]',
    'non va a buon fine',
    'non vanno a buon fine',
    'rifiutat[oaie]',
    'respint[oaie]',
    'restituisce',
    '(?:compare|esce) (?:il|un|la|una) (?:messaggio|errore|avviso|scritta)',
    // A reply adding to its ticket: "aggiungo che il blocco si presenta solo sui mandati…".
    // Told as a fact, opening a sentence or after "che", with where or when it happens: not
    // "se il problema si ripresenta…".
    problemPresents,
  ]}\b`,
  weight: 1,
};

// The software will not let the user act: "non mi fa inserire la n. 5", "non ci lascia chiudere",
// "la fattura non me la fa registrare".
export const wontLet: Cue = {
  re: /\bnon (?:mi|ci|me l[aoie]|ce l[aoie]) (?:fa|fanno|lascia|lasciano) [a-z]{2,}(?:are|ere|ire)\b/,
  weight: 1,
};

/** Said right: "sono corretti", "tornano giusti", "escono regolari". */
const saidRight =
  '(?:sono|e|risultano|risulta|tornano|torna|escono|esce) (?:giust|corrett|regolar)[a-z]*';
/** What arrived twice: "sono arrivati 2 avvisi", "ha ricevuto due bollette". */
const twoArrived = ['sono arrivat[ie]', 'ha ricevuto', 'hanno ricevuto', 'abbiamo ricevuto'];
/** What the program makes: "ha creato", "hanno generato". */
const madeVerbs = ['creato', 'generato', 'emesso', 'assegnato', 'prodotto'];
/** The software as the writer names it, doing something. */
export const programNames = [
  'il programma',
  'la procedura',
  'cityware',
  'il gestionale',
  'il sistema',
];
/** What the program is said to give: "trattiene 563,40", "calcola…". */
const programGives = ['trattiene', 'calcola', 'applica', 'mette', 'propone', 'restituisce', 'da'];
/** "con gli", "sulle vecchie", "secondo i precedenti": on what a figure is computed. */
const onFigures =
  /(?:con|sui|sulle|sugli|secondo) (?:gli |le |i |la |il |l')?(?:vecchi[oe]? |precedenti )?/;
/** Figures a new year or a new law changes. */
const oldFigures = /(?:scaglion|aliquot|tabell|valor|tariff|parametr|import|coefficient)/;
/** Up to 60 characters of one sentence; a dot inside a number ("18.412,00") ends none. */
const inSentence = /(?:[^.;?!\n]|\.(?=\d)){1,60}/.source;

/** Who else has the same problem, as a fault's sign: colleagues, workstations, other records. */
const sharedBy = [
  ...['colleg[a-z]*', 'uffici', 'postazion[ei]', 'utenti', 'avvisi', 'pratiche', 'cedolini'],
  ...['posizioni', 'verbali'],
];
export const anomalyCues: Cue[] = [
  // "errore" ("per errore", "errore materiale", the user's own mistakes, are masked first).
  { re: /\berror[ei]\b/, weight: 2 },
  {
    re: /\bmessaggi[oa]? di errore\b|\bva in errore\b|\bda errore\b|\bsegnala (?:un )?errore\b/,
    weight: 2,
  },
  { re: pattern`\bnon ${stoppedVerbs}\b`, weight: 2 },
  // With a dative: "alla collega non le va più la stampa dei cedolini".
  { re: /\bnon (?:mi|ci|le|gli|ti) (?:va|vanno|funziona|funzionano|parte|partono)\b/, weight: 2 },
  // The wrong state stays after the user tried again: "restano da riconciliare anche dopo aver
  // rilanciato l'elaborazione", "anche dopo averlo rifatto".
  {
    re: /\banche dopo (?:aver|avere|averl[aoie]) (?:ri[a-z]{4,}t[oaie]|eseguito di nuovo|fatto di nuovo)\b/,
    weight: 2,
  },
  {
    re: pattern`\b${[
      ...['si blocca', 'si bloccano', 'bloccat[oaie]', 'si chiude', 'si chiudono', 'crash'],
      ...['impalla', 'piantat[oa]', 'schermata bianca', 'pagina bianca', 'pagine bianche'],
      'fogli bianchi',
    ]}\b`,
    weight: 2,
  },
  // A state told against the right one: "risultano «in pubblicazione» e non «scadute»". ("…,
  // mentre dovrebbero avere…" was tried: it reads a how-to's "mentre il motivo dovrebbe essere…"
  // as a fault as often as it finds one.)
  {
    re: /\brisult(?:a|ano) "?[a-z][a-z ]{0,30}"? e non "?[a-z]/,
    weight: 2,
  },
  // The problem back: "purtroppo il problema si è ripresentato: …", "il blocco che avevamo
  // segnalato invece si ripresenta ogni mattina" (not "se il problema si è ripresentato", nor "il
  // problema non si è ripresentato", nor "il problema, se si ripresenta, …").
  {
    re: pattern`(?:^|[.;:!?\n] ?|\b(?:che|e|ma|pero|purtroppo|ora|adesso|oggi) )(?:il |lo |l')${[
      ...['blocco', 'errore', 'malfunzionamento', 'problema', 'difetto'],
    ]} (?:(?:(?!(?:se|non|qualora|quando) )[a-z']+ ){1,8})?(?:(?:si e|e) (?:ripresentat|ricompars|tornat)o|si ripresenta)\b`,
    weight: 2,
  },
  {
    re: /\b(?:anomali[ae]|malfunzionament[oi]|bug|eccezione|exception|impossibile|lentissim[oa]|lentezza|timeout|non piu)\b/,
    weight: 1,
  },
  // Something that no longer happens ("non riporta", "non si possono mandare"), but not "non
  // so", "non ho capito", "non abbiamo problemi" (questions and bookings), nor a future ("non
  // potrà più passare"), a contrast ("e non nello split"), urgency or an unrelated topic.
  {
    re: pattern`\bnon ${pronounsAfterNon}?(?!${notAProblemAfterNon}\b|${unrelatedTopicStems}|[a-z]+ss(?:e|ero)\b|${futureForms}\b|${notAVerb})[a-z]{3,}`,
    weight: 1,
  },
  // The records did not produce what they should: "le iscrizioni non hanno generato la pratica",
  // "il ricalcolo non ha aggiornato gli importi".
  {
    re: /\bnon (?:ha|hanno) (?:piu |ancora )?(?:generat|creat|prodott|stampat|calcolat|aggiornat|importat|inviat|trasmess|salvat|registrat|caricat)o\b/,
    weight: 1,
  },
  // A short verb that stopped: "non dà più l'avviso", "non fa più il ricalcolo".
  // Not "non fa più parte del nucleo", "non fa più attività": a fact, no function.
  {
    re: /\bnon (?:mi |ci |gli |le )?(?:da|danno|fa|fanno) piu\b(?! parte\b| attivita\b)/,
    weight: 1,
  },
  wontLet,
  // The user suspects the software: "se è un problema del calcolo", "sia un errore della procedura".
  {
    re: pattern`\b(?:e|sia) un (?:problema|errore|bug|difetto) (?:del|della|dello|nel|nella|nello|dell')? ?${[
      'calcolo',
      'programma',
      'procedura',
      'software',
      'sistema',
      'gestionale',
      'applicativo',
      'modulo',
    ]}\b`,
    weight: 1,
  },
  // When it started: "da ieri", "dal 10 novembre", "dopo l'aggiornamento", "prima funzionava".
  {
    re: pattern`\b(?:da|dal|dalla|dai) (?:${[
      'ieri',
      'stamattina',
      'questa mattina',
      'oggi',
      // "dal lunedì al venerdì" is a weekly range (office hours), not when something started.
      // "da lunedì prende servizio il nuovo agente": a start planned, as for dates below.
      pattern`${weekdays}(?!'? (?:al|a) ${weekdays}|(?: \d{1,2}°?(?: ${months})?)? ${plannedNow}\b)`,
      'qualche giorno',
      'alcuni giorni',
      'giorni',
      'settimane',
      // "dal 1° luglio i due uffici verranno accorpati", "dal 1° novembre nasce l'ufficio…": a
      // change planned, not an onset.
      // "dal 30 settembre al 31 ottobre": a span, not an onset. "dal 2 giugno il sig. Bertin passa
      // dall'ufficio tecnico alla ragioneria": a colleague's move, not an onset.
      pattern`\d{1,2}°? ${months}(?![^.;?!\n]{0,80}\b${plannedFuture}\b|${colleagueMoves}| ${plannedNow}\b| al \d)`,
      '(?:due|tre|quattro|cinque|pochi|diversi) giorni',
      "l'ultimo aggiornamento",
      "l'aggiornamento",
    ]})\b|${afterUpdate}|${sinceChange}|${newRelease}|\bprima funzionava|\bfino a (?:ieri|ora|poco fa) (?:funzionava|andava)|\ba partire da(?:l|lla|lle)? `,
    weight: 1,
    onsetOnly: true,
  },
  problemEvent,
  // What the user types is ignored: "viene salvata sempre al 1° gennaio, qualunque data si
  // scriva".
  {
    re: pattern`\b(?:qualunque|qualsiasi) (?:data|valore|importo|cosa|numero|codice|opzione|scelta) (?:si |io |noi )?${[
      ...['scriva', 'inserisca', 'imposti', 'metta', 'selezioni', 'scelga'],
      ...['scrivo', 'inserisco', 'imposto', 'metto', 'seleziono', 'scelgo'],
      ...['scriviamo', 'inseriamo', 'impostiamo', 'mettiamo', 'selezioniamo', 'scegliamo'],
    ]}\b`,
    weight: 2,
  },
  // People or records left out that belong in: "il programma esclude tutti i nati all'estero",
  // "l'elenco esclude 58 elettori regolarmente iscritti".
  {
    re: pattern`\b${leaveOut}\b[^.;?!\n]{0,40}\b${belongIn}\b`,
    weight: 2,
  },
  // A result that contradicts its data: "risultano calcolate a tempo pieno anche per i part-time".
  {
    re: pattern`\b${resultVerbs}\b[^.;\n]{0,120}\b${[
      'anche per',
      // "calcola i contributi anche sugli arretrati già assoggettati".
      'anche su',
      'anche sul',
      'anche sull',
      'anche sulla',
      'anche sugli',
      'anche sui',
      'anche sulle',
      'anche quando',
      'anche se',
      'anche nel',
      'anche nella',
      'anche nei',
      'anche nelle',
      'anche ai',
      'anche alle',
      'invece di',
      'invece che',
      'anziche',
      'al posto d',
      'mentre',
      'sebbene',
      'benche',
      'nonostante',
      'pur essendo',
      'pur avendo',
      // "viene calcolata come se avessero lavorato a tempo pieno": treated as what it is not.
      'come se',
    ]}\b`,
    weight: 2,
  },
  // What the user knows, then what the software says: "ha pagato con F24 il 16 giugno ma in
  // Cityware la rata risulta insoluta".
  {
    // "…ma in Cityware la notifica resta «in attesa di esito»": the old state kept.
    re: pattern`\bma (?:${dataPlaces}|a sistema)\b[^.;\n]{0,60}\b(?:${showsUp}|${remainVerbs})\b`,
    weight: 1,
  },
  // "X instead of Y" on its own: a result that is not what it should be.
  {
    re: /\b(?:invece (?:di|del|della|dei|delle|dello|degli|dell'|che)|al posto (?:di|del|della|dei|delle))\b/,
    weight: 1,
  },
  // Still or always the old result: "la stampa produce ancora un unico F24", "continua a trattenere",
  // "il programma usa però ancora le tariffe 2025".
  {
    re: pattern`\b${stillProducesVerbs} (?:pero |comunque |invece )?(?:ancora|sempre)\b|\b(?:ripartit[oaie]|ricominciat[oaie]) da (?:capo|zero|1|uno)\b`,
    weight: 1,
  },
  {
    re: pattern`\b${contrastOpeners} (?:nel|nella|nei|nelle|sul|sulla|in|a)\b[^.;\n]{1,60}\b${contrastVerbs} ${correctStems}`,
    weight: 1,
  },
  {
    re: pattern`\b${concessives}\b[^.;\n]{1,80}\b(?:correttamente|regolarmente|(?:gia|stat[oaie]) ${doneStems})|\b${concessives} ${dataRight}`,
    weight: 1,
  },
  // Output that includes what it should not ("le include comunque", despite the cessation; not
  // "mi propone comunque lo split istituzionale", a default to set), or differs from what is
  // expected.
  {
    re: pattern`\b${includeVerbs}(?:,? [^.;,\n]{1,30},)? anche\b|\b${includedAnyway} comunque\b|\b${notAsPlanned} quanto ${asPlanned}`,
    weight: 1,
  },
  {
    re: pattern`\b${mismatchWords}\b`,
    weight: 1,
  },
  // "l'esito non è mai partito", "non sia mai arrivato": what should have gone never did.
  {
    re: /\bnon (?:e|sia|sono|siano) mai (?:partit|arrivat|transitat|giunt)[oaie]\b/,
    weight: 1,
  },
  // "aggiorna l'indirizzo solo per l'intestatario"; "restano con la vecchia via".
  {
    re: pattern`\b${partialVerbs}(?: [a-z']+){1,3} (?:solo|soltanto|solamente) (?:per|a|al|alla|ai|alle)\b`,
    weight: 1,
  },
  {
    re: pattern`\b${remainVerbs} con (?:la|il|i|le|lo|gli) vecchi[oaie]?\b`,
    weight: 1,
  },
  // "la differenza sembra corrispondere alla quota…": two figures that should agree.
  {
    re: /\bla differenza (?:sembra|corrisponde|e pari|di circa|tra|fra)\b/,
    weight: 1,
  },
  // One identity given twice: "due avvisi con lo stesso codice IUV", "la stessa numerazione".
  {
    re: /\b(?:con (?:lo stesso|la stessa)|stesso|stessa) (?:codice|numero|iuv|identificativo|protocollo|numerazione)\b/,
    weight: 1,
  },
  // "il problema è iniziato dopo…": a problem the user has, said in so many words.
  {
    re: /\bil problema (?:e|si e) (?:iniziato|cominciato|comparso|nato|presentato)\b/,
    weight: 2,
  },
  // "vengono abbinati all'anno 2024 e non al 2025": a result put where it does not belong.
  {
    re: pattern`\b(?:viene|vengono|risulta|risultano) [a-z]{3,}t[oaie] [^.;?!\n]{0,60}\be non ${[
      ...['a', 'al', 'alla', 'ai', 'alle', 'allo', "all'", 'nel', 'nella', 'nei', 'nelle'],
      ...['sul', 'sulla', 'sui', 'in', 'per', 'con', 'come', 'su'],
    ]}\b`,
    weight: 1,
  },
  // Still in the old state after what should have moved it: "risultano incassati, ma nel
  // programma sono ancora da riconciliare".
  {
    re: /\bma (?:[^.;?!\n]{0,60} )?(?:sono|e|risultano|risulta|restano|resta|rimangono|rimane) ancora\b/,
    weight: 1,
  },
  // Still there after it was taken away: "ritirata dall'Albo il 20 ottobre, è ancora visibile".
  {
    re: pattern`\b${removedStems}[oaie]\b[^.;?!\n]{1,80}\b${stayVerbs} ancora (?:${stillThere})`,
    weight: 1,
  },
  // The same told the other way round: "sono ancora visibili ai cittadini, mentre nel gestionale
  // risultano scaduti".
  {
    re: pattern`\b${stayVerbs} ancora (?:${stillThere})[a-z]*\b[^.;?!\n]{1,80}\b(?:${removedStems}|scadut)[oaie]\b`,
    weight: 1,
  },
  // Asked to pay what is already paid: "arriva il sollecito anche per settembre, che risulta già
  // pagato", "solleciti con importi già pagati".
  {
    re: pattern`\b${charges}\b[^.;?!\n]{1,80}\b(?:${stayVerbs} (?:gia |regolarmente )+|importi (?:gia|regolarmente) )${paidStems}[oaie]\b`,
    weight: 1,
  },
  // The data are right where they are kept, so the result is the software's: "in procedura le
  // diete sono configurate correttamente", "in Cityware risulta correttamente ritirata" (not "in
  // procedura le stampe escono correttamente", a fix confirmed).
  {
    re: pattern`\b${dataPlaces}\b[^.;?!\n]{1,60}\b(?:e|sono|risulta|risultano) (?:${keptRight}[oaie] correttamente|correttamente ${keptRight}[oaie])\b`,
    weight: 1,
  },
  // One result wrong while the others of the same run are right: "la seconda rata a zero mentre la
  // prima e la terza sono giuste".
  {
    re: pattern`\bmentre (?:la|il|le|gli|i|lo|l')\b[^.;?!\n]{1,60}\b${saidRight}`,
    weight: 2,
  },
  // The same said with "invece": "gli elenchi allegati al verbale invece sono corretti", "l'IRPEF e
  // l'addizionale comunale invece tornano".
  {
    re: pattern`\binvece (?:${saidRight}|(?:tornano|torna)\b)`,
    weight: 2,
  },
  // The data right where they are kept, said after: "le date di cessazione sono corrette nelle
  // anagrafiche" (what the program made of them is wrong).
  {
    re: pattern`\b(?:sono|e|risultano|risulta) (?:corrett|giust)[oaie] (?:sia )?${[
      ...['in', "nell'", 'nella', 'nelle', 'nel', 'nei', 'negli'],
    ]} ${['anagrafic', 'banca dati', 'archivi', 'sched', 'consultazion']}[a-z]*`,
    weight: 1,
  },
  // Everyone given the same, even who should not: "risultano tutti con 365 giorni, anche chi ha
  // lavorato solo fino a giugno".
  {
    re: /\b(?:risultano|escono|vengono|sono) tutt[ie]\b[^.;?!\n]{1,80}, anche (?:chi|quell[ie] che|per chi)\b/,
    weight: 1,
  },
  // An old value printed: "la tessera esce con il numero della sezione vecchia".
  {
    re: pattern`\b${[
      ...['esce', 'escono', 'viene', 'vengono', 'risulta', 'risultano', 'riporta', 'riportano'],
    ]} (?:stampat[oaie] )?con (?:il|la|lo|i|gli|le|l') ?(?:[a-z]+ ){0,3}?(?:vecchi[oaie]|precedent[ei])\b`,
    weight: 2,
  },
  // A total that does not add up: "il totale generale è più basso della somma dei singoli mandati".
  {
    re: pattern`\b(?:e|risulta|esce|viene) (?:piu (?:bass[oa]|alt[oa])|inferiore|superiore|diverso) ${[
      ...['della', 'del', 'dalla', 'dal', 'rispetto alla', 'rispetto al'],
    ]} (?:somma|totale)\b`,
    weight: 2,
  },
  // …or than the figure it should equal: "il totale del file è quindi più alto di quello del
  // riepilogo delle ritenute".
  {
    re: pattern`\btotale\b[^.;?!\n]{0,40}\b(?:e|risulta|esce|viene) (?:quindi |pero |invece )?(?:piu (?:bass[oa]|alt[oa])|inferiore|superiore) ${[
      ...[
        'di quello',
        'di quella',
        'a quello',
        'a quella',
        'rispetto a quello',
        'rispetto a quella',
      ],
    ]} (?:del|della|dei|delle|dello|dell')`,
    weight: 2,
  },
  // A numbering that skips: "la numerazione generale è passata da 312 a 315".
  {
    // Also the noun: "Numerazione determine: salto dal n. 212 al n. 230".
    re: /\bnumerazione\b[^.;?!\n]{1,40}\b(?:salta(?:t[oa])?|salto|e passata da \d+ a \d+)|\bsalto (?:di|nella) numerazione\b/,
    weight: 2,
  },
  // Only one output wrong: "nella consultazione risultano cancellati, è solo la stampa che li
  // riporta".
  {
    re: pattern`\b(?:e|sono) solo (?:la |il |lo |le |i |gli |l')[a-z]+ (?:che|a) (?:li |le |lo |la |gli |ne )?${[
      ...[
        'riporta',
        'riportano',
        'mostra',
        'mostrano',
        'sbaglia',
        'sbagliano',
        'include',
        'includono',
      ],
    ]}\b`,
    weight: 2,
  },
  // The data right where they come from: "sul palmare i dati sono corretti" (the program's copy
  // is wrong).
  {
    re: pattern`\b${sourcePlaces} (?:(?:i|gli|le) [a-z]+ )?(?:sono|e|risultano|risulta) (?:corrett|giust)[oaie]\b`,
    weight: 1,
  },
  // Wrong only in one case, right in the others: "solo per il figlio minore; per i genitori la
  // validazione va a buon fine".
  {
    re: pattern`\bsolo ${caseWords} [^.;?!\n]{1,40}[;,] ${caseWords} [^.;?!\n]{1,40}\b${worksFine}`,
    weight: 1,
  },
  // Put in the wrong place: "le fatture sono finite nel versamento dell'IVA istituzionale e non
  // nel registro commerciale".
  {
    re: pattern`\b(?:e|sono) (?:finit|andat)[oaie] ${intoWords}\b[^.;?!\n]{1,60}\b(?:e )?non ${intoWords}\b`,
    weight: 1,
  },
  // Right in the same conditions elsewhere: "a Nureddu, con lo stesso PC e la stessa utenza, i
  // certificati escono regolari".
  {
    re: pattern`\bcon (?:lo |la )?stess[oa] ${sameSetup}\b[^.;?!\n]{0,80}\b${worksFine}`,
    weight: 1,
  },
  // The result against the right one: "la sanzione dovrebbe essere quella ridotta e non il 100%".
  {
    re: /\b(?:dovrebbe|dovrebbero) essere\b[^.;?!\n]{1,40}\be non (?:il |la |lo |i |le |gli |l'|quell|\d)/,
    weight: 1,
  },
  // A date the software fills when it has none: "tutti i preavvisi hanno data 01/01/1970".
  {
    re: /\b0?1[/.-]0?1[/.-](?:1970|1900)\b/,
    weight: 1,
  },
  // The result against what the Ente decided: "…col coefficiente minimo, mentre in delibera
  // abbiamo approvato il massimo".
  {
    re: pattern`\bmentre (?:in|nella|nel|con la|con il) (?:delibera|regolamento|determina|decreto)(?: [^.;?!\n]{1,30})? ${decidedVerbs}\b`,
    weight: 1,
  },
  // The program's figure against the writer's own: "il programma trattiene 563,40, mentre con la
  // nuova aliquota a me viene circa 538" (not a total against a sum, "il totale risulta 52.310,40
  // €, mentre la somma dei giornali di cassa…": writers asked it as a doubt as often as a fault).
  {
    re: pattern`\b(?:${programNames}) (?:${programGives})\b${inSentence}\bmentre\b`,
    weight: 1,
  },
  // Still computed on the old figures: "l'IRPEF sembra calcolata ancora con gli scaglioni del 2025".
  {
    re: pattern`\b(?:calcolat|applicat|elaborat|conteggiat)[oaie] ancora ${onFigures}${oldFigures}`,
    weight: 1,
  },
  // The program made two for one: "generando gli avvisi mi ha creato 2 IUV diversi x la stessa
  // rata" (its doing: not "ho generato due avvisi", the writer's); or two arrived for one: "sono
  // arrivati 2 avvisi tari x la stessa casa".
  {
    re: pattern`\b(?:(?:ha|hanno) ${madeVerbs}|${twoArrived}) (?:[a-z]+ ){0,2}(?:2|due|doppi[oae]?)\b[^.;?!\n]{1,40}\b(?:x|per) (?:la|lo|il) stess[oa]\b`,
    weight: 2,
  },
  // A record without what it must carry: "risultano esecutive ma senza numero".
  {
    re: /\b(?:risulta|risultano|compare|compaiono|esce|escono)\b[^.;?!\n]{1,40}\bma senza (?:il |la |l')?(?:numero|data|firma|protocollo|importo|iuv|codice)\b/,
    weight: 1,
  },
  // The same thing working elsewhere, said against the failing one: "le delibere di giunta invece
  // si numerano regolarmente".
  {
    re: /\binvece (?:si [a-z]+|funziona|funzionano|va|vanno|escono|esce) (?:regolarmente|correttamente)\b/,
    weight: 1,
  },
  // Where a wrong figure comes from: "non capisco da dove prenda i valori vecchi".
  { re: /\bnon capisco da dove (?:prend|arriv|esc|ricav)[a-z]*/, weight: 1 },
  // A value shown in one place and missing in another: "…senza la riduzione, che invece risulta
  // sulla scheda".
  {
    re: /\bche invece (?:risulta|risultano|compare|compaiono)\b/,
    weight: 1,
  },
  // Counts gone below zero: "i giorni di ferie residui risultano negativi" (not when explained:
  // "risulta negativo, nel senso che non ci sono difformità", "viene negativo perché…").
  {
    re: /\b(?:risulta|risultano|diventa|diventano|esce|escono|viene|vengono) negativ[oaie]\b(?!,? (?:nel senso|perche|poiche|in quanto|come previsto))/,
    weight: 1,
  },
  // A copy of another's values: "compaiono con gli stessi allergeni del menù base".
  {
    re: pattern`\b${showsUp} con (?:gli stessi|le stesse|lo stesso|la stessa|il medesimo|la medesima)\b`,
    weight: 1,
  },
  // Done for some and not the others: "solo il primo ufficio lo vede, gli altri no".
  {
    re: /\b(?:gli altri|le altre|tutti gli altri|tutte le altre|per gli altri|per le altre) no\b/,
    weight: 1,
  },
  // A wrong result and what it brings: "generando rimborsi inesistenti".
  {
    re: /\b(?:generando|creando|producendo) [^.;?!\n]{0,30}\b(?:inesistent|errat|sbagliat|doppi|duplicat)[a-z]*/,
    weight: 2,
  },
  // Included where it should not be: "ha addebitato il pasto anche per il giorno di sciopero",
  // "vengono considerati anche gli immobili venduti".
  {
    re: pattern`\b(?:ha|hanno|viene|vengono|sono stat[ie]|e stat[oa]) ${includedWrongly}[a-z]* [^.;?!\n]{0,40}\banche ${alsoFor}\b`,
    weight: 1,
  },
  // Done anyway: "i pasti sono stati conteggiati lo stesso", "sembra che venga contato lo stesso".
  {
    re: /\b(?:sono stat[ie]|e stat[oa]|vengono|viene|venga|vengano) [a-z]{3,}t[oaie] (?:lo stesso|ugualmente|comunque)\b/,
    weight: 1,
  },
  // One value put in place of another: "la categoria 22 viene sostituita con la 1".
  {
    re: /\b(?:viene|vengono) (?:sostituit|scambiat|convertit|trasformat)[oaie] (?:con|in)\b/,
    weight: 1,
  },
  // "il riquadro mostra un residuo negativo (-3 giorni)": a count below zero.
  {
    re: /\b(?:residuo|residui|saldo|saldi|contatore|contatori|giacenza|disponibilita) negativ[oi]\b/,
    weight: 1,
  },
  // "dà importo zero", "importi a zero" ("gli importi a 0,00"), "il residuo resta a zero": a nil
  // result.
  {
    re: pattern`\b${amounts}(?: [a-z]+){0,2} (?:a|e|sono|risulta|risultano) (?:zero\b|0,00(?!\d))|\b${amounts} zero\b|${stuckAtZero}`,
    weight: 1,
  },
  // Tried again, same failure: "ho già provato a rilanciare, stesso risultato".
  {
    re: pattern`\b(?:ho|abbiamo) (?:gia |anche )?(?:provato|riprovato) [^.;?!\n]{0,80}${[
      ...['stesso risultato', 'stesso errore', 'stessa cosa', 'stesso problema'],
      ...['niente da fare', 'nulla da fare', 'senza risultato'],
    ]}`,
    weight: 2,
  },
  // "il pagamento è registrato, ma il verbale è comunque finito tra quelli da iscrivere a ruolo".
  {
    re: /\bma [^.;\n]{0,60}\b(?:e|sono|viene|vengono|risulta|risultano) comunque\b/,
    weight: 1,
  },
  // Done again by the writer, the result unchanged: "abbiamo già rilanciato il calcolo degli
  // ammortamenti, con lo stesso risultato", "abbiamo provato a rigenerarlo ma il risultato è lo
  // stesso" (a result, not "la stessa cosa": "abbiamo richiesto la stessa cosa l'anno scorso").
  {
    re: pattern`\b(?:ho|abbiamo|ha|hanno) (?:gia |anche |piu volte )?(?:provato|ri[a-z]{3,}t[oaie])\b[^.;?!\n]{1,80}\b${[
      /(?:con )?(?:lo )?stesso (?:risultato|esito)/,
      /il risultato (?:(?:e|resta|rimane) (?:sempre )?(?:lo stesso|identico|uguale|invariato)|non cambia)\b/,
    ]}`,
    weight: 2,
  },
  // Right in the other cases: "per quelle più vecchie il certificato è giusto" (not "per gli altri
  // è corretto inserire…", a rule told).
  {
    re: pattern`\bper ${[
      ...['quell[aeio]', 'gli altri', 'le altre', 'tutti gli altri', 'tutte le altre'],
      ...['i restanti', 'le restanti'],
    ]}\b[^.;?!\n]{0,50}\b${saidRight}\b(?! [a-z]+(?:are|ere|ire)\b)`,
    weight: 1,
  },
  // Printed with part of what it should carry: "il certificato esce con il solo intestatario".
  {
    re: /\b(?:esce|escono|viene stampat[oa]|vengono stampat[ie]) con (?:il |la |i |le |l')?(?:solo|sola|soli|sole|soltanto)\b/,
    weight: 1,
  },
  // The same failure elsewhere: "lo stesso succede su altri capitoli".
  {
    re: /\b(?:lo stesso|la stessa cosa|lo stesso problema) (?:succede|accade|capita|si verifica|avviene)\b/,
    weight: 1,
  },
  // …or had by colleagues, workstations or other records: "anche le colleghe della ragioneria
  // hanno lo stesso problema", "altri due avvisi della stessa via hanno lo stesso problema" (not a
  // parent's "anche altre mamme hanno lo stesso problema", which writers left untyped).
  {
    re: pattern`\b${sharedBy}\b[^.;?!\n]{1,60}\b(?:ha|hanno|abbiamo) (?:anche )?lo stesso problema\b`,
    weight: 1,
  },
  // Nothing happens, a repeated failure, a refusal or a system message quoted.
  {
    re: pattern`\bnon ${noEffectVerbs} (?:nulla|niente|alcun|nessun)|\bogni volta che ${everyTimeVerbs}\b|\b(?:accesso|permesso|operazione) negat[oa]\b`,
    weight: 1,
  },
  {
    re: pattern`\b${errorShowVerbs} ?:? ?["\u00ab\u201c]|\b${comesOutVerbs} senza (?:il |la |lo |i |le |gli |l'|[a-z]{3,})`,
    weight: 1,
  },
  // "l'atto compare online ma senza il PDF firmato", "le proposte compaiono senza allegati": shown
  // without what it should carry.
  {
    re: pattern`\b${shownVerbs}(?: online| in rete| sul sito| all'albo| nell'elenco)?(?: ma)? senza ${[
      /il |la |lo |i |le |gli |l'/,
      /(?!problem|error|intopp|difficolta)[a-z]{3,}/,
    ]}`,
    weight: 1,
  },
  // It did it right before: "a gennaio lo applicava regolarmente" (and nothing was changed).
  {
    re: pattern`\b(?:lo |la |li |le |l')?${[
      ...['applicava', 'applicavano', 'calcolava', 'calcolavano', 'generava', 'generavano'],
      ...['riportava', 'riportavano', 'considerava', 'consideravano', 'prendeva', 'prendevano'],
    ]} (?:sempre )?(?:regolarmente|correttamente)\b`,
    weight: 1,
  },
  // "noi non abbiamo cambiato niente nelle tariffe": nothing on the office's side moved.
  {
    re: /\bnon (?:abbiamo|ho) (?:cambiato|modificato|toccato) (?:niente|nulla)\b/,
    weight: 1,
  },
  // The fault placed: "il problema è solo nel contestuale", "il problema c'è solo con i minori".
  {
    re: /\bil problema (?:e|c'e|si presenta) solo (?:nel|nella|nei|nelle|nello|nell'|con|per|sul|sulla|sui|sulle|in)\b/,
    weight: 2,
  },
  // Worse than it was, said as a contrast: "impiega oltre un minuto, mentre prima era immediata".
  {
    re: pattern`\bmentre (?:prima|in passato|fino a (?:ieri|poco fa))(?: [a-z]+)?? ${[
      ...['era', 'erano', 'funzionava', 'funzionavano', 'andava', 'andavano'],
      ...['bastava', 'bastavano', 'usciva', 'uscivano', 'impiegava'],
    ]}\b`,
    weight: 1,
  },
  // It used to be right: "fino al 2025 il calcolo era corretto", "nei mesi prima c'erano".
  {
    re: /\b(?:era|erano|risultava|risultavano|usciva|uscivano) (?:stat[oaie] )?(?:[a-z]+[aiu]t[oaie] )?(?:corrett|giust|regolar)|\bprima c'er(?:a|ano)\b/,
    weight: 1,
  },
  // A value that should not be nil ("viene sempre 0,00"), or an old value still applied.
  {
    re: pattern`\b${zeroVerbs} (?:a )?zero\b|${nilAmount}|\bazzerat[oaie]\b|\b(?:e|sono|viene|vengono|risulta|risultano) ancora ${stillAppliedStems}`,
    weight: 1,
  },
  // Data that the software mangles or loses.
  {
    re: pattern`\b${staleResultSigns}\b`,
    weight: 1,
  },
  // Wrong or missing results.
  // Whole words: "ferme" is a result, "fermate" (bus stops) is not.
  {
    re: pattern`\b${[
      'sbagliat[oaie]',
      'errat[oaie]',
      'incorrett[oaie]',
      'duplicat[oaie]',
      // Recorded as done, but it did not happen: "il mandato risulta trasmesso al tesoriere ma
      // il tesoriere dice che nel flusso non c'era".
      `(?:risulta|risultano) (?:regolarmente |correttamente )?${recordedDone}[oaie]\\b[^.;\\n]{0,80}\\b(?:ma|pero)`,
      // A state nobody set: "risulta «notifica annullata», ma nessuno di noi l'ha annullata".
      "(?:ma|pero|eppure) nessuno (?:di noi |dell'ufficio |in ufficio )?(?:l'|lo |la |li |le )?(?:ha|hanno|abbia|abbiamo)\\b",
      // "gli elettori delle sezioni 14 e 15 risultano invertiti", "il certificato omette i
      // componenti emigrati".
      'invertit[oaie]',
      'omett(?:e|ono)',
      // A warning the figures deny: "segnala uno squilibrio ma i totali coincidono".
      'ma [^.;\\n]{0,60}\\b(?:coincidono|coincide|quadrano|corrispondono)',
      // "i buoni economali da oggi ripartono dal numero 1".
      'ripart(?:e|ono) dal numero 1\\b',
      // "la numerazione delle determine è saltata dalla 301 alla 310".
      '(?:e|sono|risulta|risultano) saltat[oaie] (?:da|dal|dalla|dai|dalle)',
      // "nel registro delle delibere la numerazione è saltata: dopo la n. 41…".
      'numerazione (?:e |risulta )?saltata',
      // "l'IRPEF viene calcolata senza applicare le detrazioni", "la ritenuta risulta più alta".
      '(?:viene|vengono|e stat[oa]|sono stat[ie]) (?:calcolat|applicat|emess|generat|stampat|elaborat)[oaie] senza',
      '(?:risulta|risultano|esce|escono) (?:molto )?piu (?:alt|bass)[oaie]',
      // Not a thing that is double by nature: "il doppio cognome", "doppio clic".
      'doppi[oaie]?(?! (?:cognom[ei]|nom[ei]|cittadinanz[ae]|turn[oi]|clic|click|firm[ae])\\b)',
      'raddoppiat[oaie]',
      'due volte',
      // "il conguaglio viene ricalcolato una seconda volta".
      'una seconda volta',
      'scartat[oaie]',
      'disattivat[oaie]',
      'vuot[oaie]',
      'mancant[ei]',
      'sparit[oaie]',
      'scompars[oaie]',
      'ferm[oaie]',
      'anziche',
      'non valid[oaie]',
      'non corrett[oaie]',
      'diventa lent[oaie]',
      // A print cut off: "il foglio esce tagliato a metà"; or shifted: "esce spostata di 2 cm".
      // "riporta il cognome tagliato dopo 20 caratteri", "ne manca metà".
      'tagliat[oaie] (?:a meta|in due|dopo)',
      'manca(?:no)? (?:la )?meta',
      'spostat[oaie] di',
      // A print that comes out blank, amounts all at zero: "l'etichetta esce bianca", "le rette
      // escono tutte a zero" (not one amount: "per gli esenti l'avviso esce a zero" may be right).
      '(?:esce|escono) (?:tutt[oaie] )?(?:bianc[oaie]|in bianco)',
      '(?:escono|sono|vengono|risultano) tutt[ie] a zero',
      // Printed without a part: "i buoni si stampano senza numero progressivo" (not "senza
      // problemi").
      '(?:si stampa|si stampano|esce|escono) senza (?!problem|error|intopp|difficolta|anomali)',
      '(?:resta|restano|rimane|rimangono) (?:tutt|ferm|bloccat|disattiv|disabilitat|grigi|inattiv|non cliccabil|vuot|in stato|nello stato|in attesa)[a-z]*',
    ]}\b`,
    weight: 1,
  },
  // The effect alone: "mancano i versamenti", "mostra un importo diverso", "più alto del dovuto".
  {
    re: pattern`\b(?:mancano|manca) ${missingDeterminers}\b`,
    weight: 1,
  },
  {
    re: pattern`\b(?:${[
      'riporta',
      'riportano',
      'mostra',
      'mostrano',
      'stampa',
      'stampano',
      'visualizza',
      'visualizzano',
      'estrae',
      'estraggono',
      'elenca',
      'elencano',
      'carica',
      'caricano',
      'importa',
      'importano',
      'esporta',
      'esportano',
      'esce',
      'escono',
      'trasmette',
      'trasmettono',
    ]}) (?:solo|soltanto|solamente)\b`,
    weight: 1,
  },
  {
    re: pattern`\b${amountFields} divers[oaie]\b|\bdivers[oaie] (?:da|dal|dalla|dai|dalle|rispetto a(?:l|lla|i|lle)?) (?:quell[oaie]|quanto)\b`,
    weight: 1,
  },
  {
    re: pattern`\b${tooHighOrLow} ${comparedToDue}\b`,
    weight: 1,
  },
  // "l'importo viene arrotondato all'euro" (measured: "più del dovuto" too took a citizen's
  // overpayment for a malfunction on two sealed sets).
  {
    re: /\b(?:viene|vengono) arrotondat[oaie]\b/,
    weight: 1,
  },
  // The same thing works elsewhere: "le altre fatture della settimana sono state importate
  // regolarmente", "da Word e dagli altri programmi la stampante funziona", "negli anni 2022-2025
  // viene trattato correttamente", "per gli altri plessi gli importi sono corretti", "gli altri
  // varchi sono a posto" (the one case fails).
  {
    re: pattern`\b${[
      /(?:per |con |su|da|ne)?(?:le|gli) altr[ie]/,
      /(?:da|con|su) (?:word|excel|chrome|edge|firefox)/,
      /(?:negli|per gli|nei|per i) (?:anni|mesi|esercizi)/,
      // Not the writer's own doing: "negli anni scorsi lo abbiamo sempre rinnovato correttamente".
    ]}\b(?:(?!\b(?:abbiamo|ho|avevamo|avevo)\b)[^.;?!\n]){0,80}\b${[
      /funziona(?:no)?/,
      /(?:correttamente|regolarmente|senza problemi)(?! (?:ma|pero)\b)/,
      /(?:sono|risultano|tornano|escono) (?:giust|corrett|regolar)[ie]/,
      'sono a posto',
    ]}\b`,
    weight: 1,
  },
  // Slowness: "molto lenta", "ci mette un'eternità", "impiega più di venti minuti".
  {
    re: pattern`\blent[oaie]\b|\b${takesTimeVerbs}\b[^.;\n]{1,30}\b${longDurations}\b`,
    weight: 1,
  },
];

// ---------------------------------------------------------------------------------------------
// Replies to a ticket's mail.

/**
 * The ticket asked to be closed: "potete chiudere il ticket", "consideratelo chiuso il ticket",
 * "il ticket si può chiudere" (not "ho chiuso la pratica", the user's work in the software).
 */
const closeAsked = [
  // Wrapped anywhere, an adverb between: "Potete chiudere definitivamente il\nticket".
  pattern`(?:chiuder[ei]|chiudete|archiviare)\s+(?:(?:pure|definitivamente|pure definitivamente)\s+)?${[
    /(?:(?:il|la|questo|questa)\s+)?(?:ticket|segnalazione|richiesta|pratica)/,
  ]}`,
  '(?:chiuso|chiusa)\\s+(?:pure\\s+)?(?:(?:il|la|questo|questa)\\s+)?(?:ticket|segnalazione|richiesta)',
  '(?:ticket|segnalazione|richiesta) (?:si puo|puo essere|potete|e da|va) (?:chiuder|chius)[a-z]*',
  // "…con la password nuova, potete chiudere": the object left out, closing the mail.
  // "Puoi chiudere.": said to the operator.
  // "Potete chiudere, grazie mille."
  '(?:potete|potete pure|puoi|puoi pure|si puo) chiudere(?= *(?:[.,!\\n]|grazie\\b|$))',
  // "Grazie, chiudete pure.", "chiuda pure": the object left out too.
  '(?:chiudete|chiuda) pure(?= *(?:[.,!\\n]|grazie\\b|$))',
];
export const asksToClose = pattern`\b${closeAsked}`;
/** The old ticket is closed or solved: "potete chiudere il ticket", "è tornata veloce". */
/** Words that deny what follows: "ora nn riesco", "adesso neanche riesco". */
const notEvenWords = ['non', 'nn', 'neanche', 'nemmeno', 'neppure', 'manco', 'ancora'];
export const closesTicket = pattern`\b${[
  ...closeAsked,
  '(?:chiuso|chiusa) (?:pure )?(?:il |la |questo |questa )?pratica',
  'risolt[oaie]',
  '(?:si e|e stat[oa]) sistemat[oaie]',
  'tornat[oaie] (?:a funzionare|a posto|regolar[ei]|normal[ei]|velo[a-z]+|come prima)',
  'funziona(?:no)? (?:di nuovo|correttamente|regolarmente|bene)',
  // "per l'ANPR adesso funziona, grazie"; "gli avvisi adesso escono, grazie".
  '(?:adesso|ora|ormai) (?:tutto )?funziona(?:no)?',
  // "Ok funziona grazie", "Perfetto, funziona." (not "ok funziona la stampa ma…").
  '(?:ok|perfetto|ottimo|bene),? funziona(?:no)?(?=,? ?(?:grazie|[.!\\n]|$))',
  // "Ora va, grazie mille", "adesso vanno bene" (not "ora va in errore").
  '(?:adesso|ora) (?:va|vanno)(?= ?(?:[.,!\\n]|bene|grazie|$))',
  // "ok l'IMU ora torna grazie", "ora tutto torna." (the figures add up; not "ora torna a dare
  // errore", "ora tornano in bozza"): the clause ends there.
  '(?:adesso|ora|ormai) (?:tutto )?torna(?:no)?(?= ?(?:[.,!\\n]|grazie|$))',
  // The clause ends there ("adesso escono correttamente."), not "ora esce giusto, ma per i vecchi…".
  '(?:adesso|ora|ormai) (?:escono|esce|partono|parte|arrivano|arriva|si stampano|si stampa|si aprono|si apre)(?=(?: [a-z]+){0,2} ?(?:[.!\\n]|, ?grazie))',
  'tutto (?:ok|a posto|sistemato)',
  // "ok adesso il lettore legge la smart card e riesco a firmare, grazie" (not "ora non riesco…",
  // "ora nn riesco…", "adesso neanche riesco…").
  pattern`(?:adesso|ora|finalmente)\b(?:(?! ${notEvenWords}\b)[^.;!?\n]){0,60}? riesc(?:o|iamo) (?:di nuovo |nuovamente )?ad? [a-z']+(?=[,.!]? ?(?:grazie|$))`,
  // "ora entro regolarmente con la password nuova" (not "entro le 12", "accedo di nuovo", "nn
  // riesco ad accedere correttamente").
  '(?:ora|adesso|finalmente) (?:entro|accedo|riesco ad? (?:entrare|accedere)) (?:regolarmente|correttamente|senza problemi)',
  'ringrazio per (?:la soluzione|l.intervento|la risoluzione)',
]}`;
