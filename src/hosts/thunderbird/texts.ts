// Texts of the Thunderbird-only screen (the send dialog), Italian first.
import type { Locale } from '../../core/types';

const texts = {
  it: {
    promptTitle: 'Verifica ticket: inviare comunque?',
    blockTitle: 'Verifica ticket: invio fermato',
    noticeTitle: 'Verifica ticket',
    sendAnyway: 'Invia comunque',
    correct: 'Correggi',
    close: 'Chiudi',
    details: 'Mostra dettagli e correzioni',
    blockHint:
      'Correggi il messaggio e invialo di nuovo. "Mostra dettagli e correzioni" (o il pulsante "Verifica ticket" nella finestra di scrittura) propone le correzioni automatiche.',
    failureNotice:
      'Verifica ticket non è riuscita a controllare questo messaggio, che è stato inviato senza controllo. Dettaglio: {error}',
    findingsLabel: 'Problemi trovati',
  },
  en: {
    promptTitle: 'Verifica ticket: send anyway?',
    blockTitle: 'Verifica ticket: sending stopped',
    noticeTitle: 'Verifica ticket',
    sendAnyway: 'Send anyway',
    correct: 'Correct',
    close: 'Close',
    details: 'Show details and fixes',
    blockHint:
      'Correct the message and send it again. "Show details and fixes" (or the "Verifica ticket" button in the compose window) offers one-click fixes.',
    failureNotice:
      'Verifica ticket could not check this message, which was sent unchecked. Detail: {error}',
    findingsLabel: 'Problems found',
  },
} as const;

export type TextId = keyof (typeof texts)['it'];

export function text(locale: Locale, id: TextId, data: Record<string, string> = {}): string {
  return texts[locale][id].replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}
