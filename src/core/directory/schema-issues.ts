// Turns the JSON Schema validator's output into problems an administrator can act on: one per
// real mistake, at its JSON path, in plain words ("unknown property \"foo\" (allowed: …)",
// "required property \"address\" is missing") instead of the validator's "False boolean schema".
// Shared by the directory/admin file (core) and the CLI's --settings file.
import type { OutputUnit } from '@cfworker/json-schema';

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
): SchemaIssue[] {
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
    add(path, plainMessage(e, path, value, errors, schema));
  }
  return issues;
}

function plainMessage(
  e: OutputUnit,
  path: string,
  value: unknown,
  errors: readonly OutputUnit[],
  schema: unknown,
): string {
  const rule = valueAt(schema, pointerOf(e.keywordLocation));
  switch (e.keyword) {
    case 'false': {
      const name = lastSegment(path);
      const allowed = allowedProperties(path, errors, schema);
      return allowed.length > 0
        ? `unknown property "${name}" (allowed: ${allowed.join(', ')})`
        : `unknown property "${name}"`;
    }
    case 'required': {
      const missing = /"([^"]*)"/.exec(e.error)?.[1];
      return missing ? `required property "${missing}" is missing` : e.error;
    }
    case 'pattern':
      return typeof rule === 'string'
        ? `must match pattern ${rule} (got ${quote(value)})`
        : `does not match the expected pattern (got ${quote(value)})`;
    case 'type': {
      const expected = Array.isArray(rule) ? rule.join(' or ') : String(rule);
      return `must be ${article(expected)} (got ${kindOf(value)})`;
    }
    case 'enum':
      return Array.isArray(rule)
        ? `must be one of ${rule.map((v) => JSON.stringify(v)).join(', ')} (got ${quote(value)})`
        : e.error;
    case 'const':
      return `must be ${JSON.stringify(rule)} (got ${quote(value)})`;
    case 'minItems':
      return rule === 1 ? 'must not be empty' : `must have at least ${String(rule)} items`;
    case 'maxItems':
      return `must have at most ${String(rule)} items`;
    case 'minLength':
      return rule === 1
        ? 'must not be empty'
        : `must be at least ${String(rule)} characters long (got ${quote(value)})`;
    case 'maxLength':
      return `must be at most ${String(rule)} characters long`;
    case 'minimum':
      return `must be at least ${String(rule)} (got ${quote(value)})`;
    case 'maximum':
      return `must be at most ${String(rule)} (got ${quote(value)})`;
    case 'uniqueItems':
      return 'must not contain the same item twice';
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

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  if (type === 'array' || type === 'object' || type === 'integer') return `an ${type}`;
  if (type === 'null') return 'null';
  return `a ${type}`;
}

function quote(value: unknown): string {
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(short);
  }
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
