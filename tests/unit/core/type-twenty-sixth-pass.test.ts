// Types read on the opened sets ZZZZZZZZZZZZZZZZZZZZZZZZZZK and L (stop 50): a test that "showed
// no errors" and a stop "two years ago" are no present problem; two notices arrived for one house
// and amounts printed at 0,00 are faults; "nn trovo l opzione" (a phone's missing apostrophe)
// looks for a feature; half an hour on a video call to see together how it is done is training.
import { typeOf } from './helpers';

const mail = (text: string) =>
  `Buongiorno,\n\n${text}\n\nGrazie\nGianni Pirastu\nTributi - Comune di Bortigali Alto\n0785 44 120 (mattina)`;

describe('no present problem', () => {
  test('a test that showed no errors, and help kept for the day', () => {
    const text =
      'venerdì 18 dicembre elaboreremo i cedolini con il nuovo contratto: nella prova non abbiamo ' +
      'visto errori. Vorremmo che quel giorno restasse a disposizione Ilaria Santini, che ha ' +
      'impostato le voci, nel caso qualcosa non tornasse.';
    expect(typeOf('Cedolini di dicembre: assistenza il 18', mail(text))).toBe('supporto');
  });

  test('a stop two years ago, and help kept for the day', () => {
    const text =
      "martedì 26 gennaio faremo la chiusura dell'esercizio. Due anni fa l'elaborazione si era " +
      'bloccata a metà. Vi chiederei di segnarvi la data e di avere una persona collegata con noi ' +
      'dalle 9 in poi.';
    expect(typeOf('Chiusura esercizio: assistenza il 26 gennaio', mail(text))).toBe('supporto');
  });

  test('a stop this morning is a fault', () => {
    const text =
      "martedì 26 gennaio faremo la chiusura dell'esercizio. Stamattina la prova si è bloccata a " +
      'metà con un errore.';
    expect(typeOf('Chiusura esercizio bloccata', mail(text))).toBe('anomalia');
  });
});

describe('faults told plainly', () => {
  test('two notices arrived for the same house', () => {
    const text =
      'alla contribuente sono arrivati 2 avvisi tari 2026 x la stessa casa, importi uguali e iuv ' +
      'diversi. in banca dati ne vedo uno solo.';
    expect(typeOf('2 avvisi tari per la stessa casa', mail(text))).toBe('anomalia');
  });

  test('amounts printed at 0,00 on one Comune only', () => {
    const text =
      'di nuovo la stampa del provvedimento di rimborso imu con gli importi a 0,00, ma stavolta ' +
      'succede solo su un Comune: negli altri due la stessa stampa esce giusta.';
    expect(typeOf('rimborso IMU: stampa provvedimento', mail(text))).toBe('anomalia');
  });
});

describe('questions and training', () => {
  test('an option looked for, typed on a phone', () => {
    const text =
      'come si fa il certificato di stato di famiglia storico alla data del 2019? dal menu ' +
      'certificati nn trovo l opzione della data';
    expect(typeOf('certificato storico', mail(text))).toBeNull();
  });

  test('half an hour on a video call to see together how it is done', () => {
    const text =
      'i backup di cityware sul nuovo server li dobbiamo controllare noi e nessuno qui sa come si ' +
      'fa. ci servirebbe mezz ora in videochiamata con un vostro tecnico x vedere insieme dove si ' +
      'controllano.';
    expect(typeOf('nuovo server: videochiamata per i backup', mail(text))).toBe('formazione');
  });
});
