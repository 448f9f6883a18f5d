// Turns the JSON Schema validator's output into problems an administrator can act on: one per
// real mistake, at its JSON path, in plain words ("unknown property \"foo\" (allowed: …)",
// "required property \"address\" is missing") instead of the validator's "False boolean schema".
// Shared by the directory/admin file (core) and the CLI's --settings file.
import type { OutputUnit } from '@cfworker/json-schema';
import type { Locale } from '../types';

export interface SchemaIssue {
  /** JSON Pointer into the file, e.g. "/modules/3/address" ("" for the whole file). */
  path: string;
  message: string;
}

/** Optional wording for a specific mistake (e.g. "expected a time as HH:MM"). */
export type IssueHint = (issue: {
  path: string;
  keyword: string;
  value: unknown;
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
  },
};

// Keywords that only say "something inside me failed": the inner errors tell what.
const summaryKeywords = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalItems',
  'patternProperties',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  '$ref',
  '$dynamicRef',
  'allOf',
]);

/**
 * The validator's errors as plain problems: summaries of enclosing objects left out, one entry
 * per path and problem, in file order.
 */
export function describeSchemaErrors(
  errors: readonly OutputUnit[],
  schema: unknown,
  data: unknown,
  hint?: IssueHint,
  locale: Locale = 'en',
): SchemaIssue[] {
  const words = issueWords[locale];
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const add = (path: string, message: string) => {
    const key = `${path}|${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    issues.push({ path, message });
  };
  for (const e of errors) {
    const path = pointerOf(e.instanceLocation);
    if (summaryKeywords.has(e.keyword)) continue;
    if (e.keyword === 'additionalProperties') {
      // With `additionalProperties: false` the child reports "False boolean schema" (handled
      // below, with the allowed names); with a schema, the child's own error says what is wrong.
      continue;
    }
    const value = valueAt(data, path);
    const hinted = hint?.({ path, keyword: e.keyword, value });
    if (hinted) {
      add(path, hinted);
      continue;
    }
    add(path, plainMessage(e, path, value, errors, schema, words));
  }
  return issues;
}

function plainMessage(
  e: OutputUnit,
  path: string,
  value: unknown,
  errors: readonly OutputUnit[],
  schema: unknown,
  w: IssueWords,
): string {
  const rule = valueAt(schema, pointerOf(e.keywordLocation));
  const got = quote(value, w);
  const n = String(rule);
  switch (e.keyword) {
    case 'false':
      return w.unknown(lastSegment(path), allowedProperties(path, errors, schema).join(', '));
    case 'required': {
      const missing = /"([^"]*)"/.exec(e.error)?.[1];
      return missing ? w.required(missing) : e.error;
    }
    case 'pattern':
      return typeof rule === 'string' ? w.pattern(rule, got) : w.patternUnknown(got);
    case 'type': {
      const expected = Array.isArray(rule) ? rule.map((t) => w.typeName(String(t))) : [n];
      return w.type(Array.isArray(rule) ? expected.join(w.or) : w.typeName(n), kindOf(value, w));
    }
    case 'enum':
      return Array.isArray(rule)
        ? w.oneOf(rule.map((v) => JSON.stringify(v)).join(', '), got)
        : e.error;
    case 'const':
      return w.constant(JSON.stringify(rule), got);
    case 'minItems':
      return rule === 1 ? w.notEmpty : w.minItems(n);
    case 'maxItems':
      return w.maxItems(n);
    case 'minLength':
      return rule === 1 ? w.notEmpty : w.minLength(n, got);
    case 'maxLength':
      return w.maxLength(n);
    case 'minimum':
      return w.minimum(n, got);
    case 'maximum':
      return w.maximum(n, got);
    case 'uniqueItems':
      return w.unique;
    default:
      return e.error;
  }
}

/**
 * Names allowed where an unknown property was found: the `properties` of the schema whose
 * `additionalProperties: false` rejected it (found from the sibling additionalProperties error).
 */
function allowedProperties(path: string, errors: readonly OutputUnit[], schema: unknown): string[] {
  const parent = path.slice(0, path.lastIndexOf('/'));
  const owner = errors.find(
    (o) => o.keyword === 'additionalProperties' && pointerOf(o.instanceLocation) === parent,
  );
  if (!owner) return [];
  const schemaPath = pointerOf(owner.keywordLocation).replace(/\/additionalProperties$/, '');
  const properties = (valueAt(schema, schemaPath) as { properties?: object } | undefined)
    ?.properties;
  return properties ? Object.keys(properties).filter((k) => k !== '$schema') : [];
}

/** The validator's "#/a%20b/0" as a readable JSON Pointer ("/a b/0"). */
function pointerOf(location: string): string {
  const bare = location.replace(/^#/, '');
  try {
    return decodeURI(bare).replace(/%23/g, '#');
  } catch {
    return bare;
  }
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

function lastSegment(pointer: string): string {
  return unescapeSegment(pointer.slice(pointer.lastIndexOf('/') + 1));
}

function kindOf(value: unknown, w: IssueWords): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return w.array;
  if (typeof value === 'object') return w.object;
  if (typeof value === 'string') return w.string(quote(value, w));
  return w.other(typeof value, String(value));
}

function quote(value: unknown, w: IssueWords): string {
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(short);
  }
  if (value === undefined) return w.nothing;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
