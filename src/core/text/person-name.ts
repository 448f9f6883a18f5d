// Recognises a person's name on a signature line ("Mario Rossi", "Rossi Mario", "M. Rossi",
// "ROSSI MARIO", "Dott.ssa Anna Maria Bianchi") without a list of names: capitalised words that
// are not office, role, place or courtesy words.
import { pattern, patternWith } from './word-list';
import { fold } from './fold';

// Capitalised words that appear in signatures but are not names (folded).
const notNames = new Set(
  (
    'comune citta provincia unione comunita montana regione ente ufficio uffici servizio ' +
    'servizi settore area sezione unita ripartizione direzione dipartimento sportello ' +
    'reparto nucleo comando corpo ' +
    'segreteria protocollo anagrafe tributi ragioneria personale stipendi contabilita ' +
    'bilancio finanziario finanziaria economico economato entrate demografici demografico ' +
    'stato civile elettorale polizia locale municipale scuola scolastici istruzione ' +
    'biblioteca cultura sociali sociale tecnico tecnica lavori pubblici urbanistica edilizia ' +
    'privata ambiente suap sue affari generali legale risorse umane informatica informatico ' +
    'sistemi ced staff gestione responsabile istruttore istruttrice direttivo direttiva ' +
    'amministrativo amministrativa funzionario funzionaria dirigente referente operatore ' +
    'operatrice collaboratore collaboratrice coordinatore coordinatrice capo sindaco ' +
    'segretario segretaria generale vice assessore consigliere addetto addetta impiegato ' +
    'impiegata agente commissario ispettore ' +
    // "Centrale Operativa Polizia Municipale", "Agente di turno": a police room, no person.
    'centrale operativa operativo turno ' +
    'amministrazione comunale comunali intercomunale sovracomunale municipio corpo asilo nido ' +
    'centro elaborazione dati relazioni pubblico pubblica contabile tributaria tributarie ' +
    'urp infanzia giunta consiglio gabinetto patrimonio commercio produttive cimiteriali ' +
    'manutenzioni opere viabilita mobilita turismo politiche giovanili finanze tesoreria ' +
    'provveditorato contratti appalti messi notifiche archivio statistica toponomastica ' +
    'demanio catasto generali comando caserma comuni ' +
    // "Sportello Unico Attività Produttive", "Centrale Unica di Committenza".
    'unico unica attivita committenza ' +
    // Offices named by what they issue: "Ufficio Permessi ZTL", "Ufficio Verbali".
    'permessi verbali contravvenzioni sanzioni mensa trasporti cimiteri ' +
    // "Ufficio Refezione Scolastica", "Servizi Educativi": school and family services.
    'refezione scolastica scolastico educativi educativa educative ' +
    // The Ente in the bilingual areas: Slovene, German, French and Ladin.
    'obcina urad gemeinde marktgemeinde stadtgemeinde commune mairie comun ' +
    // "Il Comando": an article opens no name ("La" and "Lo" do: "La Rosa", "Lo Bianco").
    'il gli ' +
    'cordiali distinti saluti saluto cordialmente grazie mille ringrazio ringraziando buona ' +
    'buon giornata serata lavoro attesa riscontro resto rimango gentile gentili buongiorno ' +
    // A formal opening ("Spettabile Ditta,", "Egregi Signori") names nobody.
    'spettabile spett egregio egregia egregi gentilissimo gentilissima gentilissimi ditta ' +
    'buonasera salve ciao best kind regards thanks thank you cheers ' +
    'tel telefono cell cellulare fax email mail pec web sito via piazza viale corso largo ' +
    'vicolo strada localita frazione contrada borgata palazzo piazzale ' +
    'orario orari reperibile reperibilita disponibile lunedi ' +
    'martedi mercoledi giovedi venerdi sabato domenica mattina pomeriggio ' +
    'inviato iphone ipad android outlook samsung galaxy mobile dispositivo ' +
    'cityware online palitalsoft assistenza ticket nome cognome modulo oggetto ' +
    'italia italy emilia romagna marche toscana lombardia veneto piemonte lazio umbria ' +
    'san santa santo valle val alta bassa monte'
  ).split(/\s+/),
);
// Italian surnames that are also courtesy or place words ("Fabrizio Gentili", "Anna Cortese",
// "Marco Valle"): a name only after a first name, never opening the run ("Gentili Signori").
const alsoSurnames = new Set(
  // "Salvatore Giunta", "Maria Consiglio", "Paolo Sindaco": office words that are surnames too.
  // "Calogero Montana": "Comunità montana" is an office, Montana a surname; "Sara Piemonte".
  'gentile gentili cortese buongiorno valle monte santo corso palazzo giunta consiglio sindaco montana piemonte'.split(
    ' ',
  ),
);
// "Comune di Misano Adriatico", "Unione dei Comuni Valle Savio": the capitalised words after an
// Ente are its place name, not a person's name.
// "Piazza XX Settembre", "Via Giuseppe Verdi": the words after an address word are the street.
const placeKinds = new Set(
  (
    'comune comuni citta provincia unione comunita regione frazione localita municipio ' +
    'obcina gemeinde marktgemeinde stadtgemeinde commune comun ' +
    'via viale piazza piazzale largo vicolo strada'
  ).split(' '),
);
// "Reparto Infortunistica Stradale", "Nucleo Operativo": the words after an office word name
// the office.
const officeKinds = new Set('reparto nucleo'.split(' '));
// Inside a place's name too: "Montorio al Vomano", "Bagno a Ripoli", "Marano sul Panaro".
const placeLinks = new Set([
  ...['di', 'del', 'della', 'dei', 'delle', 'dell', 'de', 'in', 'e'],
  ...['a', 'al', 'allo', 'alla', 'sul', 'sulla', 'nel', 'nella', 'ne'],
]);
/** Titles before a person's name, whole words first: "dottoressa", "dott.ssa", "geom.". */
const titleWords = [
  /dottoress[ae]/,
  /dottor[ei]?/,
  /ingegner[ei]/,
  /geometra/,
  /ragionier[ei]/,
  /avvocat[oa]/,
  /architett[oa]/,
  /signorina/,
  /dott\.?ssa/,
  /dott\.?/,
  /dr\.?ssa/,
  /dr\.?/,
  /sig\.?ra/,
  /sig\.?na/,
  /sig\.?/,
  /signor[ae]?/,
  /ing\.?/,
  /geom\.?/,
  /rag\.?/,
  /avv\.?/,
  /arch\.?/,
  /prof\.?ssa/,
  /prof\.?/,
  /p\.?\s?i\.?/,
  /per\.?\s?ind\.?/,
  // Police ranks: "Comm. Rocco Bruno", "Isp. Sanna", "Ag. sc. Luca Fabiani".
  // Compound ranks: "Comm. Agg. Pellegrini", "Isp. Capo Benedetti", "Vice Comm. Pasini".
  /(?:vice\s?)?comm\.?(?:\s?(?:agg|capo|sup)\.?)?/,
  /isp\.?(?:\s?(?:capo|sup)\.?)?/,
  /sov\./,
  /ag\.(?:\s?sc\.)?/,
  // With their dot only ("cap" alone is a postcode): "Cap. Ciro Ascione", "Ass. Sandro Di
  // Berardino", "Magg. Fabbri", "Ten. Russo", "Sovr. Gennaro Pepe", "M.llo Costa".
  /(?:cap|ass|magg|ten|sovr)\./,
  /m\.llo/,
  /mr\.?/,
  /mrs\.?/,
  /ms\.?/,
];

const titles = patternWith('i')`^(${titleWords})\s+`;
/** The titles as one alternation, for patterns of other modules (built here, folded at build time). */
export const titleAlternation = pattern`(?:${titleWords})`.source;

// Latin Extended-A covers Slovene, Croatian and Polish names ("Sosič", "Guštin", "Čermelj"):
// its capitals (Ć Č Đ Ł Ń Ś Š Ź Ż Ž) open a name, any of its letters continue one.
const upper =
  'A-Z\\u00c0-\\u00dd\\u0106\\u010c\\u0110\\u0141\\u0143\\u015a\\u0160\\u0179\\u017b\\u017d';
const lower = 'a-z\\u00e0-\\u00ff\\u0100-\\u017f';
const word = new RegExp(
  `^[${upper}][${lower}']+$|^[${upper}]{2,}$|^[${upper}][${lower}]*'[${upper}][${lower}]+$`,
);
const initial = /^[A-Z\u00c0-\u00dd]\.$/;

// Lower-case particles inside Italian surnames ("Maria di Stefano", "Luca De la Torre").
const particles = new Set([
  'di',
  'de',
  'del',
  'della',
  'da',
  'dal',
  'dalla',
  'lo',
  'la',
  'van',
  'von',
]);

/**
 * True when `segment` (one part of a line) contains a person's name: a run of 2–4 capitalised
 * words that are not office/role/courtesy words ("Mario Rossi Istruttore amministrativo",
 * "Servizio Personale Mario Rossi"), an initial with a surname, or a title with a surname.
 */
function isNameSegment(segment: string): boolean {
  // "Cordiali saluti, Mario Rossi.": the stop closing the line is no part of the surname (an
  // initial keeps its own: "Rossi M.").
  let s = segment.trim().replace(/([a-z\u00e0-\u00ff']{2})[.!]+$/, '$1');
  let titled = false;
  while (titles.test(s)) {
    s = s.replace(titles, '');
    titled = true;
  }
  const parts = s.split(/\s+/).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 8) return false;
  let names = 0;
  let initials = 0;
  const runIsName = () => names >= 2 || (names === 1 && (initials >= 1 || titled));
  let inPlace = false;
  for (const raw of parts) {
    if (inPlace) {
      const f = fold(raw);
      if (
        placeLinks.has(f) ||
        placeKinds.has(f) ||
        word.test(raw) ||
        /^(?:d|dell|sull|all|nell)'/i.test(raw)
      )
        continue;
      inPlace = false;
    }
    // "M.Rossi" written without a space: an initial and a surname.
    const glued = /^[A-Z\u00c0-\u00dd]\.[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+$/.exec(raw);
    if (glued) {
      initials++;
      names++;
      continue;
    }
    const p = raw;
    if (initial.test(p)) {
      initials++;
      continue;
    }
    if (names > 0 && particles.has(p)) continue;
    const folded = fold(p);
    if (word.test(p) && (!notNames.has(folded) || (names > 0 && alsoSurnames.has(folded)))) {
      names++;
      if (names > 4) return false;
      continue;
    }
    // The run ends: a name may already be complete ("Mario Rossi Ufficio Tributi").
    if (runIsName()) return true;
    names = 0;
    initials = 0;
    titled = false;
    // A postcode before a place: "73020 Galugnano Marina (LE)" in a letterhead.
    inPlace =
      placeKinds.has(folded) ||
      officeKinds.has(folded) ||
      firmKinds.has(folded) ||
      /^\d{5}$/.test(p);
  }
  return runIsName();
}

/** A firm's name follows them: "della ditta Irpinia Verde" names no person. */
const firmKinds = new Set(['ditta', 'impresa', 'societa', 'cooperativa', 'azienda', 'fornitore']);

/** What separates the parts of a signature line: "Mario Rossi - Ufficio Tributi, tel. …". */
const segmentSeparator = / ?[,;|/()\u2013\u2014] ?| - | ?: /;

// First names that are weekdays too ("Sabato Iannone", "Domenica Furfaro").
const namesTooWeekdays = new Set(['sabato', 'domenica']);
// First names that open places too ("Santa Messina", "Santo Greco" against "Santa Croce"): a
// person's only as the first of a From display name, which names no place on its own.
const namesTooPlaces = new Set(['santa', 'santo']);

/**
 * The words of a From display name that is a person's ("Domenica Furfaro", "michele.scalise"),
 * folded; undefined for an office mailbox ("Protocollo Comune di Sefro", "Ufficio Tributi").
 */
export function personalDisplayName(display: string | undefined): string[] | undefined {
  const words = displayWords(display);
  if (words.length < 2 || words.length > 4) return undefined;
  // "Vincenzo De Luca", "De Luca Anna Maria": a surname particle is no place link ("Comune di
  // Bari" still is an office).
  const inner = words.filter((w, i) => !(particles.has(w) && i < words.length - 1));
  const office = inner.some((w, i) => isOfficeWord(w) && !(i === 0 && namesTooPlaces.has(w)));
  return office ? undefined : words;
}

/**
 * The words of a display name that may be a person's ("Mario" of "Mario Rossi - Comune di Bari";
 * none of "Uff. Ragioneria"), folded.
 */
export function personalWords(display: string | undefined): string[] {
  // Each part of "Mario Rossi - Comune di Bari" apart: in a part naming an office, what follows
  // its place link is the place ("Tributi Comune di Sulmona", "Protocollo Comune di Pieve
  // Chiara"), not a person; "Rosalba Di Giacinto" names no office, so "Di" is a particle.
  return (display ?? '').split(/[-–|/,;()]+/).flatMap((part) => {
    const words = displayWords(part);
    const office = words.some((w) => isOfficeWord(w) && !placeLinks.has(w));
    let place = office ? words.findIndex((w) => placeLinks.has(w)) : -1;
    // "Comando Polizia Locale Cantù": one word after the office's, with no place link, is its
    // place too (two may be a person: "Ufficio Tributi Anna Neri").
    if (office && place < 0 && words.length >= 2 && isOfficeWord(words[words.length - 2]!)) {
      place = words.length - 1;
    }
    return words.filter((w, i) => !isOfficeWord(w) && (place < 0 || i < place));
  });
}

function displayWords(display: string | undefined): string[] {
  return fold(display ?? '')
    .split(/[^a-z']+/)
    .filter((w) => w !== '');
}

function isOfficeWord(w: string): boolean {
  return placeLinks.has(w) || (notNames.has(w) && !alsoSurnames.has(w) && !namesTooWeekdays.has(w));
}

/**
 * True when a part of the line (between separators, after a title) is exactly the sender's name,
 * in any order and any case: "michele scalise", "Dott. Sabato Iannone - Ufficio tecnico". Only the
 * whole name counts: "Ufficio mensa scolastica" is no signature from "Mensa Scolastica".
 */
export function lineIsSenderName(line: string, nameWords: readonly string[]): boolean {
  const wanted = joinParticles(nameWords).sort().join(' ');
  const text = line.slice(0, 200);
  // Each segment ("Mario Rossi - Ufficio Tributi"), or the whole line: "Rossi, Mario." is the
  // surname first, a comma between.
  return [text, ...text.split(segmentSeparator)].some((segment) => {
    const words = fold(segment.trim().replace(titles, ''))
      .split(/[^a-z']+/)
      .filter((w) => w !== '');
    return joinParticles(words).sort().join(' ') === wanted;
  });
}

/** Initials: "g.", "g.m.", "a. m.". */
const initialsRun = '(?:[a-z]\\. ?){1,3}';
/** A surname as written: "pedrazzini", "d amico", "de luca". */
const surnameRun = "[a-z'](?:[a-z' ]{0,38}[a-z])?";
/**
 * Initials then surname ("g. pedrazzini") or surname then initials ("pedrazzini g."), maybe with
 * a number after on a phone (" 071 7599240", " tel. 0331…", " cell 340…").
 */
const initialAndSurname = new RegExp(
  `^(?:(${initialsRun})(${surnameRun})|(${surnameRun}) (${initialsRun}))` +
    '(?: (?:tel|cell?)\\.?:?)?(?: ?\\+?\\d[\\d ./-]*)?$',
);

/**
 * True when a part of the line is the sender's initials and surname, in any case and order: "g.
 * pedrazzini", "M. D'Amico", "G.M. Carta", "pedrazzini g.", "ag. s. moretti 071 7599240" (a title
 * before, a number after). The From name may put the surname first ("PEDRAZZINI GIOVANNI").
 * Another initial, or the initial alone, names nobody.
 */
export function lineIsSenderInitial(line: string, nameWords: readonly string[]): boolean {
  if (nameWords.length < 2) return false;
  const text = line.slice(0, 200);
  return [text, ...text.split(segmentSeparator)].some((segment) => {
    const m = initialAndSurname.exec(fold(segment.trim().replace(titles, '')).trim());
    if (!m) return false;
    const initials = (m[1] ?? m[4]!).replace(/[. ]/g, '');
    const written = (m[2] ?? m[3]!).replace(/[' ]/g, '');
    const join = (words: readonly string[]) => words.join('').replace(/'/g, '');
    const initialsOf = (words: readonly string[]) => words.map((w) => w.charAt(0)).join('');
    // "g.m. carta" or "g. carta" from Giovanni Maria Carta (or Carta Giovanni Maria): the first
    // names' initials, the first one at least, and the rest of the name as the surname.
    return nameWords.some(
      (_, j) =>
        j > 0 &&
        ((join(nameWords.slice(j)) === written &&
          initialsOf(nameWords.slice(0, j)).startsWith(initials)) ||
          (join(nameWords.slice(0, j)) === written &&
            initialsOf(nameWords.slice(j)).startsWith(initials))),
    );
  });
}

/**
 * Name words with each surname particle joined to the word after it and apostrophes dropped: a
 * mailbox name writes "De Luca" as "deluca" and "D'Amico" as "damico".
 */
function joinParticles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/'/g, '');
    out.push(particles.has(w) && i + 1 < words.length ? w + words[++i]!.replace(/'/g, '') : w);
  }
  return out;
}

/**
 * True when `w` could be a first name or surname: a capitalised word that is not an office,
 * role, place or courtesy word ("Sara" in "Ciao Sara,", not "Ufficio" or "Buongiorno").
 */
export function isNameWord(w: string): boolean {
  return /^[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+$/.test(w) && !notNames.has(fold(w));
}

// "dei Comuni di Este, Baone e Cinto Euganeo": after a plural Ente, the list goes on with places.
const placeList = /\b(?:comuni|unione|unioni|comunita)\b/;

/** Words of a clause, never of a name: "non", "che", "ancora"… */
const clauseWords =
  /\b(?:non|che|ma|se|perche|quando|ancora|sono|siamo|abbiamo|dobbiamo|hanno|possiamo)\b/;

/**
 * A sentence, not a name line: five words or more, and a closing stop or a word of a clause ("I
 * CONTRIBUENTI NON RIESCONO A PAGARE"); with a separator, a shouted line with both ("DOBBIAMO
 * CONSEGNARLO, SIAMO FERMI."), not "Mario Rossi, sono in ufficio fino alle 13.", a name first;
 * and a line closed by "!!" whatever its length.
 */
function isSentenceLine(text: string): boolean {
  // A shout of any length: "SERVE QUALCUNO SUBITO!!!".
  if (/!!\s*$/.test(text.slice(-40))) return true;
  if (text.trim().split(/\s+/).length < 5) return false;
  const stop = /[.!?]\s*$/.test(text);
  const clause = clauseWords.test(fold(text));
  if (!/[,;|/()\u2013\u2014:-]/.test(text)) return stop || clause;
  const upper = text.replace(/[^A-Z\u00c0-\u00dd]/g, '').length;
  return stop && clause && upper > text.replace(/[^a-z\u00e0-\u00ff]/g, '').length;
}

/** "Greco, Antonella", "Brambilla, Luca.": a surname, a comma, a first name. */
const surnameFirst =
  /^\s*([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+), ([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff']+)\.?\s*$/;

/** True when a signature line carries a person's name. */
export function lineHasPersonName(line: string, knownName?: string): boolean {
  const text = line.slice(0, 200);
  if (knownName && containsKnownName(text, knownName)) return true;
  const reversed = surnameFirst.exec(text);
  if (reversed && isNameWord(reversed[1]!) && isNameWord(reversed[2]!)) return true;
  // "ABBIAMO SCADENZE DI GARA E NON POSSIAMO ASPETTARE.": shouted words are capitalised too.
  if (isSentenceLine(text)) return false;
  // Blank runs made single first, so the separators need no \s* (quadratic on long runs).
  const segments = text.replace(/\s+/g, ' ').split(segmentSeparator);
  let inPlaceList = false;
  for (const segment of segments) {
    // The list goes on while its items are one word or end it ("Baone e Cinto Euganeo").
    inPlaceList &&= / e /.test(segment) || !segment.trim().includes(' ');
    if (!inPlaceList && isNameSegment(segment)) return true;
    inPlaceList ||= placeList.test(fold(segment));
  }
  return false;
}

/** The user's known name (settings or From), whole or surname first, appears in the line. */
export function containsKnownName(line: string, name: string): boolean {
  const target = fold(name).trim();
  if (target.length < 3) return false;
  const folded = fold(line);
  if (folded.includes(target)) return true;
  const parts = target.split(/\s+/).filter((p) => p.length >= 3);
  // Name written the other way round ("Rossi Mario").
  return parts.length >= 2 && parts.every((p) => new RegExp(`\\b${escapeRe(p)}\\b`).test(folded));
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
