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

// Read on the opened sets ZZZZZZZZZZZZZZZZZZZZZZZZZZS and T (stop 50): what is right said next to
// what is wrong makes the wrong one a fault; a wish to avoid a step, a person who took over, a
// thing looked for in a menu and a contract asked about are no fault.
describe('the right part named beside the wrong one', () => {
  test.each([
    [
      'F24 EP: addizionale regionale diversa dai cedolini',
      "preparando il versamento F24 EP delle ritenute l'importo dell'addizionale regionale proposto " +
        "è di 1.842,16 euro, mentre la somma dei cedolini fa 1.917,40 euro. L'IRPEF e l'addizionale " +
        'comunale invece tornano. Potete verificare?',
    ],
    [
      'Verbale revisione dinamica',
      'il verbale della seconda revisione dinamica riporta nel riepilogo gli stessi numeri del ' +
        'verbale di gennaio. Gli elenchi allegati al verbale invece sono corretti.',
    ],
    [
      'Liste sezionali',
      'nella stampa della sezione 2 compaiono anche sei elettori cancellati con la revisione di ' +
        'aprile. Nella consultazione risultano cancellati, è solo la stampa che li riporta.',
    ],
    [
      'CU 2026 cessati',
      'nelle CU 2026 i dipendenti cessati nel 2025 risultano tutti con 365 giorni di lavoro, anche ' +
        'chi ha lavorato solo fino a giugno. Le date di cessazione sono corrette nelle anagrafiche.',
    ],
    [
      'Duplicato tessera elettorale',
      'stampando il duplicato della tessera elettorale per un elettore che ha cambiato sezione, la ' +
        'tessera esce con il numero della sezione vecchia.',
    ],
    [
      'Distinta mandati',
      'nella stampa della distinta dei mandati il totale generale è più basso della somma dei ' +
        'singoli mandati di 1.240 euro.',
    ],
    [
      'Determine',
      'oggi la numerazione generale è passata da 312 a 315: la 313 e la 314 non esistono. Vorremmo ' +
        'sapere se si possono recuperare i due numeri.',
    ],
    [
      'Rendiconto economato',
      'il buono n. 21 risulta annullato ma sembra che venga contato lo stesso nel totale.',
    ],
  ])('%s', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBe('anomalia');
  });
});

describe('no fault in it', () => {
  test.each([
    [
      'Come aggiungere un allegato a un protocollo',
      'come si aggiunge un allegato a un protocollo già registrato? Vorremmo metterla sotto lo ' +
        'stesso numero di protocollo invece di crearne uno nuovo.',
    ],
    [
      'SUAP: riassegnare le pratiche',
      'dal 1° febbraio il responsabile del procedimento è il geom. Rinaldi, al posto della dott.ssa ' +
        'Ghibaudo. Come si riassegnano le pratiche in corso?',
    ],
    [
      'Certificato storico di residenza',
      'come si rilascia un certificato storico di residenza per un ex iscritto AIRE? Nel menu ' +
        'Certificazioni non trovo il periodo di iscrizione all’estero.',
    ],
    [
      'Permesso donazione sangue',
      'una collega ha donato il sangue venerdì scorso. Nelle presenze non trovo un codice specifico ' +
        'per la giornata: quale devo usare?',
    ],
    [
      'Contratto di assistenza',
      'vi chiederei di confermarci se il nostro contratto di assistenza comprende anche il servizio ' +
        'PALASS oppure solo la manutenzione ordinaria.',
    ],
  ])('%s', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBeNull();
  });
});

// Read on the opened sets ZZZZZZZZZZZZZZZZZZZZZZZZZZZA and ZZZZZZZZZZZZZZZZZZZZZZZZZZZB (stop 50).
describe('help reserved, a doubt, a closing reply', () => {
  test('a named person wished on call with "preferiremmo", no trouble expected', () => {
    const text =
      'mercoledì 20 maggio passeremo alla nuova versione di Cityware. Le prove sono andate bene e ' +
      'non ci aspettiamo sorprese, però preferiremmo che quella mattina il dott. Ruggeri, che ci ha ' +
      'installato il server, fosse reperibile per noi dalle 8, nel caso la migrazione desse problemi.';
    expect(typeOf('Passaggio alla nuova versione il 20 maggio', mail(text))).toBe('supporto');
  });

  test('right as it is, or a parameter of ours', () => {
    const text =
      "la prima rata dell'addizionale comunale viene già trattenuta questo mese, mentre l'anno " +
      'scorso partiva da marzo. Vi chiedo se è corretto così o se dipende dal parametro "mese inizio ' +
      'rateizzazione" che abbiamo nella tabella.';
    expect(typeOf('Cedolini febbraio - addizionale comunale', mail(text))).toBeNull();
  });

  test('a closing reply whose "il ticket" a client wrapped', () => {
    const text =
      'ho riavviato come indicato e adesso Cityware vede la nuova stampante di\nrete, le stampe ' +
      'escono regolarmente. Potete chiudere il\nticket.';
    expect(
      typeOf('RE: [Ticket #64410] Stampante di rete non vista da Cityware', mail(text)),
    ).toBeNull();
  });
});
