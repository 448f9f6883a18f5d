// Tells phone numbers from the other numbers of a ticket: the words just before a number
// (protocol, determina, IUV, codice fiscale, versione… versus tel., cell., recapito…), dates and
// the partita IVA check digit.
import { fold } from '../text/fold';
import { pattern } from '../text/word-list';

/** A run of digits as written, with the separator before it. */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  /** Separator characters between the previous group and this one ('' for the first). */
  sep: string;
}

// Words that, right before a number, say it is a phone number.
const phoneWordList = [
  'tel',
  'telefono',
  'telefonico',
  'telefonare',
  'telefonarmi',
  'telefonicamente',
  'cell',
  'cellulare',
  'cel',
  'mob',
  'mobile',
  'fisso',
  'recapito',
  'recapiti',
  'reperibile',
  'chiamare',
  'chiamarmi',
  'chiamatemi',
  'richiamare',
  'richiamarmi',
  'richiamatemi',
  'contattare',
  'contattarmi',
  'contattatemi',
  'phone',
  'fax',
  't',
  'm',
  'numero di telefono',
  /num\. tel/,
  /n\. tel/,
  'ufficio',
  // An office heading with its name ("Ufficio Verbali - 059 …", "Uff. Protocollo: 0872 …"): the
  // name may be a document word, but a number closing the office line is its phone; two offices
  // joined ("Uff. Tributi e Protocollo - 070 …") too.
  /uff(?:icio|\.) [a-z]+(?: [a-z]+)?(?: e [a-z]+)?/,
  'diretto',
  'interno',
  'contattabile',
  'raggiungibile',
];

const phoneWords = pattern`(?:^|[^a-z])${phoneWordList}\s*(?:[.:/]+\s*)?(?:(?:al|allo) (?:numero |n\. ?)?)?(?:n(?:r|um)?\.?\s*)?(?:[:-]\s*)?(?:\+|\()?$`;
// Words that, right before a number, say it is something else.
const otherWordList = [
  'prot',
  'protocollo',
  'det',
  'determina',
  'determinazione',
  'delibera',
  'decreto',
  'ordinanza',
  'verbale',
  'verbali',
  'pratica',
  'pratiche',
  'fattura',
  'fatt',
  'ft',
  'mandato',
  'mandati',
  'reversale',
  'impegno',
  'accertamento',
  'liquidazione',
  'capitolo',
  'cap',
  'iuv',
  'codice',
  'cod',
  'cf',
  /c\.f/,
  'codice fiscale',
  /p\.\s?iva/,
  'piva',
  /p\.i/,
  'partita iva',
  'iva',
  'cig',
  'cup',
  'versione',
  'vers',
  'ver',
  'v',
  'rel',
  'release',
  'build',
  'patch',
  'euro',
  'eur',
  'importo',
  'ticket',
  'rif',
  'riferimento',
  'matricola',
  'posizione',
  'avviso',
  'iban',
  'art',
  'articolo',
  'comma',
  'anno',
  'id',
  'pin',
  'ruolo',
  'registro',
  'repertorio',
  'fascicolo',
  'atto',
  /n\.\s?atto/,
  'nota',
  'lotto',
  'conto',
  /c\/c/,
  'ccp',
  'cud',
  'utente',
  'sezione',
  'foglio',
  'mappale',
  'particella',
  'sub',
  'civico',
  'numero civico',
  'targa',
  'ore',
  'orario',
  'orari',
  'dalle',
  'alle',
  'entro le',
  'fino alle',
];

// On the number's own line: "Comune di Longiano - Protocollo" closing a line names an office,
// and the number on the next line is its phone.
const otherWords = pattern`(?:^|[^a-z])${otherWordList}[^\S\n]*(?:[.:°º]+[^\S\n]*)?(?:n(?:r|um)?[^\S\n]*(?:[.:°º]+[^\S\n]*)?)?(?:[:-][^\S\n]*)?(?:\+|\()?$`;

const faxOnly = /(?:^|[^a-z])fax[^\S\n]*(?:[.:]+[^\S\n]*)?(?:[:-][^\S\n]*)?(?:\+|\()?$/;
// A telephone word shortly before "fax" on its line: "Tel./Fax", "Tel. Fax", "Tel.Fax", "Centralino
// e fax", "Tel. ufficio/fax".
const telAndFax = /\b(?:tel|telefono|centralino|cell)\b[^\n\d]{1,15}fax\b/;

/** What the words right before a number say it is. */
export function contextBefore(text: string, start: number): 'phone' | 'other' | 'none' {
  const window = fold(text.slice(Math.max(0, start - 40), start));
  // A fax takes no call ("Fax 0532 418877"); a number that is both does ("Tel./Fax 0532…").
  if (faxOnly.test(window) && !telAndFax.test(window)) return 'other';
  if (phoneWords.test(window)) return 'phone';
  if (otherWords.test(window)) return 'other';
  // A currency sign right before ("€ 333") or a "n." after "del"/"prot" further back.
  if (/[€$£]\s*$/.test(window)) return 'other';
  return 'none';
}

export function phoneContextBefore(text: string, start: number): boolean {
  return contextBefore(text, start) === 'phone';
}

/** dd/mm/yyyy, dd.mm.yy, yyyy-mm-dd: dates are never phone numbers. */
export function isDateRun(groups: DigitGroup[]): boolean {
  // Only at the start of a run: "0541-12.03.56" is a phone number whose tail looks like a date.
  for (let k = 0; k === 0 && k + 2 < groups.length; k++) {
    const [a, b, c] = [groups[k]!, groups[k + 1]!, groups[k + 2]!];
    const seps = b.sep.trim() + c.sep.trim();
    if (!/^([./-])\1$/.test(seps)) continue;
    const [x, y, z] = [Number(a.digits), Number(b.digits), Number(c.digits)];
    const dmy =
      a.digits.length <= 2 &&
      b.digits.length <= 2 &&
      (c.digits.length === 2 || c.digits.length === 4) &&
      x >= 1 &&
      x <= 31 &&
      y >= 1 &&
      y <= 12;
    const ymd =
      a.digits.length === 4 && b.digits.length <= 2 && c.digits.length <= 2 && y <= 12 && z <= 31;
    if (dmy || ymd) return true;
  }
  return false;
}

/** "08.00 - 14.00", "9.30": a run that starts with a time of day is not a phone number. */
export function isTimeRun(groups: DigitGroup[]): boolean {
  const [a, b] = groups;
  if (!a || !b || a.digits.length > 2 || b.digits.length !== 2) return false;
  return /^[.:]$/.test(b.sep.trim()) && Number(a.digits) <= 24 && Number(b.digits) <= 59;
}

/** Partita IVA check digit (Luhn-like algorithm of the Agenzia delle Entrate). */
export function isPartitaIva(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  let sum = 0;
  for (let k = 0; k < 11; k++) {
    let d = digits.charCodeAt(k) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
