// Answers typed in colour at the end of the helpdesk's own lines ("3. un recapito per
// richiamarla  338 702 4415, meglio dopo le 11" with the number in red, or a table's empty
// "Risposta" cell filled in blue): in plain text they run on from the operator's words with no
// "?" or ":" to cut at, so the coloured runs of the HTML (coloured-runs.ts) say where they start.
import type { ColouredRun } from './coloured-runs';
import type { Line } from './lines';

/** The operator's words before an answer: at least this many characters. */
const minQuestionLength = 8;
/** Longer runs are pasted text, no answer to a question (and matching them stays cheap). */
const maxRunLength = 400;
/** How many characters of a run's end index it. */
const KEY = 6;

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Where the squeezed text `wanted` starts at the end of `text` (whitespace left out of the
 * comparison), or -1 when the line does not end with it.
 */
function tailStart(text: string, wanted: string): number {
  let i = text.length;
  let seen = 0;
  while (i > 0 && seen < wanted.length) {
    i--;
    if (!/\s/.test(text[i]!)) seen++;
  }
  return seen === wanted.length && squeeze(text.slice(i)) === wanted ? i : -1;
}

/** A line's coloured answer: where it starts, and the run it is. */
export interface ColouredCut {
  at: number;
  run: ColouredRun;
}

/**
 * The lines among `from` to `to` (exclusive) that end with one of `runs` after some words of the
 * operator's: the offset in the line where the run starts. `skip` says which lines are not to be
 * read (the operator's own fields and sentences). Runs are indexed by their last characters, so
 * the search is linear in the lines and the runs.
 */
export function colouredAnswerCuts(
  lines: readonly Line[],
  from: number,
  to: number,
  runs: readonly ColouredRun[],
  skip: (k: number) => boolean,
): Map<number, ColouredCut> {
  const cuts = new Map<number, ColouredCut>();
  const byEnd = new Map<string, { squeezed: string; run: ColouredRun }[]>();
  for (const run of runs) {
    const squeezed = squeeze(run.text);
    if (squeezed === '' || squeezed.length > maxRunLength) continue;
    const key = squeezed.slice(-KEY);
    const list = byEnd.get(key) ?? [];
    list.push({ squeezed, run });
    byEnd.set(key, list);
  }
  if (byEnd.size === 0) return cuts;
  // Runs shorter than the key ("sì", "no"): looked up by each of the line's shorter tails.
  const keyLengths = [...new Set([...byEnd.keys()].map((k) => k.length))];
  for (let k = from; k < to; k++) {
    if (skip(k)) continue;
    const text = lines[k]!.text.trimEnd();
    const tail = squeeze(text.slice(-(maxRunLength * 2)));
    for (const length of keyLengths) {
      const found = (byEnd.get(tail.slice(-length)) ?? []).find((c) => tail.endsWith(c.squeezed));
      if (!found) continue;
      const at = tailStart(text, found.squeezed);
      if (at >= 0 && text.slice(0, at).trim().length >= minQuestionLength) {
        cuts.set(k, { at, run: found.run });
        break;
      }
    }
  }
  return cuts;
}
