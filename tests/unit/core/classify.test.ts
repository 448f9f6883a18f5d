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
  ])('anomalia: %s', (body) => {
    expect(typeOf(body)).toBe('anomalia');
  });
  test.each([
    'Ho cancellato per errore un mandato, è possibile ripristinarlo?',
    'Ho registrato il protocollo indicando il destinatario sbagliato, potete correggerlo?',
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
    'Nel caso ci fossero problemi dal 1° gennaio con il nuovo tesoriere, vorremmo prenotare assistenza.',
    'Vedi oggetto.',
  ])('null: %s', (body) => {
    expect(typeOf(body)).toBeNull();
  });
});
