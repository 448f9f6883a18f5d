// Module classification: the everyday words of each office, and keywords that must agree in
// gender and meaning before they point at a module.
import { classifyModule } from '../../../src/core/classify/classify-module';
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import { prepareText } from '../../../src/core/text/prepare';
import { checkTicket } from '../../../src/core';
import { draft, withContent } from './helpers';

const moduleOf = (subject: string, body: string) =>
  classifyModule(subject, prepareText(body), defaultDirectory, 'it')?.id ?? null;

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
      'Impegno cancellato per errore',
      "Riordinando gli impegni provvisori ho cancellato per errore l'impegno 588/2025, già collegato alla determina n. 402.",
      'contabilita',
    ],
    [
      'Iscrizioni mensa bloccate',
      'Dal portale genitori le iscrizioni al servizio mensa per il nuovo anno scolastico si bloccano al passaggio "conferma dieta speciale" con una pagina bianca.',
      'servizi-scolastici',
    ],
    [
      'Permessi festivi: la lista bianca non arriva ai varchi',
      'Dopo l’aggiornamento dei permessi per le festività la lista bianca non parte più verso il server dei varchi.',
      'polizia-locale',
    ],
    [
      'Rilievo incidenti stradali - rapporto senza foto',
      'La stampa del rapporto di incidente stradale esce senza le fotografie allegate al sinistro.',
      'polizia-locale',
    ],
    [
      'Elettori trasferiti ancora nella vecchia lista',
      'Dopo la revisione di gennaio gli elettori spostati per cambio di via restano nella lista sezionale precedente.',
      'demografici',
    ],
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
      'Scrutinio regionali',
      'Allo scrutinio i verbali dei seggi riportano voti diversi dal riepilogo per sezione.',
      'demografici',
    ],
    [
      'Referendum: affluenza',
      "L'affluenza del referendum non si carica e i votanti del seggio 4 restano a zero.",
      'demografici',
    ],
    [
      'Verbali da notificare',
      'I verbali della sezione infortunistica stradale non passano alla notifica.',
      'polizia-locale',
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
    [
      'Salvaguardia equilibri',
      'Il prospetto degli equilibri esce con il fondo cassa a zero.',
      'contabilita',
    ],
    [
      'Variazione di luglio',
      "Nell'assestamento di luglio le maggiori entrate non aggiornano gli stanziamenti.",
      'contabilita',
    ],
    [
      'Aggiornamento dei dispositivi',
      'Sui palmari degli agenti le nuove infrazioni non compaiono dopo la sincronizzazione.',
      'polizia-locale',
    ],
    [
      'Revisione dinamica di gennaio',
      'Il verbale della Commissione elettorale esce senza i cancellati.',
      'demografici',
    ],
  ])('%j', (subject, body, id) => {
    expect(moduleOf(subject, body)).toBe(id);
  });
});

describe('module: an acronym that is also an Italian word counts only in capitals', () => {
  test('"SUE" in the subject names the building desk', () => {
    expect(
      moduleOf(
        'SUE - allegati della variante non visibili',
        'Nel fascicolo della pratica le tavole caricate ieri non si vedono, ma nel fascicolo la ricevuta c’è.',
      ),
    ).toBe('suap-sue');
  });
  test('"sue" as a possessive names nothing', () => {
    expect(
      moduleOf(
        'Documenti da smistare',
        'La collega non vede le sue PEC in arrivo nel registro di protocollo da ieri.',
      ),
    ).toBe('protocollo');
  });
  test('a shouted text is no acronym', () => {
    expect(moduleOf('LE SUE RICHIESTE NON VANNO', 'IL REGISTRO DI PROTOCOLLO NON SI APRE')).toBe(
      'protocollo',
    );
  });
});

describe('permits for disabled drivers are the local police, not staff leave', () => {
  test('"permessi invalidi" and "contrassegno" are polizia-locale', () => {
    expect(
      moduleOf(
        'Permessi invalidi: duplicato del contrassegno smarrito',
        'Come si stampa il duplicato di un contrassegno invalidi smarrito, con lo stesso numero?',
      ),
    ).toBe('polizia-locale');
  });
  test('the "ruolo" of unpaid fines is the local police, not the tax roll', () => {
    expect(
      moduleOf(
        'Ruolo verbali non pagati 2022',
        "La formazione del ruolo dei verbali non pagati 2022 si ferma e non genera il file per l'agente della riscossione.",
      ),
    ).toBe('polizia-locale');
  });
  test('"permessi" alone are still leave', () => {
    expect(moduleOf('Permessi 104', 'I permessi 104 del mese non compaiono nel cartellino.')).toBe(
      'personale',
    );
  });
});

describe('a phrase that ends with an acronym overrides the address chosen', () => {
  test('"permessi ZTL" sent to the registry is the local police', () => {
    const result = checkTicket(
      draft({
        to: [{ address: 'demografici@ticket.palitalsoft.example' }],
        subject: 'Permessi ZTL: rinnovo alla scadenza',
        bodyText: withContent(
          'Vorremmo che i permessi ZTL dei residenti si rinnovassero da soli alla scadenza, se la residenza non cambia: si può impostare?',
        ),
      }),
    );
    expect(result.module?.id).toBe('polizia-locale');
  });
});

describe('the instalments of a fine are the local police, even written to tributi', () => {
  test.each([
    ['Rateizzazione di un verbale', 'rateizzazione di un verbale'],
    ['Riscossione coattiva dei verbali 2023', 'riscossione coattiva dei verbali del 2023'],
  ])('%s', (subject, words) => {
    const result = checkTicket(
      draft({
        to: [{ address: 'tributi@ticket.palitalsoft.example' }],
        subject,
        bodyText: withContent(
          `Il comandante ha autorizzato la ${words} a un trasgressore: dove si registra il piano delle rate in Cityware?`,
        ),
      }),
    );
    expect(result.module?.id).toBe('polizia-locale');
    expect(result.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });
});

describe('the payment notices of a tax name the tax', () => {
  test.each(['tari', 'della TARI'])('"avvisi di pagamento %s" is tributi', (tax) => {
    expect(
      moduleOf(
        '',
        `La stampa degli avvisi di pagamento ${tax} a saldo si interrompe dopo circa 800 avvisi.`,
      ),
    ).toBe('tributi');
  });
  test('"avvisi di pagamento TARI" is tributi', () => {
    expect(
      moduleOf(
        '',
        'La stampa degli avvisi di pagamento TARI a saldo si interrompe dopo circa 800 avvisi con "memoria insufficiente".',
      ),
    ).toBe('tributi');
  });
});

describe('the canone unico in its parts is tributi', () => {
  test('market fees set by a council resolution are a tax office matter, not the acts module', () => {
    expect(
      moduleOf(
        'Canone mercatale: tariffe nuove non applicate',
        'Con la delibera di Consiglio n. 14 abbiamo approvato le nuove tariffe del canone mercatale, ma il calcolo per gli ambulanti applica quelle della delibera precedente.',
      ),
    ).toBe('tributi');
  });
});

describe('a reminder of payment names the tax or fee, not pagoPA', () => {
  test('"solleciti di pagamento" of a tax are tributi', () => {
    expect(
      moduleOf(
        'Solleciti di pagamento TASI 2022 senza spese di notifica',
        'I solleciti di pagamento TASI 2022 emessi stamattina non riportano le spese di notifica.',
      ),
    ).toBe('tributi');
  });
  test('a reminder for anything else keeps its words: "sollecito di pubblicazione atti"', () => {
    expect(
      moduleOf(
        'Sollecito della Prefettura',
        'Abbiamo ricevuto un sollecito di pubblicazione atti da parte della Prefettura: come si ripubblica un atto scaduto?',
      ),
    ).toBe('atti');
  });
  test('a pagoPA payment that is not recorded is still pagopa', () => {
    expect(
      moduleOf(
        'Pagamento non rendicontato',
        'Il pagamento fatto dal cittadino con pagoPA il 3 marzo non compare nella posizione debitoria.',
      ),
    ).toBe('pagopa');
  });
});

describe('digital signature devices are sistemistica', () => {
  test('a remote signature whose OTP is refused, even while signing acts', () => {
    expect(
      moduleOf(
        'Firma remota: codice OTP rifiutato',
        'Quando firmo le delibere con la firma remota il codice OTP che ricevo via SMS viene rifiutato come scaduto.',
      ),
    ).toBe('sistemistica');
  });
});

describe("the report's module is the request's", () => {
  /** A reply to a ticket mail about IMU, sent to the address of `module` (tributi by default). */
  const reply = (content: string, subject = 'Calcolo IMU errato', module = 'tributi') =>
    checkTicket(
      draft({
        subject: `R: [Ticket #48213] ${subject}`,
        bodyText: withContent(content),
        to: [{ address: `${module}@ticket.palitalsoft.example` }],
      }),
    );
  test('a reply to a ticket mail raising another problem: the new problem’s module', () => {
    // The subject and the address are the old ticket's (tributi); the pane suggests this module.
    expect(
      reply(
        "Approfitto della risposta per segnalarvi che da stamattina le PEC in arrivo non vengono più scaricate nel registro di protocollo e l'ufficio protocollo è fermo.",
      ).module?.id,
    ).toBe('protocollo');
  });
  test('the new problem’s own words decide, not the lines closing the old ticket', () => {
    expect(
      reply(
        "La riconciliazione dei pagamenti pagoPA adesso è a posto, potete chiudere il ticket. Approfitto per segnalarvi un altro problema: nel calcolo dell'acconto IMU non vengono applicate le nuove aliquote per le aree fabbricabili.",
        'Riconciliazione pagoPA ferma',
        'pagopa',
      ).module?.id,
    ).toBe('tributi');
  });
  test('its type is the new problem’s too, not the old ticket subject’s', () => {
    const report = reply(
      'Approfitto di questa mail per una domanda diversa: come si esporta in Excel l’elenco dei versamenti IMU ancora da abbinare ai contribuenti?',
      'Errore nella stampa degli avvisi TARI',
    );
    expect(report.findings.map((f) => f.rule)).toContain('reply-to-ticket-notification');
    expect(report.ticketType).toBeNull();
  });
  test('what the new problem says it is not about ("non c’entra con gli F24") names no module', () => {
    expect(
      reply(
        'Approfitto di questa mail per segnalarvi un’altra cosa che non c’entra con gli F24: le iscrizioni online al trasporto scolastico si bloccano all’ultimo passaggio con "errore salvataggio domanda".',
        'Import versamenti F24 IMU',
      ).module?.id,
    ).toBe('servizi-scolastici');
  });
  test('a new problem whose words are not decisive is still not the old ticket’s module', () => {
    // Fines and pagoPA compete; the IMU ticket's tributi is no answer either way.
    expect(
      reply(
        'Il rimborso IMU si è sistemato, potete chiudere il ticket. Approfitto però per segnalarvi che il programma dei verbali del codice della strada non importa più i pagamenti dei preavvisi fatti con PagoPA: risultano tutti ancora da notificare.',
        'Rimborso IMU 2023 non calcolato',
      ).module?.id,
    ).toBe('polizia-locale');
  });
  test('common words of another module ("stampante di rete") do not move a new problem off the old module', () => {
    expect(
      reply(
        'Vi segnalo però un altro problema: per le ditte con partita IVA cessata la stampa dei solleciti si blocca a metà, mentre per tutte le altre esce regolarmente sulla stampante di rete.',
      ).module?.id,
    ).toBe('tributi');
  });
  test('one common word of another module does not move a new problem off the old module', () => {
    expect(
      reply(
        'Adesso non funziona nemmeno la rilevazione delle presenze sul trasporto: le corse di dicembre risultano senza bambini a bordo, e senza presenze non possiamo emettere le fatture alle famiglie.',
        'Rette nido: importi errati a ottobre',
        'servizi-scolastici',
      ).module?.id,
    ).toBe('servizi-scolastici');
  });
  test('a reply adding to the same ticket keeps its module', () => {
    expect(
      reply(
        "Integro la segnalazione: l'avviso IMU del contribuente deceduto è stato protocollato e inviato via PEC agli eredi con gli importi errati.",
        'Calcolo IMU errato per il contribuente deceduto',
      ).module?.id,
    ).toBe('tributi');
  });
});

describe('module: a subject a program wrote names no topic', () => {
  test('"Invio tramite posta elettronica: Scansione_0047.pdf" is no e-mail problem', () => {
    expect(
      moduleOf(
        'Invio tramite posta elettronica: Scansione_0047.pdf',
        'Errore in stampa, vedi allegato.',
      ),
    ).toBeNull();
  });
  test('the file name in such a subject still names its topic', () => {
    expect(
      moduleOf(
        'Invio tramite posta elettronica: cedolini_marzo_2025.pdf',
        'La stampa esce senza importi, vedi allegato.',
      ),
    ).toBe('personale');
  });
  test('the same words written by the user do name their topic', () => {
    expect(
      moduleOf(
        'Postazione senza posta elettronica',
        'Dalla postazione della ragioneria la posta elettronica non si apre.',
      ),
    ).toBe('sistemistica');
  });
});

test('ZZZZZZZZZD: a notice "non pagabile" is pagoPA, even when what it bills is a school fee', () => {
  const report = checkTicket(
    draft({
      subject: 'R: [Ticket #53012] Imposta di soggiorno dichiarazioni trimestrali',
      bodyText: withContent(
        "Risolto, grazie. Vi scrivo qui un'altra cosa: le famiglie non riescono a saldare con pagoPA le rette del nido di marzo, l'avviso risulta non pagabile sia dall'app sia allo sportello bancario.",
      ),
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    }),
  );
  expect(report.module?.id).toBe('pagopa');
});

test('ZZZZZZZZZJ: an acronym keyword matches the acronym, not a name sharing its stem', () => {
  // "PIN" (sistemistica) is not "Pino"; "SUAPE" in capitals is SUAP's regional variant.
  expect(
    moduleOf('Errore cityware', 'vedi oggetto, richiamatemi al 347 2186640. grazie\nPino'),
  ).toBeNull();
  expect(moduleOf('Errore cityware', 'Il PIN della smart card risulta bloccato.')).toBe(
    'sistemistica',
  );
  expect(
    moduleOf(
      'Pratiche dal portale regionale',
      'Il nostro ufficio gestisce lo sportello SUAPE per tre Comuni: le pratiche non arrivano dal portale.',
    ),
  ).toBe('suap-sue');
});
