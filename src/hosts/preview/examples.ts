// Example messages for the preview page: a ticket that breaks most guidelines, and a good one.
import type { UserPreferences } from '../../core/config/admin-config';
import type { ComposeMessage } from './compose-store';

export const exampleFrom = 'Mario Rossi <mario.rossi@comune.fano.example.it>';

export const badTicket: ComposeMessage = {
  from: exampleFrom,
  to: 'Marco Bianchi <marco.bianchi@palitalsoft.example>',
  cc: '',
  subject: 'Richiesta assistenza',
  body: 'Buongiorno,\nil calcolo IMU non funziona!!! URGENTE\nvedi allegato\n\nGrazie',
  attachments: [],
  replyToNotification: false,
};

export const goodTicket: ComposeMessage = {
  from: exampleFrom,
  to: 'Tributi <tributi@ticket.palitalsoft.example>',
  cc: '',
  subject: 'Tributi - Comune di Fano: errore nel calcolo dell’acconto IMU per i fabbricati D',
  body: [
    'Buongiorno,',
    'sono Mario Rossi dell’Ufficio Tributi del Comune di Fano.',
    'Nel modulo Tributi, calcolando l’acconto IMU 2025 per i fabbricati di categoria D,',
    'il programma restituisce il messaggio "Aliquota non trovata" e non genera il modello F24.',
    'L’errore compare da ieri su tutte le posizioni che abbiamo provato; allego la schermata.',
    'Sono reperibile dal lunedì al venerdì dalle 9 alle 13.',
    '',
    'Cordiali saluti',
    'Mario Rossi',
    'Ufficio Tributi - Comune di Fano',
    'Tel. 0721 887654',
  ].join('\n'),
  attachments: [{ id: 'att-1', name: 'errore-aliquota.png', size: 48213 }],
  replyToNotification: false,
};

/** Preferences the preview starts with, so the report shows at once (add ?firstRun=1 to see the first run). */
export const examplePreferences: UserPreferences = {
  name: 'Mario Rossi',
  phone: '0721 887654',
  enti: ['Comune di Fano'],
  availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }],
};

/** The quoted notification Outlook would put under a reply to the ticketing system. */
export function quotedNotification(notificationSender: string): string {
  return [
    '',
    '________________________________',
    `Da: Sistema Ticket Palitalsoft <${notificationSender}>`,
    'Inviato: lunedì 3 marzo 2025 10:12',
    `A: ${exampleFrom}`,
    'Oggetto: [Ticket #48213] Protocollo – stampa del registro giornaliero',
    '',
    'È stato aperto il ticket numero 48213. La preghiamo di non rispondere a questa mail.',
  ].join('\n');
}
