// A phone number in the request that belongs to someone the ticket is about, not to the writer:
// "la contribuente Rosa Amodeo (tel. 0974 …)", "la signora vuole essere richiamata al 338 …",
// "la madre … il suo numero è 389 …". The helpdesk calls the clerk back, never the citizen: such a
// number is data of the case, like a tax code. A number in the signature is always the writer's.
import { fold } from '../text/fold';
import { allMatches, blankMatch } from '../text/matches';
import { escapeRe, personalDisplayName } from '../text/person-name';
import { pattern } from '../text/word-list';
import type { PhoneMatch } from './find-phones';

/** A sentence's end: its mark and the blanks after it. */
const sentenceEnd = /[.!?;]\s+/g;
/** Words shortened with a dot before a name or a number ("cod. 003318", "prot. 4127"). */
const abbreviation =
  /(?:^|[^a-z\u00c0-\u00ff])(?:tel|sig|ra|sigg|n|nr|num|cell|dott|dr|ing|geom|avv|arch|rag|int|prof|ecc|cod|matr|prot|rif|pos)$/i;

/** How far before the number its owner is looked for, within the same sentence. */
const OWNER_SPAN = 160;

/** People a municipal office deals with, who are never the helpdesk's contact. */
const thirdParties = [
  'signora',
  'signore',
  'signor',
  'contribuente',
  'cittadino',
  'cittadina',
  'richiedente',
  'interessato',
  'interessata',
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
  // "l'alunno", "l'elettore" (not "ragazza", "studente": "la ragazza del protocollo", "sono la
  // ragazza nuova dell'anagrafe" are the office's).
  ...['alunno', 'alunna', 'elettore', 'elettrice'],
  // Professionals and firms of the case: "lo studio del notaio Anselmi (tel. 010 …)" (not a
  // geometra or an architetto, titles of the Ente's own staff too).
  'notaio',
  'avvocato',
  'studio legale',
  'studio tecnico',
  'commercialista',
  'professionista',
  'ditta',
  'fornitore',
  // "Il titolare, se vi serve parlare con lui, risponde allo 0371 …" (a firm's or a shop's owner,
  // when the text speaks of a firm: `firmNamed`); not the Ente's "Titolare EQ", "titolare di
  // posizione organizzativa", "la titolare del procedimento / della pratica", a footer's "titolare
  // del trattamento".
  "titolare(?!\\s+(?:eq\\b|e\\.\\s?q|p\\.?\\s?o\\b|d(?:i|el|ella|ell'|ello|ei|elle)\\b))",
];
/** One of them named, "sig." and "sig.ra" too (a dot before a blank ends no word). */
const thirdPartyAll = new RegExp(
  `${pattern`\b${thirdParties}\b`.source}|\\b(?:sig(?:\\.ra|ra|\\.)|avv\\.)(?=\\s)`,
  'g',
);
const thirdParty = new RegExp(thirdPartyAll.source);
/** One of them named by what they are, not by a title only ("sig.", "avv."). */
const thirdPartyNoun = pattern`\b${thirdParties}\b`;
/** "il tecnico della ditta, sig. …", "il fornitore (sig. …": a title in apposition to one of them. */
const nounBeforeTitle = pattern`\b${thirdParties}\b\s*[,(]\s*$`;
/**
 * A professional by title (the Ente has its own geometri and ingegneri too): theirs only when the
 * number is given as theirs.
 */
const professional = /\b(?:il|lo|l') ?(?:geometra|geom\.|architett[oa]|arch\.|ingegnere|ing\.)/;
/** A firm the text speaks of: then "il titolare" is its owner. */
const firmNamed =
  /\b(?:ditta|impresa|srl|snc|sas|spa|negozio|bar|ristorante|esercizio|attivita|azienda|societa|fornitore|cooperativa)\b/;
/** The text folded, kept for the next phone of the same text (each check reads several). */
let lastText = '';
let lastFolded = '';
function foldedText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastFolded = fold(text);
  }
  return lastFolded;
}
/** "del CED", "dell'anagrafe": someone of one of the Ente's offices. */
const ofAnOffice = pattern`\b(?:del|della|dell'|dello|dei|degli) ?${[
  ...['ced', 'anagrafe', 'ragioneria', 'segreteria', 'protocollo', 'tributi', 'personale'],
  ...['economato', 'polizia', 'comando', 'ufficio', 'servizi?', 'settore', 'area', 'sportello'],
]}\b`;
/** An office named after them: "Sportello del Cittadino", "Servizi al contribuente". */
const officeOfThem = new RegExp(
  '\\b(?:sportello|servizi|servizio|ufficio|uff\\.|area|settore)\\s+' +
    '(?:del|dei|al|ai|per il|per i|per la|relazioni con il|con il)\\s+' +
    '(?:cittadin[oi]|contribuent[ei]|pubblico|utent[ei])\\b',
  'g',
);

/** How close after the person a number is theirs without more words: "Rosa Neri (tel. 0974 …)". */
const NEAR = 80;

/** After their number, only the words that give another: "338 … oppure allo fisso". */
const anotherOfTheirsTail =
  /^[ ./-]*,? ?(?:oppure|o|e|anche) (?:(?:al|allo|il|lo|sul|sullo) )?(?:(?:fisso|cellulare|cell|numero) )?$/;
function anotherOfTheirs(rest: string): boolean {
  const last = rest.search(/\d\D*$/);
  return last >= 0 && anotherOfTheirsTail.test(rest.slice(last + 1));
}
/**
 * The number given as theirs: "vuole essere richiamata al", "vuole che lo richiamiamo al", "il suo
 * numero è".
 */
const givenAsTheirs = new RegExp(
  '\\b(?:(?:vuole|chiede di|desidera|preferisce|vorrebbe|chiede che venga) (?:essere )?' +
    '(?:ri)?(?:chiamat|contattat|ricontattat)[oa]|' +
    '(?:vuole|chiede|desidera|preferisce|vorrebbe) che (?:lo|la|li|le) ' +
    '(?:ri)?(?:chiam|contatt)(?:iamo|iate|i)|' +
    '(?:il suo|suo) (?:numero|cellulare|cell|telefono|tel|recapito)|recapito (?:del|della|dello|dei))\\b',
);

/**
 * "il contribuente Rosati (che mi richiama tutti i giorni al 333 …)": they call the writer from
 * that number; not when the writer's own words come after ("che ci chiama ogni giorno: per
 * favore chiamate me all'ufficio, 0541 …").
 */
const callsTheWriter =
  /\bche (?:mi|ci) (?:ri)?(?:chiama|chiamano|telefona|telefonano|contatta|contattano|cerca|cercano)\b/;

/** They call the office again and again: "chiama tutti i giorni", "telefonano di continuo". */
const callsOften =
  /\b(?:chiama|chiamano|richiama|richiamano|telefona|telefonano) (?:tutti i giorni|ogni giorno|ogni mattina|spesso|di continuo|in continuazione)\b/;
/** Only what leads to the number after it: " (cell. ", ": tel. ", " al ". */
const numberFollows =
  /^[\s(,:-]*(?:(?:al|allo|dal|dallo) )?(?:(?:cell|cellulare|tel|telefono)\.?:?\s*)?$/;

/** A sentence whose subject is one of them: "La signora …", "Il contribuente …", "Il Sig. Rossi …". */
const opensWithThirdParty = new RegExp(
  `^\\s*(?:la|il|lo|l'|i|le|gli)\\s*(?:${thirdParties.join('|')})\\b`,
);
/** "Il Sig. Rossetti …": a title only, and the surname after it. */
const opensWithTitle = /^\s*(?:la|il|i|le|gli)\s*(?:sigg?\.|sig\.?ra\b)\s*([a-z']{3,25})/;
/**
 * The sentence (folded) is about someone the ticket is about: "La signora, Carmela Di Iorio, …";
 * "Il Sig. Rossetti …" when `text` introduced that surname as one of them before ("il
 * trasgressore Sig. Davide Rossetti"): a "sig." alone may be a colleague ("il sig. Bianchi del CED").
 */
export function opensAboutThirdParty(sentence: string, text = ''): boolean {
  if (opensWithThirdParty.test(sentence)) return true;
  const surname = opensWithTitle.exec(sentence)?.[1];
  return (
    surname !== undefined &&
    new RegExp(`\\b(?:${thirdParties.join('|')})\\b[^;\\n]{0,40}\\b${escapeRe(surname)}\\b`).test(
      text,
    )
  );
}
/** Words that make a person the office's own: a role, an office, the writer. */
const officeSide = pattern`\b(?:${[
  ...['io', 'noi', 'ufficio', 'uff', 'servizio', 'settore', 'area', 'responsabile', 'dipendente'],
  ...['istruttore', 'istruttrice', 'funzionari[oa]', 'impiegat[oa]', 'dirigente', 'assessor[ea]'],
  ...['sindac[oa]', 'segretari[oa]'],
]})\b`;
/**
 * "è reperibile al", "sono raggiungibili al", "risponde allo": where they can be reached, no one
 * asked to call.
 */
const reachableAt =
  /\b(?:(?:e'?|sono) (?:reperibil|raggiungibil)[a-z]*|rispond(?:e|ono)) (?:al|allo|ai|sul)\b/;
/**
 * A clause that says where someone is, with no subject of its own: "…; e' raggiungibile al", "…;
 * se serve è raggiungibile al".
 */
const subjectlessReachable = new RegExp(
  `^\\s*(?:(?:se serve|se necessario|se occorre|all'occorrenza|eventualmente|in caso),?\\s*)?${reachableAt.source.slice(2)}`,
);

/**
 * After the person, words that make the number the writer's: a sign-off run into the text by a
 * dictating phone ("…del contribuente grazie Salvatore Cusimano ufficio tributi 0921 …"), a
 * colleague, an office, or the helpdesk asked to call ("potete ricontattarmi al …").
 */
const backToWriter = new RegExp(
  '\\b(?:grazie|saluti|cordiali|distinti|colleg[a-z]*|ufficio|uff|servizio|comando|sportello|info|informazioni)\\b|' +
    '\\b(?:chiam|richiam|ricontatt|contatt|telefon|reperibil|raggiungibil|trovat)[a-z]*',
);

/** The number just named as the helpdesk's: "il vostro numero", "il numero verde dell'assistenza". */
const helpdeskNumber = new RegExp(
  '\\b(?:(?:il|al|sul|del) vostro (?:numero(?: verde)?|centralino|telefono|fisso)|numero verde|' +
    "(?:numero|centralino|telefono) (?:dell'assistenza|di palitalsoft|dell'help ?desk))\\b[^\\d\\n]{0,15}$|" +
    // "ho provato anche a chiamare lo 0733 … indicato qui sotto, ma non risponde nessuno": the
    // number the writer called, right after the verb (not "ho chiamato il supporto dal 0541 …").
    '\\b(?:provato (?:anche )?a (?:chiamare|telefonare)|(?:ho|abbiamo) (?:gia |anche )?(?:chiamato|telefonato)) ' +
    '(?:il|lo|al|allo)(?: numero)?[ :]{0,3}$',
);

/** The writer offering the number as theirs ("chiamatemi al", "il mio cellulare", "io sono al"). */
const firstPerson = new RegExp(
  '\\b(?:il mio|mio|mia|chiamatemi|richiamatemi|contattatemi|telefonatemi|mi richiami|mi chiami|mi trovate|' +
    'ci trovate|mi potete|sono reperibile|sono raggiungibile|io sono|sono al|sono allo|' +
    '(?:chiamate|richiamate|contattate|cercate|telefonate) (?:pure )?(?:me|noi))\\b|' +
    '(?:chiamarmi|richiamarmi|contattarmi|ricontattarmi|telefonarmi)\\b',
);

/** A line this long was maybe wrapped by the mail client… */
const WRAPPED_LINE = 60;
/**
 * …and was, when it ends on a word that no sentence ends on: an article, a preposition or a
 * title ("…una contribuente, la signora" / "Carmela Ruggiero (tel. 0825 …)"). A line
 * ending otherwise may be a phone mail's last sentence, its sign-off on the next line ("…la foto
 * del calcolo di un contribuente" / "Ilaria 338 …").
 */
const goesOnAfter = pattern`(?:^|[^a-z'])${[
  ...['il', 'la', 'lo', "l'", 'i', 'gli', 'le', 'un', 'una', "un'", 'di', 'del', 'della', 'dei'],
  ...['a', 'al', 'alla', 'da', 'dal', 'dalla', 'in', 'con', 'per', 'su', 'e', 'o', 'che'],
  // A title waits for its name; a noun ("…di un contribuente") may end the sentence.
  ...['sig\\.', 'sig\\.ra', 'sigra', 'signora', 'signor', 'dott\\.', 'dott\\.ssa'],
]}$`;

/**
 * Where the text after the last line break that ends a line of its own starts (0 if none).
 * `fromLineStart`: `raw` starts where a line does (else its first line's length is unknown).
 */
function lineEndBefore(raw: string, fromLineStart: boolean): number {
  for (let nl = raw.lastIndexOf('\n'); nl >= 0; nl = raw.lastIndexOf('\n', nl - 1)) {
    const lineStart = raw.lastIndexOf('\n', nl - 1) + 1;
    const line = raw.slice(lineStart, nl).trimEnd();
    // A line cut by the window's start may be long: take it as ended.
    const whole = lineStart > 0 || fromLineStart;
    if (!whole || line.length < WRAPPED_LINE || !goesOnAfter.test(fold(line))) return nl + 1;
  }
  return 0;
}

/** The words of the writer's names: whole personal names and their surnames, folded. */
function writerWords(names: readonly string[]): string[] {
  const words: string[] = [];
  for (const name of names) {
    const parts = personalDisplayName(name);
    if (!parts || parts.length < 2) continue;
    words.push(parts.join(' '), parts[parts.length - 1]!);
  }
  return words.filter((w) => w.length >= 3);
}

/**
 * True when the phone sits in the request (not in the signature) and is tied to someone the case
 * is about: written right after that person is named ("la contribuente Rosa Amodeo (tel. 0974
 * …)", "il sig. Aldo Ferri, cell. 338 …") or given as theirs ("la signora vuole essere richiamata
 * al 338 …", "la madre …: il suo numero è 389 …"). Any word of the writer's offering it, the
 * writer's name, a colleague or an office between them keeps it the writer's. `text` is the body
 * as the rules read it, `signatureStart` where the signature block begins, `writerNames` the names
 * the writer is known by (settings, From).
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
  // and "sig.ra" are no ends). A long line the client wrapped goes on in the next ("…una
  // contribuente, la signora" / "Carmela Ruggiero (tel. 0825 …)").
  let cut = lineEndBefore(raw, from === 0);
  for (const m of allMatches(sentenceEnd, raw)) {
    if (m[0][0] !== '.' || !abbreviation.test(raw.slice(Math.max(0, m.index - 8), m.index))) {
      cut = Math.max(cut, m.index + m[0].length);
    }
  }
  const window = fold(raw).replace(officeOfThem, blankMatch);
  const sentence = window.slice(cut);
  if (firstPerson.test(sentence)) return false;
  // The helpdesk's own number, told to say why the writer writes ("ho provato a chiamare il
  // vostro numero 0541 …").
  // Not "ho lasciato il numero al vostro centralino: 0541 …": the writer's, left with them.
  if (
    helpdeskNumber.test(sentence) &&
    !/\b(?:lasciat|dat|comunicat|lascio)[oaie]?\b/.test(sentence)
  )
    return true;
  const names = writerWords(writerNames);
  if (names.some((w) => new RegExp(`\\b${escapeRe(w)}\\b`).test(sentence))) return false;
  let owner = -1;
  let ownerWord = '';
  let ownerStart = -1;
  for (const m of allMatches(thirdPartyAll, sentence)) {
    if (m[0].startsWith('titolare') && !firmNamed.test(foldedText(text))) continue;
    owner = m.index + m[0].length;
    ownerWord = m[0];
    ownerStart = m.index;
  }
  if (owner < 0) {
    // "Il cittadino … ha già chiamato due volte; e' raggiungibile al 392 …": the clause before
    // has them as its subject, and this one goes on with no subject of its own.
    if (subjectlessReachable.test(sentence)) {
      const before = window.slice(0, cut).split(/[.!?;\n]\s*/);
      const clause = before.filter((c) => c.trim()).pop() ?? '';
      return (
        opensAboutThirdParty(clause, foldedText(text)) &&
        !officeSide.test(clause) &&
        !/\bcolleg/.test(clause)
      );
    }
    // "Il geometra ci ha già chiamato e vuole essere richiamato al 0541 …": a professional of the
    // case (not one of the office's: "il geometra dell'ufficio tecnico") asks for the call.
    if (
      professional.test(sentence) &&
      givenAsTheirs.test(sentence) &&
      !officeSide.test(sentence) &&
      !ofAnOffice.test(sentence) &&
      !/\bcolleg/.test(window)
    ) {
      return true;
    }
    // "…resta vuota. Il suo numero è 338 …", "se vi serve parlarle, il suo cellulare è 340 …":
    // given as theirs, the person named just before.
    return (
      /\bsu[oa] (?:numero|cellulare|cell|telefono|tel|recapito)\b/.test(sentence) &&
      thirdParty.test(window) &&
      !/\bcolleg/.test(window)
    );
  }
  const rest = sentence.slice(owner);
  // Given as theirs, and this is that number ("il trasgressore ci ha lasciato il suo numero, 347
  // …, ma chiamate me allo 0342 …" gives the writer's after it).
  // A second number of theirs stays theirs: "vuole essere richiamata al 338 … oppure allo 0376 …".
  const given = givenAsTheirs.exec(rest);
  if (given && (!/\d{3}/.test(rest.slice(given.index)) || anotherOfTheirs(rest))) {
    return !/\bcolleg/.test(window);
  }
  // "il tecnico della ditta, sig. Mauro Poggioni, è raggiungibile al 335 …": only their name
  // between them and where they are (not "il signor Franchi, responsabile del servizio, è…").
  // A title alone is no sign ("La Sig.ra Conti è reperibile al …" may be a colleague standing
  // in), nor one of the Ente's offices ("il sig. Bianchi del CED"), nor a number after theirs
  // ("la signora è reperibile al 338 … e io al 0541 …").
  const reached = reachableAt.exec(rest);
  const named =
    thirdPartyNoun.test(ownerWord) || nounBeforeTitle.test(sentence.slice(0, ownerStart));
  if (reached && rest.length <= NEAR && named) {
    const between = rest.slice(0, reached.index);
    const after = rest.slice(reached.index + reached[0].length);
    if (
      !officeSide.test(between) &&
      !ofAnOffice.test(between) &&
      !/\bcolleg|\d/.test(between) &&
      // Another person brought in: "per la fattura del fornitore il rag. Bianchi è raggiungibile".
      !/\b(?:il|la|lo) (?:rag|dott|geom|ing|arch|sig)\b/.test(between) &&
      !/\d/.test(after) &&
      !backToWriter.test(between)
    ) {
      return !/\bcolleg/.test(window);
    }
  }
  // "Il sig. Bosio chiama tutti i giorni (0141 …)", "…e chiama ogni giorno (cell. 333 …)": the
  // number they keep calling from.
  const often = callsOften.exec(rest);
  if (often && numberFollows.test(rest.slice(often.index + often[0].length))) {
    return !/\bcolleg/.test(window);
  }
  const calls = callsTheWriter.exec(rest);
  if (calls) {
    const after = rest.slice(calls.index + calls[0].length);
    return rest.length <= NEAR && !/[:,;]/.test(after) && !backToWriter.test(after);
  }
  // The sentence is about them, and says where they are: "La signora, Carmela Di Iorio, è
  // reperibile al 338 …", "La mamma dell'alunno, sig.ra Loi, è raggiungibile al …".
  // Not a number after theirs ("…al 338 … e io al 0541 …"), nor someone of the office ("il
  // signor Franchi, responsabile del servizio, è reperibile al …").
  if (
    opensAboutThirdParty(sentence, foldedText(text)) &&
    reachableAt.test(rest) &&
    rest.length <= NEAR &&
    !/\d{3}/.test(rest) &&
    !officeSide.test(sentence)
  ) {
    return !/\bcolleg/.test(window);
  }
  return rest.length <= NEAR && !backToWriter.test(rest);
}
