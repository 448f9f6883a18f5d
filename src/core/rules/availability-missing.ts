// Guidelines (consigli, 6): say when you can be reached; after two failed calls the ticket is
// closed.
import { formatAvailability } from '../fixes/signature-block';
import { fold } from '../text/fold';
import { callTimeQuestion } from '../text/quotes';
import { sentenceAround } from '../text/sentence';
import { unwrapLinesInPlace } from '../text/unwrap';
import { pattern } from '../text/word-list';
import { opensAboutThirdParty } from '../phone/someone-elses-phone';
import { isWritersPhone } from './phone-missing';
import { defineRule, type RuleContext } from './rule';
import { endOfOwnText, matchesIn } from './text-locations';

// A slot is a time of day or a day tied to being reached: "mi trovate fino alle 14", "0545 280811,
// mattina", "Reperibilità: 9-13". A time alone describes the problem ("bloccato fino alle 13",
// "l'intervento è previsto dalle 7 alle 13"), "reperibile al 349…" gives no time, and an office's
// public opening hours are not a time to call someone back.

/** A time right after "a disposizione": ", la mattina", " dalle 9", " il martedì". */
const timeAfterDisposal = pattern`,? (?:${[
  ...['la ', 'il ', 'nel ', 'in ', 'tutta la ', 'tutto il ', 'tutte le ', 'tutti i ', 'ogni '],
  ...['dalle ', 'fino alle ', 'dopo le ', 'prima delle '],
]})?(?:${['mattin', 'pomerigg', /\d/, 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi']})`
  .source;
/** "richiamata", "contattato": being called, as a reach cue and in the past's silence below. */
const calledParticiple = '(?:richiamat|contattat|chiamat)[oaie]';
/** Words that say one can be reached or called. */
const reachCues = [
  'reperibil[ei]',
  'raggiungibil[ei]',
  'contattabil[ei]',
  'rintracciabil[ei]',
  'disponibil[ei]',
  'present[ei] in ufficio',
  'in ufficio',
  'in sede',
  'in stanza',
  // "Io sono in servizio fino alle 14" (not "l'agente in servizio dal 2 maggio").
  /(?:sono|siamo) in servizio/,
  // "oggi e domani pomeriggio sono sempre qui" (not "sono qui per chiedervi…").
  /(?:sono|siamo) (?:sempre )?qui(?! per)/,
  /(?:sono|siamo) liber[oaei]/,
  // "restiamo a disposizione, meglio il pomeriggio" (not the courtesy alone: "come sempre").
  /(?:resto|restiamo|rimango|rimaniamo|sono|siamo) a (?:vostra |sua )?disposizione[^.;\n]{1,40}?\b(?:meglio|preferibilmente|soprattutto)/,
  // "resto a disposizione la mattina dalle 8.30": a time right after it. A bare "sono/siamo a
  // disposizione" only opening a clause (slots, below): "le CIE sono a disposizione il lunedì"
  // is the public's time.
  pattern`(?:${[
    /(?:resto|restiamo|rimango|rimaniamo) a (?:vostra |sua )?/,
    /(?:io |noi )(?:sono|siamo) a (?:vostra |sua )?/,
    /(?:sono|siamo) a (?:vostra|sua) /,
  ]})disposizione(?=${timeAfterDisposal})`,
  // "oggi sono allo sportello fino alle 17" (not "quando siamo allo sportello la mattina…").
  // "sn allo sportello fino alle 13": the phone's "sn" for "sono".
  /(?:sono|sn|siamo) allo sportello(?= (?:fino|dalle|tutta|tutto|oggi|domani))/,
  // "oggi e domani sono qui fino alle 16", "ci sono fino alle 13".
  /(?:sono|siamo) qui/,
  // "part-time, presente lunedì, martedì e giovedì": the days at work (not "l'errore è presente la
  // mattina": the problem's).
  /present[ei](?= (?:il |la )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato))/,
  // "sono in comando fino alle 14" (the police command), "sono al telefono fino alle 17", "sono al
  // cellulare tutta la serata", "sono in Comune stasera fino alle 23".
  /(?:sono|siamo) (?:in comando|al comando|al telefono|al cellulare|in comune|in municipio|di turno|in turno)/,
  // "In turno fino alle 7." (not "l'agente in servizio dal 2 maggio": no hour follows).
  /in (?:turno|servizio)(?= (?:fino|dalle|tutta|tutto|oggi|domani|stanotte|stasera))/,
  // "io ci sono lun, mer e ven 8-14": days may come first.
  /ci (?:sono|siamo)(?= (?:fino|dalle|tutta|tutto|la mattina|il pomeriggio|oggi|domani|lun|mar|mer|gio|ven))/,
  /(?:mi|ci) (?:trovate|trova|trovi|chiamate|chiami|chiama|sentite|richiamate|cercate|cerca|cerchi)/,
  // "potete sentire me, in mattinata", "meglio se cercate me tra le 8 e le 12".
  /(?:sentire|chiamare|cercare|contattare|chiamate|cercate|sentite) (?:pure )?(?:me|noi)\b/,
  // The phone's familiar imperative: "chiamami dopo le 3", "richiamami in mattinata".
  /\b(?:chiamami|richiamami|contattami|telefonami|sentimi)\b/,
  /(?:chiam|richiam|contatt|ricontatt|telefon|rintracci|sent|trov|cerc)(?:are|armi|arci|atemi|ateci|arla|arlo)/,
  // "essere richiamata", "gradita richiamata" (not "nessuno ha chiamato": pastSilence, below).
  calledParticiple,
  'va bene',
  'vanno bene',
  /preferi(?:sco|amo|rei|remmo)/,
];
const hour = String.raw`(?:[01]?\d|2[0-3])`;
/**
 * "9-12", "8.30 - 13": an hour range, not a date ("9-12-2025", "15-03": no hour starts with 0
 * after the dash) or part of a longer number.
 */
const hourRange = pattern`${hour}(?:[:.][0-5]\d)?[ \t]*[-\u2013][ \t]*(?:1\d|2[0-3]|[1-9])(?:[:.][0-5]\d)?(?![\d/]|[-.]\d)`;
/** Being reachable, said with a word that is never about data ("disponibili 3-4 giorni" is). */
const rangeCues = [
  ...['reperibil[ei]', 'raggiungibil[ei]', 'contattabil[ei]', 'rintracciabil[ei]'],
  // "sono di turno 7-13", "sono in sede 8-16": where the writer is, then the hours.
  /(?:sono|siamo) (?:di turno|in sede|in ufficio)(?: (?:lun|mar|mer|gio|ven)(?:,? e |, |-)(?:mar|mer|gio|ven|sab))?/,
];
/** What suits the office: "ci andrebbe bene", "per noi va bene", "per noi sono comodi". */
const suitVerbs = '(?:andrebbe|andrebbero|va|vanno) bene|(?:e|sono|sarebbe|sarebbero) comod[oaie]';
/** The hours of an office day, as words. */
const hourWords = pattern`(?:${[
  ...['otto', 'nove', 'dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici'],
  ...['sedici', 'diciassette', 'diciotto', 'diciannove'],
]})`;
/** Times of day and days. */
const timeWords = [
  'mattin[oaie]',
  // "meglio domattina", "chiamatemi domattina".
  'domattina',
  'mattinata',
  'pomeriggio',
  'pomeriggi',
  'dopo pranzo',
  /(?:dalle|alle|tra le|fra le|dopo le|prima delle|fino alle|entro le) (?:ore )?\d{1,2}/,
  // Hours written as words, as dictated on a phone: "fino alle quattordici".
  pattern`(?:dalle|alle|dopo le|prima delle|fino alle) ${hourWords}\b`,
  /(?:fino all|dopo l|dall|prima dell)'una/,
  // "sono in ufficio fino alle due": the afternoon's hours, dictated.
  /(?:dalle|dopo le|prima delle|fino alle) (?:due|tre|quattro|cinque|sei|sette)\b/,
  'mezzogiorno',
  // Out of hours: an elections night, a council in the evening (not "la sera dello scrutinio", a
  // date, nor "fuori fino a stasera", someone else's).
  ...['tarda sera', 'in serata', 'tutta la serata', 'mezzanotte', 'stanotte', 'tutta la notte'],
  /ore \d/,
  // "9:30", "14.00"; not "8.000 euro".
  /\d{1,2}[:.][0-5]\d(?![\d.,]\d|\d)/,
  // A phone's autocorrect: "matina".
  /matin[oa]/,
  'lunedi',
  'martedi',
  'mercoledi',
  'giovedi',
  'venerdi',
  'sabato',
  'tutti i giorni',
  'tutto il giorno',
  'ogni giorno',
  'sempre',
  'orario',
  'orari',
];
/** Ways of writing a slot that need no other word around them. */
const slotForms = [
  // "orario di servizio: 8-14", "orari 9 - 13"
  /\borari[oa]? (?:di (?:servizio|lavoro|ufficio) )?:?\s*(?:dalle )?(?:ore )?\d{1,2}(?:[:.]\d{2})?\s*(?:-|alle)/,
  /\b(?:tutte le mattine|tutti i pomeriggi|ogni mattina|ogni pomeriggio)\b/,
  /\bdal (?:lunedi|martedi|mercoledi|giovedi) al (?:giovedi|venerdi|sabato)\b/,
  // "0541 618402 (solo mattina)", "348 221 0765 (pom.)"
  /\((?:solo |preferibilmente |di |la |il )?(?:(?:mattin[oae]|mattinata|pomeriggio|pomeriggi)\b|(?:pom|matt)\.)/,
  // clock-time ranges: "9:00 - 12:30", "14.30–17.00"
  pattern`\b${hour}[:.][0-5]\d\s*[-\u2013/]\s*${hour}[:.][0-5]\d\b`,
  /\b(?:orari[oa]?|fascia oraria|fasce orarie)\s*(?::\s*)?\d{1,2}(?:[:.]\d{2})?\s*-\s*\d{1,2}\b/,
  // "dalle 9 alle 13", "dalle 8:30 alle 13"
  /\b(?:dalle|dale) (?:ore )?\d{1,2}(?:[:.]\d{2})? (?:alle|a) (?:ore )?\d{1,2}\b/,
  // day ranges: "lun-ven", "lun/ven"
  /\b(?:lun|mar|mer|gio|ven|lunedi|venerdi)\.?\s*[-/\u2013]\s*(?:ven|sab|venerdi|sabato)\b/,
  // "lun-gio 9-12" with its hours (alone, "part-time lun-mer" is a work schedule)
  pattern`\b(?:lun|mar|mer)\.?[ \t]*[-/\u2013][ \t]*(?:mer|gio)\b[ \t,]*(?:dalle |ore )?${hourRange}`,
  // an hour range in brackets after a number: "(8-14)", "(mar e gio 9-12)"
  pattern`\(\s*(?:[a-z.]+\s+){0,4}(?:ore\s*)?${hour}(?:[:.][0-5]\d)?\s*[-\u2013]\s*${hour}(?:[:.][0-5]\d)?\s*\)`,
];
/**
 * A "Reperibilità:" or "Orario:" label followed by a time on its line; a template's placeholder
 * left unfilled ("Reperibilità: [orari]") gives none.
 */
const slotLabel = pattern`(?:^|\n)[ \t]*(?:orari[oa]?|reperibilita|disponibilita|fascia oraria|fasce orarie)[ \t]*:[^\n[]{0,60}\b(?:${timeWords}|${hourRange})`;

/** An hour, with its minutes or not: "9", "8.30", "14:00". */
const clock = /\d{1,2}(?:[:.][0-5]\d)?/;
/** A time of day as the label of a phone number: "mattina: 02 2496 312", "Mattina 8-12: 0981…". */
const timeLabelledPhone = pattern`(?:^|\n|/)[ \t]*(?:mattin[oa]|pomeriggio)(?:[ \t]+${hourRange})?[ \t]*:[ \t]*\+?\d`;

/** Words leading the time: "solo", "la", "tutti i giorni". */
const timeLead = [
  'solo ',
  'preferibilmente ',
  'di ',
  'la ',
  'il ',
  'in ',
  'tutti i giorni ',
  'tutte le ',
  'meglio ',
  'al ',
];
/**
 * Leads of a span that may as well tell something else ("0733 123456, tutta la mattina non ha
 * risposto", "tutto il pomeriggio spento"): beside a phone, only when the time ends the line, or
 * a bracket or clause does: "347 2210945 (tutta la mattina)", "339 4127588 (oggi fino alle 18)".
 */
const spanLeads = [
  'tutta la ',
  'tutto il ',
  // "oggi fino alle 18", not "oggi alle 9.30" (an appointment).
  /(?:oggi|domani) (?=fino|dalle|tutt|in mattinata|la mattina|il pomeriggio|nel pomeriggio)/,
];

/** "meglio dopo le 10", "Meglio la mattina." opening a line or a clause: when to call. */
const betterWhen = pattern`(?:^|\n|[.;:,!?] )[ \t]*(?:(?:per|x) (?:contatti|chiamate|telefonate|noi|me),? )?meglio (?:${[
  /(?:dopo le|prima delle|verso le|entro le|dalle) (?:ore )?\d/,
  // Not a comparison of when something runs: "meglio il pomeriggio che la mattina perché…".
  /(?:la |il |di |in |nel )?(?:mattin[oa]|tarda mattinata|pomeriggio|primo pomeriggio)(?! che\b)/,
  // "oggi sono di pattuglia, meglio domattina", "meglio domani mattina".
  /(?:domattina|domani (?:mattina|pomeriggio|in mattinata))(?! che\b)/,
  // "x noi meglio il mercoledi mattina", "meglio di giovedì".
  // Not when the work is wanted: "per noi meglio il lunedì per approvarla in giunta".
  /(?:il |di )?(?:lunedi|martedi|mercoledi|giovedi|venerdi)\b(?! (?:che|per|entro|cosi)\b)/,
]})`;

/** A line of times only, under the phone: "ore 9-13", "mattina e pomeriggio fino alle 17". */
const dayTimes = [
  ...['mattin[oaie]', 'mattinata', 'pomeriggio', 'pomeriggi'],
  /(?:dalle|alle|tra le|fra le|dopo le|prima delle|fino alle|entro le) (?:ore )?\d{1,2}(?:[:.][0-5]\d)?/,
];
const timesLine = pattern`(?:^|\n)[ \t]*(?:(?:ore )?${hourRange}|${timeLead}?${dayTimes})(?:(?:,? e |, | )(?:${timeLead})?${dayTimes})*[ \t.]*(?=\n|$)`;

const slots = [
  ...slotForms,
  // "Sono a disposizione la mattina." opening a sentence or a clause.
  pattern`(?:^|[\n.;:!?,])[ \t]*(?:sono|siamo) a disposizione(?=${timeAfterDisposal})[^.?!\n]{0,60}\b${timeWords}`,
  timeLabelledPhone,
  // "domani tra le 9 e le 12 al 055 8305127": hours, then the number to call in them.
  pattern`\b(?:(?:tra|fra) le ${clock} e le|dalle ${clock} alle) ${clock}[ \t,]{1,3}(?:al|allo|sul) (?:(?:cell|cellulare|fisso|numero)\.? )?\+?\d`,
  // The days and hours that suit the office for a training: "Ci andrebbe bene una mattina…, tra
  // le 9:30 e le 12:30", "per noi sono comodi il lunedì e il mercoledì mattina" (not "andrebbe
  // bene una soluzione, purché entro le 12": a deadline).
  pattern`\b(?:ci|mi|per noi|a noi) (?:${suitVerbs})\b(?![^.?!\n]{0,60}\b(?:entro|purche)\b)[^.?!\n]{0,60}\b(?:${[
    'mattin[oaie]',
    'mattinata',
    'pomeriggi[o]?',
    /(?:tra le|fra le|dalle) \d/,
    ...['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi'],
  ]})`,
  slotLabel,
  betterWhen,
  timesLine,
  // "potete chiamarmi in mattinata", "mi trovate fino alle 14", "sono libera martedì pomeriggio"
  pattern`\b${reachCues}\b[^.?!\n]{0,60}\b${timeWords}`,
  // "la mattina sono in ufficio", "pomeriggio dalle 15 in poi sono disponibile"
  pattern`\b${timeWords}\b[^.?!\n]{0,40}\b${reachCues}\b`,
  // "sono in servizio con il turno 7-13": the writer's shift (not "il secondo turno 8-9 giugno").
  pattern`\b(?:sono|siamo)\b[^.?!\n]{0,30}\bturno[ \t]+(?:ore |dalle )?${hourRange}`,
  // "Reperibile 9-14", "raggiungibile: 8.30-13": a bare range only just after the cue.
  pattern`\b${rangeCues}[ \t:,]{1,3}(?:(?:ore|dalle) )?${hourRange}`,
  // "h 8-14", "079 679 9321, h 9-13": "h" for "ore"; "Turno mattina 7-13": the writer's shift.
  pattern`(?:^|[\n,;] ?|\d )h\.? ?${hourRange}`,
  pattern`(?:^|\n)[ \t]*turno (?:(?:di )?(?:mattina|pomeriggio) )?(?:ore )?${hourRange}`,
  // "io ci sono lun, mer e ven 8-14": the days, then the hours.
  pattern`\bci (?:sono|siamo) (?:(?:lun|mar|mer|gio|ven|sab)[a-z]*\.?,? (?:e )?){1,5}(?:ore |dalle )?${hourRange}`,
];
/** Public opening hours: a time for the public at the counter, not for a call back. */
const publicHours = /\b(?:al pubblico|apertura|ricevimento|sportello aperto)\b/;
/** "ufficio chiuso il sabato", "sempre occupato": no time to call. */
const closedOffice = /\b(?:chius[oaie]|occupat[oaie])\b/;
/** What may stand between a phone number and a time: blanks and punctuation ("·", "|" too). */
const gap = String.raw`[ \t,;:()\-\u2013\u00b7|]`;
/** The phone's extension: "int. 214". */
const extension = pattern`int\.? ?\d{1,4}${gap}{1,4}`;
/** Where the person is at that time: "sono allo sportello", "presente", "turno". */
const beingThere = [
  '(?:sono|siamo) allo sportello ',
  'present[ei] ',
  // "turno del mattino 7-13", "in servizio 8-14".
  'turno (?:di |del )?',
  'in servizio ',
  // "347 661 0923, sono in ufficio 8-14".
  '(?:(?:sono|siamo) )?in ufficio ',
  // Which of the numbers it is: "0544 979 341 (ufficio, mattina)".
  '(?:ufficio|cellulare|cell|fisso),? ',
  // The office the number reaches: "051 598211 - ufficio permessi 8-13".
  // "090 923 1142, ufficio anagrafe, fino alle 13".
  "(?:ufficio|sportello) [a-z']{3,20},? ",
];
/**
 * A time written next to a phone number: "0545 280811, mattina", "338 7744120 pomeriggio",
 * "0383 336214, 8-13", "int. 3 - presente la mattina", "turno mattina".
 */
const timeOrRange = pattern`(?:${timeWords}|${hourRange})`.source;
const spanEnds = pattern`${spanLeads}${timeOrRange}(?=[ \t]*(?:[).,;\n]|$))`.source;
/** "lun, mer, ven mattina" beside the number: the days, then the time. */
const dayList = /(?:(?:lun|mar|mer|gio|ven|sab)[a-z]*\.?,? (?:e )?){1,5}/;
const timeNearPhone = pattern`^${gap}{0,4}(?:${extension})?(?:tel[.:]? )?${beingThere}?(?:(?:${dayList})?(?:${timeLead}){0,2}${timeOrRange}|${spanEnds})`;

function lineAt(folded: string, index: number): string {
  const from = folded.lastIndexOf('\n', index) + 1;
  const to = folded.indexOf('\n', index);
  return folded.slice(from, to === -1 ? undefined : to);
}

/**
 * Someone else kept reachable: "vorremmo che dalle 8 alle 12 un vostro tecnico fosse reperibile",
 * "tenere libero un vostro sistemista quella mattina, dalle 8 alle 13" is the vendor's time, asked
 * for (a booking), not when the writer can be called back, unless the writer says it of
 * themselves too ("se un vostro tecnico può richiamarmi, sono in ufficio dalle 9").
 */
const vendorPerson = pattern`\b(?:vostr[oaie]|un|una) (?:${[
  ...['tecnic[oi]', 'operator[ei]', 'operatric[ei]', 'sistemist[ai]', 'consulent[ei]'],
]})\b`;
const writerReached = pattern`\b(?:${[
  ...['mi trovate', 'ci trovate', /(?:io|noi) (?:sono|siamo)/],
  /(?:sono|siamo) (?:in ufficio|in sede|allo sportello|reperibil|disponibil|raggiungibil)/,
  /(?:richiamar|chiamar|contattar|ricontattar|sentir)(?:mi|ci)/,
  // "potete chiamare in mattinata al 0541 …": the helpdesk asked to call, the writer's time.
  /potete (?:ri)?(?:chiamar|contattar|telefonar|sentir)/,
  // "chiamatemi pure il giovedì", "mi potete chiamare fino alle 18", "chiedere di me".
  /(?:chiam|richiam|contatt|telefon)atemi/,
  /(?:mi|ci) (?:potete|potreste|puo|potrebbe) (?:ri)?(?:chiamare|contattare|trovare|sentire)/,
  'chiedere di me',
]})`;
const wishedReachable = pattern`\b(?:fosse|fossero|foste|restasse|rimanesse)\b (?:[a-z]+ )?(?:reperibil|disponibil|raggiungibil|contattabil)`;

/**
 * An event's hours, the time right after its verb: "l'intervento è previsto dalle 8 alle 16", "la
 * migrazione sarà programmata dalle 14" (not "il passaggio è previsto per giovedì, chiamatemi
 * dalle 9", nor "come è previsto dal regolamento").
 */
const scheduled =
  /\b(?:e|sara|saranno|sono) (?:previst|programmat|pianificat|fissat)[oaie] (?:per [a-z]+ )?(?:dalle|dall'|alle|tra le|fra le|ore)\b/;

/**
 * An office's opening hours told as news: "da aprile apriremo lo sportello CIE anche il sabato
 * dalle 9 alle 12", "l'ufficio resterà aperto fino alle 18" (the public's time).
 */
const opensVerb =
  /(?:apr(?:e|ono|iamo|iremo|ira|iranno)|riapr[a-z]*|(?:rest|rimarr)[a-z]* apert[oaie])/;
const officeOpens = new RegExp(
  `\\b${opensVerb.source}\\b[^.;\\n]{1,40}\\b(?:sportell|uffic|anagrafe|biblioteca)|` +
    '\\b(?:sportell|uffic)[a-z]*\\b[^.;\\n]{1,30}\\b(?:(?:sara|saranno|resta|restera|rimane|rimarra) apert|aprira(?:nno)?)|' +
    '\\b(?:saremo|resteremo|rimarremo) apert[ie]\\b',
);

function theirAvailability(sentence: string): boolean {
  return (
    // "La signora … è reperibile al 338 … la mattina": the time of someone the case is about.
    ((vendorPerson.test(sentence) ||
      scheduled.test(sentence) ||
      officeOpens.test(sentence) ||
      opensAboutThirdParty(sentence)) &&
      !writerReached.test(sentence)) ||
    wishedReachable.test(sentence)
  );
}

/**
 * A deadline before the time: "entro domani mattina, chiamatemi", "ci serve per domani mattina",
 * "deve essere pronto per domani mattina", "scade domani pomeriggio" are no time to call (but "al
 * servizio per il pomeriggio" is).
 */
const neededBy =
  /(?:serv(?:e|ono|irebbe)|occorr[a-z]*|pront[oaie]|(?:spedir|consegnar|inviar|trasmetter)[a-z]*) (?:per|entro)/;
// "entro le 10 di ogni mattina": the hour of a deadline, and the days it recurs.
const deadlineBefore = new RegExp(
  `\\b(?:entro|${neededBy.source}|scad[a-z]*(?: (?:per|il|la))?) (?:(?:oggi|domani|stasera|la|il|le|ore) ){0,2}(?:\\d{1,2}(?:[:.]\\d\\d)? (?:di )?)?$`,
);

/**
 * `folded` with the client's wraps undone (a sentence wrapped over lines is whole, a line of its
 * own stays apart) and the dots of titles read as blanks ("la sig.ra Loi è reperibile …" is one
 * sentence); same length.
 */
function sentencesOf(folded: string): string {
  return unwrapLinesInPlace(folded).replace(
    /\b(sig|sigg|dott|avv|geom|ing|arch|prof|rag)\.(?=[ \t]?[a-z])/g,
    '$1 ',
  );
}

/**
 * What answers the operator's "when can we call you?" typed inside the quote: a time or a day
 * ("OGGI FINO ALLE 14", "lunedì e mercoledì mattina", "8-14 e 16-20"), not a refusal.
 */
const answeredTime = pattern`\b(?:${[...timeWords, hourRange, 'oggi', 'domani', 'sempre', 'tutto il giorno']}|(?:lun|mart|merc|giov|vener)edi)\b`;

/**
 * "vi ho già scritto lunedì e nessuno ha chiamato", "non mi avete richiamato il pomeriggio": the
 * past's silence, a call that did not come, no time to call.
 */
const calledBy = '(?:ho|ha|hanno|avete|abbiamo)';
const pastSilence = new RegExp(`\\b${calledBy} ${calledParticiple}\\b`);
const silenceBefore = new RegExp(`\\b${calledBy} $`);
const callParticiple = new RegExp(`^${calledParticiple}\\b`);

/** True when the user's own text says when they can be called back. */
export function hasSlot(ctx: RuleContext): boolean {
  for (const { question, answer } of ctx.body.answered) {
    if (!callTimeQuestion.test(question)) continue;
    const said = fold(answer.text);
    // "non sono in ufficio questa settimana" refuses; "non prima delle 11" gives a time.
    if (
      answeredTime.test(said) &&
      !/\bnon (?:sono|siamo|ci sono|ci siamo|posso|saro|e possibile)\b/.test(said)
    ) {
      return true;
    }
  }
  const { folded } = ctx.own;
  let lines: string | undefined;
  for (const re of slots) {
    for (const m of matchesIn(ctx.own, re)) {
      const at = m.index + (m[0].startsWith('\n') ? 1 : 0);
      if (publicHours.test(lineAt(folded, at))) continue;
      if (
        pastSilence.test(m[0]) ||
        (callParticiple.test(m[0]) && silenceBefore.test(folded.slice(Math.max(0, at - 8), at)))
      ) {
        continue;
      }
      if (deadlineBefore.test(folded.slice(Math.max(0, at - 30), at))) continue;
      lines ??= sentencesOf(folded);
      // `lines` has the client's wraps undone: a sentence wrapped over lines is whole, a line of
      // its own ("Reperibile: 9-13", the fix's) stays apart; a ";" ends a sentence too.
      if (theirAvailability(sentenceAround(lines, at, at, 300, /[.;?!\n]/))) continue;
      // "…; se serve è raggiungibile al 339 …, di solito nel pomeriggio": the time of a number
      // phone-missing reads as someone else's.
      const from = ctx.own.start + m.index;
      const to = from + m[0].length;
      if (ctx.phones.some((p) => p.start >= from && p.start < to && !isWritersPhone(ctx, p))) {
        continue;
      }
      return true;
    }
  }
  for (const phone of ctx.phones) {
    const after = phone.end - ctx.own.start;
    if (after < 0 || after > folded.length) continue;
    const beside = folded.slice(after, after + 60);
    // Public hours or a closed office beside the number are no time to call back.
    if (timeNearPhone.test(beside) && !publicHours.test(beside) && !closedOffice.test(beside)) {
      lines ??= sentencesOf(folded);
      // "La signora … è reperibile al 338 … la mattina": their number, their time.
      const sentence = sentenceAround(lines, after, after, 300, /[.;?!\n]/);
      if (opensAboutThirdParty(sentence) && !writerReached.test(sentence)) continue;
      return true;
    }
  }
  return false;
}

export const availabilityMissing = defineRule({
  id: 'availability-missing',
  severity: 'info',
  summary: 'The own text gives no time at which the user can be called back.',
  messages: {
    it: {
      default:
        'Indica quando sei reperibile (es. «reperibile dalle 9 alle 13»): dopo due tentativi a vuoto il ticket viene chiuso.',
      fix: 'Aggiungi la reperibilità',
    },
    en: {
      default:
        'Say when you can be reached (e.g. "available 9 to 13"): after two failed calls the ticket is closed.',
      fix: 'Add your availability',
    },
  },
  check(ctx) {
    if (hasSlot(ctx)) return [];
    const text = formatAvailability(ctx.settings.availability);
    return [
      {
        messageId: 'default',
        where: endOfOwnText(ctx),
        ...(text
          ? {
              fix: {
                id: 'append-availability',
                labelId: 'fix',
                edits: [{ kind: 'append-to-body' as const, text }],
              },
            }
          : {}),
      },
    ];
  },
});
