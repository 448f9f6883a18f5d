// Word lists as reviewable arrays, one alternative per line, compiled into one pattern. An
// alternative is a plain string ('reperibile') or a regular expression for the ones that need
// one (/dalle \d{1,2}/); both are matched on folded text (lower case, no accents), so "perche"
// matches "perché". Keep a list beside the rule that uses it.

export type Alternative = string | RegExp;
type Part = Alternative | readonly Alternative[];

/** `(?:a|b|c)`: a non-capturing group of the alternatives. */
export function anyOf(alternatives: readonly Alternative[]): string {
  if (alternatives.length === 0) throw new Error('anyOf: empty word list');
  return `(?:${alternatives.map(source).join('|')})`;
}

/**
 * A regular expression written as a template, with word lists and fragments as values:
 * pattern`\b${verbs} (?:la|il) ${objects}\b`. The template is raw text (no double escaping);
 * an array value becomes a group of alternatives.
 */
export function pattern(strings: TemplateStringsArray, ...values: Part[]): RegExp {
  return patternWith('')(strings, ...values);
}

/** `pattern` with flags: patternWith('g')`…`. */
export function patternWith(flags: string) {
  return (strings: TemplateStringsArray, ...values: Part[]): RegExp =>
    new RegExp(
      boundaryLookaheads(
        String.raw({ raw: strings.raw }, ...values.map((v) => (isList(v) ? anyOf(v) : source(v)))),
      ),
      flags,
    );
}

/**
 * A character class whose text holds ")\b" (a ")" and a backspace there), read token by token
 * from the start so that an escaped "[" opens no class: the rewrite below must not touch it.
 */
const classWithBoundary =
  /^(?:[^\\[]|\\[\s\S]|\[(?:\\[\s\S]|[^\\\]])*\])*?\[(?:\\[\s\S]|[^\\\]])*?\\?\)\\b/;

/**
 * `source` with each word boundary after a group, ")\b", written "(?=\b)": the same assertion,
 * but V8 compiles a bare \b after an alternation into every alternative, which made the first
 * use of a long word list (when V8 compiles it) up to 7 times slower (3-8 ms for the longest).
 */
export function boundaryLookaheads(source: string): string {
  return classWithBoundary.test(source) ? source : source.split(')\\b').join(')(?=\\b)');
}

function isList(value: Part): value is readonly Alternative[] {
  return Array.isArray(value);
}

function source(value: Alternative): string {
  return typeof value === 'string' ? value : value.source;
}
