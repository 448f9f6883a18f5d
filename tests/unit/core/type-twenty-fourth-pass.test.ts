// What kind of request, read on opened sets in stop 48. "È corretto così?": a doubt whether a
// result is right is typed by the other answer the writer offers. Their own setting ("oppure c'è
// un'impostazione…", "o se dipende da come abbiamo codificato noi…") makes it a question answered
// by mail; a fault ("oppure è un errore dell'ultima versione?") makes it a malfunction, even with
// little else wrong told. And a process run again that failed the same way is no slip of the user.
import { typeOf } from './helpers';

const mail = (text: string) =>
  `Buongiorno,\n\n${text}\n\nSiamo in ufficio dalle 9 alle 13.\nRenata Zampieri\nUfficio Tributi - Comune di Pontelungo\n0429 771 230`;

describe('the alternative is the office’s own setting: a question', () => {
  test.each([
    [
      'IMU coniuge assegnatario',
      'per una contribuente assegnataria della casa il programma calcola l’IMU come abitazione ' +
        'principale e per l’ex marito non calcola nulla. Volevamo capire se è corretto così oppure ' +
        'se dobbiamo indicare noi qualcosa nella scheda dell’immobile.',
    ],
    [
      'CU compensi occasionali',
      'il programma riporta i compensi nel punto 1 invece che nel lavoro autonomo. Volevamo capire ' +
        'se è corretto o se dipende da come abbiamo codificato noi le voci.',
    ],
    [
      'Numerazione avvisi',
      'il programma riparte dal numero successivo all’ultimo emesso invece di riutilizzare i numeri ' +
        'annullati. È corretto così, oppure c’è un’impostazione per riutilizzarli? Il nostro ' +
        'regolamento non dice nulla in proposito.',
    ],
  ])('%s', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBeNull();
  });
});

describe('whether a result is right, asked indirectly: a question', () => {
  test('"vorrei capire se è corretto che il programma applichi…" with no "?"', () => {
    const text =
      'per il nucleo Ferraresi il programma applica la riduzione ISEE. Controllando ho visto che ' +
      'l’attestazione non risulta presentata quest’anno. Vorrei capire se è corretto che il ' +
      'programma la applichi comunque perché il flag è rimasto spuntato dall’anno scorso.';
    expect(typeOf('TARI riduzione ISEE nucleo Ferraresi', mail(text))).toBeNull();
  });
});

describe('the alternative is a fault: a malfunction', () => {
  test('"oppure è un errore dell’ultima versione?"', () => {
    const text =
      'negli avvisi IMU i contribuenti deceduti risultano intestatari con il loro nome. Fino ' +
      'all’anno scorso il programma intestava l’avviso agli eredi. È corretto che adesso funzioni ' +
      'così, oppure è un errore dell’ultima versione?';
    expect(typeOf('Avvisi IMU deceduti', mail(text))).toBe('anomalia');
  });

  test('"oppure c’è qualcosa che non va?"', () => {
    const text =
      'l’avviso pagoPA risulta "pagato" sul portale con ricevuta del 29 giugno e l’importo è ' +
      'arrivato al tesoriere. Nella riconciliazione però la posizione risulta ancora "da pagare". ' +
      'È corretto così, cioè bisogna aspettare qualche altro giorno, oppure c’è qualcosa che non va?';
    expect(typeOf('Avviso non riconciliato', mail(text))).toBe('anomalia');
  });
});

// 22Z-S017: run again and failed the same way, no double made by hand.
describe('a retry that failed the same way is no slip', () => {
  test('"l’ho lanciata due volte, ieri pomeriggio e stamattina, con lo stesso risultato"', () => {
    const text =
      'l’elaborazione dei solleciti IMU si interrompe sempre intorno al 60% con il messaggio ' +
      '"Violazione chiave primaria". L’ho lanciata due volte, ieri pomeriggio e stamattina, con lo ' +
      'stesso risultato.';
    expect(typeOf('Elaborazione solleciti bloccata', mail(text))).toBe('anomalia');
  });

  test('"ho importato due volte lo stesso file" is still the user’s slip', () => {
    const text =
      'ho importato due volte lo stesso file dei versamenti e ora i pagamenti risultano doppi: ' +
      'come li elimino?';
    expect(typeOf('Versamenti doppi', mail(text))).toBe('supporto');
  });
});

// 23Z-B038, B061 and four of ZZZZZZZZZZZZZZZZZE: whether a result is right, asked outright.
describe('"È corretto che…?" asks whether a result is right', () => {
  test.each([
    [
      'Commissione sul portale dei pagamenti',
      'pagando la retta dal nostro portale dei pagamenti compare una commissione di 1,50 euro, ' +
        'mentre in tabaccheria ne pagano 2. È corretto che la commissione mostrata sul portale ' +
        'sia quella del PSP scelto dal cittadino e non una nostra impostazione?',
    ],
    [
      'Acconto IMU fabbricati D',
      'simulando l’acconto per i fabbricati D la quota del Comune risulta zero. Credo sia giusto, ' +
        'perché lo 0,76% è riservato allo Stato, ma vorrei esserne sicuro. Ci confermate che il ' +
        'calcolo è corretto?',
    ],
  ])('%s', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBeNull();
  });

  test('asked, with five signs of a fault, still reports one', () => {
    const text =
      'nel cartellino di novembre le 12 ore di reperibilità compaiono due volte: nella colonna ' +
      '"Reperibilità", come è giusto, e anche nella colonna "Straordinario". Ne risultano 24 ore ' +
      'invece di 12. È corretto che il programma le conteggi così? Con ottobre non succedeva.';
    expect(typeOf('Reperibilità contata due volte', mail(text))).toBe('anomalia');
  });

  test('"non è corretto che…" is a complaint, not a doubt', () => {
    const text =
      'il programma ha calcolato la TARI su 3 componenti invece di 2 e il ruolo non ha recepito ' +
      'la variazione. Non è corretto che si debba ricalcolare ogni avviso a mano?';
    expect(typeOf('TARI componenti', mail(text))).toBe('anomalia');
  });
});

// 23Z-B055: a PIN forgotten by someone else is still a restore asked.
test('"il Sindaco ha dimenticato il PIN… potete indicarci come reimpostarlo?" asks a restore', () => {
  const text =
    'scrivo per conto del Sindaco, che ha dimenticato il PIN della firma remota e da ieri non ' +
    'riesce a firmare le delibere (il sistema risponde "PIN errato"). Potete indicarci come ' +
    'reimpostare il PIN o fargli avere il codice di sblocco?';
  expect(typeOf('Firma remota del Sindaco: PIN dimenticato', mail(text))).toBe('supporto');
});

// 23Z-R030 and R067: the office's side as the other answer, said further on or as a way to do it.
describe('the other answer is how the office should do it', () => {
  test.each([
    [
      'Registro giornaliero anche il sabato',
      'il registro giornaliero di protocollo viene generato e inviato anche per i sabati e le ' +
        'domeniche, con zero documenti. Vi chiedo se è corretto così, cioè se la normativa richiede ' +
        "il registro anche nei giorni di chiusura dell'ufficio, oppure se esiste un parametro per " +
        'escluderli.',
    ],
    [
      'Rimborso IMU interessi',
      'per un contribuente che aveva versato due volte la rata di dicembre il programma calcola ' +
        'gli interessi del rimborso compresi i sei mesi in cui l’istanza è ' +
        'rimasta sospesa. Vi chiedo se è corretto così o se il periodo di sospensione va escluso, e ' +
        'in quel caso come si indica.',
    ],
  ])('%s', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBeNull();
  });
});

// 23Z-R013: a change proposed tells what the program does today only to say what to add.
describe('a change proposed is no fault', () => {
  test('"proposta di miglioria… Sarebbe possibile aggiungere…?"', () => {
    const text =
      'vi scrivo per una proposta di miglioria: oggi il cedolino riporta solo la modalità di ' +
      'pagamento "bonifico", senza IBAN. Sarebbe possibile aggiungere nella stampa del cedolino il ' +
      'conto di accredito?';
    expect(typeOf('Proposta: IBAN nel cedolino', mail(text))).toBeNull();
  });

  // 23Z-X044 and Y035: a function asked whether it is planned.
  test.each([
    'volevo chiedere se è previsto di poter mandare gli avvisi TARI via e-mail ai contribuenti, ' +
      'invece che solo su carta.',
    'oggi, per sapere chi ha il saldo negativo, dobbiamo stampare l’elenco ogni settimana. È ' +
      'prevista, o si può prevedere in un prossimo aggiornamento, una notifica automatica?',
  ])('%s', (text) => {
    expect(typeOf('Proposta', mail(text))).toBeNull();
  });

  test('a fault told beside the wish is still a fault', () => {
    const text =
      'da ieri la stampa del cedolino si blocca con "Errore 500" e non esce nessun PDF. Sarebbe ' +
      'possibile aggiungere anche un messaggio più chiaro?';
    expect(typeOf('Stampa cedolini bloccata', mail(text))).toBe('anomalia');
  });
});

// 23Z-R060 and five older: the wrong record chosen, told by what the writer did.
describe('"ho registrato … sull’impegno 312 invece che sul 298" is the writer’s slip', () => {
  test('the slip, and how to undo it asked', () => {
    const text =
      'ieri ho registrato la liquidazione della fattura n. 58/2026 della ditta Martini Verde srl ' +
      'sull’impegno 312 (manutenzione strade) invece che sul 298 (manutenzione del verde). Il ' +
      'mandato non è ancora stato emesso. Posso annullare la liquidazione da sola o serve un ' +
      'vostro intervento, visto che la fattura risulta già "liquidata" anche sulla piattaforma?';
    expect(typeOf('Liquidazione registrata sull’impegno sbagliato', mail(text))).toBe('supporto');
  });

  test('what the software did, in a clause of its own, is no slip', () => {
    const text =
      'ho registrato gli avvisi che riportano la tariffa 2025 invece della 2026, e il programma ' +
      'non permette di correggerla: compare "Errore di aggiornamento".';
    expect(typeOf('Avvisi con tariffa vecchia', mail(text))).toBe('anomalia');
  });
});

// 24Z-G013 and G014: a fault's words denied, and a function looked for in the menus.
describe('what the writer says is not a fault', () => {
  test('"non si tratta di un’anomalia ma di una richiesta di modifica"', () => {
    const text =
      'non si tratta di un’anomalia ma di una richiesta di modifica. Oggi la stampa "Distinta di ' +
      'trasmissione" riporta solo numero del mandato, beneficiario e importo. Sarebbe possibile ' +
      'aggiungere due colonne con CIG e CUP?';
    expect(typeOf('Proposta di modifica: CIG nella distinta', mail(text))).toBeNull();
  });

  test('"come si fa…? nelle opzioni di stampa non trovo niente"', () => {
    const text =
      'come si fa a far comparire il CIG sulla distinta dei mandati che mandiamo al tesoriere? Lui ' +
      'lo vuole vedere riga per riga e nelle opzioni di stampa non trovo niente.';
    expect(typeOf('CIG sulla distinta', mail(text))).toBeNull();
  });

  test('records not found are still missing data', () => {
    const text =
      'cerco le determine di ottobre nel registro e non trovo niente: sono sparite dopo ' +
      'l’aggiornamento di ieri.';
    expect(typeOf('Determine sparite', mail(text))).toBe('anomalia');
  });
});
