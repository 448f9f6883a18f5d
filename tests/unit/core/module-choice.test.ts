// The module of a request: the text decides when it is clear; the module address the user put
// among the recipients wins whenever the text is not clearly about another module.
import { checkTicket } from '../../../src/core/engine';
import type { Recipient } from '../../../src/core/types';

const at = (module: string): Recipient[] => [{ address: `${module}@ticket.palitalsoft.example` }];
const signed = (content: string) =>
  `Buongiorno,\n${content}\n\nCordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456`;
const report = (content: string, to: Recipient[], cc: Recipient[] = [], subject = 'Segnalazione') =>
  checkTicket({ subject, bodyText: signed(content), to, cc, attachments: [] });

describe('module of the request', () => {
  it('is the addressed module when the text names none', () => {
    const r = report(
      'da stamattina il programma non si apre e resta la finestra vuota.',
      at('sistemistica'),
    );
    expect(r.module?.id).toBe('sistemistica');
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });

  it('is the module in To, not the one put in Cc for context, when the text leans both ways', () => {
    const r = report(
      'nella pratica SUAP n. 211/2025 (SCIA) la comunicazione di avvio del procedimento risulta protocollata in partenza ma la PEC non è mai stata inviata: metto in copia il protocollo perché la PEC parte dalla loro casella.',
      at('suap-sue'),
      at('protocollo'),
      "Pratica SUAP 211/2025: comunicazione di avvio procedimento non inviata all'impresa",
    );
    expect(r.module?.id).toBe('suap-sue');
  });

  it('is the most named of two modules both in To', () => {
    const r = report(
      'abbiamo emesso gli avvisi di pagamento pagoPA per la retta mensa: 57 avvisi su 412 non hanno il codice IUV e il PDF riporta il campo vuoto.',
      [...at('servizi-scolastici'), ...at('pagopa')],
      [],
      'Avvisi pagoPA rette mensa senza codice IUV',
    );
    expect(r.module?.id).toBe('pagopa');
  });

  it('is the addressed module when the text leans both ways', () => {
    // "postazione" and "stampante" are sistemistica words, the certificates demografici's.
    const r = report(
      'dalla postazione dello sportello i certificati di residenza escono dalla stampante senza il contrassegno.',
      at('demografici'),
    );
    expect(r.module?.id).toBe('demografici');
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });

  it('is the addressed module when one word of another module is said again and again', () => {
    // "verbali" four times is one keyword; "scrutinio" is the addressed module's own word.
    const r = report(
      'allo scrutinio i verbali della sezione 3 non tornano: rifacendo i conti sui verbali cartacei e sui verbali inseriti, due verbali danno totali diversi.',
      at('demografici'),
      [],
      'Verbali non coerenti',
    );
    expect(r.module?.id).toBe('demografici');
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });

  it('is another module when its acronym is repeated against one word of the addressed one', () => {
    const r = report(
      'le istanze arrivate dal portale SUAP non si vedono nella scrivania SUAP, né tra quelle da protocollare.',
      at('protocollo'),
      [],
      'Istanze SUAP non visibili',
    );
    expect(r.module?.id).toBe('suap-sue');
    expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });

  it('is another module when several of its words outweigh one word of the addressed one', () => {
    const r = report(
      "i verbali per violazioni al codice della strada dell'autovelox non arrivano alla notifica; nel riepilogo c'è anche un certificato vuoto.",
      at('demografici'),
      [],
      'Verbali autovelox non notificati',
    );
    expect(r.module?.id).toBe('polizia-locale');
    expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });

  it('is the module the text is clearly about, and then the address is wrong', () => {
    const r = report(
      "nei cedolini di dicembre la trattenuta dell'addizionale regionale è raddoppiata per tutti i dipendenti e lo stipendio netto risulta errato.",
      at('tributi'),
      [],
      'Cedolini di dicembre con addizionale regionale doppia',
    );
    expect(r.module?.id).toBe('personale');
    expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });

  it('counts the module address in Cc as addressed', () => {
    const r = report(
      'il pagamento pagoPA dello IUV 301000000012345678 risulta due volte nella riconciliazione.',
      [{ address: 'giulia.sanna@palitalsoft.example' }],
      at('pagopa'),
    );
    expect(r.module?.id).toBe('pagopa');
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });

  it('says why: the address among the recipients, and each keyword once', () => {
    const r = report(
      "l'aliquota IMU e le aliquote TASI non vengono applicate nel calcolo dell'acconto.",
      at('tributi'),
    );
    expect(r.module?.reasons[0]).toBe(
      'indirizzo tributi@ticket.palitalsoft.example tra i destinatari',
    );
    const words = r.module!.reasons.slice(1);
    expect(words.filter((w) => /aliquot/.test(w))).toHaveLength(1);
  });

  it('is not taken from a second request when the first names no module', () => {
    // The first request (a social-services folder) has no module of its own; the printer belongs
    // to the second request, which needs its own mail: no module, so no address to suggest.
    const r = report(
      'nella cartella sociale di un assistito non riesco a chiudere il progetto: compare "Esistono interventi attivi collegati" anche se sono conclusi.\nInoltre vi chiedo come configurare la nuova stampante dello sportello per le ricevute.',
      [{ address: 'assistenza@palitalsoft.example' }],
      [],
      'Cartella sociale: progetto che non si chiude',
    );
    expect(r.module).toBeNull();
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });

  it("is the first request's module when both requests name one", () => {
    const r = report(
      "le rate dei mutui non generano più gli impegni automatici sul bilancio 2026, la procedura finisce senza errori.\nInoltre nell'inventario i beni acquistati a dicembre non compaiono.",
      [{ address: 'assistenza@palitalsoft.example' }],
      [],
      'Impegni automatici dei mutui',
    );
    expect(r.module?.id).toBe('contabilita');
  });

  it('does not take commitments or sick leave in ordinary words for accounting', () => {
    const r = report(
      "all'avvio del programma compare un errore di runtime 13 e si chiude. Ho impegni di servizio fino alle 11 e la collega è in mutua fino a venerdì.",
      [{ address: 'assistenza@palitalsoft.example' }],
    );
    expect(r.module?.id).not.toBe('contabilita');
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });

  it('knows loan instalments and commitments as accounting words', () => {
    const r = report(
      'le rate dei mutui della Cassa depositi non generano più gli impegni automatici, la procedura finisce senza errori.',
      [{ address: 'assistenza@palitalsoft.example' }],
    );
    expect(r.module?.id).toBe('contabilita');
    expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });

  describe('a menu path names the module the user works in', () => {
    it("its items are that module's menus, not another module's words", () => {
      // "Riscossione" and "ruolo" are Tributi words; here they are the police module's menus.
      const r = report(
        "stiamo preparando il ruolo coattivo dei verbali al codice della strada non pagati. L'estrazione da Polizia locale > Riscossione coattiva > Estrai posizioni esclude i verbali notificati con raccomandata.",
        at('tributi'),
        [],
        'Ruolo coattivo verbali CdS 2024: esclusi i notificati con raccomandata',
      );
      expect(r.module?.id).toBe('polizia-locale');
      expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
    });

    it('words after the path are not its items', () => {
      // The path ends with its short last item: "ruolo" and "riscossione" later in the sentence
      // still count for Tributi, which the user addressed.
      const r = report(
        'da Verbali > Ricerca il verbale si apre, ma il ruolo TARI della riscossione coattiva non parte e la riscossione resta ferma.',
        at('tributi'),
      );
      expect(r.module?.id).toBe('tributi');
    });
  });

  describe('an access asked of the module the user wrote to', () => {
    it('stays there, whatever module the profile is for', () => {
      const r = report(
        "dal 17 marzo la collega Pacelli passa dall'Ufficio Protocollo allo Sportello Unico per le Attività Produttive. Vi chiediamo di abilitare la sua utenza al modulo SUAP con profilo di istruttore.",
        at('sistemistica'),
        [],
        'Abilitazione al SUAP per una collega che passa allo Sportello Unico',
      );
      expect(r.module?.id).toBe('sistemistica');
      expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
    });

    it('not when a problem of the other module is told beside it', () => {
      const r = report(
        "da lunedì l'importazione delle visure PRA per i verbali al Codice della Strada si interrompe con un timeout. Vi chiedo inoltre di creare un'utenza per il nuovo agente.",
        at('sistemistica'),
        [],
        'Polizia Locale: importazione visure interrotta e utenza per nuovo agente',
      );
      expect(r.module?.id).toBe('polizia-locale');
    });
  });

  describe('what is not a menu path naming a module (review)', () => {
    it('"Anagrafica >" heads any registry, not Demografici', () => {
      const r = report(
        'da Anagrafica > Contribuenti > Variazione residenza, quando salvo la variazione della posizione TARI compare un errore di salvataggio.',
        at('tributi'),
        [],
        'Errore al salvataggio della posizione TARI',
      );
      expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
    });

    it('an arrow in prose joins two things, it is no menu', () => {
      const r = report(
        'il flusso pagoPA -> Tributi non riconcilia più i versamenti TARI da lunedì: i pagamenti restano da abbinare.',
        at('tributi'),
        [],
        'Pagamenti non riconciliati',
      );
      expect(r.module?.id).toBe('tributi');
      expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
    });
  });

  describe('menu paths, second review', () => {
    it('three items joined by arrows are a menu, and "Paghe >" heads Personale', () => {
      for (const path of [
        'Stipendi -> Contabilità -> Impegno di spesa -> Liquidazione',
        'Paghe > Contabilità > Impegno di spesa',
      ]) {
        const r = report(
          `da ${path} la generazione va in errore per i cedolini di gennaio di tutti i dipendenti.`,
          at('personale'),
          [],
          'Cedolini di gennaio: generazione della liquidazione in errore',
        );
        expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
      }
    });

    it('"Nuova utenza … per la collega in arrivo": a new login asked is one created', () => {
      // ZZZZZZZZZZZZZO043: the profile's words (anagrafe, stato civile, elettorale) in the answers.
      const r = report(
        'vi mando i dati richiesti compilati.\n\nValentina Marcucci\nMRCVNT90C52G482K\ncome l\'utente "anagrafe2" (anagrafe, stato civile, elettorale)\n1 febbraio 2027',
        at('sistemistica'),
        [],
        'R: [Ticket #58671] Nuova utenza Cityware per collega in arrivo ai Demografici',
      );
      expect(r.module?.id).toBe('sistemistica');
      expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
    });

    it('a TARI "utenza domestica" is no login: the access exception does not hold', () => {
      const r = report(
        "vi chiediamo di cessare l'utenza domestica TARI del contribuente e di attivare la nuova utenza domestica TARI per l'erede: nel modulo Tributi non troviamo la funzione di voltura.",
        at('sistemistica'),
        [],
        'Voltura utenza TARI',
      );
      expect(r.module?.id).toBe('tributi');
    });
  });
});

describe('a signing device that fails is the device’s module, whatever it signs', () => {
  it.each([
    [
      'atti',
      'scrivo per il Sindaco, che da venerdì non riesce a firmare le ordinanze: quando clicca su "Firma" il programma risponde "Nessun dispositivo di firma rilevato", anche se il token è inserito.',
    ],
    [
      'atti',
      'il sindaco non riesce a firmare le delibere di giunta: con la firma remota, dopo il PIN, l’OTP via SMS non gli arriva più sul cellulare.',
    ],
    [
      'atti',
      'da lunedì al sindaco non arriva più l’SMS con l’OTP della firma remota quando firma le delibere da Cityware. Giovedì c’è Giunta e ha sei delibere da firmare.',
    ],
    [
      'contabilita',
      'stavo firmando la distinta dei mandati di luglio e ho sbagliato tre volte il PIN della firma remota: adesso mi dice "PIN bloccato, utilizzare il PUK". I mandati devono arrivare al tesoriere entro domani.',
    ],
    [
      'demografici',
      'dal 1° ottobre i certificati di residenza emessi allo sportello non vengono più firmati digitalmente: alla firma compare "certificato di firma scaduto il 30/09".',
    ],
    [
      'contabilita',
      'il token di firma digitale della responsabile non viene più riconosciuto: quando firmiamo un mandato esce "Nessun certificato di firma disponibile".',
    ],
  ])('written to %s', (module, content) => {
    const r = report(content, at(module));
    expect(r.module?.id).toBe('sistemistica');
    expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });

  it.each([
    [
      'a CIE station’s card reader, no signing',
      'demografici',
      'da questa mattina la postazione CIE dello sportello 2 restituisce "lettore smart card operatore non rilevato" all’avvio della pratica di emissione della carta d’identità elettronica.',
    ],
    [
      'the conservation of the register fails first',
      'protocollo',
      'dal 10 marzo il registro giornaliero di protocollo non viene più inviato in conservazione: il lancio manuale della firma si chiude con "certificato di firma automatica non trovato".',
    ],
    [
      'another problem told first',
      'polizia-locale',
      'nel verbale di incidente stradale non riesco ad aggiungere il terzo veicolo, il pulsante non fa niente. Poi la mia smart card di firma non viene più letta, Cityware dice "nessun certificato trovato".',
    ],
  ])('not %s', (_name, module, content) => {
    expect(report(content, at(module)).module?.id).toBe(module);
  });
});

// Stop 50 (ZZZZZZZZZZZQ007, ZZZZZZZZZN055 opened): "arrivata via PEC" says how a file came, not
// what the request is about; a PEC that fails is still the protocol's.
describe('the channel a file came by', () => {
  const scia =
    'il 12 febbraio è arrivata via PEC l’integrazione della pratica SUAP 2026/87, ma nella pratica l’integrazione non compare tra i documenti e lo stato resta "in attesa di integrazioni".';

  it('is not the topic: a SUAP practice written to the protocol is the SUAP’s', () => {
    const r = report(
      scia,
      at('protocollo'),
      [],
      'Integrazione arrivata via PEC non si aggancia alla pratica SUAP',
    );
    expect(r.module?.id).toBe('suap-sue');
    expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });

  it('is the topic when the PEC itself fails', () => {
    const r = report(
      'da lunedì la casella PEC non scarica più i messaggi in arrivo: l’ultima PEC protocollata è di venerdì.',
      at('protocollo'),
      [],
      'PEC in arrivo non scaricate',
    );
    expect(r.module?.id).toBe('protocollo');
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZT061 opened): a de facto partnership is registered by the
// registry office.
describe('a convivenza di fatto', () => {
  it('is the registry’s, sent to an operator’s own address', () => {
    const r = report(
      'due cittadini ci hanno presentato la dichiarazione di convivenza di fatto con il contratto firmato dal notaio. Come si registra il contratto in Cityware?',
      [{ address: 'g.rinaldi@palitalsoft.example' }],
      [],
      'Registrazione convivenza di fatto',
    );
    expect(r.module?.id).toBe('demografici');
    expect(r.findings.map((f) => f.rule)).toContain('wrong-module-address');
  });
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZJ075): a run-off election is the registry's, whatever is
// enabled in it.
describe('a ballottaggio', () => {
  it('stays with the registry written to', () => {
    const r = report(
      'da ieri, preparando la consultazione, l’abilitazione delle sezioni per la raccolta dei risultati si ferma con "turno di ballottaggio non previsto".',
      at('demografici'),
      [],
      'Ballottaggio 7-8 giugno: errore nell’abilitazione delle sezioni',
    );
    expect(r.module?.id).toBe('demografici');
    expect(r.findings.map((f) => f.rule)).not.toContain('wrong-module-address');
  });
});
