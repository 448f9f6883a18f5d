// Where a mail opens a second, different request (guidelines, consigli 4: one mail per topic).
// The content is cut into segments (paragraphs, numbered or bulleted items, sentences opened by
// "inoltre", "un'altra cosa", "già che vi scrivo"…). Two segments are two topics when a later one
// is a request of its own about something else: another module, or no subject words in common.
// Words of another module borrowed inside one topic (an IRPEF rate in a payroll problem) are no
// second topic, nor is closing an earlier ticket ("la questione dei mandati si è risolta").
// Read once by the context: the ticket's type is the first request's, and multiple-topics
// reports the second.
import { maxContentChars, scoreModules } from './classify-module';
import { blankAbbreviationDots } from './abbreviation-dots';
import { hasPresentProblem } from './classify-type';
import type { PreparedText } from '../text/prepare';
import { askInfinitive, knowVerbs } from '../text/questions';
import { pattern, patternWith } from '../text/word-list';
import { isMeaningful, someWord, stem, tokenize } from '../text/words';
import { fold } from '../text/fold';
import type { Region, RuleContext } from '../rules/rule';
import { subRegion } from '../rules/text-locations';
import { unwrapLinesInPlace } from '../text/unwrap';
import { expandShorthand } from '../text/shorthand';

/** What a second topic is looked for in: the context's regions, directory and module scores. */
export type TopicView = Pick<
  RuleContext,
  'content' | 'request' | 'directory' | 'moduleScores' | 'body'
>;

/** Taking the chance of this mail, at the start of a sentence or inside it: "ne approfitto". */
const writingAnyway = [
  'ne approfitto',
  "(?:colgo|cogliamo) (?:anche )?l'occasione",
  'gia che (?:vi scrivo|vi scrivevo|ci sono|ci siamo)',
  'visto che (?:vi scrivo|vi scrivevo|ci sono)',
];
/**
 * Openers that say another matter came before: "un'altra cosa", "a parte questo". "Inoltre" and
 * "oltre a questo" go on with the matter just told as often as they open another: they count
 * only before a question ("Inoltre vorrei sapere come…", alsoAsking).
 */
const anotherMatterMarkers = [
  "(?:un'?\\s?)?altra (?:cosa|questione|domanda|richiesta|segnalazione|problematica|anomalia)",
  '(?:un )?altro (?:problema|quesito|errore|argomento|punto)',
  '(?:seconda|secondo) (?:cosa|questione|richiesta|domanda|problema|punto|quesito)',
  'in secondo luogo',
  'a parte questo',
];
/** "Vorremmo anche…": one more wish. */
const wishes = ['vorrei', 'vorremmo', 'volevo', 'volevamo'];
/**
 * "Vorrei anche aggiungere che…", "volevo anche ringraziarvi": more said of the matter told, or
 * thanks, not one more wish.
 */
const tellingMore = [
  ...['aggiungere', 'precisare', 'specificare', 'sottolineare', 'far presente', 'farvi presente'],
  ...['ricordare', 'ricordarvi', 'allegare', 'inviarvi', 'mandarvi', 'dire', 'dirvi'],
  ...[/ringraziar[a-z]*/, /informar[a-z]*/],
];
/** "Vorremmo anche organizzare…", not "vorrei anche precisare che…". */
const wishAlsoMarker = pattern`${wishes} anche(?! ${tellingMore}\b)`;
/** Words that open another request at the start of a sentence or item. */
const shiftMarkers = [
  ...anotherMatterMarkers,
  'inoltre',
  'oltre a (?:questo|cio)',
  '(?:la|il) second[oa](?=\\s*[:,])',
  "(?:c'?\\s?e|ci sarebbe) (?:poi|anche|inoltre)",
  "(?:un'?\\s?)?ultima (?:cosa|domanda|questione|richiesta)",
  'infine',
  'poi',
  'e poi',
  'in piu',
  // "Ah, dimenticavo: come si stampa…?": something left out so far, a matter when it asks (not
  // "dimenticavo: vi mando in allegato la schermata").
  '(?:ah,? )?(?:quasi |mi )?dimenticavo(?! di (?:dir|scriv|precis|specific|aggiung|avvis|allegar|mandar|inviar))',
  // A postscript: a matter of its own when it asks something (a phone or a time asks nothing).
  'p\\.? ?s(?=[.\\s:-])',
  'approfitto',
  'approfittando',
  ...writingAnyway,
  'per quanto riguarda invece',
  'vi (?:chiedo|chiediamo|segnalo|segnaliamo) (?:anche|inoltre)',
  '(?:chiedo|chiediamo|segnalo|segnaliamo) (?:anche|inoltre)',
  wishAlsoMarker,
];
/**
 * "Chiedo anche se/come…", "vorremmo anche sapere se…": one more question on the same matter
 * (see `shared` in secondTopic); "vi chiedo inoltre come…" and "vorremmo anche organizzare…"
 * mostly open another matter, whatever words they share.
 */
const questionWords = ['se', 'come', 'quale', 'quali', 'quando', 'dove', 'perche'];
// "vorremmo anche chiedervi se…" asks; "vorremmo anche chiedervi di organizzare…" wishes more.
const askingAlso = pattern`^(?:(?:vi )?(?:chiedo|chiediamo) anche ${questionWords}|${wishes} anche (?:${knowVerbs}|${askInfinitive} ${questionWords}))\b`;
/** The mark of a numbered or bulleted list item: "2) ", "b. ", "- ". */
const itemMark = /(?:\d{1,2}[.)]|[a-e][.)]|[-•*–])[ \t]+/;
// Also after a list item's number: "2) un'altra cosa: …".
// "cmq gia che ci sono: come si stampa…": a filler may come first.
const filler = '(?:(?:cmq|comunque|ah|ok|allora),? )?';
const shift = pattern`^[\s"'(]*(?:${itemMark})?${filler}${shiftMarkers}\b`;
const anotherMatter = pattern`^[\s"'(]*(?:${itemMark})?${anotherMatterMarkers}\b`;
const alsoMarker = /^[\s"'(]*(?:inoltre|oltre a (?:questo|cio))\b/;
/** Stems of verbs (an infinitive's, "riesco"'s): a shared action names no shared thing. */
const verbStem = /(?:ar|er|ir)$|^(?:riesc|riusc|poss|pot|dev|dobb|vogl|vorr|fa|fatt)$/;
/** Stems that name no thing: months ("dal 15 luglio"), wishing verbs ("vorremmo"). */
const notAThing =
  /^(?:genn|febbr|marz|april|magg|giugn|lugl|agost|settembr|ottobr|novembr|dicembr|vorr|vol)/;
/**
 * A question on what the first request's fix leaves to do ("una volta ripristinata, devo rifare
 * l'invio?", "nel frattempo posso…"), or on the thing it told, pointed at ("quel giorno").
 */
const followUp = pattern`\b${[
  /una volta (?:ripristinat|sistemat|corrett|risolt|sbloccat|recuperat)[oaie]/,
  /(?:devo|dobbiamo|dovro|dovremo) (?:rifare|ripetere|rilanciare|rielaborare|reinviare)/,
  /vanno rifatt[ie]|va rifatt[oa]/,
  'nel frattempo',
  /in attesa della (?:soluzione|correzione|sistemazione)/,
  // "se la registrazione sarà disponibile per chi quel giorno è allo sportello": the webinar's day.
  /(?:quel|quella|quei|quelle) (?:giorno|giorni|data|caso|casi|momento|occasione|incontro|corso)/,
  // Questions about the problem itself: whose it is, what caused it, what it left behind.
  /(?:capita|succede|accade) anche|solo (?:a )?no(?:i|stro)|dipend[ea] da[a-z']*/,
  /(?:collegar(?:vi|si|ci)|vedere|guardare) (?:da|in) remoto|da remoto/,
  /(?:quell[ie]|gli|i) gia (?:generat|stampat|inviat|emess|elaborat|caricat)[a-z]*/,
  /(?:il|questo|lo stesso|del|dal|di questo) (?:problema|errore|blocco|malfunzionamento|ritardo)/,
]}\b`;
/** "Inoltre", "in più", "e poi": they go on with the matter told as often as they open another. */
const weakShift = /^[\s"'(]*(?:inoltre|in piu|e poi|poi|oltre a (?:questo|cio))\b/;
/** "Vorremmo anche organizzare…": one more wish, after a matter told before it. */
const wishAlso = pattern`^[\s"'(]*${wishAlsoMarker}\b`;
/**
 * "Il secondo è sull'inventario", "La seconda riguarda invece…": an ordinal opening a request,
 * once an earlier sentence opened with "il primo" / "la prima" ("il secondo foglio" alone counts
 * nothing).
 */
const ordinalShift = pattern`^[\s"'(]*(?:la|il) (?:second|terz|quart)[oa]\s+(?:e|riguarda|invece|questione|cosa|punto|domanda|problema|dubbio)\b`;
const firstOrdinal = /(?:^|[\n.!?:])\s{0,3}(?:la|il) prim[oa]\b/;
/** "Approfitto per…", "ne approfitto", "cogliamo l'occasione", "già che ci sono". */
const takingTheChance = pattern`^[\s"'(]*(?:${filler})?(?:approfitt(?:o|ando|iamo)|${writingAnyway})\b`;
// Thanks and courtesies taken as the chance: "colgo l'occasione per porgere distinti saluti",
// "approfitto per scusarmi del ritardo", "cogliamo l'occasione per ricordarvi…".
const thanking =
  /\b(?:ringrazi[a-z]*|grazie|porger[a-z]*|augur[a-z]*|salut[a-z]*|scus[a-z]*|complimenti|ricordar[a-z]*|allegar[a-z]*|inviar[a-z]*|mandar[a-z]*)\b/;
/**
 * "Vi chiedo anche di richiamarmi nel pomeriggio", "P.S. potete chiamarmi sul cellulare": the
 * writer asks to be called about the matter told, no matter of its own.
 */
const callBack =
  /\b(?:(?:ri)?chiamar|(?:ri)?contattar|telefonar|sentir)(?:mi|ci)\b|\bessere (?:ri)?(?:chiamat|contattat)[oaie]\b/;
/** "Il mio cellulare è…", "sono reperibile al…": where to reach the writer. */
const ownNumber = new RegExp(
  '\\b(?:il mio|mio) (?:cellulare|cell|numero|telefono|fisso|interno|recapito)\\b|' +
    '\\b(?:sono|resto) (?:reperibile|raggiungibile)\\b|' +
    // "chiamate pure il 333 …", "richiamatemi al fisso".
    '\\b(?:chiamate|richiamate|contattate|telefonate)(?:mi|ci)?(?: pure)? (?:al|allo|il|lo|sul|sullo)\\b',
);
/** A sentence that only says how to reach the writer: asks to be called, or gives a number. */
function contactOnly(sentence: string): boolean {
  if (sentence.includes('?')) return false;
  return ownNumber.test(sentence) || (callBack.test(sentence) && !hasPresentProblem(sentence));
}
/** "Il secondo:", "la seconda," opening a segment. */
const secondColon = /^[\s"'(]*(?:la|il) (?:second|terz|quart)[oa]\s*[:,]/;
/** Anywhere in a sentence: "vi chiedo inoltre di creare…", "ne approfitto per…". */
const shiftInside = patternWith('g')`\b${[
  '(?:vi |le )?(?:chiedo|chiediamo|segnalo|segnaliamo|domando) (?:inoltre|anche)',
  'approfitto (?:per|di|della|dell)',
  ...writingAnyway,
]}\b`;
/**
 * "Vi segnalo due cose", "ho tre domande", "vi scrivo per due questioni": the writer announces
 * several requests. The count must follow the writer's own verb: "si sono fermate tre cose" lists
 * the symptoms of one problem.
 */
const announcedCounts = '(?:due|tre|quattro|[2-4]|alcune|diverse|un paio di)';
const announcedMatters = [
  'cose',
  'questioni',
  'problemi',
  'domande',
  'dubbi',
  'richieste',
  'segnalazioni',
  'quesiti',
  'argomenti',
  'anomalie',
  'problematiche',
  'informazioni',
];
const announced = pattern`${[
  pattern`\b${[
    /segnal\w*/,
    /scriv\w*/,
    /chied\w*/,
    /sottopo\w*/,
    'avrei',
    'avremmo',
    'ho',
    'abbiamo',
    'per',
  ]}\b(?: [\w']+){0,3} ${announcedCounts} ${announcedMatters}\b`,
  // A clause of its own: "salve, due cose.", "Due domande:".
  pattern`(?:^|[\n.:;!?,]|\bsalve|\bbuongiorno|\bciao) ?${announcedCounts} ${announcedMatters}\b`,
]}`;
/**
 * "…perché i problemi sono tre:", "le questioni sono due" (not "le domande sono due": questions
 * may be on one matter), unless what they are about is named just before ("sugli avvisi TARI
 * della categoria 14 i problemi sono tre:": the symptoms of one thing).
 */
const countedAfter = pattern`\b(?:i|le) ${['problemi', 'questioni', 'cose', 'richieste', 'segnalazioni', 'anomalie']} sono ${announcedCounts}\b`;
const aboutBefore =
  /\b(?:su|sul|sullo|sulla|sui|sugli|sulle|nel|nella|nei|negli|nelle|per)\b[^.;:!?\n]*$/;
function announcesCountAfter(folded: string): boolean {
  const m = countedAfter.exec(folded);
  if (!m) return false;
  const sentence = folded.slice(Math.max(0, m.index - 80), m.index);
  return !aboutBefore.test(
    sentence.slice(Math.max(...['.', '\n', ':', ';'].map((c) => sentence.lastIndexOf(c))) + 1),
  );
}

/** The writer announces several requests: "vi segnalo due cose", "i problemi sono tre:". */
function announces(folded: string): boolean {
  return announced.test(folded) || announcesCountAfter(folded);
}

/**
 * "Vi segnalo tre cose diverse:" alone before the first item: an announcement, no request of its
 * own (the first request is the item after it).
 */
export function onlyAnnounces(text: string): boolean {
  const folded = fold(text);
  if (!announces(folded)) return false;
  // "con la presente vi segnalo tre questioni diverse emerse questa settimana in anagrafe:".
  const announcing = (part: string) => {
    const words = tokenize(part).filter((t) => isMeaningful(t.word)).length;
    return words <= 6 || (words <= 12 && /:\s*$/.test(part));
  };
  if (announcing(folded)) return true;
  // "È la terza volta che scrivo e ancora nessuna risposta.⏎⏎Vi segnalo due cose.": a chase or a
  // greeting paragraph before the announcing one tells no request of its own.
  const last = folded.trimEnd().lastIndexOf('\n\n');
  if (last < 0) return false;
  const head = folded.slice(0, last);
  return (
    announcing(folded.slice(last)) &&
    !head.includes('?') &&
    !hasPresentProblem(expandShorthand(head))
  );
}
/** "1 le determine…": a list item's number typed without a mark on a phone. */
const bareNumber = /^[ \t]*(\d)[ \t]+[a-z]/;
/** An item of a numbered or bulleted list. */
const itemStart = pattern`^[ \t]*${itemMark}`;
/** A list of steps or symptoms of one problem, not a list of requests. */
const oneProblemList =
  /\b(?:passi|procedura|esempi?|sintomi|operazioni|dettagli|in particolare|nello specifico|come segue|quanto segue)\b[^.\n]{0,40}:\s*$/;
/** A segment that only closes an earlier ticket or thanks. */
// "il ticket si può chiudere", "la mia richiesta di ieri sul mandato si può chiudere" (not "come
// si può chiudere l'esercizio?": a question on the software).
const closing = pattern`\b(?:${[
  'risolt[oa]',
  '(?:adesso|ora) (?:e|va) (?:giusto|tutto bene|a posto)',
  'potete (?:pure )?chiuder\\w*',
  /(?:ticket|segnalazione|richiesta)(?: [^.;?!\n]{1,40})? si puo (?:pure )?chiuder\w*/,
  "grazie per (?:le|l'|la)",
  'funziona di nuovo',
  // "Grazie, confermo che il registro adesso viene generato".
  /conferm(?:o|iamo) che\b[^.;?!\n]{1,60}\b(?:adesso|ora|di nuovo|nuovamente)/,
]})\b`;
/**
 * Asking for something: with a problem described, what makes a segment a request. "Domande" of
 * iscrizione are applications, not questions: only the verb or "una domanda" asks.
 */
const askingWords = [
  'vorrei',
  'vorremmo',
  'volevo',
  'chiedo',
  'chiediamo',
  'potete',
  'potreste',
  'serve',
  'servirebbe',
  'bisogno',
  'come',
  'dove',
  /segnal\w*/,
  /domand(?:o|iamo|are|arvi|avo)/,
  // "approfitto anche per chiedervi da quale menu…": an indirect question without "?".
  /chieder(?:vi|le|ti)?/,
  /(?:una|altra|un'altra) domanda/,
  // An indirect question: "non capisco se la reversale la genera il programma".
  /non (?:capisco|capiamo|so|sappiamo) (?:se|come|perche|dove|quale|chi)/,
  /(?:vorrei|vorremmo) capire/,
  'mi chiedo',
];

const asking = pattern`\?|\b${askingWords}\b`;

/** "Non so se devo aprire un ticket a parte": the writer knows it is a matter of its own. */
const separateTicket =
  /\b(?:un (?:altro |nuovo )?ticket|una (?:nuova |altra )?(?:segnalazione|richiesta)) (?:a parte|separat[oa]|distint[oa])\b/;
/** "abbiamo già aperto un ticket a parte": that matter is asked elsewhere, not in this mail. */
const separateTicketSent = patternWith(
  'g',
)`\b(?:apert|inviat|mandat|fatt|segnalat)[oaie] (?:gia |anche )?(?:con )?${separateTicket}`;

function isRequest(segment: Segment): boolean {
  // A problem told over lines the mail client wrapped ("riporta zero\niscritti") is one sentence.
  return (
    asking.test(segment.folded) ||
    separateTicket.test(segment.folded.replace(separateTicketSent, '')) ||
    // A phone's "nn si stampano" is "non si stampano".
    hasPresentProblem(expandShorthand(unwrapLinesInPlace(segment.folded)))
  );
}

/** The part of `segment` before `inner` starts, as a segment. */
function headOf(segment: Segment, inner: Segment): Segment {
  const length = inner.start - segment.start;
  return {
    ...segment,
    end: inner.start,
    text: segment.text.slice(0, length),
    folded: segment.folded.slice(0, length),
  };
}

/** "non è stato ancora risolto": a closing word denied. */
const deniedClosing = /\bnon (?:(?:e|si e|sono|si sono) )?(?:(?:stat[oaie]|ancora) )*$/;
/** Where a sentence's clauses part: a comma, a semicolon, "ma", "mentre", "pero". */
const clauseBreak = /[,;:]|\b(?:ma|mentre|pero|invece)\b/g;

/**
 * A present problem in the segment besides the one it says is solved: in "il problema delle PEC
 * doppie ora è risolto, grazie" the clause with the closing word names a problem that is over;
 * "risolto, ma ora la stampa dà errore" and "l'anagrafe non stampa, mentre la firma si è
 * risolta" name one in another clause, and "non è ancora risolto" closes nothing.
 */
function problemBeyondClosing(segment: Segment): boolean {
  return sentencesOf(segment).some((x) => {
    const m = closing.exec(x.folded);
    if (!m || deniedClosing.test(x.folded.slice(0, m.index))) return hasPresentProblem(x.folded);
    let from = 0;
    let to = x.folded.length;
    clauseBreak.lastIndex = 0;
    for (let b = clauseBreak.exec(x.folded); b; b = clauseBreak.exec(x.folded)) {
      if (b.index < m.index) from = b.index + b[0].length;
      else {
        to = b.index;
        break;
      }
    }
    return hasPresentProblem(`${x.folded.slice(0, from)} ${x.folded.slice(to)}`);
  });
}

/** Subject words of a matter told without a request word, before "un'altra cosa". */
const toldMatterWords = 8;

/** Words too common in tickets to tell two topics apart. */
const commonWords = new Set(
  (
    'programma cityware procedura sistema funzione stampa elenco dati ufficio comune unione ' +
    'problema richiesta ticket mail giorno giorni mese anno oggi ieri volta volte lunedi ' +
    'martedi mercoledi giovedi venerdi mattina pomeriggio numero pratica pratiche utente ' +
    'collega colleghi cosa cose domanda grazie'
  )
    .split(' ')
    .map(stem),
);

export interface Segment extends Region {
  /** How the segment was opened: a shift marker, a list item, a paragraph or a sentence. */
  opened: 'marker' | 'item' | 'paragraph' | 'sentence';
}

/** The sentences of a segment (ended by . ! ?), as segments of their own. */
function sentencesOf(segment: Segment): Segment[] {
  // "dott. Giarrizzo", "prot. n. 12": an abbreviation's dot ends no sentence.
  const starts = sentenceStarts(blankAbbreviationDots(segment.folded), '.!?');
  return starts.map((p, i) => ({
    ...subRegion(segment, p, starts[i + 1] ?? segment.text.length),
    opened: 'sentence' as const,
  }));
}

/** How much of a segment's start says how it goes on from the one before. */
const OPENING_CHARS = 70;
/** A later segment that says it is about the same thing ("sempre sugli stessi solleciti"). */
const sameTopic = pattern`\b${[
  'sempre (?:su|sul|sulla|sugli|sui|sulle|per|nel|nella|con)',
  // Not "(lo stesso di sempre)": the usual one, no matter pointed back at.
  'lo stesso(?! di sempre)',
  'la stessa(?! di sempre)',
  'gli stessi(?! di sempre)',
  'le stesse(?! di sempre)',
  'stesso problema',
  // "…neanche i solleciti di quel ruolo, stesso errore".
  'stess[oa] (?:errore|anomalia|blocco|messaggio)',
  'di conseguenza',
  'per questo motivo',
  'a proposito di questo',
  'in merito a questo',
  'in questo modo',
  'per cui',
  'quindi',
  'percio',
  'anche (?:qui|nella|nel|nei|nelle|sulla|sul|sui|sulle|per questo)',
  // The quote for what was just asked ("mandateci prima il preventivo") is part of that request.
  'preventiv[oi]',
]}\b`;

/**
 * "Inoltre, sugli stessi verbali…", "nella stessa pratica": the same records again (not "allo
 * stesso tempo"). Not after "un'altra cosa": "un'altra cosa: nella stessa postazione vorremmo…"
 * is another matter in the same place.
 */
const sameRecords =
  /\b(?:su|ne|de|a)(?:gli|llo|lla|lle) stess[oaie]\b(?! (?:di sempre|tempo|momento|mail|e-?mail|messaggio|occasione|comunicazione|richiesta))/;

/**
 * The same trouble said again ("con lo stesso errore"): the sentence is about what was said
 * before ("con gli stessi profili dell'agente" names no trouble).
 */
const sameThing = pattern`\b(?:lo stesso|la stessa|gli stessi|le stesse) ${[
  /error[ei]/,
  /problem[ai]/,
  /anomali[ae]/,
  /messaggi?o?/,
  'blocco',
  'malfunzionamento',
]}\b`;
export const firstSentenceEnd = (folded: string) => {
  const end = folded.search(/[.!?](?:\s|$)/);
  return end < 0 ? folded.length : end;
};

/** Sentence starts in a paragraph: after one of `ends` and a space, or after a line break. */
function sentenceStarts(folded: string, ends = '.!?;:'): number[] {
  const starts = [0];
  for (let i = 1; i < folded.length; i++) {
    const prev = folded.charAt(i - 1);
    if (prev === '\n' || (prev === ' ' && i >= 2 && ends.includes(folded.charAt(i - 2))))
      starts.push(i);
  }
  return starts;
}

/** The content cut into segments: paragraphs, items, and sentences that open another request. */
function segmentsOf(content: Region): Segment[] {
  const cuts = new Map<number, Segment['opened']>([[0, 'paragraph']]);
  const { folded } = content;
  let previousLineEndsList = false;
  let lineStart = 0;
  // Items of a list of one problem's steps or symptoms ("…con tre sintomi:", then "2. poi
  // compare il messaggio…"): no marker opens a request there.
  const oneProblemItems = new Set<number>();
  // A bare number opening a line ("1 le determine…") is an item only when the next line opens
  // with the next number: alone it is a count ("3 colleghe hanno…").
  let bareItem: { at: number; n: number } | null = null;
  for (const line of folded.split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    if (line.trim() === '') {
      cuts.set(lineStart, cuts.get(lineStart) ?? 'paragraph');
      bareItem = null;
      continue;
    }
    const bare = bareNumber.exec(line);
    const n = bare ? Number(bare[1]) : -1;
    if (bareItem && n === bareItem.n + 1) {
      cuts.set(bareItem.at, cuts.get(bareItem.at) ?? 'item');
      cuts.set(at, 'item');
    }
    bareItem = bare ? { at, n } : null;
    if (itemStart.test(line)) {
      if (previousLineEndsList) oneProblemItems.add(at);
      else cuts.set(at, 'item');
    }
    previousLineEndsList =
      oneProblemList.test(line) || (previousLineEndsList && itemStart.test(line));
  }
  // Where "il primo" / "la prima" first opens a sentence: searched once, not once per start.
  const firstOrdinalAt = folded.search(firstOrdinal);
  for (const s of sentenceStarts(folded)) {
    const opening = folded.slice(s, s + 80);
    // The item's start, or its first word after the mark ("2. poi…": "2." reads as a stop);
    // "3. un'altra cosa: …" still opens another matter.
    if (oneProblemItems.size > 0 && !anotherMatter.test(opening)) {
      const lineAt = folded.lastIndexOf('\n', s - 1) + 1;
      if (oneProblemItems.has(lineAt) && s - lineAt <= 5) continue;
    }
    if (shift.test(opening)) cuts.set(s, 'marker');
    else if (firstOrdinalAt >= 0 && firstOrdinalAt < s && ordinalShift.test(opening)) {
      cuts.set(s, 'marker');
    }
  }
  shiftInside.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = shiftInside.exec(folded)) !== null) {
    const s = Math.max(folded.lastIndexOf('.', m.index), folded.lastIndexOf('\n', m.index)) + 1;
    cuts.set(s, 'marker');
  }
  const points = [...cuts.keys()].filter((p) => p < folded.length).sort((a, b) => a - b);
  return points.map((p, i) => ({
    ...subRegion(content, p, points[i + 1] ?? folded.length),
    opened: cuts.get(p)!,
  }));
}

/** A word's subject stem, or null for a word that tells no topic (stem() keeps its own memo). */
function subjectStem(word: string): string | null {
  if (!isMeaningful(word) || /\d/.test(word)) return null;
  const s = stem(word);
  return commonWords.has(s) ? null : s;
}

interface SubjectWord {
  stem: string;
  /** Where the word ends, offset in the text. */
  end: number;
}

/** The subject words of a text, stemmed, in order. */
function subjectWords(folded: string): SubjectWord[] {
  const out: SubjectWord[] = [];
  someWord(folded, (word, _start, end) => {
    const s = subjectStem(word);
    if (s !== null) out.push({ stem: s, end });
  });
  return out;
}

/**
 * The subject words among `words` (in text order) that end within (from, to], each with where
 * it first ends (offset from `from`). Sentences start after a blank: no word straddles `from`.
 */
function subjectStemsAt(words: readonly SubjectWord[], from: number, to: number) {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const first = new Map<string, number>();
  for (let i = lo; i < words.length && words[i]!.end <= to; i++) {
    const w = words[i]!;
    if (!first.has(w.stem)) first.set(w.stem, w.end - from);
  }
  return first;
}

/** The module a segment is clearly about (evidence at least `minScore`), or null. */
function segmentModule(ctx: TopicView, segment: Segment, minScore = 2): number | null {
  const asBody = {
    content: { start: 0, end: segment.text.length, text: segment.text },
  } as PreparedText;
  const [best, second] = scoreModules('', asBody, ctx.directory);
  if (!best || best.score < minScore || (second && second.score > best.score / 2)) return null;
  return best.moduleIndex;
}

/** A second request of the content, and its two modules when they differ. */
export interface SecondTopic {
  segment: Segment;
  /** The two modules, when the second request is about another module. */
  modules?: [number, number];
  /**
   * A question asked in passing on another matter of the same module ("vorrei anche sapere
   * se…"): a matter of its own, but no booking (booking.ts reads the second request).
   */
  askedInModule?: true;
}

/**
 * The first segment after the first request that is another request, or null. A marker
 * ("inoltre vorrei…", "un'altra questione") opens one unless the segment says it is about the
 * same thing; a list item only in an announced list ("vi segnalo due cose") or when it asks
 * something itself; a mere paragraph only when it is clearly about another module.
 */
function secondTopic(
  ctx: TopicView,
  segments: Segment[],
  isAnnounced: boolean,
): SecondTopic | null {
  // Each segment's subject words with where they first end, computed once (a long paragraph is
  // read sentence by sentence).
  // A sentence reads the words of its paragraph, tokenised and stemmed once.
  const stemsCache = new Map<Segment, ReadonlyMap<string, number>>();
  const stemsOf = (x: Segment, words?: readonly SubjectWord[], from = 0) => {
    let found = stemsCache.get(x);
    if (!found) {
      found = subjectStemsAt(words ?? subjectWords(x.folded), from, from + x.text.length);
      stemsCache.set(x, found);
    }
    return found;
  };
  // A marked segment may be short ("Un'altra questione: la TARI non si stampa").
  const wordsOf = new Map(segments.map((s) => [s, subjectWords(s.folded)]));
  const coarse = segments.filter(
    (s) => stemsOf(s, wordsOf.get(s)).size >= (s.opened === 'paragraph' ? 3 : 2),
  );
  // Within a paragraph, a later sentence about another module is a topic of its own too.
  const substantial = coarse.flatMap((s) => [
    s,
    ...sentencesOf(s)
      .slice(1)
      .filter((x) => stemsOf(x, wordsOf.get(s), x.start - s.start).size >= 3),
  ]);
  // A segment that only closes an earlier ticket ("potete pure chiuderlo") asks nothing.
  const onlyClosing = (s: Segment) => closing.test(s.folded) && !problemBeyondClosing(s);
  let first = substantial.find((s) => isRequest(s) && !onlyClosing(s));
  // "Vi scrivo per due cose distinte. 1. … 2. …", "…due cose diverse. La prima: …": after the
  // announcement, the next segment is the first matter, whatever its wording ("lo stanziamento
  // resta quello iniziale", "il PDF è completamente bianco").
  if (isAnnounced) {
    const told = substantial.find(
      (s) =>
        s.opened !== 'sentence' &&
        !onlyAnnounces(s.text) &&
        !(announces(s.folded) && !isRequest(s)) &&
        !onlyClosing(s),
    );
    if (told && (!first || told.start < first.start)) first = told;
  }
  if (!first) return null;
  // "Un'altra cosa: come si ristampa…", "Inoltre vorrei sapere come…" say a matter came before
  // them, even one told without a request word ("il prospetto applica la percentuale ai soli
  // residui…").
  const opening = first.folded.replace(/^\s+/, '');
  const presupposes =
    anotherMatter.test(opening) ||
    // "Approfitto per chiedervi…", "Cogliamo l'occasione per…": this mail's chance taken, after
    // the matter it was written for.
    takingTheChance.test(opening) ||
    (alsoMarker.test(opening) && asking.test(first.folded)) ||
    wishAlso.test(opening);
  if (first.opened === 'marker' && presupposes) {
    // A matter told at some length: not a line on an open ticket ("aspetto la vostra chiamata").
    const before = substantial.find((s) => s.start < first!.start && s.opened !== 'sentence');
    if (before && !onlyClosing(before) && stemsOf(before).size >= toldMatterWords) first = before;
  }
  // The answers typed in the operator's quote came first ("i dati sono sotto. Un'altra cosa, che
  // non c'entra: …", "la risposta è sotto. Approfitto per chiedere…"): they go on with the
  // ticket, and a marked matter after them is a second one.
  if (first.opened === 'marker' && ctx.body.answers > 0 && !sameTopic.test(opening)) {
    return { segment: first };
  }
  // Where each subject word of the first request first ends: the words "before" a later
  // sentence of the same paragraph are those ending before it starts.
  const firstSeen = stemsOf(first);
  // A paragraph may hold two topics: then the module of its first sentence is the first topic's.
  // Scoring modules is the costly part: done only for segments that may be a second topic.
  let firstModule: number | null | undefined;
  const modulesOf = (s: Segment): [number, number] | undefined => {
    if (firstModule === undefined)
      firstModule = segmentModule(ctx, first) ?? segmentModule(ctx, sentencesOf(first)[0]!);
    // A sentence inside a paragraph needs strong evidence to be a topic of its own.
    const module = segmentModule(ctx, s, s.opened === 'sentence' ? 3 : 2);
    return module !== null && firstModule !== null && module !== firstModule
      ? [firstModule, module]
      : undefined;
  };
  // After the first request, a plain paragraph, an item of a list nobody announced or a "chiedo
  // anche se…" goes on with it: reading their word overlap there instead (tried 2026-12-04) lost
  // tickets on thirteen corpus sets and gained on one. Inside the first request's paragraph, a
  // sentence goes on with it when it shares a subject word with what came before.
  const shared = (s: Segment) => {
    if (s.start >= first.end) return stemsOf(s).size > 0;
    const limit = s.start - first.start;
    return [...stemsOf(s).keys()].some((w) => {
      const seen = firstSeen.get(w);
      return seen !== undefined && seen <= limit;
    });
  };
  // The segment just before `s`, when `s` opens inside its line (no line break between them)
  // and they share a subject word, in no other module.
  const runsOnWith = (s: Segment): boolean => {
    const at = s.start - ctx.content.start;
    const tail = ctx.content.folded.slice(Math.max(0, at - 4), at);
    if (at === 0 || tail.slice(tail.trimEnd().length).includes('\n')) return false;
    const before = segments.find((x) => x.end === s.start);
    if (!before) return false;
    const seen = stemsOf(before);
    // A thing named again, not a verb: "non riesco a stampare…" may open another matter.
    return [...stemsOf(s).keys()].some((w) => seen.has(w) && !verbStem.test(w)) && !modulesOf(s);
  };
  // "Vorrei anche sapere se devo rifare la stampa degli avvisi" after a problem with the avvisi:
  // a thing of the first request named again (not a verb: "stampare" may ask about anything).
  const sharesAThing = (s: Segment) =>
    followUp.test(s.folded) ||
    [...stemsOf(s).keys()].some((w) => firstSeen.has(w) && !verbStem.test(w) && !notAThing.test(w));
  for (const s of substantial) {
    if (s.start <= first.start) continue;
    // Continuity is said where the segment opens: "Inoltre lo stesso arrotondamento…".
    // A client's wrap inside it ("Inoltre lo\nstesso errore") is a blank.
    const opening = s.folded.replace(/^\s+/, '').slice(0, OPENING_CHARS).replace(/\s+/g, ' ');
    // Read a little past the opening, so that "(lo stesso di sempre" cut at its end still reads
    // as the usual one.
    const said = sameTopic.exec(s.folded.replace(/^\s+/, '').slice(0, 90).replace(/\s+/g, ' '));
    if (said && said.index < OPENING_CHARS) continue;
    if (sameRecords.test(opening) && !anotherMatter.test(opening)) continue;
    // "Visto che vi scrivo, allego… con lo stesso errore": the first sentence ties it back.
    if (s.opened === 'marker' && sameThing.test(s.folded.slice(0, firstSentenceEnd(s.folded)))) {
      continue;
    }
    const plain = s.opened === 'paragraph' || s.opened === 'sentence';
    // A list item of questions on what the first request set out ("Vi chiediamo: 1. come si
    // attiva il registro…; 2. come si recuperano…") goes on with its topic, unless the list was
    // announced as several matters ("vi segnalo due problemi").
    const sameList = s.opened === 'item' && !isAnnounced;
    // "Chiedo anche se la variazione di cassa…" after a question on the variazione: one more
    // question on the same matter.
    const askedMore = s.opened === 'marker' && askingAlso.test(opening);
    // An item of an announced list is one of the matters announced, whatever its wording.
    // So is a marked next one: "Il secondo: la stampante…", "La seconda è una domanda: …".
    // "Un'altra cosa: nel conteggio della mensa i pasti dei docenti vengono sommati…" says it is
    // another matter, announced or not.
    const announcedItem =
      (s.opened === 'marker' &&
        (anotherMatter.test(opening) ||
          // Not "approfitto per ringraziarvi", "già che ci sono, vi ringrazio per…".
          (takingTheChance.test(opening) && !thanking.test(s.folded)))) ||
      (isAnnounced &&
        (s.opened === 'item' ||
          (s.opened === 'marker' && (ordinalShift.test(opening) || secondColon.test(opening)))));
    if (((plain || sameList) && shared(s)) || (!announcedItem && !isRequest(s))) continue;
    // Asked to be called back about it ("vi chiedo anche di richiamarmi"), or given another
    // number ("P.S. se al fisso non risponde nessuno, il mio cellulare è…"): no matter of its own.
    // "…i file risultano non associati. Inoltre la data di accertamento è sbagliata": run on in
    // the same line, sharing the words of the sentence before, one more symptom of the matter.
    if (s.opened === 'marker' && weakShift.test(opening) && runsOnWith(s)) continue;
    // (A postscript's "P.S." is no sentence of its own.)
    const told = s.folded.replace(/^\s*p\.? ?s\.?\s*[:-]?\s*/, '');
    const postscript = told.length < s.folded.length;
    if (s.opened === 'marker' && contactOnly(told.slice(0, firstSentenceEnd(told)))) continue;
    // "PS: scusate se vi scrivo di nuovo…": a courtesy.
    if (postscript && thanking.test(told)) continue;
    // "P.S. Il problema delle diete che vi avevo segnalato lo abbiamo risolto": news of a matter
    // closed, nothing asked.
    if (s.opened === 'marker' && onlyClosing(s)) continue;
    // Inside the first paragraph, a sentence after mere context ("una cittadina deve pagare oggi
    // il canone unico. Generando l'avviso pagoPA compare…") is the first request itself.
    if (s.opened === 'sentence' && s.start < first.end && !isRequest(headOf(first, s))) continue;
    const modules = modulesOf(s);
    // "Vorrei anche sapere come si rinnova il certificato di firma…" after a problem with the
    // fines: one more question, on another module's matter.
    if (askedMore && !modules && (s.start < first.end ? shared(s) : sharesAThing(s))) continue;
    if (s.opened === 'marker') {
      return askedMore && !modules ? { segment: s, askedInModule: true } : { segment: s, modules };
    }
    if (s.opened === 'item' && (isAnnounced || asking.test(s.folded) || modules)) {
      return { segment: s, modules };
    }
    // A mere paragraph or sentence needs another module.
    if (plain && modules) return { segment: s, modules };
  }
  return null;
}

/**
 * The common case, decided without reading each segment: with no marker, no list item and no
 * announced count, a second request must be a paragraph or sentence about another module than
 * the first, with keywords of that module; a keyword of a part of the text is a keyword of the
 * whole text, so when the subject and text name one module at most there is none.
 */
function onlyParagraphs(segments: Segment[]): boolean {
  return segments.every((s) => s.opened === 'paragraph');
}

function twoModulesNamed(ctx: TopicView): boolean {
  return ctx.moduleScores.filter((s) => s.score > 0).length >= 2;
}

/** The second request of the content, or null. */
export function findSecondTopic(ctx: TopicView): SecondTopic | null {
  const { content } = ctx;
  // Requests are looked for where the module scores read, the first maxContentChars.
  const segments = segmentsOf(content).filter((s) => s.start - content.start < maxContentChars);
  // The announcement may share the greeting's line ("salve, due cose."): read it in the request.
  const isAnnounced = announces(ctx.request.folded);
  if (!isAnnounced && onlyParagraphs(segments) && !twoModulesNamed(ctx)) return null;
  return secondTopic(ctx, segments, isAnnounced);
}
