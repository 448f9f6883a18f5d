// The ticket-check command, independent of `process` so tests can run it in-process.
// Only the engine's public API (src/core/index.ts), like any other host.
import {
  checkTicket,
  defaultDirectory,
  DirectoryError,
  issueLines,
  parseDirectory,
  resolveConfig,
} from '../core';
import type { AdminConfig, CheckOptions, Locale, UserSettings } from '../core';
import { parseCliArgs, UsageError } from './args';
import type { CliArgs } from './args';
import type { CheckedFile } from './checked-file';
import { cliMessages } from './cli-messages';
import { EmlParseError, emlToDraft } from './eml-to-draft';
import { formatJson } from './format-json';
import { formatStylish } from './format-stylish';
import { parseSettings, SettingsError } from './load-settings';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<Buffer>;
  readStdin(): Promise<Buffer>;
  env: Record<string, string | undefined>;
}

export const exitCodes = { ok: 0, blocked: 1, failure: 2 } as const;

/** Name shown for the message read from standard input. */
export const stdinName = '<stdin>';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(cliMessages[guessLocale(argv)].usageError(err.problem, err.detail) + '\n');
    return exitCodes.failure;
  }
  const early = args.locale ?? 'it';
  if (args.help) {
    io.stdout.write(cliMessages[early].usage + '\n');
    return exitCodes.ok;
  }

  let options: CheckOptions;
  try {
    options = await loadOptions(args, io, early);
  } catch (err) {
    io.stderr.write(configErrorText(err, early) + '\n');
    return exitCodes.failure;
  }
  const locale: Locale = options.locale ?? 'it';
  const t = cliMessages[locale];

  const checked: CheckedFile[] = [];
  let failed = false;
  for (const file of args.files) {
    const name = file === '-' ? stdinName : file;
    try {
      const source = file === '-' ? await io.readStdin() : await io.readFile(file);
      const draft = await emlToDraft(source);
      checked.push({ file: name, report: checkTicket(draft, options) });
    } catch (err) {
      // One bad file must not hide the results of the others.
      failed = true;
      io.stderr.write(t.fileError(name, reasonOf(err, locale)) + '\n');
    }
  }

  if (args.format === 'json') {
    io.stdout.write(formatJson(checked));
  } else if (checked.length > 0) {
    io.stdout.write(formatStylish(checked, { locale, color: wantsColor(io) }));
  }

  if (failed) return exitCodes.failure;
  return checked.some((c) => c.report.verdict === 'block') ? exitCodes.blocked : exitCodes.ok;
}

async function loadOptions(args: CliArgs, io: CliIo, locale: Locale): Promise<CheckOptions> {
  let admin = defaultDirectory as AdminConfig;
  if (args.directoryFile !== undefined) {
    const text = await readConfigFile(args.directoryFile, io, locale);
    admin = parseDirectory(text, args.directoryFile, locale);
  }
  let settings: UserSettings = {};
  if (args.settingsFile !== undefined) {
    const text = await readConfigFile(args.settingsFile, io, locale);
    settings = parseSettings(text, args.settingsFile, locale);
  }
  const { options } = resolveConfig(admin, settings);
  // --locale on the command line wins over the settings and the admin file.
  return args.locale ? { ...options, locale: args.locale } : options;
}

class ConfigReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

async function readConfigFile(file: string, io: CliIo, locale: Locale): Promise<string> {
  try {
    return (await io.readFile(file)).toString('utf8');
  } catch (err) {
    throw new ConfigReadError(file, reasonOf(err, locale));
  }
}

function configErrorText(err: unknown, locale: Locale): string {
  const t = cliMessages[locale];
  if (err instanceof DirectoryError || err instanceof SettingsError) {
    // The issues are worded in the user's language; the error's own message is English.
    const head = err instanceof DirectoryError ? t.directoryError : t.settingsError;
    // Capped: a file with 10,000 bad modules must not print 40,000 lines.
    const lines = issueLines(err.issues, locale, { at: false });
    return [`ticket-check: ${err.source}: ${head}:`, ...lines].join('\n');
  }
  if (err instanceof ConfigReadError) {
    return `ticket-check: ${err.file}: ${t.readError}: ${err.reason}`;
  }
  throw err;
}

/** A short reason for a failed file: the system error in words, or the parser's message. */
function reasonOf(err: unknown, locale: Locale): string {
  const reasons = cliMessages[locale].reasons;
  if (err instanceof EmlParseError && err.problem === 'no-headers') return reasons['no-headers'];
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      return `${reasons[code]} (${code})`;
    }
    return err.message;
  }
  return String(err);
}

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColor(io: CliIo): boolean {
  const noColor = io.env.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

/** Before the arguments are parsed, an English request is still worth honouring. */
function guessLocale(argv: string[]): Locale {
  const i = argv.findIndex((a) => a === '--locale' || a === '-l');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--locale='))?.slice(9);
  return value === 'en' ? 'en' : 'it';
}
