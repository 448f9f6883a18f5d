// Appends text to a plain-text body after the user's own words and before a quoted reply or
// forward, so a signature lands under what the user wrote. Where the quote starts is decided by
// the engine's own quote detection: the same boundary the rules use for "own text".
import { prepareText } from './prepare';

export function insertBeforeQuote(body: string, text: string): string {
  const prepared = prepareText(body);
  const { quoted, own } = prepared;
  let at = body.length;
  if (quoted && quoted.start >= own.start && quoted.end <= own.end) {
    // Answers written between the quote's lines: after the last answer.
    at = own.end;
  } else if (quoted && quoted.start >= own.start) {
    // From the start of the quote's first line, so its indentation is kept; a quote above the
    // user's text (a bottom-posted reply) leaves the end of the body.
    at = body.lastIndexOf('\n', quoted.start - 1) + 1;
  }
  const before = body.slice(0, at).trimEnd();
  const rest = body.slice(at);
  const joined = before === '' ? text : `${before}\n\n${text}`;
  return rest === '' ? `${joined}\n` : `${joined}\n\n${rest}`;
}
