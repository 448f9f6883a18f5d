// Appends text to a plain-text body after the user's own words and before a quoted reply or
// forward, so a signature lands under what the user wrote. Where the quote starts is decided by
// the engine's own quote detection: the same boundary the rules use for "own text".
import { prepareText } from './prepare';

export function insertBeforeQuote(body: string, text: string): string {
  const quoted = prepareText(body).quoted;
  // From the start of the quote's first line, so its indentation is kept.
  const at = quoted ? body.lastIndexOf('\n', quoted.start - 1) + 1 : body.length;
  const own = body.slice(0, at).trimEnd();
  const rest = body.slice(at);
  const joined = own === '' ? text : `${own}\n\n${text}`;
  return rest === '' ? `${joined}\n` : `${joined}\n\n${rest}`;
}
