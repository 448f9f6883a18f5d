// Validates a directory / admin file with the validator compiled from its JSON Schema at build
// time (generated/directory-schema.ts): no schema interpreter and no eval in any bundle, so the
// same code runs in the CLI, the Outlook pane, the on-send runtime and Thunderbird.
import defaultDirectoryJson from '../../../assets/directory/ticket-directory.json';
import type { AdminConfig } from '../config/admin-config';
import type { Directory, Locale } from '../types';
import { allowedProperties, validate } from './generated/directory-schema';
import { issueLines, runSchema, type CompiledSchema, type SchemaIssue } from './schema-issues';

export {
  describeSchemaErrors,
  issueLines,
  MAX_LISTED_ISSUES,
  runSchema,
  type AllowedProperties,
  type CompiledSchema,
  type IssueHint,
  type SchemaError,
  type SchemaIssue,
} from './schema-issues';

/** A problem in the file: its JSON Pointer (e.g. "/modules/3/address") and what is wrong. */
export type DirectoryIssue = SchemaIssue;

export class DirectoryError extends Error {
  constructor(
    readonly source: string,
    /** Every problem found; the message lists the first MAX_LISTED_ISSUES. */
    readonly issues: DirectoryIssue[],
    locale: Locale = 'en',
  ) {
    const what = locale === 'it' ? 'file della directory non valido' : 'invalid directory file';
    super(`${source}: ${what}:\n${issueLines(issues, locale).join('\n')}`);
    this.name = 'DirectoryError';
  }
}

/**
 * Checks parsed JSON against the schema; returns the problems (empty when valid). A problem
 * inside a module names that module by its id (or its name), beside the JSON path.
 */
export function validateDirectory(data: unknown, locale: Locale = 'en'): DirectoryIssue[] {
  const issues = runSchema(validate as CompiledSchema, allowedProperties, data, undefined, locale);
  if (issues.length === 0) return issues;
  try {
    const modules = (data as { modules?: unknown } | null)?.modules;
    if (!Array.isArray(modules)) return issues;
    const word = locale === 'it' ? 'modulo' : 'module';
    return issues.map((issue) => {
      const index = /^\/modules\/(\d+)(?:\/|$)/.exec(issue.path)?.[1];
      const label = index === undefined ? undefined : moduleLabel(modules[Number(index)]);
      return label ? { ...issue, within: `${word} ${JSON.stringify(label)}` } : issue;
    });
  } catch {
    // A hostile value (a getter that throws): the problems without the module names.
    return issues;
  }
}

/** A module's id, else its name, when it is a short text (quoted with JSON escapes). */
function moduleLabel(module: unknown): string | undefined {
  if (!module || typeof module !== 'object') return undefined;
  const { id, name } = module as { id?: unknown; name?: unknown };
  for (const label of [id, name]) {
    if (typeof label === 'string' && label.trim() !== '' && label.length <= 60) return label;
  }
  return undefined;
}

/** Parses and validates a directory/admin file; throws DirectoryError naming path and problem. */
export function parseDirectory(
  json: string,
  source = 'ticket-directory.json',
  locale: Locale = 'en',
): AdminConfig {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new DirectoryError(source, [{ path: '', message: notJson(err, locale) }], locale);
  }
  const issues = validateDirectory(data, locale);
  if (issues.length > 0) throw new DirectoryError(source, issues, locale);
  return data as AdminConfig;
}

/** JSON.parse's own reason (in English: it comes from the JavaScript engine). */
export function notJson(err: unknown, locale: Locale): string {
  const reason = err instanceof Error ? err.message : String(err);
  return locale === 'it' ? `non è JSON valido (${reason})` : `not valid JSON (${reason})`;
}

/** The directory shipped with the add-in (placeholder addresses until the admin replaces it). */
export const defaultDirectory: Directory = defaultDirectoryJson as unknown as Directory;
