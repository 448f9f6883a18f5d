// Replies to the ticketing system's own mails (blind set ZZZZZZZZZZZZZR, and ZZZZZZZZZZZZZN055): its
// notices' subjects ("Ricevuta richiesta: …", a satisfaction survey), and a closing "Grazie, la
// password funziona." before a new problem.
import { checkTicket } from '../../../src/core/engine';
import type { TicketDraft } from '../../../src/core/types';

const check = (draft: Partial<TicketDraft>) =>
  checkTicket({ to: [], cc: [], attachments: [], ...draft });
const rulesOf = (draft: Partial<TicketDraft>) => check(draft).findings.map((f) => f.rule);

const signature = [
  '',
  'Carla Mancini',
  'Ufficio Anagrafe - Comune di Vitorchiano',
  'tel. 0761 370 544',
];
const noreply = (subject: string, notice: string[]) => [
  '',
  '-----Messaggio originale-----',
  'Da: noreply@ticket.palitalsoft.example',
  'Inviato: venerdì 20 novembre 2026 08:00',
  `Oggetto: ${subject}`,
  '',
  ...notice,
];

describe('the subject of the system’s acknowledgement', () => {
  const subject = '[Ticket #418610] Ricevuta richiesta: Richiesta assistenza';
  const draft = {
    subject: `R: ${subject}`,
    to: [{ address: 'protocollo@ticket.palitalsoft.example' }],
    bodyText: [
      "Buongiorno, scusate se la prima mail era solo l'oggetto, la spiego meglio qui.",
      "Da martedì i documenti protocollati in arrivo non vengono più assegnati agli uffici: nella scrivania dell'ufficio il documento non compare.",
      ...signature,
      ...noreply(subject, ['La Sua richiesta è stata registrata con il ticket n. 418610.']),
    ].join('\n'),
  };
  test('"Ricevuta richiesta: Richiesta assistenza" is still a generic subject', () => {
    expect(rulesOf(draft)).toContain('subject-generic');
  });
  test('a ticket whose subject says nothing shares no words: the explanation is no new problem', () => {
    expect(rulesOf(draft)).not.toContain('reply-to-ticket-notification');
  });
  test('the notice before a real topic leaves the topic ("Ricevuta richiesta: Calcolo IMU errato")', () => {
    expect(
      rulesOf({ ...draft, subject: 'R: [Ticket #418610] Ricevuta richiesta: Calcolo IMU errato' }),
    ).not.toContain('subject-generic');
  });
});

describe('a satisfaction survey answered', () => {
  const subject = "Come valuta l'assistenza ricevuta? Ticket #417560";
  const survey = noreply(subject, [
    "Le chiediamo un minuto per valutare l'assistenza ricevuta sul ticket n. 417560.",
    'Può rispondere con un voto da 1 a 5.',
  ]);
  const reply = (own: string) => ({
    subject: `R: ${subject}`,
    to: [{ address: 'noreply@ticket.palitalsoft.example' }],
    bodyText: [own, ...signature, ...survey].join('\n'),
  });
  test('to raise a new problem: its subject says nothing about it', () => {
    const found = rulesOf(
      reply(
        'Il servizio è stato ottimo, vi do 5 su 5. Già che vi scrivo: da stamattina la mia utenza risulta bloccata, al login compare "Utente disabilitato". Potete sbloccarla?',
      ),
    );
    expect(found).toContain('reply-to-ticket-notification');
    expect(found).toContain('subject-generic');
  });
  test('with a vote and a complaint only: no new problem, no generic subject', () => {
    const found = rulesOf(
      reply(
        'Voto 1. Abbiamo aspettato dieci giorni per far ripartire i mandati e nessuno ci ha chiamato. Alla fine il flusso verso il tesoriere lo abbiamo sbloccato da soli.',
      ),
    );
    expect(found).not.toContain('reply-to-ticket-notification');
    expect(found).not.toContain('subject-generic');
  });
});

describe('"Grazie, la password funziona." closes the ticket', () => {
  const subject = '[Ticket #61588] Reset password utente s.amato';
  const reply = (own: string) => ({
    subject: `R: ${subject}`,
    to: [{ address: 'noreply@ticket.palitalsoft.example' }],
    bodyText: [
      own,
      ...signature,
      ...noreply(subject, [
        'Gentile Cliente, la Sua richiesta è stata registrata con il numero 61588.',
      ]),
    ].join('\n'),
  });
  test('a problem after it is a new one, with its own module', () => {
    const report = check(
      reply(
        'Grazie, la password funziona.\n\nVi segnalo però che da stamattina l’invio delle variazioni ad ANPR non va: le pratiche restano "in attesa di risposta ANPR".',
      ),
    );
    expect(report.findings.map((f) => f.rule)).toContain('reply-to-ticket-notification');
    expect(report.module?.id).toBe('demografici');
  });
  test('not "funziona" about one machine of the same problem', () => {
    expect(
      rulesOf(
        reply(
          'Sul primo pc con la password nuova funziona. Sul secondo la password nuova viene rifiutata con lo stesso errore.',
        ),
      ),
    ).not.toContain('reply-to-ticket-notification');
  });
});

// ZZZZZZZZZZZZZR080: a phone reply on the "preso in carico" notice tells one more symptom of the
// same slowness in other forms of the word ("lentissima" in the subject, "lentezza" in the text).
describe('the same problem told with another form of its word', () => {
  const subject = '[Ticket #419120] Preso in carico: registrazione protocollo lentissima';
  const reply = (own: string) => ({
    subject: `Re: ${subject}`,
    to: [{ address: 'protocollo@ticket.palitalsoft.example' }],
    bodyText: [
      own,
      ...signature,
      ...noreply(subject, ['Il ticket n. 419120 è stato preso in carico. Stato: in lavorazione.']),
    ].join('\n'),
  });
  test('"la lentezza c\'è solo con i PDF grandi" goes on with the ticket', () => {
    const rules = rulesOf(
      reply(
        "Oggi pomeriggio ci sono dalle 15 alle 18, chiamatemi pure. Intanto vedo che la lentezza c'è solo quando il documento ha allegati PDF sopra i 5 MB, con i file piccoli il salvataggio è normale.",
      ),
    );
    expect(rules).not.toContain('reply-to-ticket-notification');
    expect(rules).not.toContain('wrong-module-address');
  });
  test('a problem in other words is still a new one', () => {
    expect(
      rulesOf(
        reply(
          "Oggi pomeriggio ci sono dalle 15 alle 18. Intanto vi segnalo che la stampa dei certificati anagrafici esce vuota da ieri su tutte le postazioni dell'anagrafe.",
        ),
      ),
    ).toContain('reply-to-ticket-notification');
  });
});

// ZZZZZZZZZZZZZZD038: the operator proposed an appointment; the reply moves it.
describe("a reply moving the operator's appointment", () => {
  const subject =
    '[Ticket #52390] Configurazione nuova sezione Amministrazione trasparente - appuntamento';
  const reply = (own: string) => ({
    subject: `Re: ${subject}`,
    to: [{ address: 'atti@ticket.palitalsoft.example' }],
    bodyText: [
      own,
      ...signature,
      '',
      'Il 07/03/2027 15:22, Palitalsoft Assistenza Atti ha scritto:',
      '> Gentile cliente,',
      '> in merito al ticket n. 52390 le proponiamo il collegamento remoto per la',
      '> configurazione della nuova sezione per mercoledì 12 marzo alle ore 10.',
      '> Attendiamo conferma.',
      '> Palitalsoft - Servizio Assistenza',
    ].join('\n'),
  });
  test('"possiamo spostare il collegamento a venerdì 14?" is about that ticket', () => {
    expect(
      rulesOf(
        reply(
          "Purtroppo mercoledì 12 non riusciamo: c'è il Consiglio comunale. Possiamo spostare il collegamento a venerdì 14? Io sono disponibile dalle 9 alle 13.",
        ),
      ),
    ).not.toContain('reply-to-ticket-notification');
  });
  test('a new problem told without moving anything is still one', () => {
    expect(
      rulesOf(
        reply(
          "Purtroppo da stamattina la stampa dei certificati anagrafici esce vuota su tutte le postazioni dell'anagrafe. Potete verificare?",
        ),
      ),
    ).toContain('reply-to-ticket-notification');
  });
});

// ZZZZZZZZZZZZZZP026: the operator proposed a call; the reply declines the time and offers others.
describe('a reply to the time the operator proposed', () => {
  const subject = '[Ticket #48520] Iscrizioni mensa classe 3B cancellate per errore';
  const reply = (own: string) => ({
    subject: `Re: ${subject}`,
    to: [{ address: 'servizi-scolastici@ticket.palitalsoft.example' }],
    bodyText: [
      own,
      ...signature,
      '',
      '________________________________',
      'From: Assistenza Servizi Scolastici Palitalsoft <servizi-scolastici@ticket.palitalsoft.example>',
      'Sent: Friday, January 22, 2027 9:05:12 AM',
      `Subject: ${subject}`,
      '',
      'Gentile sig.ra Mancini,',
      'le iscrizioni cancellate possono essere recuperate dal backup. Le proponiamo una telefonata domani alle 11:00 per verificare insieme quali alunni ripristinare.',
      'Cordiali saluti',
      'Assistenza Servizi Scolastici Palitalsoft',
    ].join('\n'),
  });
  test('"domani alle 11 non posso, va bene dopo le 15" stays on the ticket', () => {
    expect(
      rulesOf(
        reply(
          'Domani alle 11 non posso, sono al consiglio di istituto. Va bene anche domani dopo le 15 o lunedì tutto il giorno.',
        ),
      ),
    ).not.toContain('reply-to-ticket-notification');
  });
  test('a new problem told on that mail is still one', () => {
    expect(
      rulesOf(
        reply(
          'Da stamattina la stampa dei certificati anagrafici esce vuota su tutte le postazioni dell’anagrafe. Potete verificare?',
        ),
      ),
    ).toContain('reply-to-ticket-notification');
  });
});
