// Where rules look and what they point at: pattern search on the folded body with offsets into
// PreparedText.text, excerpts for messages, and the text regions rules look at.
import type { TextPart } from '../text/prepare';
import type { Location } from '../types';
import type { RuleContext } from './rule';

export interface Hit {
  start: number;
  end: number;
  /** Original text of the hit. */
  text: string;
}

/** First match of `re` (no g flag) in a body part, as offsets into the body text. */
export function findInBody(ctx: RuleContext, part: TextPart, re: RegExp): Hit | null {
  if (part.end <= part.start) return null;
  const m = re.exec(ctx.foldedBody.slice(part.start, part.end));
  if (!m) return null;
  const start = part.start + m.index;
  const end = start + m[0].length;
  return { start, end, text: ctx.body.text.slice(start, end) };
}

/** First match of `re` in the subject. */
export function findInSubject(ctx: RuleContext, re: RegExp): Hit | null {
  const m = re.exec(ctx.foldedSubject);
  if (!m) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: ctx.subject.slice(m.index, m.index + m[0].length),
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

/** The own text without the signature block: where requests and phrases are written. */
export function ownWithoutSignature(ctx: RuleContext): TextPart {
  const { own, signature } = ctx.body;
  const end = signature ? signature.start : own.end;
  return { start: own.start, end, text: ctx.body.text.slice(own.start, end) };
}

/** An empty location at the end of the user's own text (where an appended block goes). */
export function endOfOwnText(ctx: RuleContext): Location {
  return { field: 'body', start: ctx.body.own.end, end: ctx.body.own.end };
}
