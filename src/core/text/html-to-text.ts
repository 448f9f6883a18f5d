// HTML body to plain text with htmlparser2's streaming parser: linear time, no DOM (the engine
// runs in DOM-less hosts). Output rules are in text-builder.ts.
import { Parser } from 'htmlparser2';
import { htmlToTextLight } from './html-to-text-light';
import { PlainTextBuilder } from './text-builder';

/**
 * htmlparser2 keeps open elements in an array it grows with unshift(), which is quadratic when
 * thousands of elements are open at once, closed later or never. Past this nesting depth the
 * light linear tokenizer is used instead.
 */
const maxDepth = 2000;

export function htmlToText(html: string): string {
  if (maxNesting(html) > maxDepth) return htmlToTextLight(html);
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

/** Elements that have no closing tag: they open no level. */
const voidElements = new Set(
  'area base br col embed hr img input link meta source track wbr'.split(' '),
);

/**
 * Deepest nesting of the tags in `html`, counted on the way (an opening tag one level down, a
 * closing or self-closing one up). An estimate that errs on the deep side: an unclosed <p>
 * counts as still open.
 */
function maxNesting(html: string): number {
  const tag = /<(\/?)([a-z][a-z0-9]*)|\/>/gi;
  let depth = 0;
  let max = 0;
  // The "/>" that follows a void element's name ends that element, not an open one.
  let afterVoid = false;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[0] === '/>') {
      if (!afterVoid) depth--;
    } else if (m[1] === '/') depth--;
    else if (!voidElements.has(m[2]!.toLowerCase())) depth++;
    afterVoid = m[2] !== undefined && m[1] === '' && voidElements.has(m[2].toLowerCase());
    if (depth > max) max = depth;
  }
  return max;
}
