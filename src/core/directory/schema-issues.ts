// Turns the compiled validators' errors (Ajv's shape, see scripts/compile-schemas.ts) into
// problems an administrator can act on: one per real mistake, at its JSON path, in plain words
// ("unknown property \"foo\" (allowed: …)", "required property \"address\" is missing"), in
// the order of the file. Shared by the directory/admin file (core) and the CLI's --settings file.
// Nothing here recurses into the data: a file nested 100,000 levels deep is described safely.
import type { Locale } from '../types';

export interface SchemaIssue {
  /** JSON Pointer into the file, e.g. "/modules/3/address" ("" for the whole file). */
  path: string;
  message: string;
  /**
   * Where a person finds it, beside the path: `module "tributi"` for a problem inside the
   * 18th module, so an administrator does not count array items to find it.
   */
  within?: string;
}

/** Optional wording for a specific mistake (e.g. "expected a time as HH:MM"). */
export type IssueHint = (issue: {
  path: string;
  keyword: string;
  value: unknown;
  schemaPath: string;
}) => string | undefined;

/** The words of the issues, Italian first (administrators read them in their language). */
interface IssueWords {
  unknown(name: string, allowed: string): string;
  required(name: string): string;
  pattern(rule: string, got: string): string;
  patternUnknown(got: string): string;
  type(expected: string, got: string): string;
  oneOf(values: string, got: string): string;
  constant(value: string, got: string): string;
  notEmpty: string;
  minItems(n: string): string;
  maxItems(n: string): string;
  minLength(n: string, got: string): string;
  maxLength(n: string): string;
  minimum(n: string, got: string): string;
  maximum(n: string, got: string): string;
  unique: string;
  or: string;
  nothing: string;
  array: string;
  object: string;
  string(value: string): string;
  other(kind: string, value: string): string;
  typeName(type: string): string;
  more(n: number): string;
  mailbox(got: string): string;
}

const typeNamesIt: Record<string, string> = {
  string: 'una stringa',
  number: 'un numero',
  integer: 'un numero intero',
  boolean: 'un booleano (true/false)',
  array: 'un elenco (array)',
  object: 'un oggetto',
  null: 'null',
};

const issueWords: Record<Locale, IssueWords> = {
  it: {
    unknown: (name, allowed) =>
      `proprietà sconosciuta "${name}"${allowed ? ` (ammesse: ${allowed})` : ''}`,
    required: (name) => `manca la proprietà obbligatoria "${name}"`,
    pattern: (rule, got) => `deve corrispondere al modello ${rule} (trovato ${got})`,
    patternUnknown: (got) => `non corrisponde al modello atteso (trovato ${got})`,
    type: (expected, got) => `deve essere ${expected} (trovato ${got})`,
    oneOf: (values, got) => `deve essere uno tra ${values} (trovato ${got})`,
    constant: (value, got) => `deve essere ${value} (trovato ${got})`,
    notEmpty: 'non deve essere vuoto',
    minItems: (n) => `deve avere almeno ${n} elementi`,
    maxItems: (n) => `deve avere al massimo ${n} elementi`,
    minLength: (n, got) => `deve essere lungo almeno ${n} caratteri (trovato ${got})`,
    maxLength: (n) => `deve essere lungo al massimo ${n} caratteri`,
    minimum: (n, got) => `deve essere almeno ${n} (trovato ${got})`,
    maximum: (n, got) => `deve essere al massimo ${n} (trovato ${got})`,
    unique: 'non deve contenere due volte lo stesso elemento',
    or: ' o ',
    nothing: 'niente',
    array: 'un elenco (array)',
    object: 'un oggetto',
    string: (value) => `il testo ${value}`,
    other: (kind, value) => `${typeNamesIt[kind] ?? kind} ${value}`,
    typeName: (type) => typeNamesIt[type] ?? type,
    more: (n) => `… e altri ${n} problemi`,
    mailbox: (got) =>
      `deve essere un solo indirizzo e-mail (nome@dominio), senza spazi né , ; < > " (trovato ${got})`,
  },
  en: {
    unknown: (name, allowed) =>
      `unknown property "${name}"${allowed ? ` (allowed: ${allowed})` : ''}`,
    required: (name) => `required property "${name}" is missing`,
    pattern: (rule, got) => `must match pattern ${rule} (got ${got})`,
    patternUnknown: (got) => `does not match the expected pattern (got ${got})`,
    type: (expected, got) => `must be ${expected} (got ${got})`,
    oneOf: (values, got) => `must be one of ${values} (got ${got})`,
    constant: (value, got) => `must be ${value} (got ${got})`,
    notEmpty: 'must not be empty',
    minItems: (n) => `must have at least ${n} items`,
    maxItems: (n) => `must have at most ${n} items`,
    minLength: (n, got) => `must be at least ${n} characters long (got ${got})`,
    maxLength: (n) => `must be at most ${n} characters long`,
    minimum: (n, got) => `must be at least ${n} (got ${got})`,
    maximum: (n, got) => `must be at most ${n} (got ${got})`,
    unique: 'must not contain the same item twice',
    or: ' or ',
    nothing: 'nothing',
    array: 'an array',
    object: 'an object',
    string: (value) => `the string ${value}`,
    other: (kind, value) => `${kind} ${value}`,
    typeName: (type) =>
      type === 'array' || type === 'object' || type === 'integer'
        ? `an ${type}`
        : type === 'null'
          ? 'null'
          : `a ${type}`,
    more: (n) => `… and ${n} more`,
    mailbox: (got) =>
      `must be one e-mail address (name@domain), without spaces or , ; < > " (got ${got})`,
  },
};

/** One error of a compiled validator (the part of Ajv's ErrorObject we read). */
export interface SchemaError {
  keyword: string;
  /** JSON Pointer of the value, e.g. "/modules/3/address". */
  instancePath: string;
  /** Where in the schema, e.g. "#/properties/modules/items/additionalProperties". */
  schemaPath: string;
  params: Record<string, unknown>;
  /** Set on errors about a key's name (`propertyNames`): the key that is wrong. */
  propertyName?: string;
}

/** A compiled validator: returns true when valid, else leaves its errors on `.errors`. */
export interface CompiledSchema {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** Property names allowed by each `additionalProperties: false`, keyed by its schemaPath. */
export type AllowedProperties = Record<string, readonly string[]>;

/** Issues beyond this many are summarised in one line ("… and 123 more"). */
export const MAX_LISTED_ISSUES = 20;

/** Runs a compiled validator; never throws (a failure of its own becomes one issue). */
export function runSchema(
  validate: CompiledSchema,
  allowed: AllowedProperties,
  data: unknown,
  hint?: IssueHint,
  locale: Locale = 'en',
): SchemaIssue[] {
  try {
    if (validate(data)) return [];
    return describeSchemaErrors(validate.errors ?? [], allowed, data, hint, locale);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return [
      {
        path: '',
        message:
          locale === 'it' ? `non verificabile (${reason})` : `could not be checked (${reason})`,
      },
    ];
  }
}

/**
 * The validator's errors as plain problems: one entry per path and problem, in the order the
 * values appear in the file (a missing property at its object, before the object's children).
 */
export function describeSchemaErrors(
  errors: readonly SchemaError[],
  allowed: AllowedProperties,
  data: unknown,
  hint?: IssueHint,
  locale: Locale = 'en',
): SchemaIssue[] {
  const words = issueWords[locale];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // A key with a wrong name ("rules": {"availabilty-missing": …}) is said once, at the key,
    // with the names allowed (the inner error carries them; the wrapper adds nothing).
    if (e.keyword === 'propertyNames') continue;
    if (e.propertyName !== undefined) {
      const path = `${e.instancePath}/${escapeSegment(e.propertyName)}`;
      const names = Array.isArray(e.params.allowedValues) ? e.params.allowedValues : [];
      const message = words.unknown(e.propertyName, names.join(', '));
      if (!seen.has(`${path}|${message}`)) issues.push({ path, message });
      seen.add(`${path}|${message}`);
      continue;
    }
    let path = e.instancePath;
    if (e.keyword === 'additionalProperties') {
      path += `/${escapeSegment(String(e.params.additionalProperty))}`;
    }
    const value = e.keyword === 'additionalProperties' ? undefined : valueAt(data, path);
    const message =
      hint?.({ path, keyword: e.keyword, value, schemaPath: e.schemaPath }) ??
      plainMessage(e, value, allowed, words);
    const key = `${path}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, message });
  }
  return inFileOrder(issues, data);
}

/**
 * At most MAX_LISTED_ISSUES lines "  at PATH: MESSAGE", then one line for the rest.
 * `prefix` goes before each path (a wrapper key); `at: false` leaves out the word "at".
 */
export function issueLines(
  issues: readonly SchemaIssue[],
  locale: Locale = 'en',
  { prefix = '', at = true }: { prefix?: string; at?: boolean } = {},
): string[] {
  const shown = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map(
      (i) =>
        `  ${at ? 'at ' : ''}${prefix}${i.path || (prefix ? '' : '/')}` +
        `${i.within ? ` (${i.within})` : ''}: ${i.message}`,
    );
  const rest = issues.length - MAX_LISTED_ISSUES;
  return rest > 0 ? [...shown, `  ${issueWords[locale].more(rest)}`] : shown;
}

function plainMessage(
  e: SchemaError,
  value: unknown,
  allowed: AllowedProperties,
  w: IssueWords,
): string {
  const p = e.params;
  const got = quote(value, w);
  const limit = String(p.limit);
  switch (e.keyword) {
    case 'additionalProperties':
      return w.unknown(String(p.additionalProperty), (allowed[e.schemaPath] ?? []).join(', '));
    case 'required':
      return w.required(String(p.missingProperty));
    case 'pattern':
      return e.schemaPath.startsWith('#/$defs/mailbox/')
        ? w.mailbox(got)
        : w.pattern(String(p.pattern), got);
    case 'type': {
      const types = String(p.type).split(',');
      return w.type(types.map((t) => w.typeName(t)).join(w.or), kindOf(value, w));
    }
    case 'enum':
      return Array.isArray(p.allowedValues)
        ? w.oneOf(p.allowedValues.map((v) => JSON.stringify(v)).join(', '), got)
        : w.patternUnknown(got);
    case 'const':
      return w.constant(JSON.stringify(p.allowedValue), got);
    case 'minItems':
      return p.limit === 1 ? w.notEmpty : w.minItems(limit);
    case 'maxItems':
      return w.maxItems(limit);
    case 'minLength':
      return p.limit === 1 ? w.notEmpty : w.minLength(limit, got);
    case 'maxLength':
      return w.maxLength(limit);
    case 'minimum':
      return w.minimum(limit, got);
    case 'maximum':
      return w.maximum(limit, got);
    case 'uniqueItems':
      return w.unique;
    default:
      return `${e.keyword} (${got})`;
  }
}

/** Sorts issues by where their value is in the file; stable for issues at the same place. */
function inFileOrder(issues: SchemaIssue[], data: unknown): SchemaIssue[] {
  const keyOrder = new Map<object, Map<string, number>>();
  const position = (pointer: string): number[] => {
    const out: number[] = [];
    let node: unknown = data;
    for (const raw of pointer.split('/').slice(1)) {
      const key = unescapeSegment(raw);
      if (node === null || typeof node !== 'object') break;
      if (Array.isArray(node)) {
        out.push(Number(key));
      } else {
        let order = keyOrder.get(node);
        if (!order) {
          order = new Map(Object.keys(node).map((k, i) => [k, i]));
          keyOrder.set(node, order);
        }
        out.push(order.get(key) ?? -1);
      }
      node = (node as Record<string, unknown>)[key];
    }
    return out;
  };
  const keyed = issues.map((issue, index) => ({ issue, index, at: position(issue.path) }));
  keyed.sort((a, b) => {
    const n = Math.min(a.at.length, b.at.length);
    for (let i = 0; i < n; i++) {
      if (a.at[i] !== b.at[i]) return a.at[i]! - b.at[i]!;
    }
    return a.at.length - b.at.length || a.index - b.index;
  });
  return keyed.map((k) => k.issue);
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The value at a JSON Pointer ("/modules/3/id"), or undefined. */
function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = unescapeSegment(raw);
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function kindOf(value: unknown, w: IssueWords): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return w.array;
  if (typeof value === 'object') return w.object;
  if (typeof value === 'string') return w.string(quote(value, w));
  return w.other(typeof value, String(value));
}

const QUOTE_LIMIT = 60;

function quote(value: unknown, w: IssueWords): string {
  if (value === undefined) return w.nothing;
  const text =
    typeof value === 'string'
      ? JSON.stringify(value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 3)}…` : value)
      : preview(value);
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 3)}…` : text;
}

/**
 * JSON-like text of a value, cut after QUOTE_LIMIT characters and at 8 levels: JSON.stringify
 * would recurse through the whole value and overflow the stack on a deeply nested file.
 */
function preview(value: unknown, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  if (depth >= 8) return Array.isArray(value) ? '[…]' : '{…}';
  const array = Array.isArray(value);
  let out = array ? '[' : '{';
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    if (out.length > QUOTE_LIMIT) return `${out}…`;
    const key = keys[i]!;
    const item = preview((value as Record<string, unknown>)[key], depth + 1);
    out += `${i > 0 ? ',' : ''}${array ? '' : `${JSON.stringify(key)}:`}${item}`;
  }
  return out + (array ? ']' : '}');
}
