// Replies in a ticket's thread and requests a superior asked for (opened sets ZZZZZZZZZZZZZZZO and
// ZZZZZZZZZZZZZZZR): a reply sent back to the module address the operator wrote from stays in
// that module's queue; a colleague greeted in a forward, the helpdesk in Cc, is no operator; and
// "su richiesta del Responsabile" is no mail for someone else when it asks for a set-up, when the
// one asking only noticed the fault, or when the problem is the office's own.
import { checkTicket } from '../../../src/core/engine';
import type { TicketDraft } from '../../../src/core/types';

const signature =
  '\n\nGrazie\nLucia Bassani\nServizi Demografici - Comune di Colle Verde\n0577 41 22 09';
const rulesOf = (draft: Partial<TicketDraft>) =>
  checkTicket({
    subject: 'Stampa certificati',
    to: [{ address: 'demografici@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png', size: 20_000, contentType: 'image/png' }],
    from: { name: 'Lucia Bassani', address: 'l.bassani@comune.colleverde.example' },
    bodyText: '',
    ...draft,
  }).findings.map((f) => f.rule);

describe('a reply sent back to the module address the operator wrote from', () => {
  // The answers speak of the PC and the client: words of another module.
  const answers =
    'Buongiorno,\nrispondo alle vostre domande: il lettore è collegato, il PC è nuovo e il client ' +
    'è stato reinstallato ieri dal tecnico della Provincia; il driver del lettore è quello del ' +
    'PC precedente, la rete e il server sono gli stessi e da Windows il lettore risulta installato. ' +
    'Chiamatemi la mattina.' +
    signature;
  const operatorsMail = (address: string) =>
    `\n\nDa: Assistenza Palitalsoft <${address}>\nInviato: lunedì 30 novembre 2026 10:05\n` +
    'Oggetto: [Ticket #60112] Richiesta non inviata\n\nBuongiorno,\nci dice se il PC è ' +
    'stato cambiato e se il client è stato reinstallato?\nAssistenza';
  test('stays in its queue', () => {
    expect(
      rulesOf({
        subject: 'RE: [Ticket #60112] Richiesta non inviata',
        bodyText: answers + operatorsMail('demografici@ticket.palitalsoft.example'),
      }),
    ).not.toContain('wrong-module-address');
  });
  test('a new mail with the same words is asked about', () => {
    expect(
      rulesOf({
        subject: 'Lettore impronte non riconosciuto sul PC nuovo',
        bodyText: answers,
      }),
    ).toContain('wrong-module-address');
  });
});

describe('a colleague greeted in a forward, the helpdesk in Cc', () => {
  const bodyText =
    "Ciao Marco,\nti giro la risposta dell'assistenza sul lettore di impronte: dicono di " +
    'installare il driver nuovo, ma sul PC non ho i permessi di amministratore. Riesci a passare ' +
    "tu stamattina?\nPer l'assistenza, in copia: il driver va installato anche sul server?" +
    signature;
  test('is no operator asked for', () => {
    expect(
      rulesOf({
        subject: 'I: [Ticket #60112] CIE - lettore di impronte',
        to: [{ name: 'Marco Ricci', address: 'ced@comune.colleverde.example' }],
        cc: [{ address: 'demografici@ticket.palitalsoft.example' }],
        bodyText,
      }),
    ).not.toContain('named-operator');
  });
  test('the same words to an operator are', () => {
    expect(
      rulesOf({
        subject: 'CIE - lettore di impronte',
        to: [
          { address: 'demografici@ticket.palitalsoft.example' },
          { name: 'Marco Ricci', address: 'marco.ricci@palitalsoft.example' },
        ],
        bodyText,
      }),
    ).toContain('named-operator');
  });
});

describe('"su richiesta del Responsabile…"', () => {
  const onBehalf = (request: string) =>
    rulesOf({
      subject: 'Certificati anagrafici',
      bodyText: `Buongiorno,\n${request}${signature}`,
    }).includes('on-behalf');
  test.each([
    // A set-up for the office.
    "su richiesta della Responsabile dei Servizi Demografici, dott.ssa Pieri, vi chiedo di creare un'utenza per la nuova collega assunta dal 1° dicembre, con lo stesso profilo del mio.",
    // The one who asked only noticed the fault.
    'su richiesta del Sindaco, che ieri allo sportello ha notato il problema, vi segnalo che i certificati di residenza escono senza il timbro digitale da lunedì.',
    // The office's own problem.
    'la mia responsabile mi ha chiesto di aprire un ticket per un problema che abbiamo in ufficio da lunedì: i certificati di residenza escono senza il timbro digitale.',
  ])('%s', (request) => {
    expect(onBehalf(request)).toBe(false);
  });
  test('the problem of the one who asked is still written for them', () => {
    expect(
      onBehalf(
        'su richiesta del Sindaco vi segnalo che dal suo PC la firma dei certificati non funziona: gli compare "certificato scaduto".',
      ),
    ).toBe(true);
  });
});
