// The ticket-check command, independent of `process` so tests can run it in-process.
// Only the engine's public API (src/core/index.ts), like any other host. One language per run:
// --locale, else the language of the settings file, else the admin file's, else Italian; it is
// settled before any file is parsed, so every message of the run speaks it.
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
import { formatDirectoryJson, formatJson } from './format-json';
import { formatStylish } from './format-stylish';
import { parseSettings, SettingsError } from './load-settings';
import { printable } from './terminal-text';
import type { Readable } from 'node:stream';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  readFile(path: string): Promise<Buffer>;
  readStdin(): Promise<Buffer>;
  /**
   * Opens a message file as a stream, so a large attachment is never held in memory whole (a
   * PEC envelope is opened twice). Without it, messages are read with readFile. Standard input
   * is read whole: it cannot be read twice, and its attachments are still not kept.
   */
  openFile?(path: string): Readable;
  env: Record<string, string | undefined>;
}

export const exitCodes = { ok: 0, blocked: 1, failure: 2 } as const;

/** Name shown for the message read from standard input. */
export const stdinName = '<stdin>';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  // Nothing the CLI writes to the terminal may carry a control character from a file name.
  const stderr = (text: string) =>
    io.stderr.write(text.split('\n').map(printable).join('\n') + '\n');
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    stderr(cliMessages[guessLocale(argv)].usageError(err.problem, err.detail));
    return exitCodes.failure;
  }
  if (args.help) {
    io.stdout.write(cliMessages[args.locale ?? 'it'].usage + '\n');
    return exitCodes.ok;
  }

  let config: LoadedConfig;
  try {
    config = await loadConfig(args, io);
  } catch (err) {
    stderr(configErrorText(err));
    return exitCodes.failure;
  }
  const { options, locale } = config;
  const t = cliMessages[locale];

  // --directory alone: the admin file was read and validated above; say so and stop.
  if (args.files.length === 0) {
    const admin = config.admin;
    const file = args.directoryFile ?? '';
    if (args.format === 'json') {
      io.stdout.write(
        formatDirectoryJson({
          directory: file,
          valid: true,
          modules: admin.modules.length,
          placeholder: admin.placeholder === true,
        }),
      );
    } else {
      io.stdout.write(
        printable(t.directoryValid(file, admin.modules.length, admin.placeholder === true)) + '\n',
      );
    }
    return exitCodes.ok;
  }

  const checked: CheckedFile[] = [];
  let failed = 0;
  for (const file of args.files) {
    const name = file === '-' ? stdinName : file;
    try {
      const source =
        file === '-'
          ? await io.readStdin()
          : io.openFile
            ? io.openFile(file)
            : await io.readFile(file);
      const draft = await emlToDraft(source, io.openFile && (() => io.openFile!(file)));
      checked.push({ file: name, report: checkTicket(draft, options) });
    } catch (err) {
      // One bad file must not hide the results of the others.
      failed += 1;
      stderr(t.fileError(name, reasonOf(err, locale)));
    }
  }

  if (args.format === 'json') {
    io.stdout.write(formatJson(checked));
  } else {
    io.stdout.write(
      formatStylish(checked, {
        locale,
        color: wantsColor(io),
        unread: failed,
        width: io.stdout.columns,
      }),
    );
  }

  if (failed > 0) return exitCodes.failure;
  return checked.some((c) => c.report.verdict === 'block') ? exitCodes.blocked : exitCodes.ok;
}

interface LoadedConfig {
  options: CheckOptions;
  locale: Locale;
  admin: AdminConfig;
}

/** The language a config file asks for, read before the file is validated (undefined if none). */
function languageIn(text: string | undefined, pick: (data: Record<string, unknown>) => unknown) {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    const value =
      data && typeof data === 'object' ? pick(data as Record<string, unknown>) : undefined;
    return value === 'it' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

async function loadConfig(args: CliArgs, io: CliIo): Promise<LoadedConfig> {
  // Both files are read first: the run's language may come from either, and every message,
  // the validation problems of these very files included, must speak it.
  const early: Locale = args.locale ?? 'it';
  const adminText =
    args.directoryFile !== undefined
      ? await readConfigFile(args.directoryFile, io, early)
      : undefined;
  const settingsText =
    args.settingsFile !== undefined
      ? await readConfigFile(args.settingsFile, io, early)
      : undefined;
  const locale: Locale =
    args.locale ??
    languageIn(settingsText, (d) => d.language) ??
    languageIn(adminText, (d) => (d.settings as Record<string, unknown> | undefined)?.language) ??
    'it';
  let admin = defaultDirectory as AdminConfig;
  let settings: UserSettings = {};
  try {
    if (adminText !== undefined) admin = parseDirectory(adminText, args.directoryFile, locale);
    if (settingsText !== undefined)
      settings = parseSettings(settingsText, args.settingsFile, locale);
  } catch (err) {
    throw new LocalizedError(err, locale);
  }
  const { options } = resolveConfig(admin, settings);
  return { options: { ...options, locale }, locale, admin };
}

/** A configuration error with the language it is to be reported in. */
class LocalizedError extends Error {
  constructor(
    readonly error: unknown,
    readonly locale: Locale,
  ) {
    super(String(error));
  }
}

class ConfigReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly locale: Locale,
  ) {
    super(`${file}: ${reason}`);
  }
}

async function readConfigFile(file: string, io: CliIo, locale: Locale): Promise<string> {
  try {
    return (await io.readFile(file)).toString('utf8');
  } catch (err) {
    throw new ConfigReadError(file, reasonOf(err, locale), locale);
  }
}

function configErrorText(thrown: unknown): string {
  if (thrown instanceof ConfigReadError) {
    const t = cliMessages[thrown.locale];
    return `ticket-check: ${thrown.file}: ${t.readError}: ${thrown.reason}`;
  }
  if (thrown instanceof LocalizedError) {
    const err = thrown.error;
    const t = cliMessages[thrown.locale];
    if (err instanceof DirectoryError || err instanceof SettingsError) {
      // The issues are worded in the run's language; the error's own message is English.
      const head = err instanceof DirectoryError ? t.directoryError : t.settingsError;
      // Capped: a file with 10,000 bad modules must not print 40,000 lines.
      const lines = issueLines(err.issues, thrown.locale, { at: false });
      return [`ticket-check: ${err.source}: ${head}:`, ...lines].join('\n');
    }
    return `ticket-check: ${oneLine(err)}`;
  }
  // Anything else (a bug of ours on a strange file): one line, never a stack trace.
  return `ticket-check: ${oneLine(thrown)}`;
}

/** An error as one short line: its message (or its text), without the stack. */
export function oneLine(err: unknown): string {
  let text: string;
  try {
    text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  } catch {
    text = 'unknown error';
  }
  const line = text.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** A short reason for a failed file, in the run's language. */
function reasonOf(err: unknown, locale: Locale): string {
  const reasons = cliMessages[locale].reasons;
  if (err instanceof EmlParseError) return reasons[err.problem];
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    return `${reasons[code]} (${code})`;
  }
  // Any other system error: its code is language-neutral; the message would be English.
  if (typeof code === 'string') return `${cliMessages[locale].readError} (${code})`;
  return err instanceof Error ? err.message : String(err);
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
