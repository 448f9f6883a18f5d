// What kind of request, eighteenth pass (opened set ZZZZZZZZZZZZZZZZZA, and the seventeenth's
// ZZZZZZZZZZZZZZZZV, read after it): a figure the writer
// wants explained, with the fault denied first ("non dico che sia sbagliato, ma…", "probabilmente
// non è un errore"), is a question answered by mail; so is a how-to that fears a mistake that could
// happen ("basta un errore per…"). The same figure told as wrong is still a fault.
import { typeOf } from './helpers';

describe('a figure to explain, the fault denied', () => {
  test.each([
    [
      'Avviso TARI - riga provinciale',
      'in fondo a ogni avviso c\'è la riga "tributo provinciale" con 8,93 euro. Non dico che sia ' +
        'sbagliato, però non so spiegare ai contribuenti da dove viene: me lo potete spiegare?',
    ],
    [
      'Spese di notifica diverse',
      'due verbali uguali hanno spese di notifica di 12,40 e 14,95 euro. Non dico che sia un ' +
        'errore, ma vorrei capire da cosa dipende la differenza.',
    ],
    [
      'Totale riscosso IMU',
      'il riepilogo dei versamenti dà 612.480 euro, i riversamenti 609.913. Probabilmente non è un ' +
        'errore, ma non riesco a capire come viene calcolato quel totale.',
    ],
    [
      'Fondo pluriennale',
      'il fondo pluriennale vincolato di spesa risulta 23.418,60 euro. Non dico che sia sbagliato, ' +
        'ma non riesco a ricostruirlo: da dove deriva?',
    ],
    [
      'Retta secondo figlio',
      'mi sembra uno sconto del 15 %, ma non trovo dove sia impostato: è una riduzione prevista ' +
        'nella tariffa? Vorrei solo capire da dove viene, non penso sia sbagliato.',
    ],
    [
      'Indennità di vacanza contrattuale',
      'nel cedolino compare la voce "Indennità di vacanza contrattuale" con importi che non riesco ' +
        'a ricostruire: per un C1 sono 18,12 euro. Come li calcola il programma?',
    ],
  ])('%s: a question', (subject, body) => {
    expect(typeOf(subject, body)).toBeNull();
  });

  test('"non pensiamo sia un errore, ma…"', () => {
    expect(
      typeOf(
        'Conguaglio IRPEF',
        'il conguaglio recupera tutte le detrazioni della dipendente. Non pensiamo sia un errore, ' +
          'ma ci chiederà come mai: come vengono calcolate?',
      ),
    ).toBeNull();
  });

  test('the same figure told as wrong is a fault', () => {
    expect(
      typeOf(
        'Spese di notifica errate',
        'due verbali uguali hanno spese di notifica di 12,40 e 14,95 euro: il secondo importo è ' +
          'sbagliato, il programma dà errore nel calcolo delle spese.',
      ),
    ).toBe('anomalia');
  });

  test('"non è un errore mio" still tells a fault', () => {
    expect(
      typeOf(
        'Mandati',
        'Probabilmente non è un errore mio: da ieri il mandato 412 si blocca alla firma con un ' +
          'messaggio di errore.',
      ),
    ).toBe('anomalia');
  });
});

describe('a way looked for', () => {
  test('"non trovo un modo per avere…" asks how', () => {
    expect(
      typeOf(
        'Estrazione verbali',
        "l'estrazione dei verbali si fa per periodo e per agente; non trovo un modo per avere la " +
          'via e la fascia oraria. Si può fare?',
      ),
    ).toBeNull();
  });
});

describe('a mistake that could happen', () => {
  test('"basta un errore per sbagliare le rette" in a how-to question', () => {
    expect(
      typeOf(
        'Tariffe mensa',
        'ogni anno reinserisco a mano più di quaranta tariffe e basta un errore per sbagliare le ' +
          "rette di tutti. C'è un modo per copiarle dall'anno precedente?",
      ),
    ).toBeNull();
  });
});

describe("a fault said not to be the writer's is still a fault (review of the change)", () => {
  test.each([
    [
      'Acconto IMU',
      "Probabilmente non è un errore nell'inserimento: il programma mi dà 0 euro di acconto.",
    ],
    [
      'Stampa a zero',
      'Non credo che ci sia un errore nei dati, li abbiamo controllati. Eppure la stampa riporta 0,00.',
    ],
    [
      'Rette mensa',
      'Non credo sia un errore da parte nostra: il sistema ha applicato la tariffa piena a tutti.',
    ],
    [
      'Rette mensa',
      'Non penso che sia un errore degli operatori: il sistema ha applicato la tariffa piena a tutti.',
    ],
    [
      'Dati anagrafici',
      'Non penso che siano sbagliati i dati anagrafici: in ANPR risultano corretti, nel vostro programma no.',
    ],
    [
      'Rimborso',
      'Sicuramente non è un errore nel calcolo manuale: la procedura propone un rimborso di 0 euro.',
    ],
  ])('%s: anomalia', (subject, body) => {
    expect(typeOf(subject, body)).toBe('anomalia');
  });
});

describe('the other new readings on a fault that happened', () => {
  test('"non trovo un modo per far partire…": nothing starts', () => {
    expect(
      typeOf(
        'Verbali',
        "Ho provato di tutto ma non trovo un modo per far partire l'elaborazione dei verbali.",
      ),
    ).toBe('anomalia');
  });
  test('"non troviamo un modo per sbloccare…": a record stuck', () => {
    expect(
      typeOf(
        'Pratica 412',
        'Non troviamo un modo per sbloccare la pratica 412: resta in stato in firma da lunedì.',
      ),
    ).toBe('anomalia');
  });
  test('"basta un errore per…" then what happened yesterday', () => {
    expect(
      typeOf(
        'Tracciato',
        "Basta un errore per bloccare tutto: ieri l'elaborazione si è fermata per una sola riga nel tracciato.",
      ),
    ).toBe('anomalia');
  });
  test('"non riesco a ricostruire" a figure that changed by itself', () => {
    expect(
      typeOf(
        'Saldo di cassa',
        'Non riesco a ricostruire il saldo di cassa: ieri era 12.400, oggi è 11.900 e nessuno ha registrato niente.',
      ),
    ).toBe('anomalia');
  });
});
