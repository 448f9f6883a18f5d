// A reply on the ticket's own thread whose words only say how to reach the writer: "potete
// chiamarmi allo 0733 482917 interno 22, dalle 11 in poi sono sempre in stanza", "Cell. 347 556
// 1092 / Piero" under the operator's "indichi un recapito". It is the contact the ticket was
// waiting for: it explains nothing more (body-too-vague) and asks for nothing (no type of its own).
import { notificationAnswered } from './ticket-mail-reply';
import { blankInsertedText } from '../fixes/inserted-text';
import type { RuleContext } from '../rules/rule';
import { fold } from '../text/fold';
import { isGenericWord } from '../text/generic-subject';
import { isMeaningful, someWord } from '../text/words';

/** How to reach the writer, not what happens: "sono in ufficio al numero … fino alle 13". */
export const contactWords: ReadonlySet<string> = new Set([
  ...['ufficio', 'numero', 'telefono', 'tel', 'cell', 'cellulare', 'fisso', 'interno'],
  ...['orario', 'reperibile', 'disponibile', 'raggiungibile', 'mattina', 'pomeriggio'],
  ...['fino', 'dalle', 'alle'],
]);

/**
 * How to reach the writer told in the sentence: an hour ("fino alle 13", "dalle 9", "tra le 9 e
 * le 11"; not "alle fatture"), a time of day or a word only contact details use ("sono
 * disponibile in ufficio, al numero fisso o al cellulare").
 */
export const reachWords = new RegExp(
  [
    // "meglio tra le 9 e le 11".
    /\b(?:dalle|alle|dopo le|entro le|prima delle|tra le|fra le) (?:ore )?\d/.source,
    /\b(?:mattina|pomeriggio|reperibile|disponibile|raggiungibile|orario|cellulare|cell|fisso|interno)\b/
      .source,
  ].join('|'),
);

/** Words of a line that only says how to reach the writer. */
const reachOnlyWords: ReadonlySet<string> = new Set([
  ...['potete', 'pure', 'sempre', 'poi', 'stanza', 'sede', 'sportello', 'qui', 'sono', 'int'],
  ...['grazie', 'mattinata', 'ore', 'giorno', 'giorni', 'tutti', 'tutto', 'tutta', 'giornata'],
  // "oggi sono in ufficio dalle 8.30 alle 12.30 e domani tutto il giorno".
  ...['oggi', 'domani', 'domattina', 'settimana', 'lunedi', 'martedi', 'mercoledi', 'giovedi'],
  ...['venerdi', 'sabato', 'solo', 'anche', 'mattino'],
  // "chiamatemi pure dopo le 10", "prima delle 13", "al 055 … oppure al cell 334 …", "il
  // numero diretto è …".
  ...['dopo', 'prima', 'oppure', 'diretto', 'diretta'],
  // "oggi pomeriggio sono fuori ufficio, domani mattina ci sono…", "meglio dopo le 15".
  'fuori',
  'meglio',
  // "il numero è 0187 654 221 int. 3, preferibilmente in mattinata".
  'preferibilmente',
  // "chiamatemi dopo le 15 che rientro dal servizio": why not before.
  ...['rientro', 'rientra', 'servizio', 'turno'],
  // Whose number it is: "il numero diretto dell'anagrafe è …", "il centralino del comando".
  ...['centralino', 'anagrafe', 'ragioneria', 'segreteria', 'comando', 'protocollo', 'tributi'],
]);
const reachOnly = (word: string) =>
  isGenericWord(word) ||
  contactWords.has(word) ||
  reachOnlyWords.has(word) ||
  /^(?:ri)?(?:chiam|contatt|trov)/.test(word);

/**
 * Who is to be called, answering the operator's "chi ha riscontrato il problema?": "sono io che ho
 * riscontrato il problema: il mio numero diretto è …". It tells no new problem.
 */
const iFoundIt =
  /\bsono (?:io|stat[oa] io) (?:che ho|ad avere?|quell[oa] che ha) (?:riscontrato|segnalato|trovato|notato|visto) (?:il problema|l'errore|l'anomalia)\b/g;

/** A chase or a question in the reply's own words: "novità?", "ancora niente". */
const chaseOrQuestion =
  /\?|\b(?:novita|ancora|notizie|aggiornament[oi]|sollecit[a-z]*|come da|vedi|vedere|oggetto|telefonata|accordi|concordato|sotto)\b/;

/** "chiamatemi al", "mi potete chiamare al", "potete contattarmi sul": a number to call, given. */
const callMe =
  /\b(?:(?:mi )?potete (?:chiamar|contattar|richiamar)(?:mi|e)|(?:chiam|contatt|richiam)atemi) (?:pure )?(?:al|allo|sul)\b/;
/** The quoted operator's mail asks for a phone: "indicarci un recapito telefonico". */
const contactAsked = (ctx: RuleContext) =>
  /\b(?:recapito|numero di telefono|numero telefonico|contatto telefonico)\b/.test(
    ctx.quoted?.folded ?? '',
  );

/**
 * The reply's own words only say how to reach the writer (a number with what it is, or a time) and
 * ask, chase or point at nothing: the contact the ticket was waiting for.
 */
function givesOnlyContact(ctx: RuleContext, own: string): boolean {
  if (ctx.phones.length === 0 || chaseOrQuestion.test(own)) return false;
  // A detail given, a time or what the number is ("Il numero è …", "Cell. …", "dalle 9 alle 12"),
  // not only "chiamatemi al …"; an empty text gives none.
  // Under the operator's "le chiediamo di indicarci un recapito telefonico", "Mi potete chiamare al
  // 328 …" is that detail.
  if (
    own.trim() === '' ||
    !(reachWords.test(own) || /\bnumero\b/.test(own) || (callMe.test(own) && contactAsked(ctx)))
  ) {
    return false;
  }
  // Then every word of its own is a contact's ("potete chiamarmi allo 0733 … interno 22, dalle 11
  // in poi sono sempre in stanza"), digits and the writer's own name included ("Cell. 347 556 1092
  // / Piero").
  const name = new Set(fold(ctx.draft.from?.name ?? '').split(/[^a-z]+/));
  const words = own.replace(iFoundIt, ' ').replace(/\d/g, ' ');
  const other = countWords(ctx, words, ctx.content.start, 1, (word) => {
    return reachOnly(word) || name.has(word.toLowerCase());
  });
  return other.size === 0;
}

/** How many distinct numbers of two digits or more count among them. */
const maxNumberWords = 2;

/**
 * Distinct meaningful words of `folded`, from offset `at` of the body: numbers count, two at
 * most, not a phone's digits. `skip` leaves out more words. Stops counting at `enough`.
 */
export function countWords(
  ctx: RuleContext,
  folded: string,
  at: number,
  enough: number,
  skip: (word: string) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>();
  let numbers = 0;
  someWord(folded, (word, offset) => {
    if (/^\d+$/.test(word)) {
      if (word.length < 2 || numbers >= maxNumberWords || seen.has(word)) return false;
      if (ctx.phones.some((p) => p.start <= at + offset && at + offset < p.end)) return false;
      numbers++;
    } else if (!isMeaningful(word) || skip(word)) return false;
    seen.add(word.toLowerCase());
    return seen.size >= enough;
  });
  return seen;
}

/**
 * The mail answers the ticketing system's mail of an open ticket and its own words (the text the
 * add-in inserted aside) only give a contact. The one reading of it: body-too-vague and the
 * ticket type both ask here.
 */
export function repliesOnlyWithContact(ctx: RuleContext): boolean {
  return ctx.newProblem === null && answersWithContactOnly(ctx);
}

/**
 * The reply to the ticketing system's mail only gives a contact, whatever words the ticket's
 * subject used ("domani mattina ci sono dalle 8 alle 12.30: potete chiamarmi sul cellulare…" to
 * its "preso in carico" mail): no other problem is raised, however few words it shares. Read once
 * per check: the context (twice) and body-too-vague ask, of the same context.
 */
export function answersWithContactOnly(ctx: RuleContext): boolean {
  let only = contactOnlyOf.get(ctx);
  if (only === undefined) {
    const { folded } = ctx.content;
    only =
      notificationAnswered(ctx) !== null &&
      givesOnlyContact(ctx, blankInsertedText(folded, folded));
    contactOnlyOf.set(ctx, only);
  }
  return only;
}
const contactOnlyOf = new WeakMap<RuleContext, boolean>();
