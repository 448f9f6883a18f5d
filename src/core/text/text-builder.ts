// Builds plain text from a stream of HTML tags and text, the way mail clients render it: block
// elements and <br> end a line, <p> leaves an empty line, <li> starts a "• " line, <blockquote>
// lines get a "> " prefix (so quoted replies are recognised as in plain text), <head>, <style>
// and <script> are skipped. Shared by the htmlparser2 converter and the light tokenizer.

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

export class PlainTextBuilder {
  private readonly lines: string[] = [];
  private line = '';
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
      if (name === 'li') this.line = '• ';
      // Paragraphs are separated by an empty line, as mail clients render them.
      if (name === 'p' && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') {
        this.lines.push('');
      }
    } else if (name === 'td' || name === 'th') {
      if (this.line.trim() !== '' && !this.line.endsWith(' ')) this.line += ' ';
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
        this.line += part;
      });
      return;
    }
    const collapsed = text.replace(/\s+/g, ' ');
    if (collapsed === ' ' && (this.line === '' || this.line.endsWith(' '))) return;
    this.line +=
      this.line.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  }

  /** The text, with runs of empty lines collapsed and the ends trimmed. */
  result(): string {
    if (this.line.trim() !== '') this.breakLine();
    const out: string[] = [];
    for (const l of this.lines) {
      const clean = l.replace(/\u00a0/g, ' ');
      if (clean.trim() === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push(clean.trim() === '' ? '' : clean);
    }
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out.join('\n');
  }

  private breakLine(): void {
    const trimmed = trimEndBlanks(this.line);
    this.lines.push(
      trimmed === '' ? '' : '> '.repeat(this.quoteDepth) + trimmed.replace(/^[ \t]+/, ''),
    );
    this.line = '';
  }

  /** A block boundary: end the current line if it has text (no piles of empty lines). */
  private softBreak(): void {
    if (this.line.trim() !== '') this.breakLine();
  }
}
