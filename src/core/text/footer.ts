// The legal footer under a signature: privacy / GDPR / confidentiality notices, "prima di
// stampare…", antivirus stamps, "Inviato da iPhone" and similar lines that mail systems add.
// It is not the user's writing: cut before the signature is looked for, and never read by the
// content rules (an all-caps "AVVISO DI RISERVATEZZA" is no shouting, "ricevuto per errore" no
// mistake of the user's, a DPO's phone number not the sender's).
import { fold } from './fold';
import { type Line, lineHead } from './lines';
import { lineHasPersonName } from './person-name';
import { pattern, patternWith } from './word-list';

/** Phrases that only legal notices and mail-system stamps use. */
const notices = [
  /\b(?:2016\/679|196\/2003|101\/2018)\b/,
  /\bgdpr\b/,
  /\bregolamento (?:\(?ue\)?|europeo) (?:n\. ?)?(?:2016|sulla protezione)/,
  /\b(?:d\.? ?lgs\.?|decreto legislativo) (?:n\. ?)?196\b/,
  /\binformativa (?:sul(?:la)? )?(?:privacy|trattamento|riservatezza)\b/,
  /\btrattamento dei (?:suoi |vostri |tuoi )?dati personali\b/,
  /\b(?:titolare del trattamento|responsabile della protezione dei dati|protezione dei dati personali)\b/,
  /\b(?:diritti di cui agli? artt?\.?|ai sensi (?:dell'art\.?|degli artt\.?) ?1[3-5])\b/,
  /\b(?:ricevut[oa]|ricevesse) (?:il |la |questo |questa |tale )?(?:presente )?(?:messaggio |e-?mail |mail |comunicazione )?per errore\b/,
  /\b(?:chi|se|qualora) (?:avesse|aveste|abbia|abbiate|ha|avete|lo|la) (?:ricevut|ricevesse)/,
  /\b(?:destinat[oaie]|indirizzat[oaie]) (?:esclusivamente|unicamente|solo) (?:a|al|alla|alle|ai|agli)\b/,
  /\b(?:persone|soggetti|destinatari) (?:o (?:agli )?enti )?(?:in indirizzo|indicat[ie]|sopra indicat)/,
  /\binformazioni (?:contenute|riportate) (?:in|nel|nella|nei|nelle) (?:questo|questa|present[ei])\b/,
  /\b(?:il|questo) (?:presente )?messaggio (?:e|ed) (?:gli|i|eventuali) (?:eventuali )?(?:suoi )?allegati\b/,
  // "Prima di stampare questa e-mail pensa all'ambiente" (not "lo vedo dal riepilogo prima di
  // stampare, non ho ancora spedito niente").
  /\bprima di stampare,? (?:questa|questo|la presente|il presente|l'?e-?mail|la mail|pensa|pensate|rifletti|valuta|considera|ricorda)\b/,
  /\b(?:pensa(?:te)? all'ambiente|rispetta l'ambiente|stampa(?:re)? solo se)/,
  // An antivirus stamp ("analizzato dal sistema antivirus… privo di virus"), not the antivirus a
  // user installed or turned off ("ha già installato Windows e l'antivirus").
  /\b(?:privo di virus|priva di virus|virus-free|avast)\b/,
  /\b(?:controllat|verificat|analizzat|scansionat)[oa] (?:da|dal|dall'|con)(?: un| il| l')? ?(?:software |sistema |programma )?anti-?virus\b/,
  /\bquesta casella (?:di posta )?(?:non e presidiata|e utilizzata solo)/,
  /\b(?:inviato|inviata) da (?:iphone|ipad|il mio|outlook per|libero mail|mail per)/,
  // Generic device words only as the whole line opens ("la PEC inviata da smartphone" is text).
  /^(?:inviato|inviata) da (?:smartphone|android|tablet|cellulare|dispositivo mobile)\b/,
  /\binviato dal mio\b/,
  /\b(?:ottieni|scarica) outlook per\b/,
  /\b(?:sent from my|get outlook for)\b/,
  /\b(?:confidentiality notice|this e-?mail (?:and any|is confidential|message))\b/,
  // Windows' "Send to > Mail recipient" stamp: "Il messaggio è pronto per essere inviato con i
  // seguenti file…" and its note "per proteggersi dai virus, i programmi di posta elettronica…".
  /\bil messaggio e pronto per essere inviato con i seguenti\b/,
  /\bper proteggersi dai virus\b/,
  /\byour message is ready to be sent with the following\b/,
  /\bto protect against computer viruses\b/,
];
const notice = pattern`${notices}`;
const noticeEach = patternWith('g')`${notices}`;

/**
 * `folded` with its last paragraph blanked in place when that paragraph is a legal notice (two of
 * its phrases or more: "ricevuto per errore" alone may be the user's): a template may put the
 * notice between "Cordiali saluti" and the name, at the end of the text the classifiers read. Only
 * the last paragraph is read: the check costs nothing on the text above it.
 */
export function blankTrailingNotice(folded: string): string {
  const end = folded.trimEnd().length;
  const start = lastParagraphStart(folded, end);
  if (start < 0) return folded;
  const last = folded.slice(start, end);
  if ((last.match(noticeEach)?.length ?? 0) < 2) return folded;
  return folded.slice(0, start) + last.replace(/[^\n]/g, ' ') + folded.slice(end);
}
/**
 * Where the paragraph ending at `end` starts: the line break after the last blank line, a line of
 * spaces or tabs included (a client that indents its template leaves "  " between paragraphs);
 * -1 when the text is one paragraph. Walks back over that paragraph's lines only.
 */
function lastParagraphStart(text: string, end: number): number {
  let lineEnd = text.lastIndexOf('\n', end - 1);
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, lineEnd))) return lineEnd;
    lineEnd = lineStart - 1;
  }
  return -1;
}
/** Headings of a notice ("AVVISO DI RISERVATEZZA", "INFORMATIVA PRIVACY", "Disclaimer:"). */
const heading =
  /^[\W_]*(?:avviso|nota|clausola|informativa|disclaimer|privacy|riservatezza|confidential|attenzione)\b[^.]{0,60}$/;
const separator = /^[-_=*~. ]{2,}$/;
/** A line that is only a file name ("Verbale d'accertamento n. 45.pdf"): a send-to stamp's list. */
const fileName =
  /^[^\n\\/:*?"<>|]{1,120}\.(?:pdf|docx?|xlsx?|odt|ods|jpe?g|png|gif|tiff?|bmp|zip|p7m|txt|csv|xml|eml)$/;
/**
 * The Ente's letterhead glued to a notice ("Comune di X – Piazza Roma 1 – Centralino 0733 8221"):
 * its switchboard, PEC and tax code are the Ente's, not the sender's. A line naming a person
 * is the sender's signature, never letterhead.
 */
const enteContacts = /\b(?:centralino|p\.? ?iva|partita iva|c\.? ?f\.?|codice fiscale|pec|cap)\b/;
const enteOrAddress = /\b(?:comune|unione|provincia|citta|via|piazza|viale|corso|largo)\b/;

interface Paragraph {
  lines: Line[];
}

function paragraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Line[] = [];
  for (const l of lines) {
    if (l.text.trim() === '') {
      if (current.length > 0) out.push({ lines: current });
      current = [];
    } else current.push(l);
  }
  if (current.length > 0) out.push({ lines: current });
  return out;
}

const folded = (l: Line) => fold(lineHead(l));
const isNoticeLine = (l: Line) => notice.test(folded(l));
const isHeadingLine = (l: Line) => {
  const h = folded(l);
  return separator.test(h) || (heading.test(h) && h.split(/\s+/).length <= 8);
};
const isLetterheadLine = (l: Line) => {
  const h = folded(l);
  return enteContacts.test(h) && enteOrAddress.test(h) && !lineHasPersonName(lineHead(l));
};
/** A line that belongs to a notice it is glued to: a heading, a separator or the letterhead. */
const isNoticeTop = (l: Line) => isHeadingLine(l) || isLetterheadLine(l);

/** A one-line paragraph that goes on with a sentence: "numero 0922 814400 o all'indirizzo…". */
const continuesSentence = (p: Paragraph) =>
  p.lines.length === 1 && /^[a-z\u00e0-\u00ff]/.test(lineHead(p.lines[0]!).trim());

/**
 * Outlook's HTML as text makes each line a paragraph: the notice's wrapped lines come one per
 * paragraph, and those under its notice line ("Regolamento UE 2016/679. Il Responsabile… è
 * contattabile al" / "numero 0922 814400…") go on with its sentence.
 */
function continuesNotice(list: Paragraph[], i: number): boolean {
  let k = i;
  while (k > 0 && continuesSentence(list[k]!)) {
    if (list[k - 1]!.lines.some(isNoticeLine)) return true;
    k--;
  }
  return false;
}

/**
 * Offset where a trailing legal footer starts in the lines of the own text, or null. Only
 * paragraphs at the very end count, and never all of the text.
 */
export function findFooterStart(lines: Line[]): number | null {
  const list = paragraphs(lines);
  let first = list.length;
  for (let i = list.length - 1; i >= 0; i--) {
    const p = list[i]!;
    const noticeAt = p.lines.findIndex(isNoticeLine);
    const belowIsFooter = first < list.length;
    if (noticeAt >= 0) {
      first = i;
      // Glued to the signature: the notice starts at its first line (or the heading above it).
      if (noticeAt > 0) {
        let start = noticeAt;
        while (start > 0 && isNoticeTop(p.lines[start - 1]!)) start--;
        if (start > 0) return p.lines[start]!.start;
      }
      continue;
    }
    // A heading or separator paragraph right above a notice belongs to it; below a notice, so do
    // the file names a send-to stamp lists and the Ente's letterhead closing the footer.
    const belowNotice = i > 0 && list[i - 1]!.lines.some(isNoticeLine);
    if (continuesNotice(list, i)) {
      first = i;
      continue;
    }
    const gluedBelow =
      belowNotice &&
      (p.lines.every(isLetterheadLine) ||
        (belowIsFooter && p.lines.every((l) => fileName.test(folded(l)))));
    if ((belowIsFooter && p.lines.every(isNoticeTop)) || gluedBelow) {
      first = i;
      continue;
    }
    break;
  }
  if (first >= list.length || first === 0) return null;
  return list[first]!.lines[0]!.start;
}

/** The most lines a signature under a notice may have. */
const MAX_SIGNATURE_LINES = 8;

/**
 * Where the writer's signature starts under a notice, inside the footer found at `footerStart`
 * (an Ente's template that puts the confidentiality notice between "Cordiali saluti" and the
 * name), or null: the lines after the footer's last notice line, past its separators, are few,
 * none is a notice or the letterhead, and one names a person.
 */
export function signatureBelowNotice(lines: Line[], footerStart: number): number | null {
  const footer = lines.filter((l) => l.start >= footerStart && l.text.trim() !== '');
  let last = -1;
  footer.forEach((l, i) => {
    if (isNoticeLine(l)) last = i;
  });
  if (last < 0) return null;
  // The notice ends at a separator line ("-----"): lines above it are the notice wrapped by the
  // client ("…SIETE PREGATI DI DARNE NOTIZIA" / "AL MITTENTE…"), not the writer's.
  let separatorAt = -1;
  for (let i = last + 1; i < footer.length; i++) {
    if (separator.test(folded(footer[i]!))) {
      separatorAt = i;
      break;
    }
  }
  if (separatorAt < 0) return null;
  let first = separatorAt + 1;
  while (first < footer.length && isHeadingLine(footer[first]!)) first++;
  const below = footer.slice(first);
  if (
    below.length === 0 ||
    below.length > MAX_SIGNATURE_LINES ||
    below.some((l) => isNoticeLine(l) || isLetterheadLine(l)) ||
    !below.some((l) => lineHasPersonName(lineHead(l)))
  ) {
    return null;
  }
  return below[0]!.start;
}
