// Text a writer coloured in an HTML mail: the answers typed in red or blue into the helpdesk's
// quoted mail ("trovate le risposte in rosso nel testo"), which the plain text no longer shows.
// Read with htmlparser2's streaming parser (linear, no DOM), like html-to-text.ts.
import { Parser } from 'htmlparser2';
import { maxNesting } from './html-to-text';
import { skippedElements } from './text-builder';

/** Past this nesting the mail is no reply anyone typed: no runs (and no quadratic parse). */
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
function setsBold(name: string, attribs: Record<string, string>): boolean {
  if (name === 'b' || name === 'strong') return true;
  const weight = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(attribs.style ?? '')?.[1];
  return weight !== undefined && (/^bold/i.test(weight) || /^[6-9]00$/.test(weight));
}

/** The colour an element sets: its style's `color` (not `background-color`) or a <font color>. */
function colourOf(name: string, attribs: Record<string, string>): string | undefined {
  const style = /(?:^|;)\s*color\s*:\s*([^;!]+)/i.exec(attribs.style ?? '');
  if (style) return style[1]!;
  return name === 'font' ? attribs.color : undefined;
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
  if (maxNesting(html) > maxDepth) return [];
  const runs: ColouredRun[] = [];
  // The cell the parser is in: its index in its row (0 outside a table).
  let cell = 0;
  let runInCell = false;
  // Per open element: does text inside it read as marked?
  const marked: boolean[] = [];
  let skip = 0;
  let links = 0;
  let current = '';
  const flush = () => {
    const run = current.replace(/\s+/g, ' ').trim();
    if (/[a-z0-9\u00c0-\u024f]/i.test(run)) runs.push({ text: run, inCell: runInCell });
    current = '';
  };
  const parser = new Parser(
    {
      onopentag: (name, attribs) => {
        if (skippedElements.has(name)) skip++;
        if (name === 'a') links++;
        if (lineBreaking.has(name)) flush();
        if (name === 'tr') cell = 0;
        else if (name === 'td' || name === 'th') {
          flush();
          cell++;
        }
        const colour = colourOf(name, attribs);
        const inherited = marked[marked.length - 1] ?? false;
        const now =
          (colour === undefined ? inherited : isMarkingColour(colour)) ||
          (bold && setsBold(name, attribs));
        if (now !== inherited) flush();
        marked.push(now);
      },
      onclosetag: (name) => {
        if (skippedElements.has(name) && skip > 0) skip--;
        if (name === 'a' && links > 0) links--;
        const was = marked.pop() ?? false;
        if (lineBreaking.has(name) || was !== (marked[marked.length - 1] ?? false)) flush();
      },
      ontext: (text) => {
        if (skip > 0) return;
        const on = (marked[marked.length - 1] ?? false) && links === 0;
        if (on) {
          if (current === '') runInCell = cell >= 2;
          current += text.replace(/\u00a0/g, ' ');
        } else if (/\S/.test(text)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return runs;
}
