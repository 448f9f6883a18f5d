// Builds plain text from a stream of HTML tags and text, the way mail clients render it: block
// elements and <br> end a line, <p> leaves an empty line, <li> starts a "• " line, <blockquote>
// lines get a "> " prefix (so quoted replies are recognised as in plain text), <head>, <style>
// and <script> are skipped. Shared by the htmlparser2 converter and the light tokenizer.
// Linear in the input: the current line is kept as a list of pieces with what the rules below
// need to know about it (has it text, does it end with a space), never re-read as a whole
// (an entity flood gives one text event per entity; reading the growing line each time was
// quadratic).

import { trimEndBlanks } from './trim';

const blockElements = new Set(
  (
    'address article aside blockquote center dd div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'
  ).split(' '),
);
export const skippedElements = new Set([
  'head',
  'style',
  'script',
  'title',
  'template',
  'noscript',
]);

/**
 * Quote levels written as "> " prefixes. Mail nests a few levels; a hundred thousand nested
 * <blockquote> would otherwise make the output grow with the square of the input.
 */
const maxQuotePrefix = 20;

export class PlainTextBuilder {
  private readonly lines: string[] = [];
  /** The current line in pieces, joined once when the line ends. */
  private pieces: string[] = [];
  /** The current line holds a non-blank character. */
  private hasText = false;
  /** Last character of the current line ('' when the line is empty). */
  private last = '';
  private skipDepth = 0;
  private quoteDepth = 0;
  private preDepth = 0;

  openTag(name: string): void {
    if (skippedElements.has(name)) {
      this.skipDepth++;
      return;
    }
    if (this.skipDepth > 0) return;
    if (name === 'br') {
      this.breakLine();
    } else if (blockElements.has(name)) {
      this.softBreak();
      if (name === 'blockquote') this.quoteDepth++;
      if (name === 'pre') this.preDepth++;
      if (name === 'li') this.startLine('• ');
      // Paragraphs are separated by an empty line, as mail clients render them.
      if (name === 'p' && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') {
        this.lines.push('');
      }
    } else if (name === 'td' || name === 'th') {
      if (this.hasText && this.last !== ' ') this.append(' ');
    }
  }

  closeTag(name: string): void {
    if (skippedElements.has(name)) {
      if (this.skipDepth > 0) this.skipDepth--;
      return;
    }
    if (this.skipDepth > 0) return;
    if (blockElements.has(name)) {
      this.softBreak();
      if (name === 'blockquote' && this.quoteDepth > 0) this.quoteDepth--;
      if (name === 'pre' && this.preDepth > 0) this.preDepth--;
    }
  }

  text(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.preDepth > 0) {
      text.split('\n').forEach((part, i) => {
        if (i > 0) this.breakLine();
        this.append(part);
      });
      return;
    }
    const collapsed = text.replace(/\s+/g, ' ');
    if (collapsed === ' ' && (this.last === '' || this.last === ' ')) return;
    this.append(this.last === ' ' && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed);
  }

  /** The text, with runs of empty lines collapsed and the ends trimmed. */
  result(): string {
    if (this.hasText) this.breakLine();
    const out: string[] = [];
    for (const l of this.lines) {
      const clean = l.replace(/\u00a0/g, ' ');
      if (clean.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push(clean.trim() === '' ? '' : clean);
    }
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n');
  }

  private append(piece: string): void {
    if (piece === '') return;
    this.pieces.push(piece);
    this.last = piece.charAt(piece.length - 1);
    if (!this.hasText && /\S/.test(piece)) this.hasText = true;
  }

  private startLine(piece: string): void {
    this.pieces = [];
    this.hasText = false;
    this.last = '';
    this.append(piece);
  }

  private breakLine(): void {
    const trimmed = trimEndBlanks(this.pieces.join(''));
    this.lines.push(
      trimmed === ''
        ? ''
        : '> '.repeat(Math.min(this.quoteDepth, maxQuotePrefix)) + trimmed.replace(/^[ \t]+/, ''),
    );
    this.startLine('');
  }

  /** A block boundary: end the current line if it has text (no piles of empty lines). */
  private softBreak(): void {
    if (this.hasText) this.breakLine();
  }
}
