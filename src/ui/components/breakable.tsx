// E-mail addresses that wrap where a reader expects (after "@", before "."), not mid-word: a
// 320 px pane cannot fit "tributi@ticket.palitalsoft.example" on one line.
import { Fragment, type ReactNode } from 'react';

const address = /[^\s<>()[\]"'«»“”,;:]+@[^\s<>()[\]"'«»“”,;:]+\.[A-Za-z]{2,}/g;

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
  for (const m of text.matchAll(address)) {
    const at = m.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    out.push(breakAddress(m[0], at));
    last = at + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
