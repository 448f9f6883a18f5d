// A dependency-free HTML-to-text converter with the same output rules as html-to-text.ts, for
// bundles where size matters more than full HTML5 tokenisation (the Outlook on-send file, where
// the body comes as text anyway and HTML is only a fallback) and for bodies that would make
// htmlparser2 slow. Linear: one pass with indexOf. Decodes numeric entities and the named ones
// that occur in Italian mail (Latin-1, typographic quotes and dashes, euro).
import { PlainTextBuilder } from './text-builder';

const named: Record<string, string> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  euro: '€',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  middot: '·',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  ordf: 'ª',
  ordm: 'º',
  shy: '\u00ad',
  times: '×',
  divide: '÷',
  iexcl: '¡',
  iquest: '¿',
};
// Latin-1 letters: &agrave; &Egrave; &ccedil; … (grave, acute, circ, tilde, uml, ring, cedil).
const accents: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
};

function decodeEntity(entity: string): string | null {
  if (entity.startsWith('#')) {
    const code =
      entity[1] === 'x' || entity[1] === 'X'
        ? parseInt(entity.slice(2), 16)
        : parseInt(entity.slice(1), 10);
    if (
      !Number.isFinite(code) ||
      code <= 0 ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff)
    )
      return '\ufffd';
    return String.fromCodePoint(code);
  }
  if (Object.prototype.hasOwnProperty.call(named, entity)) return named[entity]!;
  const m = /^([a-zA-Z])(grave|acute|circ|tilde|uml|ring|cedil)$/.exec(entity);
  if (m) return (m[1]! + accents[m[2]!]!).normalize('NFC');
  if (entity === 'szlig') return 'ß';
  if (entity === 'AElig' || entity === 'aelig') return entity[0] === 'A' ? 'Æ' : 'æ';
  if (entity === 'oslash' || entity === 'Oslash') return entity[0] === 'O' ? 'Ø' : 'ø';
  return null;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,30});?/gi,
    (whole, entity: string) => decodeEntity(entity) ?? whole,
  );
}

/** Index of the ">" closing a tag, skipping quoted attribute values ("a>b"); -1 if none. */
export function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const c = html[i];
    if (c === '>') return i;
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, i + 1);
      if (close === -1) return html.indexOf('>', i + 1);
      i = close + 1;
    } else i++;
  }
  return -1;
}

/** Attributes of one tag's source ('src="a" width=640 alt=\'x\''), names lower-cased. */
export function attributesOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const attr = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (let m = attr.exec(source); m; m = attr.exec(source)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** What a walk over an HTML body is told, in document order. */
export interface TagVisitor {
  /** Text between tags, entities still encoded ("a < b" gives its "<" here too). */
  text(raw: string): void;
  /** An opening tag: its lower-cased name, its attributes' source, and whether it ends in "/>". */
  open(name: string, attributes: string, selfClosing: boolean): void;
  close(name: string): void;
}

/**
 * One linear pass over `html` with indexOf: comments and declarations skipped, a lone "<" as
 * text, and the content of the `rawText` elements (style, script…) skipped up to their closing
 * tag, which is still reported.
 */
export function walkTags(html: string, rawText: ReadonlySet<string>, visit: TagVisitor): void {
  const lower = html.toLowerCase();
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      visit.text(html.slice(i));
      break;
    }
    if (lt > i) visit.text(html.slice(i, lt));
    if (lower.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    const tag = /^<(\/?)([a-z][a-z0-9:-]*)/i.exec(html.slice(lt, lt + 64));
    if (!tag) {
      // A lone "<" ("a < b") or a declaration ("<!DOCTYPE"): text, or skipped up to ">".
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt);
        i = end === -1 ? n : end + 1;
      } else {
        visit.text('<');
        i = lt + 1;
      }
      continue;
    }
    const end = tagEnd(html, lt + tag[0].length);
    const name = tag[2]!.toLowerCase();
    i = end === -1 ? n : end + 1;
    if (tag[1]) {
      visit.close(name);
      continue;
    }
    visit.open(name, html.slice(lt + tag[0].length, end === -1 ? n : end), html[end - 1] === '/');
    if (rawText.has(name)) {
      // Raw text up to the closing tag.
      const close = lower.indexOf(`</${name}`, i);
      i = close === -1 ? n : close;
    }
  }
}

/** Elements whose content the converter skips as raw text. */
const rawTextElements = new Set(['style', 'script', 'title', 'head']);

export function htmlToTextLight(html: string): string {
  const builder = new PlainTextBuilder();
  walkTags(html, rawTextElements, {
    text: (raw) => builder.text(decodeEntities(raw)),
    open: (name, _attributes, selfClosing) => {
      builder.openTag(name);
      // An element written "<p/>" ends where it opens (a <br> or <hr> is no element to close).
      if (selfClosing && !rawTextElements.has(name) && name !== 'br' && name !== 'hr') {
        builder.closeTag(name);
      }
    },
    close: (name) => builder.closeTag(name),
  });
  return builder.result();
}

/** Same name as html-to-text.ts, so a bundler alias can swap the two modules. */
export const htmlToText = htmlToTextLight;
