// Texts of the command-line tool, Italian first, English second (rule messages come from the engine).
import type { UsageProblem } from './args';
import type { DraftField, Locale, Severity, TicketType, Verdict } from '../core/types';

export interface CliMessages {
  usage: string;
  /** The pane's verdict titles, so the CLI and the pane say the same thing. */
  verdict: Record<Verdict, string>;
  severity: Record<Severity, string>;
  ticketType: Record<TicketType, string>;
  noTicketType: string;
  module: string;
  noModule: string;
  type: string;
  /** Label before a fix's title. */
  fix: string;
  /** Some checks did not run (our failure): the result may be incomplete. */
  incomplete(what: string): string;
  field: Record<DraftField, string>;
  /** Opening and closing quotes around an excerpt. */
  quote: [string, string];
  /** The closing line: files by verdict, findings by severity, files not read. */
  summary(
    files: Record<Verdict, number>,
    findings: Record<Severity, number>,
    unread: number,
  ): string;
  directoryValid(file: string, modules: number, placeholder: boolean): string;
  fileError(file: string, reason: string): string;
  usageError(problem: UsageProblem, detail: string): string;
  directoryError: string;
  settingsError: string;
  readError: string;
  reasons: Record<'ENOENT' | 'EISDIR' | 'EACCES' | 'no-headers' | 'unreadable', string>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const usageIt = `Uso: ticket-check [opzioni] FILE.eml… | -
     ticket-check --directory FILE.json
Controlla e-mail di richiesta assistenza (ticket) secondo le linee guida Palitalsoft.
Con il solo --directory controlla il file dell'amministratore e termina.

Opzioni:
  -f, --format stylish|json   formato dell'output (predefinito: stylish)
  -d, --directory FILE        file JSON della rubrica/configurazione dell'amministratore
  -s, --settings FILE         file JSON con le impostazioni dell'utente (nome, telefono, enti…)
  -l, --locale it|en          lingua dei messaggi (predefinita: it)
  -h, --help                  mostra questo aiuto
  -                           legge un messaggio dallo standard input

Codici di uscita: 0 nessun ticket da correggere, 1 almeno un ticket da correggere,
2 errore di utilizzo, file illeggibile o file dell'amministratore non valido.`;

const usageEn = `Usage: ticket-check [options] FILE.eml… | -
       ticket-check --directory FILE.json
Checks support-ticket e-mails against the Palitalsoft helpdesk guidelines.
With --directory alone, checks the administrator's file and exits.

Options:
  -f, --format stylish|json   output format (default: stylish)
  -d, --directory FILE        admin directory/configuration JSON file
  -s, --settings FILE         JSON file with the user's settings (name, phone, enti…)
  -l, --locale it|en          language of the messages (default: it)
  -h, --help                  show this help
  -                           read one message from standard input

Exit codes: 0 no ticket needs fixing, 1 at least one ticket needs fixing,
2 usage error, unreadable file or invalid administrator's file.`;

const it: CliMessages = {
  usage: usageIt,
  verdict: { block: 'da correggere', warn: 'da rivedere', ok: 'ticket pronto' },
  severity: { error: 'errore', warning: 'avviso', info: 'info' },
  ticketType: { anomalia: 'anomalia', supporto: 'supporto', formazione: 'formazione' },
  noTicketType: 'non determinato',
  module: 'Modulo',
  incomplete: (what) =>
    `Nota: controllo incompleto per un errore di ticket-check, non del messaggio (${what}).`,
  noModule: 'non individuato',
  type: 'Tipo',
  fix: 'Correzione',
  field: {
    subject: 'Oggetto',
    body: 'Testo',
    to: 'A',
    cc: 'Cc',
    attachments: 'Allegati',
    from: 'Da',
  },
  quote: ['«', '»'],
  summary: (files, findings, unread) => {
    const total = files.block + files.warn + files.ok + unread;
    const parts = [
      files.block > 0 ? `${files.block} da correggere` : '',
      files.warn > 0 ? `${files.warn} da rivedere` : '',
      files.ok > 0 ? plural(files.ok, 'pronto', 'pronti') : '',
      unread > 0 ? plural(unread, 'non letto', 'non letti') : '',
    ].filter(Boolean);
    const counts = [
      plural(findings.error, 'errore', 'errori'),
      plural(findings.warning, 'avviso', 'avvisi'),
      plural(findings.info, 'suggerimento', 'suggerimenti'),
    ];
    return `${plural(total, 'file', 'file')}: ${parts.join(', ')}; ${counts.join(', ')}`;
  },
  directoryValid: (file, modules, placeholder) =>
    `ticket-check: ${file}: valido, ${plural(modules, 'modulo', 'moduli')}` +
    (placeholder ? ' (indirizzi segnaposto: sostituiscili con quelli reali)' : ''),
  fileError: (file, reason) => `ticket-check: ${file}: impossibile leggere il messaggio: ${reason}`,
  usageError: (problem, detail) =>
    `ticket-check: ${
      {
        'unknown-option': `opzione sconosciuta: ${detail}`,
        'missing-value': `manca il valore di ${detail}`,
        'unexpected-value': `${detail} non vuole un valore`,
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
    unreadable: 'non è un messaggio e-mail leggibile',
  },
};

const en: CliMessages = {
  usage: usageEn,
  verdict: { block: 'needs fixing', warn: 'worth a check', ok: 'ticket ready' },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  ticketType: { anomalia: 'software fault', supporto: 'support', formazione: 'training' },
  noTicketType: 'unknown',
  module: 'Module',
  incomplete: (what) =>
    `Note: incomplete check because of an error in ticket-check, not in the mail (${what}).`,
  noModule: 'not found',
  type: 'Type',
  fix: 'Fix',
  field: {
    subject: 'Subject',
    body: 'Message',
    to: 'To',
    cc: 'Cc',
    attachments: 'Attachments',
    from: 'From',
  },
  quote: ['“', '”'],
  summary: (files, findings, unread) => {
    const total = files.block + files.warn + files.ok + unread;
    const parts = [
      files.block > 0 ? plural(files.block, 'needs fixing', 'need fixing') : '',
      files.warn > 0 ? `${files.warn} worth a check` : '',
      files.ok > 0 ? `${files.ok} ready` : '',
      unread > 0 ? `${unread} not read` : '',
    ].filter(Boolean);
    const counts = [
      plural(findings.error, 'error', 'errors'),
      plural(findings.warning, 'warning', 'warnings'),
      plural(findings.info, 'suggestion', 'suggestions'),
    ];
    return `${plural(total, 'file', 'files')}: ${parts.join(', ')}; ${counts.join(', ')}`;
  },
  directoryValid: (file, modules, placeholder) =>
    `ticket-check: ${file}: valid, ${plural(modules, 'module', 'modules')}` +
    (placeholder ? ' (placeholder addresses: replace them with the real ones)' : ''),
  fileError: (file, reason) => `ticket-check: ${file}: cannot read the message: ${reason}`,
  usageError: (problem, detail) =>
    `ticket-check: ${
      {
        'unknown-option': `unknown option: ${detail}`,
        'missing-value': `${detail} needs a value`,
        'unexpected-value': `${detail} takes no value`,
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
    unreadable: 'not a readable e-mail message',
  },
};

export const cliMessages: Record<Locale, CliMessages> = { it, en };
