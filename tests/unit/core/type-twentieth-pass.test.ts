// What kind of request, twentieth pass (opened set ZZZZZZZZZZZZZZZZZJ, mails that mix things): a
// reply that closes the ticket may tell, in the pluperfect, what had caused the problem ("il
// tecnico aveva collegato il lettore al monitor invece che al PC", "…, ma il tesoriere non ce
// l'aveva comunicato"): the past's turns and faults do not keep it open, a present one does. A
// stop the writer wants to prevent is no fault; a program that "still" uses the old figures is.
import { typeOf } from './helpers';

const mail = (text: string) => `Buongiorno,\n\n${text}\n\nLuca Neri\nComune di Pietralta`;

describe('a closing reply that tells what had caused the problem', () => {
  test.each([
    [
      'R: [Ticket #4411] Postazione CIE',
      'abbiamo trovato la causa: il tecnico della ditta della rete aveva collegato il lettore ' +
        'alla presa del monitor invece che al PC. Ricollegato, ora funziona.\n\nPotete chiudere ' +
        'il ticket, grazie.',
    ],
    [
      'R: [Ticket #4412] Flusso scartato dal tesoriere',
      'vi confermo che il problema è risolto. Il codice ente era cambiato, ma il tesoriere ce ' +
        "l'aveva comunicato solo alla ragioneria e nessuno l'aveva aggiornato.\n\nPotete chiudere " +
        'il ticket, grazie.',
    ],
    [
      'RE: [Ticket #4416] Firma remota',
      'tutto risolto. Il certificato era scaduto, però il fornitore non ce lo aveva segnalato: ' +
        "l'abbiamo rinnovato e adesso funziona.\n\nPotete chiudere la segnalazione. Grazie",
    ],
  ])('%s: closes the ticket, no new request', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBeNull();
  });

  test.each([
    [
      'R: [Ticket #4413] Stampa e protocollo',
      'la stampa ora funziona, grazie. Il tecnico aveva sistemato la stampante ma il protocollo ' +
        'si blocca ancora.',
    ],
    [
      'R: [Ticket #4414] Stampa e protocollo',
      'la stampa ora funziona, grazie. Il blocco che avevamo segnalato sul protocollo invece si ' +
        'ripresenta ogni mattina.',
    ],
    [
      'R: [Ticket #4415] Mandati',
      'il problema dei mandati è risolto, grazie. Avevamo provato anche con Edge, ma le reversali ' +
        'non partono ancora.',
    ],
    // The review's drafts: a relative clause, other turns, an imperfect, a fix told beside a fault.
    [
      'R: [Ticket #4417] Stampa e protocollo',
      'la stampa ora funziona, grazie. Il blocco che avevamo segnalato sul protocollo si ' +
        'ripresenta ogni mattina.',
    ],
    [
      'R: [Ticket #4418] Stampa e protocollo',
      'la stampa ora funziona, grazie. Il tecnico aveva cambiato la porta, solo che il ' +
        'protocollo si blocca ancora.',
    ],
    [
      'R: [Ticket #4419] Stampa e protocollo',
      'la stampa ora funziona, grazie. Il tecnico aveva cambiato la porta e adesso il protocollo ' +
        'si blocca ancora.',
    ],
    [
      'R: [Ticket #4420] Accesso',
      "risolto sul mio PC, grazie. La collega dell'anagrafe però aveva ancora lo stesso errore " +
        'stamattina.',
    ],
    [
      'R: [Ticket #4421] Fatture',
      'il problema è risolto. Ora le fatture risultano corrette tranne quelle di marzo, che ' +
        'danno ancora errore.',
    ],
    [
      'R: [Ticket #4422] Totali',
      'il problema è risolto. Ora il totale è giusto e la stampa si blocca ancora.',
    ],
    // Opening with thanks that go on: the line is the text, not the closing formula.
    [
      'R: [Ticket #4423] Totali',
      'grazie, risolto. Ora il totale è giusto e la stampa si blocca ancora.',
    ],
  ])('%s: a present fault after the past keeps it open', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBe('anomalia');
  });
});

describe('a closing reply that says how it is right now', () => {
  test.each([
    [
      'R: [Ticket #5301] Chiuso - Codice CUP non riportato nelle liquidazioni',
      'verificato, adesso il CUP passa nelle liquidazioni e la banca le ha accettate. Grazie, ' +
        'chiudete pure.',
    ],
    [
      'R: [Ticket #5302] Chiuso - Stradario con ordinamento errato',
      'grazie, confermo che lo stradario adesso esce in ordine corretto anche per le vie con ' +
        "l'apostrofo. Per me si può chiudere.",
    ],
    [
      'R: [Ticket #5306] Rette mensa con riduzioni non applicate',
      'verificato, adesso le rette sono giuste. Grazie mille!',
    ],
  ])('%s: closes the ticket', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBeNull();
  });
  test('"adesso esce corretto, ma…": the turn keeps it open', () => {
    expect(
      typeOf(
        'R: [Ticket #5303] Stradario con ordinamento errato',
        mail(
          "grazie, lo stradario adesso esce in ordine corretto, ma le vie con l'apostrofo " +
            'finiscono ancora in fondo. Potete verificare?',
        ),
      ),
    ).toBe('anomalia');
  });
});

describe('a reply that says the problem is solved and asks more', () => {
  test('the question is read without the solved subject: a question answered by mail', () => {
    expect(
      typeOf(
        'R: [Ticket #5304] Chiuso - Ricevute PagoPA non scaricabili',
        'Buongiorno e grazie, adesso le ricevute si scaricano regolarmente dal portale.\n\nUna ' +
          'domanda: le ricevute scaricate ieri, prima della correzione, restano valide o è meglio ' +
          'rigenerarle e rimandarle ai cittadini? Sono una ventina.\n\nLuca Neri\nComune di Pietralta',
      ),
    ).toBeNull();
  });
  test('"con data e ora giuste" says nothing is solved: the subject\'s fault stands', () => {
    expect(
      typeOf(
        'RE: [Ticket #5305] Scanner di rete: le scansioni non arrivano',
        mail(
          'Sì, nella cartella i PDF ci sono, con data e ora giuste. Fino al 9 dicembre funzionava.',
        ),
      ),
    ).toBe('anomalia');
  });
});

describe('a stop to prevent, a program that still uses the old values', () => {
  test('"vorremmo solo evitare che dal 30 giugno si fermino i pagamenti" asks what to do', () => {
    expect(
      typeOf(
        'Fwd:',
        mail(
          'ci è arrivata la mail qui sotto sulla scadenza del certificato del nodo dei ' +
            'pagamenti. Non capiamo se dobbiamo fare qualcosa noi o se ci pensate voi: vorremmo ' +
            'solo evitare che dal 30 giugno si fermino i pagamenti della mensa.',
        ),
      ),
    ).toBeNull();
  });

  test('"il programma usa però ancora le tariffe 2025" is a fault', () => {
    expect(
      typeOf(
        'Diritti di segreteria 2026',
        mail(
          'a gennaio abbiamo caricato i nuovi diritti di segreteria approvati dalla Giunta. ' +
            'Nella pratica n. 12/2026 il programma usa però ancora gli importi 2025. Nella ' +
            'tabella quelli nuovi ci sono.',
        ),
      ),
    ).toBe('anomalia');
  });
});

describe("the cause found on the Ente's side", () => {
  test('"non è colpa del programma: una collega ha cancellato…" and a restore asked is supporto', () => {
    expect(
      typeOf(
        'Re: [Ticket #5120] Presenze: spariti i turni di novembre',
        mail(
          'abbiamo capito cosa è successo, e non è colpa del programma: lunedì un collega, ' +
            'facendo pulizia, ha cancellato anche il calendario dei turni 2026. Vi chiediamo se ' +
            'è possibile ripristinarlo dal backup.',
        ),
      ),
    ).toBe('supporto');
  });

  test('a problem that may come back is no fault: "il problema se si ripresenta ve lo segnalo"', () => {
    expect(
      typeOf(
        'Protocollo: annullare una registrazione',
        mail(
          'il rallentamento di ieri non si è più visto e il problema se si ripresenta ve lo ' +
            'segnalo. Intanto vorrei sapere come si annulla una registrazione.',
        ),
      ),
    ).toBeNull();
  });
});

describe('a long body', () => {
  // The kind of request is read, as the rules read the text, from its first 50,000 characters
  // (src/core/limits.ts): a megabyte of pasted log costs no more than that.
  const log = 'riga di log 2026-03-04 10:15:22 INFO elaborazione completata\n'.repeat(20_000);
  test('a fault told before the pasted log is read', () => {
    expect(
      typeOf('Stampa mandati', mail(`da stamattina la stampa dei mandati si blocca.\n\n${log}`)),
    ).toBe('anomalia');
  });
  test('words after the first 50,000 characters are not read', () => {
    expect(
      typeOf('Stampa mandati', mail(`vi mando il log qui sotto.\n\n${log}la stampa si blocca.`)),
    ).toBeNull();
  });
});
