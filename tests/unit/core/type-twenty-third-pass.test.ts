// What kind of request, read on opened sets in stop 47: faults told without the usual words
// ("errore", "non funziona"): a result right elsewhere, a state nobody set, a date the program fills
// when it has none, a value against the right one; and "vorrei capire / sapere se è un problema del
// programma", which suspects the software and asks no how-to.
import { typeOf } from './helpers';

const mail = (text: string) =>
  `Buongiorno,\n\n${text}\n\nSono in ufficio dalle 9 alle 13.\nLorenza Bettin\nUfficio Scuola - Comune di Sarmede Alta\n0438 581 220`;

describe('the same thing right elsewhere', () => {
  test('"per gli altri plessi gli importi sono corretti": the one case fails', () => {
    const text =
      'le rette del trasporto di novembre risultano di 0,00 euro per nove bambini della scuola ' +
      'media. Per gli altri plessi gli importi sono corretti.';
    expect(typeOf('Rette trasporto novembre a zero', mail(text))).toBe('anomalia');
  });

  test('"gli altri varchi sono a posto"', () => {
    const text = 'nei verbali del varco di via Roma la foto è nera. Gli altri varchi sono a posto.';
    expect(typeOf('Verbali varco via Roma', mail(text))).toBe('anomalia');
  });

  test('"con lo stesso PC e la stessa utenza … escono regolari" in another Comune', () => {
    const text =
      "le carte d'identità di Rocca hanno il numero di serie a metà pagina; per Fonte, con lo stesso PC " +
      'e la stessa utenza, i documenti escono regolari.';
    expect(typeOf("Carte d'identità Rocca", mail(text))).toBe('anomalia');
  });
});

describe('a result the office did not make', () => {
  test('"risulta «annullato», ma nessuno di noi l\'ha annullato"', () => {
    const text = 'il verbale 2211/2026 risulta "annullato", ma nessuno di noi l\'ha annullato.';
    expect(typeOf('Verbale 2211/2026 annullato', mail(text))).toBe('anomalia');
  });

  test('"sono finite nel registro istituzionale e non in quello commerciale"', () => {
    const text =
      'le fatture della farmacia comunale di ottobre sono finite nel registro istituzionale e ' +
      'non in quello commerciale, anche se sono registrate col sezionale giusto.';
    expect(typeOf('Fatture farmacia ottobre', mail(text))).toBe('anomalia');
  });

  test('"compaiono senza allegati" in the councillors\' area', () => {
    const text =
      "le determine aperte dall'area riservata dei consiglieri compaiono senza allegati. Dalla " +
      'scrivania atti gli allegati ci sono.';
    expect(typeOf('Area consiglieri: determine', mail(text))).toBe('anomalia');
  });

  test('a date of 01/01/1970 the program filled in', () => {
    const text = "dopo l'importazione di stamattina tutte le multe hanno data 01/01/1970.";
    expect(typeOf('Importazione multe', mail(text))).toBe('anomalia');
  });

  test('"dovrebbe essere quella ridotta e non il 100%"', () => {
    const text =
      "sull'avviso 118/2026 la sanzione dovrebbe essere quella ridotta e non il 100%: la " +
      'dichiarazione è arrivata con dieci giorni di ritardo.';
    expect(typeOf('Avviso 118/2026: sanzione', mail(text))).toBe('anomalia');
  });

  test('"continuano a uscire con lo stemma vecchio" after the new one was loaded', () => {
    const text =
      "avete caricato il nuovo logo e le carte d'identità sono a posto, ma le liste di leva " +
      'continuano a uscire con il logo vecchio.';
    expect(typeOf('Logo sulle stampe', mail(text))).toBe('anomalia');
  });

  // With a how-to question beside it, one sign is not enough: the skipped numbering is the second.
  test('"la numerazione è saltata" in the register, asked how to recover', () => {
    const text =
      'nel registro delle ordinanze la numerazione è saltata: dopo la 17 la successiva ha preso ' +
      'il 19, e il 18 non esiste da nessuna parte. Vorremmo sapere se possiamo recuperarlo.';
    expect(typeOf('Ordinanze: numerazione', mail(text))).toBe('anomalia');
  });
});

describe('the software suspected, no how-to', () => {
  test('"vorrei capire se è un problema dell\'elaborazione" after a result told twice', () => {
    const text =
      'il bollettino della mensa di marzo risulta addebitato due volte a quattro famiglie. ' +
      "Prima di annullarli vorrei capire se è un problema dell'elaborazione.";
    expect(typeOf('Mensa marzo addebitata due volte', mail(text))).toBe('anomalia');
  });

  test('"vorrei sapere se è un problema della stampa o se devo sistemare qualcosa"', () => {
    const text =
      'il riepilogo delle presenze del centro estivo conta due volte i bambini iscritti a due ' +
      'turni. Vorrei sapere se è un problema della stampa o se devo sistemare qualcosa.';
    expect(typeOf('Riepilogo centro estivo', mail(text))).toBe('anomalia');
  });

  test('"vorrei capire se" a way is possible still asks how', () => {
    const text =
      'vorrei capire se si può stampare il riepilogo delle presenze del centro estivo per turno.';
    expect(typeOf('Riepilogo centro estivo per turno', mail(text))).not.toBe('anomalia');
  });
});

describe("the user's own slip and its undoing", () => {
  test('"ho pubblicato … ma come allegato è partito il file della 87. Come la ritiro?"', () => {
    const text =
      "ho pubblicato all'albo l'ordinanza 88 ma come allegato è partito il file della 87. Come la " +
      'ritiro per ripubblicarla con il documento giusto?';
    expect(typeOf('Ordinanza 88 pubblicata con il file della 87', mail(text))).toBe('supporto');
  });

  test('"ma come allegato ho caricato il file della 56. Come si ritira?"', () => {
    const text =
      "ho pubblicato all'albo il decreto 57, ma come allegato ho caricato il file della 56. Come si " +
      'ritira senza perdere il numero di registro?';
    expect(typeOf('Decreto 57 pubblicato con il file della 56', mail(text))).toBe('supporto');
  });

  test('"ho selezionato il file della n. 140 … Come posso sostituirlo?"', () => {
    const text =
      "oggi ho protocollato la delibera n. 141, ma nell'allegare il documento ho selezionato il " +
      'file della n. 140. Come posso sostituirlo?';
    expect(typeOf('Delibera 141 protocollata con il file della 140', mail(text))).toBe('supporto');
  });

  test('", colpa mia." owns the slip', () => {
    const text =
      'ieri ho pubblicato la determina 301 con il pdf della 300, colpa mia. Va ritirata senza ' +
      "perdere il numero dell'albo.";
    expect(typeOf('Determina 301 con il pdf della 300', mail(text))).toBe('supporto');
  });

  test('"per colpa nostra" as a fear owns nothing', () => {
    const text =
      'gli avvisi pagoPA della mensa risultano "pagamento sconosciuto" in banca. Non vogliamo che ' +
      'le famiglie risultino morose per colpa nostra.';
    expect(typeOf('Avvisi mensa: pagamento sconosciuto', mail(text))).toBe('anomalia');
  });
});

describe('right at the source or in the other cases', () => {
  test('"sul palmare i dati sono corretti" while the program\'s copy is wrong', () => {
    const text =
      'alcuni preavvisi scaricati in Cityware, ristampati, riportano la targa di un altro ' +
      'veicolo. Sul palmare i dati sono corretti.';
    expect(typeOf('Preavvisi ristampati con altra targa', mail(text))).toBe('anomalia');
  });

  test('"solo per il figlio minore; per i genitori la validazione va a buon fine"', () => {
    const text =
      'nella pratica di immigrazione 2026/41 la validazione ANPR chiede ancora i documenti solo per il ' +
      'figlio minore; per i genitori la validazione va a buon fine.';
    expect(typeOf('Pratica di immigrazione 2026/41', mail(text))).toBe('anomalia');
  });
});

describe('asked, not reported', () => {
  test('"non trovo più il riepilogo… È stata spostata in un altro menu?" looks for it', () => {
    const text =
      "dopo l'aggiornamento di lunedì non trovo più, tra le stampe dei tributi, il riepilogo " +
      'dei versamenti per anno. È stata spostata in un altro menu o ha cambiato nome?';
    expect(typeOf('Riepilogo versamenti per anno', mail(text))).not.toBe('anomalia');
  });

  test('"non trovo più il riepilogo" after an update, with nothing asked, is a fault', () => {
    const text =
      "dopo l'aggiornamento di lunedì non trovo più, tra le stampe dei tributi, il riepilogo " +
      'dei versamenti per anno, che usiamo ogni mese.';
    expect(typeOf('Riepilogo versamenti per anno', mail(text))).toBe('anomalia');
  });

  test('"non diciamo che sia sbagliato, vorremmo solo capire con quale criterio…"', () => {
    const text =
      "l'acconto IRPEF di novembre è stato trattenuto in due rate a un dipendente. Non diciamo " +
      'che sia sbagliato, vorremmo solo capire con quale criterio il programma lo divide.';
    expect(typeOf('Acconto IRPEF diviso in due rate', mail(text))).not.toBe('anomalia');
  });
});

describe('a reset that fails is no reset asked', () => {
  test('"la mail per reimpostarla non arriva" after "Password dimenticata?"', () => {
    const text =
      'la password di Cityware è scaduta. Ho cliccato su "Password dimenticata?" e il sistema ' +
      'dice di aver inviato le istruzioni, ma la mail per reimpostarla non arriva, nemmeno nello spam.';
    expect(typeOf('Password scaduta: la mail per reimpostarla non arriva', mail(text))).toBe(
      'anomalia',
    );
  });

  test('"vi chiediamo il PUK o la procedura di sblocco" still asks the restore', () => {
    const text =
      'il sindaco ha sbagliato tre volte il PIN della smart card di firma e ora risulta bloccata: ' +
      'vi chiediamo il codice PUK o la procedura di sblocco.';
    expect(typeOf('Smart card del sindaco bloccata', mail(text))).toBe('supporto');
  });
});

describe('a worry is no present fault beside a booking', () => {
  test('"non vogliamo trovarci scoperti la notte dello spoglio" after "vi ho già scritto due volte"', () => {
    const text =
      'vi ho già scritto due volte senza risposta. Per le elezioni del 24 maggio vi chiediamo di ' +
      'tenere un tecnico in reperibilità durante lo scrutinio, nel caso il programma desse ' +
      'problemi. Le prove sono andate bene, ma non vogliamo trovarci scoperti la notte dello spoglio.';
    expect(typeOf('Elezioni 24 maggio: reperibilità', mail(text))).toBe('supporto');
  });
});

describe('a feature not known of', () => {
  test('"esiste già un\'impostazione che non conosciamo, oppure è da sviluppare?" asks, reports nothing', () => {
    const text =
      'vorremmo che il portale mandasse un promemoria prima della scadenza degli avvisi. Esiste ' +
      "già un'impostazione che non conosciamo, oppure è una funzione da sviluppare?";
    expect(typeOf('Promemoria scadenza avvisi', mail(text))).not.toBe('anomalia');
  });

  test('"un IBAN che non conosciamo" is a value nobody set', () => {
    const text =
      "l'IBAN di un fornitore risulta cambiato il 18 luglio con un IBAN che non conosciamo, e nessuno " +
      "di noi l'ha modificato.";
    expect(typeOf('IBAN fornitore cambiato', mail(text))).toBe('anomalia');
  });
});
