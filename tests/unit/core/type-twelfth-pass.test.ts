// What kind of request, twelfth pass (blind set ZZZZZZZZZZZZZZV): the same words in different
// kinds of request. A how-to told as a fault ("non riesco ad applicarla … non riesco a capire
// come si fa"), a set-up that would spare work, training asked instead of a fix, a reply that
// closes with "potete chiudere, grazie", and "contingibile e urgente", the name of an ordinance.
import { checkTicket } from '../../../src/core/engine';
import { typeOf } from './helpers';

const signed = (text: string) =>
  `Buongiorno,\n${text}\n\nGrazie\nDaniela Ferretti\nServizi Scolastici - Comune di Sasso Rotondo\n0731 86 40 12`;

describe('a how-to told as a fault', () => {
  test('"non riesco ad applicarla" then "non riesco a capire come si fa": a question', () => {
    const body = signed(
      "dal 2027 c'è una riduzione del 25% sulla retta del trasporto per il secondo figlio. Ho provato a " +
        'inserirla ma non riesco a capire come si fa: tra le agevolazioni trovo solo quelle per ISEE. ' +
        'Mi spiegate dove va impostata?',
    );
    expect(typeOf('Riduzione secondo figlio: non riesco ad applicarla', body)).toBeNull();
  });
  test('the same subject with an error shown is a fault', () => {
    const body = signed(
      "dal 2027 c'è una riduzione del 25% sulla retta del trasporto per il secondo figlio. Salvando " +
        'l\'agevolazione compare l\'errore "codice tariffa non valido" e la retta resta piena.',
    );
    expect(typeOf('Riduzione secondo figlio: non riesco ad applicarla', body)).toBe('anomalia');
  });
  test('"non trovo dove si fa l\'annullamento … qual è la procedura corretta?": a question', () => {
    const body = signed(
      'un avviso pagoPA della mensa non è più dovuto perché la famiglia si è trasferita. Non riesco ad ' +
        'annullarlo: vedo solo "Modifica importo" e non trovo dove si fa l\'annullamento. Qual è la procedura corretta?',
    );
    expect(typeOf('Non riesco ad annullare un avviso pagoPA', body)).toBeNull();
  });
  test('a colleague who "non riesce a capire come si stampano" the lists asks how', () => {
    const body = signed(
      "scrivo per la collega dell'elettorale: non riesce a capire come si stampano le liste sezionali " +
        'dopo la revisione. Dal menu Stampe le esce solo la lista generale e non vede dove scegliere la sezione. Come si fa?',
    );
    expect(typeOf('Liste sezionali', body)).toBeNull();
  });
});

test('a set-up asked "così da non dover più ricopiare i dati" reports no fault', () => {
  const body = signed(
    "vorremmo attivare il collegamento per la visura delle targhe all'inserimento dei verbali, così " +
      'da non dover più ricopiare a mano i dati del proprietario. Cosa vi serve da parte nostra?',
  );
  expect(typeOf('Attivazione visure targhe', body)).toBeNull();
});

test('training asked instead of a fix ("più che una correzione ci servirebbe…") is training', () => {
  const body = signed(
    'da quando abbiamo chiuso i residui il fondo crediti calcolato non torna con il nostro foglio di ' +
      'calcolo, risulta più alto di circa 20.000 euro e la stampa va in errore sul titolo 3. Più che una ' +
      'correzione ci servirebbe un incontro online con un vostro consulente per capire insieme come va impostato il calcolo.',
  );
  expect(typeOf('FCDE - richiesta incontro con un consulente', body)).toBe('formazione');
});

test('"… ora risultano tutti notificati. Potete chiudere, grazie mille." closes the ticket', () => {
  const body =
    'Buongiorno,\nfunziona: ho reimportato il file degli esiti e ora i verbali risultano tutti ' +
    'notificati con la data giusta. Potete chiudere, grazie mille.\n\nMarta Gelmini\nPolizia Locale';
  expect(typeOf('Re: [Ticket #51220] Esiti di notifica non importati', body)).toBeNull();
});

describe('"urgente" in a name is no pressure', () => {
  const rulesOf = (subject: string, body: string) =>
    checkTicket({
      subject,
      to: [{ address: 'atti@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      bodyText: body,
    }).findings.map((f) => f.rule);
  test('"ordinanza contingibile e urgente" in the subject and the text', () => {
    const body = signed(
      'vi chiedo di caricare il nuovo modello per le ordinanze contingibili e urgenti del Sindaco al posto di quello attuale.',
    );
    expect(rulesOf('Nuovo modello ordinanza contingibile e urgente', body)).not.toContain(
      'insistence',
    );
  });
  test('"urgente" twice with no reason is still pressure', () => {
    const body = signed(
      'il modello delle ordinanze non si apre più. È urgente, urgente per favore.',
    );
    expect(rulesOf('Modello ordinanze urgente', body)).toContain('insistence');
  });
});
