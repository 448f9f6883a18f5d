// Validates a directory / admin file against the JSON Schema without eval (CSP-safe validator),
// so the same code runs in the CLI, the Outlook pane, the on-send runtime and Thunderbird.
import { Validator } from '@cfworker/json-schema';
import schema from '../../../assets/directory/ticket-directory.schema.json';
import defaultDirectoryJson from '../../../assets/directory/ticket-directory.json';
import type { AdminConfig } from '../config/admin-config';
import type { Directory } from '../types';
import { describeSchemaErrors, type SchemaIssue } from './schema-issues';

export { describeSchemaErrors, type IssueHint, type SchemaIssue } from './schema-issues';

/** A problem in the file: its JSON Pointer (e.g. "/modules/3/address") and what is wrong. */
export type DirectoryIssue = SchemaIssue;

export class DirectoryError extends Error {
  constructor(
    readonly source: string,
    readonly issues: DirectoryIssue[],
  ) {
    super(
      `${source}: invalid directory file:\n` +
        issues.map((i) => `  at ${i.path || '/'}: ${i.message}`).join('\n'),
    );
    this.name = 'DirectoryError';
  }
}

let validator: Validator | undefined;

/** Checks parsed JSON against the schema; returns the problems (empty when valid). */
export function validateDirectory(data: unknown): DirectoryIssue[] {
  validator ??= new Validator(schema as object, '2020-12', false);
  const result = validator.validate(data);
  return result.valid ? [] : describeSchemaErrors(result.errors, schema, data);
}

/** Parses and validates a directory/admin file; throws DirectoryError naming path and problem. */
export function parseDirectory(json: string, source = 'ticket-directory.json'): AdminConfig {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new DirectoryError(source, [
      { path: '', message: `not valid JSON (${(err as Error).message})` },
    ]);
  }
  const issues = validateDirectory(data);
  if (issues.length > 0) throw new DirectoryError(source, issues);
  return data as AdminConfig;
}

/** The directory shipped with the add-in (placeholder addresses until the admin replaces it). */
export const defaultDirectory: Directory = defaultDirectoryJson as unknown as Directory;
