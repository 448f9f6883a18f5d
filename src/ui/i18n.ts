// Texts of the pane, Italian first and English second. Rule messages come from the engine in
// the report's locale; these are the pane's own labels. The settings panel's own texts load with
// the panel (settings/settings-i18n.ts).
import type { DraftField, Locale, Severity, TicketType, Verdict } from '../core/types';

const it = {
  appTitle: 'Verifica Ticket',
  verdictOkTitle: 'Ticket pronto',
  verdictOk: 'Il messaggio rispetta le linee guida per l’apertura di un ticket.',
  verdictWarnTitle: 'Da rivedere',
  verdictWarn: 'Il ticket può partire, ma ci sono punti da migliorare.',
  verdictBlockTitle: 'Da correggere',
  verdictBlock: 'Così il ticket rischia di non essere preso in carico: correggi gli errori.',
  notTicketTitle: 'Questo messaggio non è diretto all’assistenza',
  notTicketText:
    'Nessun destinatario è un indirizzo dell’assistenza: non serve controllarlo come ticket.',
  notTicketHint: 'Se è una richiesta di assistenza, scrivi al modulo {module}: {address}',
  notTicketHintNoModule:
    'Se è una richiesta di assistenza, scrivi all’indirizzo del modulo interessato (vedi l’elenco ufficiale).',
  checkAnyway: 'Controlla comunque come ticket',
  noRecipients:
    'Manca ancora il destinatario: il ticket va all’indirizzo del modulo {module}, {address}.',
  noRecipientsNoModule:
    'Manca ancora il destinatario: aggiungi l’indirizzo del modulo interessato (vedi l’elenco ufficiale).',
  checking: 'Controllo del messaggio in corso…',
  score: 'Qualità del ticket',
  scoreValue: '{score} su 100',
  groupError: 'Errori',
  groupWarning: 'Avvisi',
  groupInfo: 'Suggerimenti',
  quoted: '«{text}»',
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
  moduleReasons: 'Perché questo modulo',
  ticketTypeTitle: 'Tipo di richiesta',
  ticketType_anomalia: 'Errore / anomalia del software',
  ticketType_supporto: 'Supporto operativo (a pagamento senza PALASS)',
  ticketType_formazione: 'Formazione / consulenza (a pagamento senza assistenza straordinaria)',
  ticketType_none: 'Non ancora chiaro',
  officialList: 'Elenco ufficiale degli indirizzi per i ticket',
  placeholderTitle: 'Controlla l’indirizzo prima di inviare',
  placeholderNotice:
    'Gli indirizzi dei moduli proposti qui sono di esempio: l’indirizzo giusto è sull’elenco ufficiale.',
  adminDetails: 'Dettagli per l’amministratore',
  placeholderAdmin:
    'Il componente usa ancora gli indirizzi segnaposto inclusi nel pacchetto (…@ticket.palitalsoft.example). Pubblica accanto al componente il file ticket-directory.json con gli indirizzi reali.',
  incompleteTitle: 'Controllo incompleto',
  incompleteNotice:
    'Alcuni controlli non sono stati eseguiti per un problema di Verifica Ticket, non del tuo messaggio: quello che vedi qui potrebbe non essere tutto. L’invio non viene bloccato per questo.',
  adminErrorTitle: 'Impostazioni dell’ufficio non valide',
  adminErrorNotice:
    'Il file preparato dall’amministratore non si può usare: Verifica Ticket usa gli indirizzi inclusi nel componente.',
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
  templatePresent: 'Il modello è già nel testo.',
  signaturePresent: 'Firma e telefono sono già nel testo.',
  proposeSubject: 'Proponi oggetto',
  subjectChanged:
    'L’oggetto è cambiato dopo il controllo: non è stato sostituito. Il messaggio è stato ricontrollato.',
  settings: 'Impostazioni',
  settingsSaved: 'Impostazioni salvate',
  loading: 'Caricamento…',
};

export type MessageKey = keyof typeof it;

/** Every text of the pane, by key. */
export const messageKeys = Object.keys(it) as MessageKey[];

const en: Record<MessageKey, string> = {
  appTitle: 'Ticket Check',
  verdictOkTitle: 'Ticket ready',
  verdictOk: 'The message follows the guidelines for opening a ticket.',
  verdictWarnTitle: 'Worth a check',
  verdictWarn: 'The ticket can be sent, but some points could be better.',
  verdictBlockTitle: 'Needs fixing',
  verdictBlock: 'As it is, the helpdesk may not accept the ticket: please fix the errors.',
  notTicketTitle: 'This message is not addressed to the helpdesk',
  notTicketText:
    'None of the recipients is a helpdesk address, so there is no need to check it as a ticket.',
  notTicketHint: 'If this is a support request, write to the {module} module: {address}',
  notTicketHintNoModule:
    'If this is a support request, write to the address of the module concerned (see the official list).',
  checkAnyway: 'Check as a ticket anyway',
  noRecipients:
    'No recipient yet: the ticket goes to the address of the {module} module, {address}.',
  noRecipientsNoModule:
    'No recipient yet: add the address of the module concerned (see the official list).',
  checking: 'Checking the message…',
  score: 'Ticket quality',
  scoreValue: '{score} out of 100',
  groupError: 'Errors',
  groupWarning: 'Warnings',
  groupInfo: 'Suggestions',
  quoted: '“{text}”',
  fieldSubject: 'Subject',
  fieldBody: 'Message',
  fieldTo: 'To',
  fieldCc: 'Cc',
  fieldAttachments: 'Attachments',
  fieldFrom: 'From',
  applying: 'Applying…',
  moduleTitle: 'Suggested module',
  moduleNone: 'No module recognised with confidence: say clearly which program is concerned.',
  moduleReasons: 'Why this module',
  ticketTypeTitle: 'Kind of request',
  ticketType_anomalia: 'Software fault',
  ticketType_supporto: 'Help with using the software (charged without a PALASS contract)',
  ticketType_formazione:
    'Training or consulting (charged without an extraordinary-assistance contract)',
  ticketType_none: 'Not clear yet',
  officialList: 'Official list of ticket addresses',
  placeholderTitle: 'Check the address before sending',
  placeholderNotice:
    'The module addresses suggested here are examples: the right address is on the official list.',
  adminDetails: 'Details for the administrator',
  placeholderAdmin:
    'The add-in still uses the placeholder addresses shipped in the package (…@ticket.palitalsoft.example). Publish a ticket-directory.json file with the real addresses beside the add-in.',
  incompleteTitle: 'Check incomplete',
  incompleteNotice:
    'Some checks did not run because of a problem in Verifica Ticket, not in your message: what you see here may not be everything. Sending is not blocked because of it.',
  adminErrorTitle: 'Your office’s settings are not valid',
  adminErrorNotice:
    'The file prepared by your administrator cannot be used: Ticket Check uses the addresses built into the add-in.',
  hostErrorTitle: 'Something went wrong',
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
  templatePresent: 'The template is already in the text.',
  signaturePresent: 'Signature and phone are already in the text.',
  proposeSubject: 'Suggest a subject',
  subjectChanged:
    'The subject changed after the check, so it was not replaced. The message has been checked again.',
  settings: 'Settings',
  settingsSaved: 'Settings saved',
  loading: 'Loading…',
};

const catalogues: Record<Locale, Record<MessageKey, string>> = { it, en };

export type Translate = (key: MessageKey, data?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  return translatorOf(catalogues[locale] ?? it);
}

/** Looks texts up in `texts` and fills in their {placeholders} from `data`. */
export function translatorOf<K extends string>(
  texts: Record<K, string>,
): (key: K, data?: Record<string, string | number>) => string {
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
