// Reads the --settings file: the user's own settings (UserSettings), checked against a JSON
// Schema (settings-schema.ts, compiled by scripts/compile-schemas.ts) so a typo is reported with
// its place in the file instead of being silently ignored.
import {
  issueLines,
  notJson,
  runSchema,
  type CompiledSchema,
  type IssueHint,
  type SchemaIssue,
} from '../core/directory/load-directory';
import type { Locale, UserSettings } from '../core/types';
import { allowedProperties, validate } from './generated/settings-schema';

/** A problem in the file: its JSON Pointer (e.g. "/availability/0/from") and what is wrong. */
export type SettingsIssue = SchemaIssue;

export class SettingsError extends Error {
  constructor(
    readonly source: string,
    /** Every problem found; the message lists the first MAX_LISTED_ISSUES. */
    readonly issues: SettingsIssue[],
  ) {
    super(`${source}: invalid settings file:\n${issueLines(issues).join('\n')}`);
    this.name = 'SettingsError';
  }
}

export function parseSettings(
  json: string,
  source = 'settings.json',
  locale: Locale = 'en',
): UserSettings {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new SettingsError(source, [{ path: '', message: notJson(err, locale) }]);
  }
  const issues = runSchema(
    validate as CompiledSchema,
    allowedProperties,
    data,
    hintIn(locale),
    locale,
  );
  if (issues.length > 0) throw new SettingsError(source, issues);
  const settings = { ...(data as UserSettings & { $schema?: string }) };
  delete settings.$schema;
  return settings;
}

/** Times are the one pattern people get wrong: say it in plain words. */
const hintIn =
  (locale: Locale): IssueHint =>
  ({ path, keyword, value }) =>
    keyword === 'pattern' && /\/(?:from|to)$/.test(path)
      ? locale === 'it'
        ? `serve un orario nella forma HH:MM (trovato ${JSON.stringify(value)})`
        : `expected a time as HH:MM (got ${JSON.stringify(value)})`
      : undefined;
