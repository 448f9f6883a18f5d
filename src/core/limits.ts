// How much of each input the rules read. Applied once, when the engine builds the rule
// context, so every rule is bounded by construction: a real ticket's own text is a few KB, and
// a megabyte of pasted log or quoted history must not make a check slow.

/** Characters of the (trimmed) subject the rules read. */
export const SUBJECT_SCAN = 1_000;
/** Characters of each body region (own text, content, request, quoted part) the rules read. */
export const REGION_SCAN = 50_000;
/** Characters of the signature block and of the end of the own text the rules read. */
export const TAIL_SCAN = 5_000;
/** Characters of the quoted part the rules read (only reply-to-ticket-notification reads it). */
export const QUOTED_SCAN = 20_000;
