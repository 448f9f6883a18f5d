// Texts of the command-line tool, Italian first, English second (rule messages come from the engine).
import type { UsageProblem } from './args';
import type { Locale, Severity, TicketType, Verdict } from '../core/types';

export interface CliMessages {
  usage: string;
  verdict: Record<Verdict, string>;
  severity: Record<Severity, string>;
  ticketType: Record<TicketType, string>;
  noTicketType: string;
  module: string;
  noModule: string;
  type: string;
  noProblems: string;
  summary(problems: number, errors: number, warnings: number, infos: number): string;
  fileError(file: string, reason: string): string;
  usageError(problem: UsageProblem, detail: string): string;
  directoryError: string;
  settingsError: string;
  readError: string;
  reasons: Record<'ENOENT' | 'EISDIR' | 'EACCES' | 'no-headers', string>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const usageIt = `Uso: ticket-check [opzioni] FILE.eml… | -
Controlla e-mail di richiesta assistenza (ticket) secondo le linee guida Palitalsoft.

Opzioni:
  -f, --format stylish|json   formato dell'output (predefinito: stylish)
  -d, --directory FILE        file JSON della rubrica/configurazione dell'amministratore
  -s, --settings FILE         file JSON con le impostazioni dell'utente (nome, telefono, enti…)
  -l, --locale it|en          lingua dei messaggi (predefinita: it)
  -h, --help                  mostra questo aiuto
  -                           legge un messaggio dallo standard input

Codici di uscita: 0 nessun ticket bloccato, 1 almeno un ticket bloccato,
2 errore di utilizzo o file illeggibile.`;

const usageEn = `Usage: ticket-check [options] FILE.eml… | -
Checks support-ticket e-mails against the Palitalsoft helpdesk guidelines.

Options:
  -f, --format stylish|json   output format (default: stylish)
  -d, --directory FILE        admin directory/configuration JSON file
  -s, --settings FILE         JSON file with the user's settings (name, phone, enti…)
  -l, --locale it|en          language of the messages (default: it)
  -h, --help                  show this help
  -                           read one message from standard input

Exit codes: 0 no ticket blocked, 1 at least one ticket blocked,
2 usage error or unreadable file.`;

const it: CliMessages = {
  usage: usageIt,
  verdict: { block: 'bloccato', warn: 'da verificare', ok: 'ok' },
  severity: { error: 'errore', warning: 'avviso', info: 'info' },
  ticketType: { anomalia: 'anomalia', supporto: 'supporto', formazione: 'formazione' },
  noTicketType: 'non determinato',
  module: 'Modulo',
  noModule: 'non individuato',
  type: 'Tipo',
  noProblems: 'nessun problema',
  summary: (problems, errors, warnings, infos) =>
    `${plural(problems, 'problema', 'problemi')} (${plural(errors, 'errore', 'errori')}, ` +
    `${plural(warnings, 'avviso', 'avvisi')}` +
    (infos > 0 ? `, ${plural(infos, 'suggerimento', 'suggerimenti')})` : ')'),
  fileError: (file, reason) => `ticket-check: ${file}: impossibile leggere il messaggio: ${reason}`,
  usageError: (problem, detail) =>
    `ticket-check: ${
      {
        'bad-option': `opzione non valida (${detail})`,
        'bad-format': `--format: "${detail}" non è tra stylish, json`,
        'bad-locale': `--locale: "${detail}" non è tra it, en`,
        'no-files': 'nessun file indicato (usa "-" per leggere un messaggio dallo standard input)',
        'stdin-twice': '"-" (standard input) può essere indicato una sola volta',
      }[problem]
    }\nUsa --help per l'elenco delle opzioni.`,
  directoryError: 'file --directory non valido',
  settingsError: 'file --settings non valido',
  readError: 'impossibile leggere il file',
  reasons: {
    ENOENT: 'file non trovato',
    EISDIR: 'è una cartella',
    EACCES: 'permesso negato',
    'no-headers': 'non è un messaggio e-mail (mancano le intestazioni From, To, Subject, Date)',
  },
};

const en: CliMessages = {
  usage: usageEn,
  verdict: { block: 'blocked', warn: 'check before sending', ok: 'ok' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  ticketType: { anomalia: 'malfunction', supporto: 'support', formazione: 'training' },
  noTicketType: 'unknown',
  module: 'Module',
  noModule: 'not found',
  type: 'Type',
  noProblems: 'no problems',
  summary: (problems, errors, warnings, infos) =>
    `${plural(problems, 'problem', 'problems')} (${plural(errors, 'error', 'errors')}, ` +
    `${plural(warnings, 'warning', 'warnings')}` +
    (infos > 0 ? `, ${plural(infos, 'suggestion', 'suggestions')})` : ')'),
  fileError: (file, reason) => `ticket-check: ${file}: cannot read the message: ${reason}`,
  usageError: (problem, detail) =>
    `ticket-check: ${
      {
        'bad-option': `invalid option (${detail})`,
        'bad-format': `--format: "${detail}" is not one of stylish, json`,
        'bad-locale': `--locale: "${detail}" is not one of it, en`,
        'no-files': 'no file given (use "-" to read a message from standard input)',
        'stdin-twice': '"-" (standard input) can be given only once',
      }[problem]
    }\nUse --help for the list of options.`,
  directoryError: 'invalid --directory file',
  settingsError: 'invalid --settings file',
  readError: 'cannot read the file',
  reasons: {
    ENOENT: 'file not found',
    EISDIR: 'is a directory',
    EACCES: 'permission denied',
    'no-headers': 'not an e-mail message (no From, To, Subject or Date header)',
  },
};

export const cliMessages: Record<Locale, CliMessages> = { it, en };
