// A PEC envelope shown as text: the certified-mail provider's notice ("Messaggio di posta
// certificata / Il giorno … il messaggio … è stato inviato da … / Il messaggio originale è
// incluso in allegato"), then the original under a "Messaggio originale" separator. Some
// gateways and webmails inline the original this way instead of attaching postacert.eml. The
// ticket is the original: the notice is not the user's text, and the original is not quoted.
// The separator is a "Messaggio originale" line or a plain ruler.
import { fold } from './fold';
import { type Line, lineHead } from './lines';
import { isSeparatorLine } from './quotes';

const noticeTitle = /^(?:messaggio di )?posta (?:elettronica )?certificata\b/;
/** A line of the notice: '"…" è stato inviato da "…"', "Il messaggio originale è incluso…". */
const noticeBody = /\be stato (?:inviato|spedito) da\b|\bmessaggio originale e incluso\b/;
/** A plain "------" line may separate the notice from the original too. */
const ruler = /^[-_=*]{5,}$/;
/** The notice is a few lines: the separator must follow soon. */
const NOTICE_LINES = 16;

/** Index of the first line of the inlined original, or 0 when the body is no such envelope. */
export function certifiedOriginalLine(lines: Line[]): number {
  let first = 0;
  while (first < lines.length && lineHead(lines[first]!) === '') first++;
  if (first === lines.length || !noticeTitle.test(fold(lineHead(lines[first]!)))) return 0;
  let notice = false;
  for (let i = first + 1; i < Math.min(lines.length, first + NOTICE_LINES); i++) {
    const head = fold(lineHead(lines[i]!));
    if (noticeBody.test(head)) notice = true;
    else if (notice && (isSeparatorLine(head) || ruler.test(head))) return i + 1;
  }
  return 0;
}
