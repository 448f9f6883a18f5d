// Reads the --settings file: the user's own settings (UserSettings), checked against a JSON
// Schema so a typo is reported with its place in the file instead of being silently ignored.
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import {
  describeSchemaErrors,
  notJson,
  type IssueHint,
  type SchemaIssue,
} from '../core/directory/load-directory';
import type { Locale, UserSettings } from '../core/types';

/** A problem in the file: its JSON Pointer (e.g. "/availability/0/from") and what is wrong. */
export type SettingsIssue = SchemaIssue;

export class SettingsError extends Error {
  constructor(
    readonly source: string,
    readonly issues: SettingsIssue[],
  ) {
    super(
      `${source}: invalid settings file:\n` +
        issues.map((i) => `  at ${i.path || '/'}: ${i.message}`).join('\n'),
    );
    this.name = 'SettingsError';
  }
}

const time = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' };

const settingsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    name: { type: 'string' },
    phone: { type: 'string' },
    enti: { type: 'array', items: { type: 'string', minLength: 1 } },
    availability: {
      type: 'array',
      items: {
        type: 'object',
        required: ['days', 'from', 'to'],
        additionalProperties: false,
        properties: { days: { type: 'string', minLength: 1 }, from: time, to: time },
      },
    },
    language: { enum: ['it', 'en'] },
  },
};

let validator: Validator | undefined;

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
  validator ??= new Validator(settingsSchema as Schema, '2020-12', false);
  const result = validator.validate(data);
  if (!result.valid) {
    throw new SettingsError(
      source,
      describeSchemaErrors(result.errors, settingsSchema, data, hintIn(locale), locale),
    );
  }
  const settings = { ...(data as UserSettings & { $schema?: string }) };
  delete settings.$schema;
  return settings;
}

/** Times are the one pattern people get wrong: say it in plain words. */
const hintIn =
  (locale: Locale): IssueHint =>
  ({ path, keyword, value }) =>
    keyword === 'pattern' && /\/(from|to)$/.test(path)
      ? locale === 'it'
        ? `serve un orario nella forma HH:MM (trovato ${JSON.stringify(value)})`
        : `expected a time as HH:MM (got ${JSON.stringify(value)})`
      : undefined;
