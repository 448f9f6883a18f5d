// Lines the mail client wrapped inside a sentence, read as one line. Plain-text clients
// (Thunderbird, many webmails) break lines at about 72 characters, so a phrase the classifiers
// look for ("invece dello 0,83%", "come si registra … ?") may straddle a line break.

/** A line at least this long, ending inside a sentence, was wrapped by the mail client. */
const WRAPPED_LINE = 50;

// Latin letters with accents, digits: what Italian text ends and starts its words with.
const endsInsideSentence = /[0-9A-Za-z\u00c0-\u024f,'’"»)%]/;
const startsSentencePart = /[0-9A-Za-z\u00c0-\u024f"«('’]/;

/**
 * `text` with each wrap break (a single line break after a long line that does not end a
 * sentence, before more words) and the blanks before it (format=flowed) made one space. Blank
 * lines, short lines (signatures, lists) and lines ending with a stop stay. Offsets change: for
 * readers that only ask whether a phrase is there.
 */
export function unwrapLines(text: string): string {
  let out = '';
  let done = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    let last = nl;
    while (last > lineStart && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
    if (
      last - lineStart >= WRAPPED_LINE &&
      endsInsideSentence.test(text.charAt(last - 1)) &&
      startsSentencePart.test(text.charAt(nl + 1))
    ) {
      out += `${text.slice(done, last)} `;
      done = nl + 1;
    }
    lineStart = nl + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}
