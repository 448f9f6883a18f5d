// Answers typed in colour at the end of the helpdesk's own lines ("3. un recapito per
// richiamarla  338 702 4415, meglio dopo le 11" with the number in red, or a table's empty
// "Risposta" cell filled in blue): in plain text they run on from the operator's words with no
// "?" or ":" to cut at, so the coloured runs of the HTML (coloured-runs.ts) say where they start.
import type { Line } from './lines';

/** The operator's words before an answer: at least this many characters. */
const minQuestionLength = 8;

/**
 * Where `run` starts at the end of `text` (whitespace, non-breaking spaces too, left out of the comparison), or
 * -1 when the line does not end with it.
 */
function tailStart(text: string, run: string): number {
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const wanted = squeeze(run);
  if (wanted === '') return -1;
  let i = text.length;
  let seen = 0;
  while (i > 0 && seen < wanted.length) {
    i--;
    if (!/\s/.test(text[i]!)) seen++;
  }
  return seen === wanted.length && squeeze(text.slice(i)) === wanted ? i : -1;
}

/**
 * The lines among `from` to `to` (exclusive) that end with one of `runs` after some words of the
 * operator's: the offset in the line where the run starts. `skip` says which lines are not to be
 * read (the operator's own fields and sentences).
 */
export function colouredAnswerCuts(
  lines: readonly Line[],
  from: number,
  to: number,
  runs: readonly string[],
  skip: (k: number) => boolean,
): Map<number, number> {
  const cuts = new Map<number, number>();
  if (runs.length === 0) return cuts;
  for (let k = from; k < to; k++) {
    if (skip(k)) continue;
    const text = lines[k]!.text.trimEnd();
    for (const run of runs) {
      const at = tailStart(text, run);
      if (at >= 0 && text.slice(0, at).trim().length >= minQuestionLength) {
        cuts.set(k, at);
        break;
      }
    }
  }
  return cuts;
}
