// What the helpdesk receives as material for the ticket: attached files, and screenshots pasted
// into the body. The Ente's logo or crest in the signature is an inline image too, but it shows
// nothing about the problem: a ticket with only a logo still "has no attachment" for the rules
// about screenshots and promised files.
import { attributesOf, tagEnd } from '../text/html-to-text-light';
import type { AttachmentInfo, TicketDraft } from '../types';

/** An image shown in the HTML body, with its displayed size when the markup gives one (px). */
export interface BodyImage {
  src: string;
  width?: number;
  height?: number;
  /** Shown at half the text's width or more ("width:100%"): a phone's pasted screenshot. */
  wide?: boolean;
}

/** Logos, crests and banners are small or flat; a screenshot is at least this big on screen. */
const MIN_SIDE_PX = 150;
const MIN_AREA_PX = 60_000;
/** Without a displayed size, an image of this many bytes is a picture, not a logo. */
const MIN_PICTURE_BYTES = 20_000;
/** Bodies past this length are not scanned for images (the scan is linear, but a cap keeps the
 * send path within its budget); their inline parts count by their bytes alone. */
const MAX_HTML_SCAN = 2_000_000;

const PX_PER_UNIT: Record<string, number> = {
  px: 1,
  in: 96,
  cm: 96 / 2.54,
  mm: 96 / 25.4,
  pt: 4 / 3,
};

/** "640", "640px", "6.66in", "12cm" → pixels; undefined when not a length. */
function toPx(value: string | undefined): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:(px|in|cm|mm|pt)\s*)?$/i.exec(value ?? '');
  if (!m) return undefined;
  return Number(m[1]) * PX_PER_UNIT[(m[2] ?? 'px').toLowerCase()]!;
}

function styleValue(style: string | undefined, prop: 'width' | 'height'): string | undefined {
  return new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]{1,20})`, 'i').exec(style ?? '')?.[1];
}

function styleLength(style: string | undefined, prop: 'width' | 'height'): number | undefined {
  return toPx(styleValue(style, prop));
}

/** "100%", "60 %" → at least half the width of the text. */
function isWide(value: string | undefined): boolean {
  const m = /^\s*(\d{1,3})\s*%\s*$/.exec(value ?? '');
  return !!m && Number(m[1]) >= 50;
}

/** The images of an HTML body, in order, with their displayed size when written. One pass:
 * comments are skipped, every other "<img" is read up to its closing ">". (A full HTML parser
 * here would double the on-send file.) */
export function bodyImages(html: string | undefined): BodyImage[] {
  if (!html || !/<img\b/i.test(html)) return [];
  const source = html.slice(0, MAX_HTML_SCAN);
  const lower = source.toLowerCase();
  const images: BodyImage[] = [];
  let i = 0;
  while (i < source.length) {
    const lt = lower.indexOf('<', i);
    if (lt === -1) break;
    if (lower.startsWith('<!--', lt)) {
      const close = lower.indexOf('-->', lt + 4);
      i = close === -1 ? source.length : close + 3;
      continue;
    }
    if (!/^<img[\s/>]/.test(lower.slice(lt, lt + 5))) {
      i = lt + 1;
      continue;
    }
    const end = tagEnd(source, lt + 4);
    const attrs = attributesOf(source.slice(lt + 4, end === -1 ? source.length : end));
    i = end === -1 ? source.length : end + 1;
    const width = styleLength(attrs.style, 'width') ?? toPx(attrs.width);
    const height = styleLength(attrs.style, 'height') ?? toPx(attrs.height);
    const wide = isWide(styleValue(attrs.style, 'width') ?? attrs.width);
    images.push({
      src: attrs.src ?? '',
      ...(width !== undefined ? { width } : {}),
      ...(height !== undefined ? { height } : {}),
      ...(wide ? { wide } : {}),
    });
  }
  return images;
}

/** With one side given, a picture shown this wide or tall is no logo (logos are ~50–200 px). */
const MIN_ONE_SIDE_PX = 2 * MIN_SIDE_PX;

function looksLikePicture(width: number | undefined, height: number | undefined, bytes: number) {
  if (width !== undefined && height !== undefined)
    return Math.min(width, height) >= MIN_SIDE_PX && width * height >= MIN_AREA_PX;
  // Webmails often write one side only ('<img width="640">' for a pasted screenshot).
  const side = width ?? height;
  if (side !== undefined && side >= MIN_ONE_SIDE_PX) return true;
  return bytes >= MIN_PICTURE_BYTES;
}

/** The inline part an image shows: "cid:image001.png@01DB…" is the part with that Content-ID,
 * or (Outlook lists no Content-ID) the one whose name starts the id. */
function partFor(src: string, inline: AttachmentInfo[]): AttachmentInfo | undefined {
  if (!/^cid:/i.test(src)) return undefined;
  const cid = src.slice(4).replace(/^<|>$/g, '').toLowerCase();
  return (
    inline.find((a) => a.contentId?.replace(/^<|>$/g, '').toLowerCase() === cid) ??
    inline.find((a) => a.name !== '' && cid.startsWith(a.name.toLowerCase()))
  );
}

/**
 * A signature's logo that a client sent as an ordinary attachment (replies in plain text, some
 * webmails and phones turn Outlook's "image001.png" into one): a small image named like a logo.
 * A pasted screenshot may be called "image001.png" too, but it weighs more.
 */
const logoName =
  /^(?:image\d{3}|(?:[\w-]*[_-])?(?:logo|stemma|banner|signature)(?:[_-][\w-]*)?)\.(?:png|jpe?g|gif)$/i;

function isSignatureImage(a: AttachmentInfo): boolean {
  return logoName.test(a.name) && a.size !== undefined && a.size < MIN_PICTURE_BYTES;
}

/** How far into the subject and the text a logo sent on purpose is looked for. */
const LOGO_SENT_SCAN = 20_000;
/**
 * "Vi allego lo stemma in PNG", "in allegato il nuovo logo": the logo is the material (new
 * certificate templates), not the signature's.
 */
const logoSent = new RegExp(
  [
    /\b(?:allego|alleghiamo|(?:vi |ti )?(?:invio|inviamo|mando|mandiamo|trasmetto|trasmettiamo)) /
      .source + /(?:anche )?(?:il |lo |l'|un |uno )?(?:nuovo )?(?:logo|stemma)\b/.source,
    /\b(?:il |lo |l')(?:nuovo )?(?:logo|stemma)\b[^.\n]{1,30}?\bin allegato\b/.source,
  ].join('|'),
  'i',
);

/**
 * "È stato approvato il nuovo stemma del Comune. Vi allego il file PNG ad alta risoluzione": the
 * new crest is the mail's topic and an image is said to be attached, so the image is that crest
 * (not "Vi allego la delibera di approvazione": the crest is still the signature's).
 */
const newLogo =
  /\b(?:nuov[oa]|aggiornat[oa]) (?:logo|stemma)\b|\b(?:logo|stemma) (?:nuov[oa]|aggiornat[oa])\b/i;
const imageAttached =
  /\b(?:allego|alleghiamo|in allegato)\b[^.\n]{1,40}\b(?:png|jpe?g|gif|svg|immagine|alta risoluzione)\b/i;

/**
 * The names cameras and screenshot tools give ("IMG_4412.PNG", "Schermata 2025-11-18 alle
 * 10.32.15.png", "Screenshot_20251118-103215.png", "Screen Shot …"): a picture pasted in the body
 * whatever it weighs, never a signature's logo.
 */
const pictureName =
  /^(?:img[_-]\d{3}|schermata|screenshot|screen shot|istantanea|cattura)[^/\\]*\.(?:png|jpe?g|gif|heic|bmp|webp)$/i;

/** True when the draft carries a file or a pasted picture for the helpdesk. */
export function sharesMaterial(draft: TicketDraft): boolean {
  const inline = draft.attachments.filter((a) => a.inline === true);
  const attached = draft.attachments.filter((a) => a.inline !== true);
  if (attached.some((a) => !isSignatureImage(a))) return true;
  if (attached.length > 0) {
    // The body cut before joining: a 1 MB body is not copied on the send path.
    const text = `${draft.subject}\n${draft.bodyText.slice(0, LOGO_SENT_SCAN)}`.slice(
      0,
      LOGO_SENT_SCAN,
    );
    if (logoSent.test(text) || (newLogo.test(text) && imageAttached.test(text))) return true;
  }
  const shown = new Set<AttachmentInfo>();
  for (const img of bodyImages(draft.bodyHtml)) {
    const part = partFor(img.src, inline);
    if (part) shown.add(part);
    // A picture pasted as data (Thunderbird) weighs about 3/4 of its text.
    const bytes = part?.size ?? (/^data:/i.test(img.src) ? Math.floor(img.src.length * 0.75) : 0);
    if (img.wide || looksLikePicture(img.width, img.height, bytes)) return true;
  }
  // Inline parts the body does not show (or a body too long to scan) count by their weight, or
  // by a name only a camera or a screenshot tool gives.
  return inline.some(
    (a) => !shown.has(a) && ((a.size ?? 0) >= MIN_PICTURE_BYTES || pictureName.test(a.name)),
  );
}
