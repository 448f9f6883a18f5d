import { classifyModule } from '../../../src/core/classify/classify-module';
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import { prepareText } from '../../../src/core/text/prepare';
import { stem } from '../../../src/core/text/words';

const moduleOf = (subject: string, body: string) =>
  classifyModule(subject, prepareText(body), defaultDirectory, 'it');
const typeOf = (body: string, subject = '') => classifyTicketType(subject, prepareText(body));

describe('stem', () => {
  test.each([
    ['fatture', 'fattura'],
    ['cedolini', 'cedolino'],
    ['mandati', 'mandato'],
    ['stipendi', 'stipendio'],
    ['delibere', 'delibera'],
    ['verbali', 'verbale'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });
  test('short acronyms stay intact and participles do not collide with nouns', () => {
    expect(stem('imu')).toBe('imu');
    expect(stem('determinato')).not.toBe(stem('determina'));
  });
});

describe('classifyModule', () => {
  test('finds the module from inflected forms not listed as keywords', () => {
    const m = moduleOf(
      'Problema con le fatture',
      'Le fatture elettroniche ricevute non vengono importate.',
    );
    expect(m?.id).toBe('contabilita');
  });
  test('accents and case do not matter', () => {
    expect(moduleOf('CONTABILITA', 'la contabilità non quadra con il rendiconto')?.id).toBe(
      'contabilita',
    );
  });
  test('gives reasons in the report language and a confidence between 0 and 1', () => {
    const m = classifyModule(
      'IMU 2025',
      prepareText('Il calcolo IMU non funziona.'),
      defaultDirectory,
      'en',
    );
    expect(m?.id).toBe('tributi');
    expect(m?.reasons[0]).toBe('word "IMU" in the subject');
    expect(m!.confidence).toBeGreaterThan(0);
    expect(m!.confidence).toBeLessThanOrEqual(1);
  });
  test('ignores the signature and the quoted text', () => {
    const body =
      'La schermata principale resta bianca dopo il login con la nuova password di stamattina.\n\nCordiali saluti\nMario Rossi\nUfficio Tributi IMU TARI\n\n> vecchia mail su IMU e TARI e tributi';
    expect(moduleOf('Schermata bianca', body)?.id).toBe('sistemistica');
  });
  test('is null when two modules are equally likely', () => {
    expect(moduleOf('IMU e cedolini', 'IMU e cedolini')).toBeNull();
  });
  test('is null when a document cited by number is the only evidence', () => {
    expect(
      moduleOf('Schermata diversa', 'Come da determina n. 12 la schermata principale è diversa.'),
    ).toBeNull();
  });
  test('is null without evidence', () => {
    expect(moduleOf('Buongiorno', 'Il programma non si apre più da stamattina.')).toBeNull();
  });
  test('a document cited by number is weak evidence', () => {
    const m = moduleOf(
      'Cedolini di marzo non stampabili',
      'I cedolini di marzo non si stampano, come previsto dalla determina n. 233/2025.',
    );
    expect(m?.id).toBe('personale');
  });
});

describe('classifyTicketType', () => {
  test.each([
    'Quando salvo compare un messaggio di errore e il programma si blocca.',
    'Da ieri gli avvisi escono senza il codice QR.',
    'Il calcolo delle ferie risulta sbagliato per i part-time.',
    'La trasmissione del flusso si interrompe a metà e il file viene rifiutato.',
    'Abbiamo un problema con la stampa dei certificati.',
    // A wrong result stated as fact, even with a question about what to do next.
    'I preavvisi escono con la data del 2024 invece che del 2025: vanno rifatti?',
    "Dopo l'ultimo aggiornamento la stampa produce ancora un unico F24 per l'intero importo.",
  ])('anomalia: %s', (body) => {
    expect(typeOf(body)).toBe('anomalia');
  });
  test.each([
    'Ho cancellato per errore un mandato, è possibile ripristinarlo?',
    'Ho registrato il protocollo indicando il destinatario sbagliato, potete correggerlo?',
    // Reserved technician time is charged: a booking is supporto (LABELLING.md).
    'Nel caso ci fossero problemi dal 1° gennaio con il nuovo tesoriere, vorremmo prenotare assistenza.',
    // Restoring access is supporto.
    'Al rientro dalle ferie la mia utenza risulta disattivata: chiedo la riattivazione.',
    "Ho dimenticato la password e l'utenza si è bloccata, potete sbloccarla?",
    // The consequence of the user's own mistake is no anomaly.
    'Ho inserito per sbaglio un IBAN errato e ora il tesoriere rifiuta il mandato: come correggo?',
  ])('supporto: %s', (body) => {
    expect(typeOf(body)).toBe('supporto');
  });
  test('formazione', () => {
    expect(typeOf('Vorremmo fissare un incontro di formazione per i nuovi colleghi.')).toBe(
      'formazione',
    );
  });
  test.each([
    'Vorrei sapere se è possibile estrarre in Excel l’elenco delle pratiche.',
    'Vedi oggetto.',
    // How-to questions are answered by mail.
    'Non ho mai fatto una rateizzazione e non trovo dove si fa: come si procede?',
    'Dove si ristampa la ricevuta di iscrizione al trasporto scolastico?',
  ])('null: %s', (body) => {
    expect(typeOf(body)).toBeNull();
  });
});
