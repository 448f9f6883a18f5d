// Where rules look and what they point at: pattern search in a bounded region (on its folded
// text, offsets into the field), excerpts for messages, and the locations of findings.
import type { Location } from '../types';
import type { Region, RuleContext } from './rule';

export interface Hit {
  /** Offsets into the field (body text or subject); end is exclusive. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
}

/** The hit of `length` characters at `index` of a region. */
export function hitAt(region: Region, index: number, length: number): Hit {
  return {
    start: region.start + index,
    end: region.start + index + length,
    text: region.text.slice(index, index + length),
  };
}

/** First match of `re` (no g flag) in the region's folded text. */
export function findIn(region: Region | null, re: RegExp): Hit | null {
  if (!region || region.text === '') return null;
  const m = re.exec(region.folded);
  return m ? hitAt(region, m.index, m[0].length) : null;
}

/**
 * The global copy of each pattern matchesIn searched with, kept for the next search: building
 * one per call cost more than many of the searches. A search takes the copy out while it runs,
 * so a search of the same pattern nested in it builds its own.
 */
const globalCopies = new WeakMap<RegExp, RegExp>();

/** Every match of `re` in the region's folded text (a global copy of `re` is used). */
export function* matchesIn(region: Region | null, re: RegExp): Generator<RegExpExecArray> {
  if (!region || region.text === '') return;
  let global = globalCopies.get(re);
  if (global) globalCopies.delete(re);
  else global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  global.lastIndex = 0;
  try {
    let m: RegExpExecArray | null;
    while ((m = global.exec(region.folded)) !== null) {
      if (m[0] === '') global.lastIndex++;
      yield m;
    }
  } finally {
    globalCopies.set(re, global);
  }
}

/** A region that starts `from` characters into `region` and ends `to` (exclusive). */
export function subRegion(region: Region, from: number, to = region.text.length): Region {
  return {
    start: region.start + from,
    end: region.start + to,
    text: region.text.slice(from, to),
    folded: region.folded.slice(from, to),
  };
}

export function excerpt(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function bodyWhere(hit: Hit): Location {
  return { field: 'body', start: hit.start, end: hit.end, excerpt: excerpt(hit.text) };
}

export function subjectWhere(hit: Hit): Location {
  return { field: 'subject', start: hit.start, end: hit.end, excerpt: excerpt(hit.text) };
}

/** The problem of a rule whose message quotes the text it found. */
export function quoting<K extends string>(messageId: K, where: Location) {
  return { messageId, data: { excerpt: where.excerpt ?? '' }, where };
}

/** An empty location at the end of the user's own text (where an appended block goes). */
export function endOfOwnText(ctx: RuleContext): Location {
  return { field: 'body', start: ctx.body.own.end, end: ctx.body.own.end };
}
