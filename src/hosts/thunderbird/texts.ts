// Texts of the Thunderbird-only screens (send dialog, popup fallback), Italian first.
import type { Locale } from '../../core/types';

const texts = {
  it: {
    promptTitle: 'Verifica ticket: inviare comunque?',
    blockTitle: 'Verifica ticket: invio fermato',
    noticeTitle: 'Verifica ticket',
    sendAnyway: 'Invia comunque',
    correct: 'Correggi',
    close: 'Chiudi',
    blockHint:
      'Correggi il messaggio e invialo di nuovo. Il pulsante "Verifica ticket" nella barra della finestra di scrittura mostra i dettagli e le correzioni automatiche.',
    failureNotice:
      'Verifica ticket non è riuscita a controllare questo messaggio, che è stato inviato senza controllo. Dettaglio: {error}',
    adminNotice: "Configurazione dell'amministratore non valida, uso l'elenco incluso: {error}",
    loading: 'Controllo in corso…',
    noFindings: 'Nessun problema trovato.',
    readFailed: 'Impossibile leggere il messaggio: {error}',
    retry: 'Riprova',
    findingsLabel: 'Problemi trovati',
    moduleLabel: 'Modulo: {name} ({address})',
  },
  en: {
    promptTitle: 'Verifica ticket: send anyway?',
    blockTitle: 'Verifica ticket: sending stopped',
    noticeTitle: 'Verifica ticket',
    sendAnyway: 'Send anyway',
    correct: 'Correct',
    close: 'Close',
    blockHint:
      'Correct the message and send it again. The "Verifica ticket" button in the compose toolbar shows the details and one-click fixes.',
    failureNotice:
      'Verifica ticket could not check this message, which was sent unchecked. Detail: {error}',
    adminNotice: 'Invalid administrator configuration, using the bundled list: {error}',
    loading: 'Checking…',
    noFindings: 'No problems found.',
    readFailed: 'Could not read the message: {error}',
    retry: 'Retry',
    findingsLabel: 'Problems found',
    moduleLabel: 'Module: {name} ({address})',
  },
} as const;

export type TextId = keyof (typeof texts)['it'];

export function text(locale: Locale, id: TextId, data: Record<string, string> = {}): string {
  return texts[locale][id].replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}
