// E-mail addresses that wrap where a reader expects (after "@", before "."), not mid-word: a
// 320 px pane cannot fit "tributi@ticket.palitalsoft.example" on one line.
import { Fragment, type ReactNode } from 'react';

/** Characters that end an address: blanks, brackets, quotes and list punctuation. */
const outside = /[\s"'(),:;<>[\]\xab\xbb\u201c\u201d]/;

/**
 * Addresses as /[^X]+@[^X]+\.[A-Za-z]{2,}/g finds them (X: the characters of `outside`), found
 * run by run: the pattern itself rescans a long run from every start. In a run of address
 * characters a match starts at the run's start, needs an "@" after its first character and
 * ends after the letters of the last "." that is followed by two letters, past that "@" + 1.
 */
function findAddresses(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const letter = (i: number) => /[a-z]/i.test(text.charAt(i));
  let i = 0;
  while (i < text.length) {
    if (outside.test(text.charAt(i))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < text.length && !outside.test(text.charAt(runEnd))) runEnd++;
    let at = i + 1;
    while (at < runEnd && text.charAt(at) !== '@') at++;
    if (at < runEnd) {
      for (let dot = runEnd - 3; dot >= at + 2; dot--) {
        if (text.charAt(dot) !== '.' || !letter(dot + 1) || !letter(dot + 2)) continue;
        let end = dot + 3;
        while (end < runEnd && letter(end)) end++;
        found.push({ start: i, end });
        break;
      }
    }
    i = runEnd;
  }
  return found;
}

/** One address with break opportunities after "@" and before each ".". */
function breakAddress(text: string, key: number): ReactNode {
  // No lookbehind: older Safari (Outlook on Mac) lacks it.
  const parts = text.replace(/@/g, '@\n').replace(/\./g, '\n.').split('\n');
  return (
    <Fragment key={key}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </Fragment>
  );
}

/** Text in which every e-mail address may wrap at "@" and "."; the rest is left alone. */
export function Breakable({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let last = 0;
  for (const { start, end } of findAddresses(text)) {
    if (start > last) out.push(text.slice(last, start));
    out.push(breakAddress(text.slice(start, end), start));
    last = end;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
