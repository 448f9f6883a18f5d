// Text a writer coloured in an HTML mail: the answers typed in red or blue into the helpdesk's
// quoted mail ("trovate le risposte in rosso nel testo"), which the plain text no longer shows.
// Read with the light converter's tag helpers (one linear pass with indexOf, no HTML parser: the
// Outlook bundles carry none, see build/webpack/common.cjs).
import { attributesOf, decodeEntities, walkTags } from './html-to-text-light';

/** Elements whose text is never shown: skipped up to their closing tag. */
const rawText = new Set(['style', 'script', 'title', 'head', 'template', 'noscript']);
/** Elements with no closing tag. */
const voidElements = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' '),
);
/** How far down the open elements a closing tag looks for its opening one (then it is stray). */
const closeSearch = 32;
/** Past this nesting the mail is no reply anyone typed: no runs. */
const maxDepth = 2000;

/** Elements that end a line in the plain text: a run never spans two lines. */
const lineBreaking = new Set(
  (
    'address article aside blockquote br center dd div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'
  ).split(' '),
);

/** Colour names a writer picks to mark answers; any other name (black, grey, windowtext) is text. */
const markingNames = new Set(
  (
    'red darkred crimson firebrick maroon blue darkblue mediumblue navy royalblue green ' +
    'darkgreen forestgreen seagreen teal purple fuchsia magenta orange darkorange orangered'
  ).split(' '),
);

/** A colour that marks text: a named marking colour, or a hex/rgb value that is not a grey. */
export function isMarkingColour(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (markingNames.has(v)) return true;
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else {
    const fn = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})/.exec(v);
    if (fn) rgb = [fn[1], fn[2], fn[3]].map(Number);
  }
  // Black, greys and white have equal channels; a marking colour has one well above another.
  return rgb !== null && Math.max(...rgb) - Math.min(...rgb) >= 64;
}

/** Bold set by an element: <b>, <strong>, or a style's `font-weight` bold or 600 and more. */
function setsBold(name: string, style: string): boolean {
  if (name === 'b' || name === 'strong') return true;
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1];
  return weight !== undefined && (/^bold/i.test(weight) || /^[6-9]00$/.test(weight));
}

/** The colour an element sets: its style's `color` (not `background-color`) or a <font color>. */
function colourOf(
  name: string,
  style: string,
  attributes: Record<string, string>,
): string | undefined {
  const set = /(?:^|;)\s*color\s*:\s*([^;!]+)/i.exec(style);
  if (set) return set[1]!;
  return name === 'font' ? attributes.color : undefined;
}

/** A run of marked text: its words, and whether it fills a table cell after the row's first. */
export interface ColouredRun {
  text: string;
  /** In a cell of a table row after its first cell ("Domanda | Risposta"). */
  inCell: boolean;
}

/**
 * The runs of coloured text in `html`, in order, whitespace collapsed: each is text of one line
 * in one marking colour. Links are left out (their blue is the client's, not the writer's).
 * With `bold` (the writer says "rispondo in grassetto"), bold text marks too.
 */
export function colouredRuns(html: string, bold = false): ColouredRun[] {
  const runs: ColouredRun[] = [];
  // The open elements: name, and whether text inside reads as marked.
  const open: { name: string; marked: boolean }[] = [];
  // The cell the reader is in: its index in its row (0 outside a table).
  let cell = 0;
  let runInCell = false;
  let links = 0;
  let current = '';
  const marked = () => open[open.length - 1]?.marked ?? false;
  const flush = () => {
    const run = current.replace(/\s+/g, ' ').trim();
    if (/[a-z0-9\u00c0-\u024f]/i.test(run)) runs.push({ text: run, inCell: runInCell });
    current = '';
  };
  const text = (piece: string) => {
    if (piece === '') return;
    if (marked() && links === 0) {
      if (current === '') runInCell = cell >= 2;
      current += decodeEntities(piece).replace(/\u00a0/g, ' ');
    } else if (/\S/.test(piece)) flush();
  };
  let tooDeep = false;
  walkTags(html, rawText, {
    text,
    open: (name, source, selfClosing) => {
      if (tooDeep || rawText.has(name)) return;
      if (lineBreaking.has(name)) flush();
      if (name === 'tr') cell = 0;
      else if (name === 'td' || name === 'th') {
        flush();
        cell++;
      }
      if (voidElements.has(name) || selfClosing) return;
      if (open.length >= maxDepth) {
        tooDeep = true;
        return;
      }
      const attributes = attributesOf(source);
      const style = attributes.style ?? '';
      const colour = colourOf(name, style, attributes);
      const inherited = marked();
      const now =
        (colour === undefined ? inherited : isMarkingColour(colour)) ||
        (bold && setsBold(name, style));
      if (now !== inherited) flush();
      if (name === 'a') links++;
      open.push({ name, marked: now });
    },
    close: (name) => {
      if (tooDeep) return;
      // A closing tag ends its element (and any left open inside it); a stray one is ignored.
      let k = open.length - 1;
      while (k >= 0 && k >= open.length - closeSearch && open[k]!.name !== name) k--;
      if (k < 0 || open[k]!.name !== name) return;
      const was = marked();
      for (let j = k; j < open.length; j++) if (open[j]!.name === 'a') links--;
      open.length = k;
      if (lineBreaking.has(name) || was !== marked()) flush();
    },
  });
  if (tooDeep) return [];
  flush();
  return runs;
}
