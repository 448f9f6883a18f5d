// Texts of the pane, Italian first and English second. Rule messages come from the engine in
// the report's locale; these are the pane's own labels.
import type { DraftField, Locale, Severity, TicketType, Verdict } from '../core/types';

const it = {
  appTitle: 'Verifica Ticket',
  verdictOkTitle: 'Ticket pronto',
  verdictOk: 'Il messaggio rispetta le linee guida per l’apertura di un ticket.',
  verdictWarnTitle: 'Da rivedere',
  verdictWarn: 'Il ticket può partire, ma ci sono punti da migliorare.',
  verdictBlockTitle: 'Da correggere',
  verdictBlock: 'Così il ticket rischia di non essere preso in carico: correggi gli errori.',
  checking: 'Controllo del messaggio in corso…',
  score: 'Qualità del ticket',
  scoreValue: '{score} su 100',
  groupError: 'Errori',
  groupWarning: 'Avvisi',
  groupInfo: 'Suggerimenti',
  noFindings: 'Nessuna osservazione.',
  fieldSubject: 'Oggetto',
  fieldBody: 'Testo',
  fieldTo: 'A',
  fieldCc: 'Cc',
  fieldAttachments: 'Allegati',
  fieldFrom: 'Da',
  applying: 'Applicazione in corso…',
  moduleTitle: 'Modulo suggerito',
  moduleNone:
    'Nessun modulo riconosciuto con certezza: indica chiaramente il programma interessato.',
  moduleAddress: 'Indirizzo per il ticket',
  moduleConfidence: 'Attendibilità {percent}%',
  moduleReasons: 'Perché',
  ticketTypeTitle: 'Tipo di richiesta',
  ticketType_anomalia: 'Errore / anomalia del software',
  ticketType_supporto: 'Supporto operativo (a pagamento senza PALASS)',
  ticketType_formazione: 'Formazione / consulenza (a pagamento senza assistenza straordinaria)',
  ticketType_none: 'Non ancora chiaro',
  officialList: 'Elenco ufficiale degli indirizzi per i ticket',
  placeholderTitle: 'Indirizzi di esempio',
  placeholderNotice:
    'Gli indirizzi dei moduli sono segnaposto, non quelli reali di Palitalsoft: verifica l’indirizzo sull’elenco ufficiale e chiedi all’amministratore il file ticket-directory.json.',
  adminErrorTitle: 'File di configurazione non valido',
  adminErrorNotice:
    'Si usa l’elenco incluso nel componente. Dettaglio per l’amministratore: {error}',
  notTicketMail:
    'Nessun destinatario è un indirizzo dell’assistenza: se è un ticket, aggiungi l’indirizzo del modulo.',
  hostErrorTitle: 'Operazione non riuscita',
  hostErrorRead:
    'Non è stato possibile leggere il messaggio ({operation}). Il testo non è stato modificato.',
  hostErrorWrite:
    'Non è stato possibile modificare il messaggio ({operation}). Il testo non è stato modificato.',
  hostErrorSettings:
    'Non è stato possibile leggere le impostazioni di Verifica Ticket. Il messaggio non è stato modificato.',
  hostErrorOther: 'Errore: {message}',
  checkFailed:
    'Il controllo non è riuscito per un errore interno di Verifica Ticket. Il testo non è stato modificato e l’invio non viene bloccato.',
  retry: 'Riprova',
  toolsTitle: 'Inserisci',
  insertSignature: 'Firma con recapiti',
  insertTemplate: 'Modello di ticket',
  insertTemplateHint: 'Disponibile solo con il testo vuoto',
  proposeSubject: 'Proponi oggetto',
  settings: 'Impostazioni',
  settingsTitle: 'I tuoi dati per i ticket',
  settingsFirstRun:
    'Benvenuto! Inserisci i dati che ogni ticket deve contenere: servono per la firma e per i controlli.',
  settingsName: 'Nome e cognome',
  settingsPhone: 'Telefono diretto',
  settingsPhoneInvalid: 'Numero non riconosciuto come telefono italiano',
  settingsEnti: 'Enti per cui lavori (uno per riga)',
  settingsAvailability: 'Fasce di reperibilità',
  settingsSlot: 'Fascia {n}',
  settingsSlotDays: 'Giorni',
  settingsSlotFrom: 'Dalle',
  settingsSlotTo: 'Alle',
  settingsSlotAdd: 'Aggiungi fascia',
  settingsSlotRemove: 'Rimuovi fascia {n}',
  settingsLanguage: 'Lingua',
  settingsLanguageAuto: 'Come il programma di posta',
  settingsMode: 'All’invio',
  settingsModeBlock: 'Blocca i ticket con errori',
  settingsModeWarn: 'Avvisa soltanto',
  settingsLocked: 'Impostato dall’amministratore',
  settingsSave: 'Salva',
  settingsCancel: 'Annulla',
  settingsSaved: 'Impostazioni salvate',
  loading: 'Caricamento…',
};

export type MessageKey = keyof typeof it;

const en: Record<MessageKey, string> = {
  appTitle: 'Ticket Check',
  verdictOkTitle: 'Ticket ready',
  verdictOk: 'The message follows the guidelines for opening a ticket.',
  verdictWarnTitle: 'Review',
  verdictWarn: 'The ticket can be sent, but some points could be better.',
  verdictBlockTitle: 'Needs fixing',
  verdictBlock: 'As it is, the ticket may not be taken in charge: fix the errors.',
  checking: 'Checking the message…',
  score: 'Ticket quality',
  scoreValue: '{score} out of 100',
  groupError: 'Errors',
  groupWarning: 'Warnings',
  groupInfo: 'Suggestions',
  noFindings: 'Nothing to report.',
  fieldSubject: 'Subject',
  fieldBody: 'Text',
  fieldTo: 'To',
  fieldCc: 'Cc',
  fieldAttachments: 'Attachments',
  fieldFrom: 'From',
  applying: 'Applying…',
  moduleTitle: 'Suggested module',
  moduleNone: 'No module recognised with confidence: say clearly which program is concerned.',
  moduleAddress: 'Ticket address',
  moduleConfidence: 'Confidence {percent}%',
  moduleReasons: 'Why',
  ticketTypeTitle: 'Kind of request',
  ticketType_anomalia: 'Software error / anomaly',
  ticketType_supporto: 'Operational support (charged without PALASS)',
  ticketType_formazione: 'Training / advice (charged without extraordinary assistance)',
  ticketType_none: 'Not clear yet',
  officialList: 'Official list of ticket addresses',
  placeholderTitle: 'Example addresses',
  placeholderNotice:
    'The module addresses are placeholders, not Palitalsoft’s real ones: check the address on the official list and ask your administrator for the ticket-directory.json file.',
  adminErrorTitle: 'Invalid configuration file',
  adminErrorNotice: 'The built-in list is used. Detail for the administrator: {error}',
  notTicketMail: 'No recipient is a helpdesk address: if this is a ticket, add the module address.',
  hostErrorTitle: 'Operation failed',
  hostErrorRead: 'The message could not be read ({operation}). Your text was not changed.',
  hostErrorWrite: 'The message could not be changed ({operation}). Your text was not changed.',
  hostErrorSettings: 'Ticket Check could not read its settings. Your message was not changed.',
  hostErrorOther: 'Error: {message}',
  checkFailed:
    'The check failed because of an internal error in Ticket Check. Your text was not changed and sending is not blocked.',
  retry: 'Retry',
  toolsTitle: 'Insert',
  insertSignature: 'Signature with contacts',
  insertTemplate: 'Ticket template',
  insertTemplateHint: 'Only available while the text is empty',
  proposeSubject: 'Propose subject',
  settings: 'Settings',
  settingsTitle: 'Your details for tickets',
  settingsFirstRun:
    'Welcome! Enter the details every ticket must contain: they are used for the signature and the checks.',
  settingsName: 'Full name',
  settingsPhone: 'Direct phone',
  settingsPhoneInvalid: 'Not recognised as an Italian phone number',
  settingsEnti: 'Enti you work for (one per line)',
  settingsAvailability: 'When you can be reached',
  settingsSlot: 'Time slot {n}',
  settingsSlotDays: 'Days',
  settingsSlotFrom: 'From',
  settingsSlotTo: 'To',
  settingsSlotAdd: 'Add time slot',
  settingsSlotRemove: 'Remove time slot {n}',
  settingsLanguage: 'Language',
  settingsLanguageAuto: 'Same as the mail program',
  settingsMode: 'On send',
  settingsModeBlock: 'Block tickets with errors',
  settingsModeWarn: 'Only warn',
  settingsLocked: 'Set by your administrator',
  settingsSave: 'Save',
  settingsCancel: 'Cancel',
  settingsSaved: 'Settings saved',
  loading: 'Loading…',
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { it, en };

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const texts = catalogues[locale] ?? it;
  return (key, data) =>
    texts[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      data && name in data ? String(data[name]) : whole,
    );
}

export const verdictKeys: Record<Verdict, { title: MessageKey; text: MessageKey }> = {
  ok: { title: 'verdictOkTitle', text: 'verdictOk' },
  warn: { title: 'verdictWarnTitle', text: 'verdictWarn' },
  block: { title: 'verdictBlockTitle', text: 'verdictBlock' },
};

export const severityGroupKeys: Record<Severity, MessageKey> = {
  error: 'groupError',
  warning: 'groupWarning',
  info: 'groupInfo',
};

export const fieldKeys: Record<DraftField, MessageKey> = {
  subject: 'fieldSubject',
  body: 'fieldBody',
  to: 'fieldTo',
  cc: 'fieldCc',
  attachments: 'fieldAttachments',
  from: 'fieldFrom',
};

export function ticketTypeKey(type: TicketType | null): MessageKey {
  return type ? `ticketType_${type}` : 'ticketType_none';
}
