// Mentions of an Ente ("Comune di Rimini", "Unione dei Comuni Valle del Savio", "Città di
// Cesena", "Provincia di Forlì-Cesena", "Comunità montana …", "Comuni di A, B e C", "Polizia
// Locale di Rimini") and of the Enti in the user's settings, each with a key so that two
// spellings of the same Ente count once.
import { fold } from '../text/fold';
import type { RuleContext } from './rule';

export interface EnteMention {
  key: string;
  start: number;
  end: number;
  text: string;
}

/** A pattern source with spaces that may be non-breaking (HTML bodies keep &nbsp;). */
const spaced = (source: string) => source.replace(/ /g, '[ \\u00a0]');
const kinds = [
  '[Aa]mministrazione [Cc]omunale',
  'AMMINISTRAZIONE COMUNALE',
  '[Mm]unicipio',
  'MUNICIPIO',
  // An accent typed as an apostrophe ("Comunita' montana", "Citta' di Castello") is the accent.
  "[Cc]itt(?:[àa]|a['’]) [Mm]etropolitana",
  "CITT(?:[ÀA]|A['’]) METROPOLITANA",
  '[Cc]omune',
  'COMUNE',
  "[Cc]itt(?:[àa]|a['’])",
  "CITT(?:[ÀA]|A['’])",
  '[Pp]rovincia',
  'PROVINCIA',
  '[Uu]nione',
  'UNIONE',
  // Valle d'Aosta's Unioni, in French: "Unité des Communes valdôtaines Évançon".
  '[Uu]nit[ée] [Dd]es [Cc]ommunes(?:\\s+[Vv]ald[ôo]taines)?',
  "[Cc]omunit(?:[àa]|a['’]) [Mm]ontana",
  "COMUNIT(?:[ÀA]|A['’]) MONTANA",
  // Friuli-Venezia Giulia's Comunità di montagna: "Comunità di montagna della Carnia".
  "[Cc]omunit(?:[àa]|a['’]) di [Mm]ontagna",
  "COMUNIT(?:[ÀA]|A['’]) DI MONTAGNA",
  // Trentino's Comunità di valle: "Comunità della Valle di Sole", "Comunità delle Giudicarie"
  // (capitalised, then a name: not "la comunità dei genitori").
  "Comunit(?:[àa]|a['’])(?= (?:della|delle|dell['’]|di|del|degli) [A-Z\u00c0-\u00dd])",
  // The local police of a Comune names the Comune ("Polizia Locale di Riccione").
  '[Pp]olizia [Ll]ocale',
  '[Pp]olizia [Mm]unicipale',
  'POLIZIA LOCALE',
  'POLIZIA MUNICIPALE',
];
const kind = spaced(`(?:${kinds.join('|')})`);
const gap = '[ \\t\\u00a0]+';
// A connector is a whole word ("del", not the start of "dell'Appennino").
const connectorAlternatives =
  'di|del|della|dei|delle|degli|dello|DI|DEL|DELLA|DEI|Di|Del|Della|Dei';
const elided = "dell['’]|d['’]|DELL['’]";
const connector = `(?:(?:${connectorAlternatives})(?![A-Za-z\\u00c0-\\u00ff'’])|${elided})`;
// Before a blank the whole-word check is implied (and a lookahead that always holds is noise).
const connectorThenGap = `(?:${connectorAlternatives}|${elided})${gap}`;
// A signature laid out as a table puts "COMUNE DI" and the name on two lines (Outlook's HTML
// paragraphs come out with a blank line between them).
const nextLine = '[ \\t]*\\r?\\n(?:[ \\t]*\\r?\\n)?[ \\t]*';
const gapOrLine = `(?:[ \\t\\u00a0]*|${nextLine})`;
const nameWord = "[A-Z\\u00c0-\\u00dd][A-Za-z\\u00c0-\\u00ff'’-]{1,30}";
const anyWord = "[A-Za-z\\u00c0-\\u00ff][A-Za-z\\u00c0-\\u00ff'’-]{1,30}";
// Inside a place's name, more small words join its parts: "Sant'Agata de' Goti", "Castelnuovo
// ne' Monti", "San Giovanni in Persiceto", "Bagno a Ripoli", "Trezzo sull'Adda", "Marano sul
// Panaro", "Castelnuovo alla Serra", "Cassano all'Ionio". Only between two capitalised words (not
// in lower-case mentions), never right after "Comune".
const wordEnd = "(?![A-Za-z\\u00c0-\\u00ff'’])";
const innerConnector =
  `(?:(?:${connectorAlternatives})${wordEnd}|${elided}|(?:de|ne)['’]|` +
  `(?:in|a|al|allo|alla|alle|sul|sulla)${wordEnd}|(?:sull|nell|all)['’])`;
const mentionPattern = (word: string, connectorNeeded: boolean) => {
  const inner = connectorNeeded ? connector : innerConnector;
  // "UNIONE DEI COMUNI" on one line of a signature table, "ALTA IRPINIA" on the next; "UNIONE
  // MONTANA", then "VALLE DEL TENNA ALTA".
  const comuniThenLine = `(?:(?:[Cc]omuni|COMUNI|[Mm]ontana|MONTANA)${nextLine})?`;
  return `\\b${kind}${gap}(?:${connector}${gapOrLine})${connectorNeeded ? '' : '?'}(${comuniThenLine}${word}(?:${gap}(?:${inner}[ \\t\\u00a0]*)?${word}){0,3})`;
};
const mentionRe = new RegExp(mentionPattern(nameWord, false), 'g');
// People also write "comune di rimini": in lower case, a name needs its "di" ("il comune non…").
const lowercaseMentionRe = new RegExp(mentionPattern(anyWord, true), 'g');
// "Comuni di Canelli, Calamandrana e Moasca": several Comuni named at once.
// "Comuni di Lizzano in Belvedere e Gaggio Montano": a name may hold "in", "a", "sul"…
const pluralName = `${nameWord}(?:${gap}(?:${innerConnector}[ \\t]*)?${nameWord}){0,4}`;
// Between two names: a comma, a dash, "e" or "ed".
const nameSeparator = '[ \\t]*(?:[,–-]|\\be\\b|\\bed\\b)[ \\t]*';
const pluralRe = new RegExp(
  `\\b(?:[Cc]omuni|COMUNI)${gap}(?:di|dei|DI)${gap}(${pluralName}(?:${nameSeparator}(?:${connectorThenGap})?${pluralName}){1,9})`,
  'g',
);
// Typed in lower case, two Comuni joined by "e" and closing the phrase: "seguo la tari per i
// comuni di dolianova e di serdiana.", "comuni di brenzago e gorla ticinese." (a name of up to
// three words; not "comuni di piccole e medie dimensioni").
const lowercaseListedName = "[a-z]{3,}(?: [a-z']{2,}){0,2}";
const lowercasePluralRe = new RegExp(
  `\\bcomuni di (${lowercaseListedName} (?:e|ed) (?:di )?${lowercaseListedName})(?=[.,;:!?\\n]|$)`,
  'g',
);
// Lower-case words after "comune di" that are not a place ("comune di residenza").
const notPlaces = new Set([
  ...['residenza', 'nascita', 'provenienza', 'destinazione', 'appartenenza', 'competenza'],
  ...['riferimento', 'iscrizione', 'emigrazione', 'immigrazione', 'domicilio', 'ubicazione'],
  ...['questo', 'quello', 'accordo', 'civile', 'civili', 'europea'],
  ...['intercomunale', 'associata', 'associato', 'locale', 'municipale'],
  // "il codice catastale del Comune dell'immobile", "del Comune capofila".
  ...['immobile', 'immobili', 'capofila', 'contribuente'],
  // "il Comune della sede legale dell'impresa", "il Comune dell'unità locale".
  ...['sede', 'unita', 'impresa', 'ditta'],
]);
/** Stop words that also begin place names: "Piazza Armerina", "Piazza al Serchio". */
const placeStarts = new Set(['piazza', 'via', 'corso', 'largo', 'viale']);
/** Words that are part of a name only when more follow ("Unione dei Comuni Valle del Savio"). */
const notAlone = new Set(['comuni', 'montana', 'montano', 'montani']);
// Words that end an Ente's name ("Comune di Rimini Ufficio Tributi").
const stopWords = new Set(
  (
    'ufficio uffici servizio servizi settore area tel telefono cell via piazza pec email mail ' +
    'responsabile sportello polizia anagrafe tributi ragioneria personale protocollo segreteria ' +
    'comando corso largo viale ' +
    // A local police's own sections: "Polizia Municipale Annona", "Polizia Locale Nucleo Edilizia".
    'annona nucleo reparto sezione viabilita infortunistica edilizia commerciale'
  ).split(' '),
);
const connectorWords = new Set([
  'di',
  'del',
  'della',
  'dei',
  'delle',
  'degli',
  'dello',
  'dell',
  'd',
]);

function kindOf(matched: string): string {
  const head = fold(matched.slice(0, 25)).replace(/^(comunita|citta)['’]/, '$1');
  if (head.startsWith('citta metropolitana')) return 'metropolitana';
  if (head.startsWith('unite des communes')) return 'unione';
  if (/^(?:amministrazione|municipio|citta|polizia)/.test(head)) return 'comune';
  return head.split(/[ \t\u00a0]/)[0]!;
}

/** The name words of a mention, up to the first office word; two words at most for a Comune. */
const unionKindWords = new Set(['comunale', 'comuni', 'montana', 'montano', 'montani']);

/**
 * "Comune di Piazza Armerina" names a place; "Municipio Piazza Cavour 27", "Comune di Piazza
 * Cavour 1" give a street: no "di" before the name, or a number after it.
 */
function placeMayFollow(m: RegExpExecArray, text: string): boolean {
  const head = m[0].slice(0, m[0].length - m[1]!.length);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  return /\bdi\s+$/i.test(head) && !/^[ \t,]*(?:n\.?\s*)?\d{1,4}(?!\d)/.test(after);
}

function nameOf(written: string, kindWord: string, placeFirst = false): string[] {
  const words = fold(written)
    .split(/[^a-z]+/)
    .filter((w) => w !== '' && !connectorWords.has(w));
  // "Polizia Locale Comune di Fondi": the Comune is the name.
  if (words[0] === 'comune' || words[0] === 'citta') words.shift();
  const name: string[] = [];
  const union = kindWord === 'unione' || kindWord === 'comunita';
  for (const w of words) {
    // An address word ends a name ("Comune di Rimini Piazza Cavour"), but may begin one after
    // "di" with no street number after it: "Comune di Piazza Armerina" (see placeMayFollow).
    if (stopWords.has(w) && !(placeFirst && name.length === 0 && placeStarts.has(w))) break;
    // "Unione Comunale del Chianti Fiorentino", "Unione dei Comuni del Chianti Fiorentino" and
    // "Unione Chianti Fiorentino" are one Ente: the kind's own words are no part of the name.
    if (union && unionKindWords.has(w)) continue;
    name.push(w);
    if (name.length === 2 && kindWord !== 'unione' && kindWord !== 'comunita') break;
  }
  return name;
}

/**
 * One name of a "Comuni di A, B e C" list, split at its separators: without the blanks around
 * it and a leading "di "/"del "… (the loop replaces a split pattern that began with [ \t]*,
 * quadratic on long runs of blanks).
 */
function listedName(part: string): string {
  let start = 0;
  let end = part.length;
  while (start < end && (part[start] === ' ' || part[start] === '\t')) start++;
  while (end > start && (part[end - 1] === ' ' || part[end - 1] === '\t')) end--;
  const name = part.slice(start, end);
  return name.replace(/^(?:di|dei|del|della) /, '');
}
/** Kinds of land that group Comuni: "i comuni di pianura e montagna". */
const landscape = new Set(
  'pianura montagna collina costa mare lago valle cintura fascia zona area confine'.split(' '),
);
/** Sizes that group Comuni: "comuni di piccole e medie dimensioni". */
const sizes = new Set(
  'piccole piccoli medie medi grandi dimensioni abitanti popolazione'.split(' '),
);
/**
 * "dolianova e di serdiana", "castel fiorano sabino e montorio sabino alto": every word of both
 * parts could be in a place's name (not "residenza", not "ufficio", not "medie dimensioni").
 */
function listsPlaces(list: string): boolean {
  return list
    .split(/ (?:e|ed) /)
    .map(listedName)
    .every((name) =>
      name
        .split(' ')
        .every((w) => !notPlaces.has(w) && !stopWords.has(w) && !landscape.has(w) && !sizes.has(w)),
    );
}
const romaCapitale = /\b(?:Roma Capitale|ROMA CAPITALE)\b/g;

/**
 * "Recanati, Città della Poesia", "Città dell'Olio" on a line of its own: a town's motto, no Ente.
 * Comuni are "Città di …" ("Città di Castello"); the one named "Città della …" is Città della
 * Pieve.
 */
function isMotto(m: RegExpExecArray): boolean {
  const head = fold(m[0]);
  return (
    /^citt(?:a|a['’]) (?:de(?:lla|lle|i|gli|l)\b|dell['’])/.test(head) && !/\bpieve\b/.test(head)
  );
}

/** "Recanati, Città della Poesia": the town a motto follows on its line names the Comune. */
function townBeforeMotto(text: string, at: number): EnteMention | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lead =
    /^([ \t]*)([A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff'’]+(?: [A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff'’]+){0,2})[ \t]*[,–-][ \t]*$/.exec(
      text.slice(lineStart, at),
    );
  if (!lead) return null;
  const start = lineStart + lead[1]!.length;
  const name = lead[2]!;
  // "Ufficio Tributi - Città della Ceramica": an office before the motto names no Comune.
  const words = nameOf(name, 'comune');
  if (words.length === 0 || words.length < fold(name).split(/\s+/).length) return null;
  if (words.some((w) => stopWords.has(w) || notPlaces.has(w))) return null;
  return { key: `comune ${words.join(' ')}`, start, end: start + name.length, text: name };
}

/** Ente mentions in `text` (offsets relative to `text` plus `offset`). */
export function findEnteMentions(
  text: string,
  offset = 0,
  settingsEnti: string[] = [],
  lowercaseNames = false,
): EnteMention[] {
  const mentions: EnteMention[] = [];
  let m: RegExpExecArray | null;
  for (const re of lowercaseNames ? [mentionRe, lowercaseMentionRe] : [mentionRe]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      const start = offset + m.index;
      if (mentions.some((x) => x.start === start)) continue;
      const kindWord = kindOf(m[0]);
      if (isMotto(m)) {
        const town = townBeforeMotto(text, m.index);
        if (town) mentions.push({ ...town, start: offset + town.start, end: offset + town.end });
        continue;
      }
      const name = nameOf(m[1]!, kindWord, placeMayFollow(m, text));
      if (name.length === 0 || notPlaces.has(name[0]!)) continue;
      if (name.length === 1 && notAlone.has(name[0]!)) continue;
      mentions.push({
        key: `${kindWord} ${name.join(' ')}`,
        start,
        end: start + m[0].length,
        text: m[0],
      });
    }
  }
  // Rome's Ente is "Roma Capitale", with no "Comune di" before it.
  romaCapitale.lastIndex = 0;
  while ((m = romaCapitale.exec(text)) !== null) {
    const start = offset + m.index;
    if (mentions.some((x) => x.start <= start && start < x.end)) continue;
    mentions.push({ key: 'comune roma', start, end: start + m[0].length, text: m[0] });
  }
  for (const re of lowercaseNames ? [pluralRe, lowercasePluralRe] : [pluralRe]) {
    re.lastIndex = 0;
    while ((m = re.exec(text)) !== null) {
      if (re === lowercasePluralRe && !listsPlaces(m[1]!)) continue;
      const listStart = m.index + m[0].length - m[1]!.length;
      // "Unione dei Comuni Valle del Savio" is one Ente, found above; but "Polizia Locale dei Comuni
      // di Lugo, Bagnacavallo e Cotignola" is the police of three: the list replaces "Comuni di Lugo".
      const inside = (x: EnteMention) => x.start - offset <= m!.index && m!.index < x.end - offset;
      const covering = mentions.filter(inside);
      if (covering.some((x) => !x.key.startsWith('comune comuni '))) continue;
      for (const x of covering) mentions.splice(mentions.indexOf(x), 1);
      const parts = m[1]!.split(/[,–-]|\be\b|\bed\b/).map(listedName);
      let at = listStart;
      for (const part of parts) {
        const start = text.indexOf(part, at);
        at = start + part.length;
        const name = nameOf(part, 'comune');
        if (name.length === 0) continue;
        mentions.push({
          key: `comune ${name.join(' ')}`,
          start: offset + start,
          end: offset + start + part.length,
          text: part,
        });
      }
    }
  }
  // Folded only when the settings name Enti to look for (most checks name none).
  const folded = settingsEnti.length > 0 ? fold(text) : '';
  for (const ente of settingsEnti) {
    const target = fold(ente).trim();
    if (target.length < 3) continue;
    const parsed = findEnteMentions(ente);
    // "Comune di Tricarico" in the settings is named by "Tricarico" alone ("ragioneria Tricarico").
    const place = parsed[0] ? parsed[0].key.split(' ').slice(1).join(' ') : '';
    // The key drops connectors ("romano ezzelino"); the text keeps them ("Romano d'Ezzelino").
    const written = parsed[0] ? bareName(target) : '';
    const found = [target, ...[place, written].filter((p) => p.length >= 4 && p !== target)]
      .map((t) => ({ t, at: wordAt(folded, t) }))
      .find((x) => x.at >= 0);
    if (!found) continue;
    const { t, at } = found;
    // "Rimini" in the settings inside "Comune di Rimini" is that mention again, not a second Ente.
    const inside = mentions.some((m) => m.start < offset + at + t.length && offset + at < m.end);
    if (inside) continue;
    mentions.push({
      // A bare place ("Rimini") is the Ente the text names with its kind ("Comune di Rimini").
      key: parsed[0]?.key ?? mentions.find((m) => m.key.endsWith(` ${target}`))?.key ?? target,
      start: offset + at,
      end: offset + at + t.length,
      text: text.slice(at, at + t.length),
    });
  }
  // "a Pietrafitta dobbiamo…" names "Comune di Pietrafitta Umbra" of the settings when nothing
  // else names an Ente: the first word of a place of several words (a word that also stands for
  // other things, it only fills a gap: "quelli di Cossano sono corretti" beside a named Ente
  // stays no second Ente).
  if (mentions.length === 0 && settingsEnti.length > 0) {
    const heads = settingsEnti
      .map((ente) => {
        const key = findEnteMentions(ente)[0]?.key ?? '';
        return { key, head: headWordOf(key.split(' ').slice(1).join(' '), settingsEnti) };
      })
      .filter((h) => h.head !== '')
      .map((h) => ({ ...h, at: wordAt(folded, h.head) }))
      .filter((h) => h.at >= 0);
    if (heads.length === 1) {
      const { key, head, at } = heads[0]!;
      mentions.push({
        key,
        start: offset + at,
        end: offset + at + head.length,
        text: text.slice(at, at + head.length),
      });
    }
  }
  // "Polizia Locale Comune di Fondi" holds "Comune di Fondi": one mention, the inner one.
  const inner = mentions.filter(
    (m) => !mentions.some((x) => x !== m && x.start > m.start && x.start < m.end),
  );
  return inner.sort((a, b) => a.start - b.start);
}

/**
 * Openings many places share, of six letters or more (shorter ones, "San", "Monte", "Villa", are
 * left out by their length): their first word names none of them alone.
 */
const commonOpenings = new Set([
  'castel',
  'castello',
  'casale',
  'poggio',
  'marina',
  'cassano',
  'grotte',
]);

/**
 * The first word of `place` ("pietrafitta" of "pietrafitta umbra") when it may stand for it: a
 * place of several words, a first word of six letters or more, not a common opening, and no other
 * Ente of the settings with a place that opens with it. Else ''.
 */
function headWordOf(place: string, settingsEnti: string[]): string {
  const words = place.split(' ');
  const first = words[0] ?? '';
  if (words.length < 2 || first.length < 6 || commonOpenings.has(first)) return '';
  const shared = settingsEnti.filter((e) => wordAt(fold(e), first) >= 0).length > 1;
  return shared ? '' : first;
}

/** "comune di romano d'ezzelino" → "romano d'ezzelino": the place as written after its kind. */
function bareName(folded: string): string {
  return folded.replace(
    /^(?:comune|citta|unione|provincia)\s+(?:(?:di|del|della|dei|dello)\s+|dell'|d')?/,
    '',
  );
}

/** Where `word` stands as a whole word in `folded`, or -1. */
function wordAt(folded: string, word: string): number {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    const before = folded.charAt(at - 1);
    const after = folded.charAt(at + word.length);
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
  }
  return -1;
}

/** The key under which two spellings of one Ente meet ("comune rimini", "comune rimini ufficio"). */
function sameEnte(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function distinctKeys(mentions: EnteMention[]): EnteMention[] {
  const kept: EnteMention[] = [];
  for (const m of mentions) if (!kept.some((k) => sameEnte(k.key, m.key))) kept.push(m);
  return kept;
}

/** True when two mentions name the same Ente. */
export function isSameEnte(a: EnteMention, b: EnteMention): boolean {
  return sameEnte(a.key, b.key);
}

/** Ente mentions of a check's own text and signature block, found once for the rules that ask. */
export interface DraftEnteMentions {
  /** In the request (own text without signature): capitalised names, lower case after "di". */
  request: EnteMention[];
  /** In the signature block, where a lower-case name counts too ("comune di rimini"). */
  signature: EnteMention[];
}

const perCheck = new WeakMap<RuleContext, DraftEnteMentions>();
const subjectPerCheck = new WeakMap<RuleContext, EnteMention[]>();

/** Ente mentions of the subject (capitalised names), found once for the rules that ask. */
export function subjectEnteMentions(ctx: RuleContext): EnteMention[] {
  let found = subjectPerCheck.get(ctx);
  if (!found) {
    // Blank Enti of the settings name nothing (findEnteMentions skips them).
    found = findEnteMentions(ctx.subject.text, 0, ctx.settings.enti ?? []);
    subjectPerCheck.set(ctx, found);
  }
  return found;
}

export function draftEnteMentions(ctx: RuleContext): DraftEnteMentions {
  const known = perCheck.get(ctx);
  if (known) return known;
  const { request, signature } = ctx;
  const enti = ctx.settings.enti ?? [];
  const found: DraftEnteMentions = {
    request: findEnteMentions(request.text, request.start, enti, true),
    signature: signature ? findEnteMentions(signature.text, signature.start, enti, true) : [],
  };
  perCheck.set(ctx, found);
  return found;
}
