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

export type UsageProblem =
  | 'unknown-option'
  | 'missing-value'
  | 'unexpected-value'
  | 'bad-option'
  | 'bad-format'
  | 'bad-locale'
  | 'no-files'
  | 'stdin-twice';

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
    throw usageErrorOf(err as Error & { code?: string });
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
  // --directory alone validates the admin file: no mail needed for that.
  if (!help && positionals.length === 0 && values.directory === undefined) {
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

/**
 * parseArgs words its errors in English; the option it names is kept and the CLI words the rest
 * in the run's language.
 */
function usageErrorOf(err: Error & { code?: string }): UsageError {
  const option = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('unknown-option', option);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = option.endsWith('<value>') ? option.slice(0, -'<value>'.length).trimEnd() : option;
    return /missing/i.test(err.message)
      ? new UsageError('missing-value', name)
      : new UsageError('unexpected-value', name);
  }
  return new UsageError('bad-option', err.message.split(/\.\s/)[0]);
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
