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
  return joinWrapBreaks(text, false);
}

/**
 * The same wrap breaks made spaces in place: same length, so offsets into the result are offsets
 * into `text` (a break after format=flowed blanks leaves two spaces there).
 */
export function unwrapLinesInPlace(text: string): string {
  return joinWrapBreaks(text, true);
}

function joinWrapBreaks(text: string, inPlace: boolean): string {
  let out = '';
  let done = 0;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    if (isWrapBreak(text, lineStart, nl)) {
      out += `${text.slice(done, inPlace ? nl : lastNonBlank(text, lineStart, nl))} `;
      done = nl + 1;
    }
    lineStart = nl + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

function lastNonBlank(text: string, lineStart: number, nl: number): number {
  let last = nl;
  while (last > lineStart && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
  return last;
}

/** True when the break at `nl`, ending the line from `lineStart`, was made by the mail client. */
function isWrapBreak(text: string, lineStart: number, nl: number): boolean {
  const last = lastNonBlank(text, lineStart, nl);
  return (
    last - lineStart >= WRAPPED_LINE &&
    endsInsideSentence.test(text.charAt(last - 1)) &&
    startsSentencePart.test(text.charAt(nl + 1))
  );
}
