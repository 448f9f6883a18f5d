// HTML body to plain text with htmlparser2's streaming tokenizer: linear time, no DOM (the engine
// runs in DOM-less hosts). Block elements and <br> become line breaks, <li> a bullet line, and
// <blockquote> lines get a "> " prefix so quoted replies are recognised like in plain text.
import { Parser } from 'htmlparser2';

const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
const skippedElements = new Set(['head', 'style', 'script', 'title', 'template', 'noscript']);

/**
 * htmlparser2 keeps open elements in an array it grows with unshift(), which is quadratic when
 * thousands of elements are left open. Past this many unclosed elements the tags are stripped
 * with a linear pass instead (losing only quote marks and bullets of a pathological body).
 */
const maxUnclosed = 2000;

export function htmlToText(html: string): string {
  const opened = countMatches(html, /<[a-zA-Z]/g);
  const closed = countMatches(html, /<\/|\/>/g);
  if (opened - closed > maxUnclosed) return htmlToTextFlat(html);
  return parseToText(html);
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Linear fallback: block tags become line breaks, other tags vanish, entities are decoded. */
function htmlToTextFlat(html: string): string {
  const stripped = html
    .replace(/<(?:style|script|head)\b[^>]*>[^<]*<\/(?:style|script|head)>/gi, '')
    .replace(/<\/?(?:p|div|br|li|tr|h[1-6]|blockquote|table|ul|ol|hr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/</g, '&lt;');
  return parseToText(stripped.replace(/\n/g, '<br>'));
}

function parseToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let quoteDepth = 0;
  let preDepth = 0;

  const breakLine = () => {
    const trimmed = line.replace(/[ \t]+$/, '');
    lines.push(trimmed === '' ? '' : '> '.repeat(quoteDepth) + trimmed.replace(/^[ \t]+/, ''));
    line = '';
  };
  const softBreak = () => {
    // A block boundary: end the current line if it has text (avoids piles of empty lines).
    if (line.trim() !== '') breakLine();
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (skippedElements.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'br') {
          breakLine();
        } else if (blockElements.has(name)) {
          softBreak();
          if (name === 'blockquote') quoteDepth++;
          if (name === 'pre') preDepth++;
          if (name === 'li') line = '• ';
          if (name === 'p') {
            // Paragraphs are separated by an empty line, as mail clients render them.
            if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
          }
        } else if (name === 'td' || name === 'th') {
          if (line.trim() !== '' && !line.endsWith(' ')) line += ' ';
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        if (preDepth > 0) {
          const parts = text.split('\n');
          parts.forEach((part, i) => {
            if (i > 0) breakLine();
            line += part;
          });
          return;
        }
        const collapsed = text.replace(/\s+/g, ' ');
        if (collapsed === ' ' && (line === '' || line.endsWith(' '))) return;
        line += line.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
      },
      onclosetag(name) {
        if (skippedElements.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (blockElements.has(name)) {
          softBreak();
          if (name === 'blockquote' && quoteDepth > 0) quoteDepth--;
          if (name === 'pre' && preDepth > 0) preDepth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  if (line.trim() !== '') breakLine();

  // Collapse runs of empty lines and trim the ends.
  const out: string[] = [];
  for (const l of lines) {
    const clean = l.replace(/\u00a0/g, ' ');
    if (clean.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(clean.trim() === '' ? '' : clean);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}
