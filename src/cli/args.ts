// Command-line arguments of ticket-check, parsed with node:util parseArgs.
import { parseArgs } from 'node:util';
import type { Locale } from '../core/types';

export type OutputFormat = 'stylish' | 'json';

export interface CliArgs {
  help: boolean;
  format: OutputFormat;
  directoryFile?: string;
  settingsFile?: string;
  /** Only when given on the command line: otherwise settings or admin file decide. */
  locale?: Locale;
  /** Paths of .eml files; "-" is standard input. */
  files: string[];
}

export type UsageProblem = 'bad-option' | 'bad-format' | 'bad-locale' | 'no-files' | 'stdin-twice';

/** A mistake on the command line (exit code 2); the CLI words it in the user's language. */
export class UsageError extends Error {
  constructor(
    readonly problem: UsageProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'UsageError';
  }
}

const formats: readonly OutputFormat[] = ['stylish', 'json'];
const locales: readonly Locale[] = ['it', 'en'];

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string', short: 'f' },
        directory: { type: 'string', short: 'd' },
        settings: { type: 'string', short: 's' },
        locale: { type: 'string', short: 'l' },
      },
    });
  } catch (err) {
    // parseArgs' own message names the offending option; its first sentence is enough.
    throw new UsageError('bad-option', (err as Error).message.split(/\.\s/)[0]);
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!isOneOf(format, formats)) {
    throw new UsageError('bad-format', format);
  }
  if (values.locale !== undefined && !isOneOf(values.locale, locales)) {
    throw new UsageError('bad-locale', values.locale);
  }
  const help = values.help ?? false;
  if (!help && positionals.length === 0) {
    throw new UsageError('no-files');
  }
  if (positionals.filter((p) => p === '-').length > 1) {
    throw new UsageError('stdin-twice');
  }
  return {
    help,
    format,
    ...(values.directory !== undefined ? { directoryFile: values.directory } : {}),
    ...(values.settings !== undefined ? { settingsFile: values.settings } : {}),
    ...(values.locale !== undefined ? { locale: values.locale } : {}),
    files: positionals,
  };
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
