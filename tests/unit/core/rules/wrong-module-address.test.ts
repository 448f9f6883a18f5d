import { wrongModuleAddress } from '../../../../src/core/rules/wrong-module-address';
import { goodSubject, moduleAddress, toModule, withContent } from './fixtures';
import { testRule } from './rule-tester';

// The subject makes the module Tributi.
const subject = goodSubject;
const personale = { address: 'personale@ticket.palitalsoft.example' };
const tributi = { name: 'Tributi', address: moduleAddress };
const atti = { name: 'Atti amministrativi', address: 'atti@ticket.palitalsoft.example' };

testRule(wrongModuleAddress, {
  valid: [
    { name: "To is the module's address", subject, draft: { to: toModule } },
    {
      name: "the module's address in Cc: the ticketing system opens the ticket for it too",
      subject,
      draft: { to: [personale], cc: toModule },
    },
    {
      name: "To a colleague of the Ente, the module's address in Cc",
      subject,
      draft: { to: [{ address: 'responsabile.tributi@comune.rimini.it' }], cc: toModule },
    },
    {
      name: 'no module is detected',
      subject: 'Schermata principale diversa',
      body: 'Da questa mattina quando apro la schermata principale tutto è molto diverso dal solito e confuso.',
    },
    {
      name: 'a reply to the ticket mail that adds to the same ticket stays with its address',
      subject: 'R: [Ticket #48213] Calcolo IMU errato per il contribuente deceduto',
      body: withContent(
        "Integro la segnalazione: l'avviso IMU del contribuente deceduto è stato protocollato e inviato via PEC agli eredi con gli importi errati.",
      ),
      draft: { to: toModule },
    },
  ],
  invalid: [
    {
      name: "a reply to the ticket mail raising another module's problem: the module of the new problem",
      subject: 'R: [Ticket #48213] Calcolo IMU errato per il contribuente deceduto',
      body: withContent(
        "Approfitto della risposta per segnalarvi che da stamattina le PEC in arrivo non vengono più scaricate nel registro di protocollo e l'ufficio protocollo è fermo.",
      ),
      draft: { to: toModule },
      findings: [
        {
          messageId: 'default',
          data: { module: 'Protocollo', address: 'protocollo@ticket.palitalsoft.example' },
        },
      ],
    },

    {
      name: "To is another module's address: the right one is proposed",
      subject,
      draft: { to: [personale] },
      findings: [
        {
          messageId: 'default',
          severity: 'warning',
          field: 'to',
          data: { module: 'Tributi', address: moduleAddress },
          fix: {
            id: 'use-module-address',
            label: 'Invia a tributi@ticket.palitalsoft.example',
            edits: [
              { kind: 'set-recipients', field: 'to', recipients: [tributi], basedOn: [personale] },
            ],
          },
        },
      ],
    },
    {
      name: 'an address starting with a vowel: "Invia ad atti@…"',
      subject: "Atti – la determina n. 233/2025 non si pubblica all'albo pretorio",
      body: "Da ieri la determina n. 233/2025 del settore tecnico non si pubblica all'albo pretorio: la procedura si ferma alla firma.",
      draft: { to: [personale] },
      findings: [
        {
          messageId: 'default',
          data: { module: 'Atti amministrativi', address: atti.address },
          fix: {
            id: 'use-module-address',
            label: 'Invia ad atti@ticket.palitalsoft.example',
            edits: [
              { kind: 'set-recipients', field: 'to', recipients: [atti], basedOn: [personale] },
            ],
          },
        },
      ],
    },
    {
      name: 'recipients outside the vendor are kept',
      subject,
      draft: { to: [personale, { address: 'capo@comune.rimini.it' }] },
      findings: [
        {
          messageId: 'default',
          fix: {
            id: 'use-module-address',
            edits: [
              {
                kind: 'set-recipients',
                field: 'to',
                recipients: [tributi, { address: 'capo@comune.rimini.it' }],
                basedOn: [personale, { address: 'capo@comune.rimini.it' }],
              },
            ],
          },
        },
      ],
    },
  ],
});

// ZZZZZZX: the sentence that says why the mail came to this address is no evidence of the topic.
const suap = { address: 'suap-sue@ticket.palitalsoft.example' };
const levyDoubled =
  'il canone unico 2026 del passo carrabile della ditta Bianchi risulta doppio: la vecchia occupazione è ancora attiva accanto alla nuova, per gli stessi 12 metri, anche se la pratica del rinnovo è chiusa.';
testRule(wrongModuleAddress, {
  valid: [
    {
      // A reason that tells a problem is the topic: tributi, as written to.
      name: '"scrivo a voi dei tributi perché la TARI risulta il doppio": the reason is the topic',
      subject: 'Importi raddoppiati',
      body: withContent(
        "Scrivo a voi dei tributi perché la TARI 2026 delle utenze domestiche con quattro componenti risulta il doppio dell'anno scorso. Le fatture del gestore sono state registrate in contabilità con l'impegno 2026/311.",
      ),
      draft: { to: [tributi] },
    },
    {
      name: 'the SUAP written to for a SUAP problem, told in a "scrivo a voi del SUAP perché…" sentence',
      subject: 'Pratica SUAP 231/2026 non si avvia',
      body: withContent(
        'Scrivo a voi del SUAP perché la pratica SUAP 231/2026 del dehors non passa all’istruttoria: il pulsante "Avvia" resta grigio.',
      ),
      draft: { to: [suap] },
    },
  ],
  invalid: [
    {
      name: '"ho scritto a voi del SUAP perché…" explains the address, the levy is the topic',
      subject: 'Passo carrabile: canone unico 2026 doppio dopo il rinnovo',
      body: withContent(
        `${levyDoubled}\n\nHo scritto a voi del SUAP perché il rinnovo è partito dallo sportello SUAP.`,
      ),
      draft: { to: [suap] },
      findings: [{ messageId: 'default', data: { module: 'Tributi', address: moduleAddress } }],
    },
    {
      name: 'a problem given as the reason for writing here still names its module',
      subject: 'Cedolino dicembre',
      body: withContent(
        'Vi scrivo a questo indirizzo perché il cedolino di dicembre della dipendente matricola 2204 non calcola la tredicesima.',
      ),
      draft: { to: [atti] },
      findings: [{ messageId: 'default', data: { module: 'Personale' } }],
    },
  ],
});

// ZZZZZZZJ: a Cityware menu path names the module the problem is in; the addressed module's
// words ("mensa", "refezione scolastica") are its context.
const scuola = { address: 'servizi-scolastici@ticket.palitalsoft.example' };
const invoice = (where: string) =>
  withContent(
    `La fattura elettronica n. 1187/2025 della ditta fornitrice della refezione scolastica per la mensa di ottobre non si riesce a liquidare: ${where} la liquidazione resta in stato "Da validare". L'impegno sul capitolo della mensa ha disponibilità e il CIG è corretto.`,
  );
testRule(wrongModuleAddress, {
  valid: [
    {
      name: 'the same words without a menu path: the school office written to stays',
      subject: 'Fattura fornitore mensa ottobre non liquidabile',
      body: invoice('nel programma'),
      draft: { to: [scuola] },
    },
    // Review of f31a16bb: a menu path where all is in order is context, not the problem's module.
    {
      name: 'a determina not published, with "Contabilità > Liquidazioni" checked and in order',
      subject: 'Determina di liquidazione non pubblicabile',
      body: withContent(
        "La determina di liquidazione n. 233 non si riesce a pubblicare: il pulsante Pubblica resta grigio. In Contabilità > Liquidazioni la liquidazione collegata risulta validata, il mandato è già emesso e l'impegno sul capitolo è corretto, quindi lato ragioneria è tutto a posto.",
      ),
      draft: { to: [atti] },
    },
  ],
  invalid: [
    {
      name: 'written from "Contabilità > Liquidazioni" to the school office',
      subject: 'Fattura fornitore mensa ottobre non liquidabile',
      body: invoice('in Contabilità > Liquidazioni'),
      draft: { to: [scuola] },
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZL: an office's acronym before its file number still names the office.
testRule(wrongModuleAddress, {
  valid: [
    {
      name: '"pratica suap 2025/233 … errore invio pec", to the SUAP',
      subject: 'suap 2025/233 ricevuta nn inviata errore invio pec',
      body: withContent(
        'pratica suap 2025/233: la ricevuta nn parte verso il richiedente, in scrivania lo stato e "errore invio pec". le altre partono.',
      ),
      draft: { to: [suap] },
    },
  ],
  invalid: [
    {
      name: 'the same SUAP file, with no PEC, written to the payroll office',
      subject: 'suap 2025/233 ricevuta nn inviata al richiedente',
      body: withContent(
        'pratica suap 2025/233: la ricevuta nn parte verso il richiedente, in scrivania resta "da inviare". le altre partono.',
      ),
      draft: { to: [personale] },
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of 62a82a37: a tax's acronym before a notice's number only cites it.
testRule(wrongModuleAddress, {
  valid: [
    {
      name: 'the same payment written to pagoPA',
      subject: 'Pagamento pagoPA non riconciliato',
      body: withContent(
        "Il contribuente ha pagato con pagoPA l'avviso IMU n. 2024/233 il 16 giugno, ma in Cityware la posizione risulta ancora insoluta e il pagamento non viene riconciliato nel flusso del PSP.",
      ),
      draft: { to: [{ address: 'pagopa@ticket.palitalsoft.example' }] },
    },
  ],
  invalid: [
    {
      name: 'a pagoPA payment of "l’avviso IMU n. 2024/233" not reconciled, written to the tax office',
      subject: 'Pagamento pagoPA non riconciliato',
      body: withContent(
        "Il contribuente ha pagato con pagoPA l'avviso IMU n. 2024/233 il 16 giugno, ma in Cityware la posizione risulta ancora insoluta e il pagamento non viene riconciliato nel flusso del PSP.",
      ),
      draft: { to: [tributi] },
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZP: "scrivo al protocollo perché le pratiche arrivano via PEC" says why the mail came
// there: no evidence for the protocol.
testRule(wrongModuleAddress, {
  valid: [
    {
      name: 'the same practices, written to the SUAP',
      subject: 'Pratiche SUAP da impresainungiorno non importate',
      body: withContent(
        'Da giovedì le pratiche SUAP inviate dal portale impresainungiorno non vengono più importate: in SUAP > Pratiche > Da importare non compare nulla.',
      ),
      draft: { to: [suap] },
    },
  ],
  invalid: [
    {
      name: 'SUAP practices not imported, written to the protocol "perché arrivano via PEC"',
      subject: 'Pratiche SUAP da impresainungiorno non importate',
      body: withContent(
        'Scrivo al protocollo perché le pratiche ci arrivano via PEC, ma forse non è l’indirizzo giusto.\nDa giovedì le pratiche SUAP inviate dal portale impresainungiorno non vengono più importate: la PEC arriva e viene protocollata, ma in SUAP > Pratiche > Da importare non compare nulla e le SCIA restano senza fascicolo.',
      ),
      draft: { to: [{ address: 'protocollo@ticket.palitalsoft.example' }] },
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZZZZZZZZZH029: "nel gestionale SUAP" names the program's part the problem is in, as a
// menu path's head does; the document's history ("arrivata via PEC e protocollata") is context.
const scia = (where: string) =>
  withContent(
    `${where}la SCIA n. 2026/118, arrivata via PEC e regolarmente protocollata, non passa allo stato "istruttoria": premendo "Avvia istruttoria" compare "Responsabile del procedimento non definito".`,
  );
const toProtocollo = { address: 'protocollo@ticket.palitalsoft.example' };
testRule(wrongModuleAddress, {
  valid: [
    {
      name: 'the same words without the program named: the protocol office written to stays',
      subject: 'SCIA 2026/118 non passa in istruttoria',
      body: scia(''),
      draft: { to: [toProtocollo] },
    },
  ],
  invalid: [
    {
      name: '"nel gestionale SUAP la SCIA non passa…" written to the protocol office',
      subject: 'SCIA 2026/118 non passa in istruttoria',
      body: scia('Nel gestionale SUAP '),
      draft: { to: [toProtocollo] },
      findings: [{ messageId: 'default', data: { module: 'SUAP / SUE' } }],
    },
  ],
});
