// Word tokens, Italian function words and a light Italian stemmer, shared by the classifiers
// and the rules that count or match words.

export interface Token {
  /** Folded word (lower case, no accents). */
  word: string;
  start: number;
  end: number;
}

/** Splits folded text into runs of letters/digits (a-z, 0-9) with their offsets. */
export function tokenize(folded: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  someWord(folded, (word, start, end) => {
    tokens.push({ word, start: offset + start, end: offset + end });
  });
  return tokens;
}

/**
 * Calls `visit` with each word of folded text (the runs of tokenize) and its offsets, in order,
 * until `visit` returns true; says whether it did. For a reader that stops early or keeps only
 * some words: no token list is built.
 */
export function someWord(
  folded: string,
  visit: (word: string, start: number, end: number) => boolean | void,
): boolean {
  // A loop over character codes: the same runs as /[a-z0-9]+/g, at a fraction of the cost on
  // the many short words of a ticket.
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n && isWordCode(folded.charCodeAt(i))) i++;
    if (visit(folded.slice(start, i), start, i) === true) return true;
  }
  return false;
}

/** a-z or 0-9. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Articles, prepositions, pronouns, auxiliaries and other words that carry no topic. */
export const functionWords: ReadonlySet<string> = new Set(
  (
    'il lo la i gli le l un uno una un d di a da in con su per tra fra e ed o od ma se che chi ' +
    'del dello della dei degli delle dell al allo alla ai agli alle all dal dallo dalla dai ' +
    'dagli dalle dall nel nello nella nei negli nelle nell sul sullo sulla sui sugli sulle sull ' +
    'col coi mi ti si ci vi ne me te se lui lei noi voi loro mio mia miei mie tuo tua suo sua ' +
    'suoi sue nostro nostra nostri nostre vostro vostra vostri vostre questo questa questi ' +
    'queste quello quella quelli quelle non piu anche come dove quando perche poi gia ancora ' +
    'molto poco tutto tutti tutte tutta ogni qualche alcuni alcune altro altra altri altre ' +
    'sono sei siamo siete era erano sara essere stato stata stati state ho hai ha abbiamo ' +
    "avete hanno avere avuto c e' cosa quale quali cui solo sempre mai ora oggi qui li la " +
    'the a an of to and or for in on at is are be with this that it as by from'
  ).split(/\s+/),
);

/** Salutations and politeness words: not part of a request's substance. */
export const courtesyWords: ReadonlySet<string> = new Set(
  (
    'buongiorno buonasera salve ciao gentile gentili egregio egregi spett spettabile cortese ' +
    'cortesemente grazie ringrazio ringraziando saluti saluto cordiali distinti cordialmente ' +
    'buona buon giornata serata lavoro attesa riscontro prego favore dear hello thanks regards ' +
    'kind best morning'
  ).split(/\s+/),
);

// Longest first: plural, feminine and some verb endings (not infinitives: "delibere" must
// stay "deliber"). Stems keep at least 3 letters, so short
// acronyms (IMU, PEC, CIE) stay intact. Participles are reduced like nouns ("mandati" and
// "mandato" -> "mandat"), so "determinato" does not collide with "determina".
const suffixes = [
  'azioni',
  'azione',
  'amento',
  'amenti',
  'imento',
  'imenti',
  'mente',
  'ando',
  'endo',
  'iamo',
  'ano',
  'ono',
  'chi',
  'che',
  'ghi',
  'ghe',
  'ii',
  'io',
  'ie',
  'i',
  'e',
  'a',
  'o',
];

/**
 * Stems already computed. A ticket repeats its words (every segment and sentence is stemmed by
 * the module scorer and multiple-topics), and tickets share most of their vocabulary: a lookup
 * is several times cheaper than trying the suffixes. Bounded: emptied when full.
 */
const stems = new Map<string, string>();
const maxStems = 20_000;

/** A light Italian stemmer: removes one plural/gender/verb ending, never below 3 letters. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  let found = stems.get(word);
  if (found === undefined) {
    if (stems.size >= maxStems) stems.clear();
    stems.set(word, (found = stemOf(word)));
  }
  return found;
}

function stemOf(word: string): string {
  if (/\d/.test(word)) return word;
  for (const s of suffixes) {
    if (word.endsWith(s) && word.length - s.length >= 3) {
      const base = word.slice(0, word.length - s.length);
      // "banche" -> "banc", "fatture" -> "fattur": keep the hard c/g consistent with singular.
      if (s === 'chi' || s === 'che') return base + 'c';
      if (s === 'ghi' || s === 'ghe') return base + 'g';
      return base;
    }
  }
  return word;
}

/** True for a token that says something: 3+ letters, not a function or courtesy word. */
export function isMeaningful(word: string): boolean {
  return (
    word.length >= 3 && /[a-z]/.test(word) && !functionWords.has(word) && !courtesyWords.has(word)
  );
}

// Letters and digits without Unicode property escapes (\p{L}), which the ES2016 engines of
// classic Outlook cannot parse: ASCII, Latin-1/Extended, Greek, Cyrillic, CJK and others,
// leaving out the punctuation and symbol blocks.
const letterOrDigit = new RegExp(
  `[${[
    // ASCII, Latin-1 and Latin Extended, Greek, Cyrillic
    '0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u03ff\\u0400-\\u052f',
    // Hebrew to Greek Extended, Hiragana to Hangul, compatibility ideographs, Arabic forms,
    // full-width digits and letters
    '\\u0590-\\u1fff\\u3040-\\ud7ff\\uf900-\\ufdff\\ufe70-\\ufeff\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uffdc',
  ].join('')}]`,
);

/** True when the text has at least one letter or digit (not only blanks and punctuation). */
export function hasLetterOrDigit(text: string): boolean {
  return letterOrDigit.test(text);
}
