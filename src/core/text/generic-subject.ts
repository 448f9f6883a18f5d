// Subjects that say nothing about the topic ("Richiesta assistenza", "Aiuto!!", "Errore
// cityware"), as the guidelines list them: either in a configurable list or made only of
// generic words and function words.
import { fold } from './fold';
import { isNameWord } from './person-name';
import { functionWords, stem, tokenize } from './words';

export const defaultGenericSubjects: readonly string[] = [
  'Richiesta assistenza',
  'Richiesta di assistenza',
  'Aiuto',
  'Aiuto!!',
  'Errore cityware',
  'Errore cityware online',
  'Problema',
  'Urgente',
  'Segnalazione',
  // Who reports, not what about ("Contribuente bloccato" is a record, a topic).
  'Segnalazione cittadino',
  'Segnalazione cittadina',
  'Segnalazione contribuente',
  'Segnalazione di un cittadino',
  'Segnalazione da un cittadino',
  // The kind of help wanted, not the topic ("Collegamento remoto non funziona" is one).
  'Richiesta collegamento remoto',
  'Richiesta di collegamento remoto',
  'Richiesta collegamento da remoto',
  'Richiesta teleassistenza',
  // Booking help names no topic either ("Prenotazione assistenza rendiconto" does; "Prenotazioni
  // bloccate" is the canteen's or the CIE agenda's bookings, a topic).
  'Prenotazione assistenza',
  'Prenotazione di assistenza',
  'Prenotazione intervento',
  'Prenotazione intervento tecnico',
  'Prenotazione tecnico',
  'Richiesta prenotazione assistenza',
  'Info',
  'Informazioni',
  'Richiesta informazioni',
  'Assistenza',
  'Supporto',
  'Help',
  // Only sending something ("Invio file F24", "Errore invio" name more). Whole subjects, not
  // generic words: "il file UniEmens viene scartato" explains a problem.
  'Invio file',
  'Invio documentazione',
  'Invio documenti',
  'Invio allegato',
  'Invio allegati',
  'Trasmissione documentazione',
  'Trasmissione documenti',
  'Trasmissione file',
  'File',
  'Allegato',
  'Allegati',
  'Documentazione',
];

// Words that only say something is wrong ("errore", "problema", "non funziona") and bare symptoms
// ("blocco", "lentezza", "crash"): with only the software's name they say nothing about the topic,
// like the guidelines' "Errore cityware"; a topic word next to them ("Blocco emissione mandati")
// makes the subject specific.
const genericWords = [
  'richiesta',
  'richiedo',
  'chiedo',
  'assistenza',
  'aiuto',
  'errore',
  'problema',
  'problematica',
  'urgente',
  'urgentissimo',
  'urgenza',
  'importante',
  'cityware',
  'cwol',
  'online',
  'palitalsoft',
  'supporto',
  'segnalazione',
  'segnalo',
  'ticket',
  'help',
  'info',
  'informazione',
  'domanda',
  'quesito',
  'anomalia',
  'chiarimento',
  'chiarimenti',
  'programma',
  'software',
  'gestionale',
  'applicativo',
  'procedura',
  'sistema',
  'intervento',
  'malfunzionamento',
  'blocco',
  'blocca',
  'bloccano',
  'bloccato',
  'bloccata',
  'bloccati',
  'bloccate',
  'lentezza',
  'lento',
  'lenta',
  'lentissimo',
  'lentissima',
  'crash',
  'crasha',
  'impallato',
  'impallata',
  'piantato',
  'piantata',
  'funzionamento',
  'fermo',
  'ferma',
  'risponde',
  'rallentamento',
  'rallentamenti',
  'rallentato',
  'estrema',
  'estremo',
  'continuo',
  'continui',
  'frequente',
  'frequenti',
  'improvviso',
  // When, not what: "cityware bloccato da stamattina".
  'stamattina',
  'stamani',
  'oggi',
  'ieri',
  // Asking only to be called ("Richiesta di contatto") says nothing about the topic either.
  'contatto',
  'contattare',
  'contattarmi',
  'contattateci',
  'contattatemi',
  'ricontatto',
  'richiamata',
  'richiamare',
  'richiamarmi',
  'richiamateci',
  'richiamatemi',
  'chiamata',
  'telefonata',
  'telefonico',
  'telefonica',
  // Only recalling an earlier contact: "Come da accordi telefonici", "Seguito telefonata".
  'accordi',
  'accordo',
  'concordato',
  'intese',
  'seguito',
  'questione',
  'grazie',
  'please',
  'sos',
  'generico',
  'varie',
  'nuovo',
  'nuova',
  'funziona',
  'funzionano',
  // "Cityware non si apre", "il programma non parte": a bare symptom of the whole program.
  'apre',
  'aprono',
  'parte',
  'avvia',
  'funzionante',
  'va',
  'vanno',
  'riesco',
  'riusciamo',
  'lavorare',
  'bisogno',
  'mano',
  'necessito',
  'serve',
  'subito',
  'immediato',
  'niente',
  'nulla',
  'guasto',
  'grave',
  'tecnica',
  'tecnico',
  'helpdesk',
  'desk',
  'generale',
  'comunicazione',
  'messaggio',
  'mail',
  'email',
  'buongiorno',
  'buonasera',
  'salve',
  'ciao',
  'gentili',
  'cortese',
  'attenzione',
  'favore',
  'cortesia',
  // Phone shorthand: "richiamatemi x cortesia", "x favore", "pls".
  'x',
  'pls',
  'plz',
  'prego',
  'aiutatemi',
  'aiutarmi',
  'aiutarci',
  'aiutateci',
  'potete',
  'potreste',
  'qualcuno',
  'aiutare',
  'veloce',
  'rapida',
  'breve',
  'piccolo',
  'piccola',
  'oggetto',
  'nessun',
  'senza',
  // Only asking for a check or chasing: "Da verificare", "Controllo", "SOLLECITO". A topic word
  // beside them ("Solleciti TARI 2022", "Verifica mandati") makes the subject specific.
  'verificare',
  'verifica',
  'verificate',
  'controllo',
  'controllare',
  'controllate',
  'sollecito',
  'dubbio',
];
const genericStems = new Set(genericWords.map((w) => stem(w)));

/** True for a word that only says something is wrong or urgent ("errore", "urgente", "blocco"). */
export const isGenericWord = (word: string): boolean => genericStems.has(stem(word));

/** Subject prefixes of replies and forwards, possibly repeated ("R: I: Re:"). */
const replyPrefix =
  /^\s*(?:(?:re|r|i|fw|fwd|inoltro|inoltra|rif|aw|wg|tr|ris|sv)\s*(?:\[\d{1,4}\]\s*)?:\s*)+/i;

export function stripReplyPrefixes(subject: string): string {
  return subject.replace(replyPrefix, '').trim();
}

export function hasReplyPrefix(subject: string, replyOnly = false): boolean {
  // "Rif:" is the reply prefix of Italian Notes and some webmails.
  return (replyOnly ? /^\s*(?:re|r|ris|rif)\s*(?:\[\d{1,4}\]\s*)?:/i : replyPrefix).test(subject);
}

function normalise(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// A subject made only of attached file names, or of a client's stock words for sending files
// ("Invio tramite posta elettronica: Scansione_0047.pdf", Windows' "Send to > Mail recipient";
// "Emailing: …"), was written by a program, not by the user.
const fileExtension =
  /\.(?:pdf|jpe?g|png|gif|tiff?|bmp|docx?|xlsx?|odt|ods|rtf|txt|zip|p7m|eml|msg)$/i;
const stockSendWords = new Set(
  ['invio tramite posta elettronica', 'emailing', 'scansione', 'scan', 'documento scansionato'].map(
    normalise,
  ),
);

/** What scanners, cameras and copiers call a file: no topic. */
const fileNameFillers = new Set([
  ...[
    'scan',
    'scn',
    'scanner',
    'scansione',
    'scansionato',
    'img',
    'image',
    'immagine',
    'dsc',
    'pxl',
    'photo',
    'foto',
  ],
  ...['screenshot', 'schermata', 'documento', 'doc', 'file', 'copia', 'nuovo', 'allegato', 'senza'],
  ...['titolo', 'untitled', 'whatsapp', 'pdf', 'stampa', 'canon', 'xerox', 'ricoh', 'kyocera'],
]);

function onlyFileNames(subject: string): boolean {
  const parts = subject.split(/[\s:;,]+/);
  const others = parts.filter((p) => !fileExtension.test(p));
  if (others.length === parts.length) return false; // no file name at all
  const rest = normalise(others.join(' '));
  // A file name with spaces in it: "Screenshot 2026-04-20 095218.png" (the snipping tool's),
  // "Schermata 2026-03-02 alle 09.14.22.png" (a Mac's).
  return (
    rest === '' ||
    stockSendWords.has(rest) ||
    rest.split(' ').every((w) => /\d/.test(w) || fileNameFillers.has(w) || functionWords.has(w))
  );
}

/**
 * The subject was written by a program: only file names, or a client's stock words for sending
 * them ("Invio tramite posta elettronica: Scansione_0047.pdf" names no topic, not e-mail).
 */
export function isProgramSubject(subject: string): boolean {
  return onlyFileNames(stripReplyPrefixes(subject));
}

/** A program's subject reduced to the words of its file names ("Ruolo_TARI-2025.pdf" → "Ruolo TARI 2025"). */
export function programSubjectWords(subject: string): string {
  return stripReplyPrefixes(subject)
    .split(/[\s:;,]+/)
    .filter((p) => fileExtension.test(p))
    .map((p) => p.replace(fileExtension, '').replace(/[_.-]+/g, ' '))
    .join(' ; ');
}

/** Each list of generic subjects in normalised form, made once per list. */
const normalisedLists = new WeakMap<readonly string[], Set<string>>();

function normalisedList(list: readonly string[]): Set<string> {
  let set = normalisedLists.get(list);
  if (!set) normalisedLists.set(list, (set = new Set(list.map(normalise))));
  return set;
}

/** A subject that opens by naming a file sent: "invio file", "trasmissione documentazione". */
const sentThingOnly =
  /^(?:invio|trasmissione|inoltro) (?:(?:del|dei|della|delle|di) )?(?:file|documento|documenti|documentazione|allegat[oi]|materiale)\b/;

/** The subject of the ticketing system's satisfaction survey ("Come valuta l'assistenza ricevuta?"). */
export const surveySubject =
  /\bcome valuta\b|\b(?:questionario|gradimento|valutazione)\b[^:]{1,40}\b(?:assistenza|ticket|servizio di supporto)\b/;

const ticketNotice =
  /^\s*(?:ricevuta richiesta|richiesta ricevuta|ticket (?:preso in carico|chiuso|aperto|risolto))\s*[:\-\u2013]/i;

const spokenDate =
  /\b\d{1,2}(?:°|-\d{1,2})? (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b/gi;

/** A word with a capital first letter: a name's. */
const capitalised = "[A-Z\\u00c0-\\u00dd][a-z\\u00e0-\\u00ff']+";
/**
 * "Per Michele - richiesta assistenza", "x Davide: aiuto", "Per Roberta": whom the mail is for,
 * before a dash or a colon or alone, says nothing of what it is about.
 */
const leadingAddressee = new RegExp(
  String.raw`^[ \t]*(?:[Pp]er|[Xx]|[Aa]lla c\.? ?a\.?(?: di)?|[Aa]ll'attenzione di)[ \t]+` +
    `(${capitalised}(?:[ \\t]+${capitalised})?)` +
    String.raw`[ \t]*(?:[-\u2013:][ \t]*|$)`,
);

function withoutAddressee(subject: string): string {
  const m = leadingAddressee.exec(subject);
  if (!m || !m[1]!.split(/[ \t]+/).every(isNameWord)) return subject;
  return subject.slice(m[0].length);
}

/** True when the subject (reply prefixes removed) says nothing about the topic. */
export function isGenericSubject(
  subject: string,
  list: readonly string[] = defaultGenericSubjects,
): boolean {
  // Dates and years say when, not what ("Richiesta assistenza del 12/03/2025").
  // A very long subject is read at both ends: its last words decide as much as its first, so a
  // word past the cut cannot turn a specific subject generic.
  const capped = subject.length > 500 ? `${subject.slice(0, 250)} ${subject.slice(-250)}` : subject;
  // A protocol or ticket number is which document or case, not what about: "Prot. n. 3391 del
  // 04/03/2025", "R: [Ticket #52190] URGENTE", "Rif. ticket 50321".
  const undated = withoutAddressee(stripReplyPrefixes(capped))
    .replace(/\bprot\b\.?\s*(?:(?:n|nr|num)\b\.?\s*|n°\s*)?\d+(?:[/.-]\d+)*/gi, ' ')
    .replace(/(?:\brif\b\.?\s*)?\[?\bticket\b\s*(?:(?:n|nr|num)\b\.?\s*|n°\s*|#\s*)?\d+\]?/gi, ' ')
    .replace(/\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\b(?:19|20)\d\d\b/g, ' ')
    // "Prenotazione assistenza 12 maggio": a date in words.
    .replace(spokenDate, ' ')
    // The ticketing system's own words before the ticket's subject ("Ricevuta richiesta:
    // Richiesta assistenza", "Ticket chiuso: …") say what the system did, not what about.
    .replace(ticketNotice, ' ');
  // A file name says what the file is about ("ruolo_TARI_2026_scarti.pdf") or nothing
  // ("Scansione_0047.pdf", "IMG_20261204_1012.jpg").
  if (onlyFileNames(undated)) {
    return tokenize(normalise(programSubjectWords(undated)))
      .map((t) => t.word)
      .every(
        (w) => /\d/.test(w) || fileNameFillers.has(w) || functionWords.has(w) || isGenericWord(w),
      );
  }
  // An error's bare code says no more than "Errore": "Errore 500", "Errore n. 404", "Errore
  // 0x80004005" (not "Errore 770": a form's name).
  const core = normalise(undated).replace(
    /\b(errore?)(?: n| nr| http| codice| cod)? (?:[45]\d\d|0x[0-9a-f]+)\b/g,
    '$1',
  );
  if (normalisedList(list).has(core)) return true;
  // "Invio file come da accordi": what is sent, and no word of what about (not "Invio bloccato",
  // "Errore documento": a symptom named).
  const words = tokenize(core.replace(sentThingOnly, ' ')).map((t) => t.word);
  return words.every((w) => functionWords.has(w) || isGenericWord(w));
}
