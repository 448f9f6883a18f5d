// Ticket mails composed in Thunderbird by the end-to-end test. Each has the compose details
// given to Thunderbird and, written out independently, the draft the engine should see.
import type { Recipient, TicketDraft } from '../../../src/core';
import { USER } from './support/thunderbird-profile';

export interface ComposedTicket {
  compose: {
    to: string[];
    cc?: string[];
    subject: string;
    plainTextBody?: string;
    body?: string;
    isPlainText: boolean;
    attachmentFiles?: { name: string; content: string; type?: string }[];
  };
  draft: TicketDraft;
}

const from: Recipient = { name: USER.name, address: USER.email };

function plainTicket(
  subject: string,
  body: string,
  to: [string, Recipient][],
  attachments: { name: string; content: string }[] = [],
): ComposedTicket {
  return {
    compose: {
      to: to.map(([raw]) => raw),
      subject,
      plainTextBody: body,
      isPlainText: true,
      attachmentFiles: attachments,
    },
    draft: {
      subject,
      bodyText: body,
      from,
      to: to.map(([, r]) => r),
      cc: [],
      attachments: attachments.map((a) => ({ name: a.name, size: a.content.length })),
    },
  };
}

const tributi: [string, Recipient] = [
  'tributi@ticket.palitalsoft.example',
  { address: 'tributi@ticket.palitalsoft.example' },
];

export const goodBody =
  'Buongiorno,\n\n' +
  'nel modulo Tributi, calcolando il ravvedimento operoso IMU per un contribuente, il programma ' +
  'restituisce il messaggio di errore "importo non valido" e non permette di stampare il modello ' +
  'F24. Il problema si presenta da ieri su tutte le posizioni con versamento tardivo.\n\n' +
  'Sono reperibile dalle 9 alle 13.\n\n' +
  'Cordiali saluti\nMario Rossi\nUfficio Tributi - Comune di Prova\ntel. 0721 123456\n';

/** A correct anomaly ticket to the Tributi address, with a screenshot. */
export const good = plainTicket(
  'IMU: errore nel calcolo del ravvedimento operoso',
  goodBody,
  [tributi],
  [{ name: 'errore-ravvedimento.png', content: 'not really a png' }],
);

/** Generic subject, vague body, no signature or phone, an operator's personal mailbox. */
export const bad = plainTicket(
  'Richiesta assistenza',
  'Buongiorno, non funziona niente!!! Urgente\n',
  [
    [
      '"Bianchi, Marco" <marco.bianchi@palitalsoft.example>',
      { name: 'Bianchi, Marco', address: 'marco.bianchi@palitalsoft.example' },
    ],
  ],
);

/** A good ticket under a generic subject: blocked, and its subject fix proposes one from the text. */
export const genericSubject = plainTicket(
  'Richiesta assistenza',
  goodBody,
  [tributi],
  [{ name: 'errore-ravvedimento.png', content: 'not really a png' }],
);

/** Correct, but it presses instead of explaining the urgency: the engine asks before sending. */
export const warned = plainTicket(
  'IMU: errore "importo non valido" nel ravvedimento operoso',
  goodBody.replace(
    'Sono reperibile',
    'Vi sollecito: è la terza volta che scrivo e nessuno risponde!!!\n\nSono reperibile',
  ),
  [tributi],
  [{ name: 'errore-ravvedimento.png', content: 'not really a png' }],
);

/** About IMU but sent to the wrong module address, and unsigned. */
export const wrongAddressUnsigned = plainTicket(
  'IMU: errore nel calcolo del ravvedimento operoso',
  'Buongiorno,\n\ncalcolando il ravvedimento operoso IMU per un contribuente il programma restituisce ' +
    'il messaggio di errore "importo non valido" e non permette di stampare il modello F24.\n',
  [
    [
      'Personale <personale@ticket.palitalsoft.example>',
      { name: 'Personale', address: 'personale@ticket.palitalsoft.example' },
    ],
  ],
);

/** A private mail with a poor subject: not for the helpdesk, never checked on send. */
export const notATicket = plainTicket('Richiesta', 'Ciao, ci vediamo domani?\n', [
  ['Anna <anna.verdi@comune.example>', { name: 'Anna', address: 'anna.verdi@comune.example' }],
]);

/** The ticketing system's automatic confirmation, answered by the test. */
export const notificationEml = [
  'From: Ticket Palitalsoft <noreply@ticket.palitalsoft.example>',
  `To: ${USER.name} <${USER.email}>`,
  'Subject: [Ticket n. 12345] Apertura ticket',
  'Message-ID: <t12345@ticket.palitalsoft.example>',
  'Date: Mon, 23 Nov 2026 10:00:00 +0100',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'È stato aperto il ticket numero 12345. Rispondere a questa mail non apre un nuovo ticket.',
  '',
].join('\r\n');
