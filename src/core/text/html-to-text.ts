// HTML body to plain text with htmlparser2's streaming parser: linear time, no DOM (the engine
// runs in DOM-less hosts). Output rules are in text-builder.ts.
import { Parser } from 'htmlparser2';
import { htmlToTextLight } from './html-to-text-light';
import { PlainTextBuilder } from './text-builder';

/**
 * htmlparser2 keeps open elements in an array it grows with unshift(), which is quadratic when
 * thousands of elements are left open. Past this many unclosed elements the light linear
 * tokenizer is used instead.
 */
const maxUnclosed = 2000;

export function htmlToText(html: string): string {
  const opened = countMatches(html, /<[a-zA-Z]/g);
  const closed = countMatches(html, /<\/|\/>/g);
  if (opened - closed > maxUnclosed) return htmlToTextLight(html);
  const builder = new PlainTextBuilder();
  const parser = new Parser(
    {
      onopentag: (name) => builder.openTag(name),
      onclosetag: (name) => builder.closeTag(name),
      ontext: (text) => builder.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return builder.result();
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
