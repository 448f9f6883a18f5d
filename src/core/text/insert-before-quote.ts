// Appends text to a plain-text body after the user's own words and before a quoted reply or
// forward, so a signature lands under what the user wrote. Where the quote starts is decided by
// the engine's own quote detection: the same boundary the rules use for "own text".
import { prepareText } from './prepare';

export function insertBeforeQuote(body: string, text: string): string {
  const prepared = prepareText(body);
  const { quoted } = prepared;
  // From the start of the quote's first line, so its indentation is kept; a quote above the
  // user's text (a bottom-posted reply) leaves the end of the body.
  const at =
    quoted && quoted.start >= prepared.own.start
      ? body.lastIndexOf('\n', quoted.start - 1) + 1
      : body.length;
  const own = body.slice(0, at).trimEnd();
  const rest = body.slice(at);
  const joined = own === '' ? text : `${own}\n\n${text}`;
  return rest === '' ? `${joined}\n` : `${joined}\n\n${rest}`;
}
