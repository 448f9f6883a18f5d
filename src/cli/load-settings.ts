// Reads the --settings file: the user's own settings (UserSettings), checked against a JSON
// Schema so a typo is reported with its place in the file instead of being silently ignored.
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import type { UserSettings } from '../core/types';

export interface SettingsIssue {
  /** JSON Pointer into the file, e.g. "/availability/0/from". */
  path: string;
  message: string;
}

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

export function parseSettings(json: string, source = 'settings.json'): UserSettings {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new SettingsError(source, [
      { path: '', message: `not valid JSON (${(err as Error).message})` },
    ]);
  }
  validator ??= new Validator(settingsSchema as Schema, '2020-12', false);
  const result = validator.validate(data);
  if (!result.valid) {
    // Keep the innermost problems: the validator also reports every enclosing object.
    const leaves = result.errors.filter(
      (e) =>
        !result.errors.some(
          (o) => o !== e && o.instanceLocation.startsWith(e.instanceLocation + '/'),
        ),
    );
    const issues = leaves.map((e) => {
      const path = e.instanceLocation.replace(/^#/, '');
      return { path, message: readableMessage(path, e.keyword, e.error) };
    });
    throw new SettingsError(source, dedupe(issues));
  }
  const settings = { ...(data as UserSettings & { $schema?: string }) };
  delete settings.$schema;
  return settings;
}

/** The validator's wording for the two mistakes people make most, in plain words. */
function readableMessage(path: string, keyword: string, fallback: string): string {
  const key = path.split('/').pop() ?? '';
  if (keyword === 'false') {
    const allowed = path.startsWith('/availability/')
      ? ['days', 'from', 'to']
      : Object.keys(settingsSchema.properties).filter((k) => k !== '$schema');
    return `unknown key "${key}" (expected: ${allowed.join(', ')})`;
  }
  if (keyword === 'pattern' && (key === 'from' || key === 'to')) return 'expected a time as HH:MM';
  return fallback;
}

function dedupe(issues: SettingsIssue[]): SettingsIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
