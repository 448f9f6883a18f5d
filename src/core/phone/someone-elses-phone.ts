// A phone number in the request that belongs to someone the ticket is about, not to the writer:
// "la contribuente Rosa Amodeo (tel. 0974 …)", "la signora vuole essere richiamata al 338 …",
// "la madre … il suo numero è 389 …". The helpdesk calls the clerk back, never the citizen: such a
// number is data of the case, like a tax code. A number in the signature is always the writer's.
import { fold } from '../text/fold';
import { pattern } from '../text/word-list';
import type { PhoneMatch } from './find-phones';

/** A sentence's end: its mark and the blanks after it. */
const sentenceEnd = /[.!?;]\s+/g;
/** Words shortened with a dot before a name or a number. */
const abbreviation =
  /(?:^|[^a-z\u00c0-\u00ff])(?:tel|sig|ra|sigg|n|nr|num|cell|dott|dr|ing|geom|avv|arch|rag|int|prof|ecc)$/i;

/** How far before the number its owner is looked for, within the same sentence. */
const OWNER_SPAN = 160;

/** People a municipal office deals with, who are never the helpdesk's contact. */
const thirdParties = [
  'signora',
  'signore',
  'signor',
  /sig\.(?:ra)?/,
  'contribuente',
  'cittadino',
  'cittadina',
  'richiedente',
  'intestatario',
  'intestataria',
  'madre',
  'padre',
  'genitore',
  'mamma',
  'papa',
  'trasgressore',
  'proprietario',
  'proprietaria',
  'dichiarante',
  'erede',
  'debitore',
  'utente allo sportello',
];
const thirdParty = pattern`\b${thirdParties}\b`;
const thirdPartyAll = new RegExp(thirdParty.source, 'g');

/**
 * After the citizen is named, what gives the number back to the writer's side: a sign-off run into
 * the text by a dictating phone ("…del contribuente grazie Salvatore Cusimano ufficio tributi 0921
 * …") or a colleague who is to be called.
 */
const backToWriter =
  /\b(?:grazie|saluti|cordiali|distinti|collega|colleghi|colleghe|chiamate|chiamateci|richiamate|richiamateci|contattate|contattateci)\b/;

/** The writer offering the number as theirs ("chiamatemi al", "il mio cellulare"). */
const firstPerson = new RegExp(
  '\\b(?:il mio|mio|chiamatemi|richiamatemi|contattatemi|chiamarmi|richiamarmi|contattarmi|mi trovate|' +
    'mi potete|sono reperibile|sono raggiungibile|io sono|sono al|sono allo)\\b',
);

/**
 * True when the phone sits in the request (not in the signature) and the sentence before it names
 * a citizen, a taxpayer or a parent as its owner, with no word of the writer offering it as theirs
 * and neither a sign-off nor the writer's name between that person and the number. `text` is the
 * body as the rules read it, `signatureStart` where the signature block begins, `writerNames` the
 * names the writer is known by (settings, From).
 */
export function isSomeoneElsesPhone(
  text: string,
  phone: PhoneMatch,
  signatureStart: number | null,
  writerNames: readonly string[] = [],
): boolean {
  if (signatureStart !== null && phone.start >= signatureStart) return false;
  const from = Math.max(0, phone.start - OWNER_SPAN);
  const raw = text.slice(from, phone.start);
  // The sentence the number ends: after the last line break or mark of a sentence's end ("tel."
  // and "sig.ra" are no ends).
  let cut = raw.lastIndexOf('\n') + 1;
  for (const m of raw.matchAll(sentenceEnd)) {
    if (m[0][0] !== '.' || !abbreviation.test(raw.slice(Math.max(0, m.index - 8), m.index))) {
      cut = Math.max(cut, m.index + m[0].length);
    }
  }
  const sentence = fold(raw.slice(cut));
  if (firstPerson.test(sentence)) return false;
  let owner = -1;
  for (const m of sentence.matchAll(thirdPartyAll)) owner = m.index + m[0].length;
  if (owner < 0) return false;
  const rest = sentence.slice(owner);
  const names = writerNames.flatMap((n) => fold(n).split(/[^a-z']+/)).filter((w) => w.length >= 3);
  return !backToWriter.test(rest) && !names.some((w) => new RegExp(`\\b${w}\\b`).test(rest));
}
