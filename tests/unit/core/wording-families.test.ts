// Families of wordings the engine must recognise beyond the corpus: each test gives several ways
// municipal staff write the same thing, and near misses that must not count.
import { classifyModule } from '../../../src/core/classify/classify-module';
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import { prepareText } from '../../../src/core/text/prepare';

const typeOf = (body: string, subject = '') => classifyTicketType(subject, prepareText(body));
const moduleOf = (subject: string, body: string) =>
  classifyModule(subject, prepareText(body), defaultDirectory, 'it')?.id ?? null;

describe('ticket type: a result that contradicts its data is an anomaly', () => {
  test.each([
    'Le sanzioni del ravvedimento vengono applicate anche per i versamenti fatti nei termini.',
    'La tariffa risulta quella intera anche se la riduzione per il compostaggio è stata caricata.',
    'Il sollecito esce con la scadenza di marzo, ma nella delibera abbiamo fissato il 30 aprile.',
    'Il punteggio della graduatoria compare a zero nonostante i requisiti siano stati inseriti correttamente.',
    "Nella stampa dell'avviso l'indirizzo di recapito viene troncato dopo venti caratteri.",
    "L'import dei versamenti non tiene conto delle quote già rimborsate.",
    "Il totale dell'impegnato differisce di 1.200 euro da quello approvato in consiglio.",
    "L'elenco dei morosi include anche contribuenti che hanno pagato regolarmente.",
    'La graduatoria ordina le famiglie al contrario di quanto previsto dal regolamento.',
    'Il pulsante Invia non fa nulla quando lo premo.',
    'Ogni volta che salvo una pratica mi chiede di nuovo la password.',
    'Il certificato esce senza il timbro digitale da quando avete aggiornato il modulo.',
  ])('%j', (body) => {
    expect(typeOf(body)).toBe('anomalia');
  });

  test.each([
    'Il tasto Conferma resta grigio anche dopo aver compilato tutti i campi obbligatori.',
    "L'apertura delle pratiche è diventata molto lenta, ci mette diversi minuti per ognuna.",
  ])('greyed-out controls and slowness: %j', (body) => {
    expect(typeOf(body)).toBe('anomalia');
  });
});

describe('ticket type: precautions and how-to questions are no malfunction', () => {
  test.each([
    'Vorrei sapere come si unisce una posizione a un’altra senza generare doppioni nel registro.',
    'Come posso riemettere il bollettino per non creare un pagamento duplicato?',
    'Prima di procedere con la chiusura annuale vorrei evitare di lasciare posizioni sbagliate: qual è la sequenza corretta?',
    'Non riesco a capire come si imposta la nuova aliquota per i fabbricati rurali: potete darmi una indicazione?',
  ])('%j', (body) => {
    expect(typeOf(body)).toBeNull();
  });
});

describe('ticket type: a question asks, unless it asks why something goes wrong', () => {
  test.each([
    "Con l'ultima versione è cambiata la procedura di chiusura del ruolo? Vorrei sapere quali passaggi seguire.",
    'Nella stampa degli avvisi si possono mostrare anche le rate già pagate?',
    'Le utenze non domestiche pagano in due rate: come si imposta la rateizzazione?',
  ])('no anomaly: %j', (body) => {
    expect(typeOf(body)).toBeNull();
  });
  test.each([
    'Potete verificare perché la stampa dei bollettini non parte più?',
    'È normale che il totale dei versamenti non coincida con il riepilogo?',
    'La scadenza non dovrebbe aggiornarsi da sola quando cambio la rata?',
    'Da cosa può dipendere il fatto che la stampa si ferma a metà elenco?',
    'Il calcolo degli interessi è sbagliato per tutti i contribuenti, potete controllare?',
  ])('anomaly: %j', (body) => {
    expect(typeOf(body)).toBe('anomalia');
  });
});

describe('ticket type: the user’s own mistake is supporto', () => {
  test.each([
    'La collega ha cancellato inavvertitamente la scheda del fornitore; si può recuperare?',
    'Ho inserito una data di decorrenza sbagliata nella denuncia e adesso non riesco più a modificarla.',
    "Per una svista abbiamo chiuso l'esercizio prima di registrare le ultime reversali: va riaperto.",
  ])('%j', (body) => {
    expect(typeOf(body)).toBe('supporto');
  });
});

test('the software getting something wrong is no own mistake', () => {
  expect(
    typeOf('Da ieri il programma ha sbagliato il calcolo degli interessi su tutti gli avvisi.'),
  ).toBe('anomalia');
  expect(
    typeOf('Il collega ha sbagliato la data di notifica di tre verbali: si può correggere?'),
  ).toBe('supporto');
});

describe('ticket type: asking for a meeting or training is formazione', () => {
  test.each([
    'Chiediamo un incontro per vedere insieme la nuova gestione delle rateizzazioni.',
    'Avremmo bisogno di una sessione da remoto per imparare a usare il nuovo cruscotto.',
    "Due nuove colleghe avrebbero bisogno di qualche ora di addestramento sull'anagrafe.",
  ])('%j', (body) => {
    expect(typeOf(body)).toBe('formazione');
  });
});

describe('module keywords agree in gender', () => {
  test('a feminine adjective does not count as a masculine noun keyword', () => {
    // "certificata" is not "certificato" (demografici): this is about the protocol's PEC.
    expect(
      moduleOf(
        'Posta elettronica certificata non scaricata',
        'La posta elettronica certificata arrivata ieri non compare nel registro di protocollo.',
      ),
    ).toBe('protocollo');
  });
  test('inflections of the same gender still match', () => {
    expect(
      moduleOf('Certificati di residenza', 'I certificati storici escono senza il timbro.'),
    ).toBe('demografici');
    expect(moduleOf('Fatture', 'Le fatture del mese non si importano.')).toBe('contabilita');
  });
  test('a staff record is a payroll matter, not the registry office', () => {
    expect(
      moduleOf(
        'Anagrafica del dipendente',
        "Nella scheda anagrafica del dipendente non si salva il nuovo IBAN per l'accredito.",
      ),
    ).toBe('personale');
  });
  test('documents "protocollati" point to the protocol module', () => {
    expect(
      moduleOf(
        'Documenti da riassegnare',
        'Ho dei documenti protocollati assegnati al Settore Ragioneria per sbaglio: come si spostano?',
      ),
    ).toBe('protocollo');
  });
});

describe('module: everyday words of each office', () => {
  test.each([
    [
      'Utenze non domestiche',
      'Le utenze non domestiche cessate a ottobre sono ancora a ruolo.',
      'tributi',
    ],
    [
      'Timbrature di novembre',
      'Le timbrature del badge di novembre non arrivano nel cartellino.',
      'personale',
    ],
    [
      'Ordinativi al tesoriere',
      'Gli ordinativi OPI inviati al tesoriere tornano scartati.',
      'contabilita',
    ],
    [
      'Tessere elettorali',
      'La stampa delle tessere elettorali non riporta la sezione.',
      'demografici',
    ],
    [
      'Seduta di giunta',
      'Nella seduta di giunta di ieri le proposte non risultano approvate.',
      'atti',
    ],
    [
      'Sanatoria edilizia',
      'Le pratiche di sanatoria non calcolano gli oneri di urbanizzazione.',
      'suap-sue',
    ],
    [
      'Autovelox',
      'Le violazioni rilevate dall’autovelox non vengono importate con la targa.',
      'polizia-locale',
    ],
    [
      'Non entro nel programma',
      'Non riesco ad accedere ai tributi: dopo il login resta la pagina bianca.',
      'sistemistica',
    ],
    [
      'Postazione nuova',
      "Sulla nuova postazione non si installa lo scanner per l'acquisizione.",
      'sistemistica',
    ],
  ])('%j', (subject, body, id) => {
    expect(moduleOf(subject, body)).toBe(id);
  });
});
