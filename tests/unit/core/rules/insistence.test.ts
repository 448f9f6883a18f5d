import { insistence } from '../../../../src/core/rules/insistence';
import { withContent } from './fixtures';
import { findingsOf, testRule, type InvalidCase, type RuleCase } from './rule-tester';

/** Insistent wording in the body: the finding quotes it. */
const insists = (body: string, excerpt: string): InvalidCase => ({
  body,
  findings: [
    { messageId: 'default', severity: 'warning', field: 'body', excerpt, data: { excerpt } },
  ],
});

testRule(insistence, {
  valid: [
    // ZZZZZZZZZZZZZZZZZZR071: a document sent, in a relative clause, is no mail to the helpdesk.
    'Come si ristampa il modello ISTAT mensile di ottobre, che abbiamo già inviato ma che il revisore ci chiede in copia?',
    // ZZZZZZZZZZZZZZZZZV: the fault come back, counted; nobody chased.
    'La PEC risulta protocollata senza il PDF allegato. È la seconda volta questa settimana che succede con allegati sopra i 3 MB.',
    // Stop 35: "ancora niente" telling the state after a retry, and a mail written to someone else.
    "Ho rilanciato l'elaborazione dei rimborsi IMU stamattina e ancora niente, la lista resta vuota.",
    "Ho scritto ieri al tesoriere per il flusso degli ordinativi: l'esito del 12 risulta scartato.",
    // An error message copied in capitals is information, not shouting.
    'Il calcolo IMU 2025 del contribuente deceduto si interrompe con:\nERRORE DI SISTEMA IMPOSSIBILE PROSEGUIRE',
    // "Solleciti" as documents of the case, reports to the Ente's own staff.
    'La stampa dei solleciti di pagamento TARI 2025 per il contribuente deceduto risulta errata.',
    'Sollecito di pagamento inviato al contribuente deceduto: il calcolo IMU 2025 risulta errato.',
    'Ho già segnalato il problema al mio responsabile: il calcolo IMU 2025 del contribuente deceduto è errato.',
    "Avevamo già segnalato all'ufficio ragioneria che il calcolo IMU 2025 del contribuente deceduto è errato.",
    // One "urgente" in lower case says why, it does not shout.
    'È urgente perché scade il termine: il calcolo IMU 2025 del contribuente deceduto è errato.',
    // A message copied from the screen, in capitals, on its own line.
    'Quando provo a firmare la determina n. 233 compare il messaggio\n\nNESSUN DISPOSITIVO DI FIRMA RILEVATO\n\nanche se la smart card è inserita nel lettore.',
    // The heading of the office's own form: the lines under it are its fields.
    'SCHEDA DI RICHIESTA INTERVENTO\n\nModulo interessato: Tributi\nDescrizione: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    // A form title above the office's name, then the fields.
    'RICHIESTA DI INTERVENTO SUL GESTIONALE\n\nComune di Bagnacavallo - Ufficio Economato\n\nProcedura: Economato\nProblema: il buono n. 88 non si stampa.',
    // A section label of a template, in capitals, ending with a colon.
    'DESCRIZIONE DEL PROBLEMA:\nil buono economale n. 88 non si stampa da martedì.',
    // A signature table in capitals naming the Ente is a letterhead.
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato.\n\nGiovanna Neri\n\nIstruttore - Ufficio Tributi\n\nUNIONE DEI COMUNI\n\nMEDIA VALLE DEL LIRI\n\nTel. 0776 123456',
    // A legal footer in capitals under the signature.
    'Buongiorno,\nil calcolo IMU 2025 del contribuente deceduto risulta errato.\n\nCordiali saluti\nMario Rossi\nTel. 0541 123456\n\nAVVISO DI RISERVATEZZA E PRIVACY\nQuesto messaggio è destinato esclusivamente al destinatario indicato. Le informazioni contenute sono riservate ai sensi del Regolamento UE 2016/679.',
  ]
    .map((body): RuleCase => ({ body }))
    .concat({
      name: 'a "sollecito" at the start of a line the client wrapped is the citizens’ reminder',
      body: withContent(
        "come si annulla un avviso pagoPA già pagato allo sportello del tesoriere? Vorrei evitare che l'avviso resti aperto e che parta il\nsollecito automatico.",
      ),
    })
    .concat({
      name: 'answers typed in capitals inside the operator’s quote set them apart, they do not shout',
      body: [
        'Buongiorno, rispondo in maiuscolo sotto ogni domanda.',
        'Gianna Ferri',
        'Ufficio Demografici - Comune di Sasso Alto',
        '0541 123456',
        '',
        'Da: Assistenza Demografici <demografici@ticket.palitalsoft.example>',
        'Inviato: lunedì 13 gennaio 2025 17:21',
        'A: Gianna Ferri',
        'Oggetto: [Ticket #52410] Pratica ANPR scartata',
        '',
        'Quale pratica risulta scartata?',
        'LA PRATICA 2024/118 DEL CAMBIO DI ABITAZIONE',
        'Quale messaggio compare?',
        'INDIRIZZO NON PRESENTE NELLO STRADARIO',
        '',
        'Cordiali saluti',
        'Assistenza Demografici',
      ].join('\n'),
    })
    .concat({
      name: 'urgency in the subject, explained in the body',
      subject: 'Albo: atto con dati personali da ritirare, urgente',
      body: "L'atto n. 41 è stato pubblicato con i nomi in chiaro. È urgente perché la pagina è già indicizzata: come lo ritiro?",
    })
    .concat({
      name: 'a tax reminder in the subject ("Sollecito IMU 2022") is the document',
      subject: 'Sollecito IMU 2022: stampa interrotta per i contribuenti esteri',
      body: "La stampa dei solleciti IMU 2022 si interrompe quando arriva ai contribuenti residenti all'estero.",
    })
    .concat({
      name: 'a supplier\'s payment reminder forwarded ("I: Sollecito pagamento fattura") is the document',
      subject: 'I: Sollecito pagamento fattura 77/2026',
      body: 'Vi giro la mail della ditta: la fattura 77/2026 è liquidata ma il mandato resta nello stato "da trasmettere" anche dopo la firma.',
    }),
  invalid: [
    // ZZZZZZZZZZZZZZZZZZZZ005 and 016: a polite chase is still one ("nessun riscontro"), and so is
    // the wait counted on the ticket.
    insists(
      'Vi riscrivo per il ticket in oggetto, aperto il 7 gennaio, per il quale non abbiamo ancora avuto nessun riscontro.',
      'non abbiamo ancora avuto nessun riscontro',
    ),
    insists(
      'Buongiorno, il ticket è aperto da dieci giorni, ci sono novità?',
      'ticket è aperto da dieci giorni',
    ),
    insists(
      'La PEC risulta protocollata senza il PDF allegato. È la seconda volta che vi scrivo per questo.',
      'È la seconda volta',
    ),
    // Stop 35: chases in other words.
    insists(
      "Marco, ti ho scritto ieri e l'altro ieri: il portale non genera gli avvisi delle lampade votive.",
      'ti ho scritto ieri',
    ),
    insists(
      "L'elenco degli avvisi resta vuoto e non mi avete ancora risposto.",
      'non mi avete ancora risposto',
    ),
    insists(
      'Il problema è già stato segnalato con ripetuti solleciti telefonici: la pubblicazione non riesce.',
      'ripetuti solleciti',
    ),
    insists(
      'Si segnala nuovamente che le deliberazioni non vengono pubblicate all’Albo.',
      'Si segnala nuovamente',
    ),
    insists('Ancora niente? Qui siamo fermi con le CIE.', 'Ancora niente?'),
    // Shouting above two plain lines stays shouting even if a field follows later.
    insists(
      'IL BUONO ECONOMALE NON SI STAMPA\n\nDa martedì esce vuoto.\nAnche il registro.\n\nTelefono: 0545 280811',
      'IL BUONO ECONOMALE NON SI STAMPA',
    ),
    // A shouted line before a plain sentence is still shouting.
    insists(
      'LA STAMPA DEI BOLLETTINI NON VA\n\nDa lunedì i bollettini TARI escono vuoti.',
      'LA STAMPA DEI BOLLETTINI NON VA',
    ),
    // An earlier report in the pluperfect, and nobody having answered.
    insists(
      'Avevo già segnalato a novembre che il registro giornaliero non si conserva; il problema è sempre lì.',
      'Avevo già segnalato',
    ),
    insists(
      'Il registro giornaliero non viene conservato da lunedì e non ci ha ancora risposto nessuno.',
      'non ci ha ancora risposto nessuno',
    ),
    insists(
      'Sollecito: il calcolo IMU 2025 del contribuente deceduto risulta ancora errato.',
      'Sollecito',
    ),
    insists(
      'È la terza volta che segnalo che il calcolo IMU 2025 del contribuente deceduto è errato.',
      'È la terza volta',
    ),
    insists(
      'Ancora nessuna risposta: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Ancora nessuna risposta',
    ),
    insists('Il calcolo IMU 2025 del contribuente deceduto risulta errato!!! Serve subito.', '!!!'),
    insists(
      'Urgente: il calcolo IMU 2025 del contribuente deceduto è errato, è urgente.',
      'Urgente',
    ),
    insists('Il calcolo IMU 2025 del contribuente deceduto è errato, URGENTE.', 'URGENTE'),
    insists(
      "Il programma dà un errore sull'avviso.\nI CONTRIBUENTI NON RIESCONO A PAGARE DA GIOVEDÌ",
      'I CONTRIBUENTI NON RIESCONO A PAGARE DA GIOVEDÌ',
    ),
    insists(
      'Comune di Rimini, ufficio IMU.\nIL CALCOLO DEL CONTRIBUENTE DECEDUTO È ANCORA ERRATO',
      'IL CALCOLO DEL CONTRIBUENTE DECEDUTO È ANCORA ERRATO',
    ),
    insists(
      'È urgente, per favore: il calcolo IMU 2025 del contribuente deceduto è errato, urgentissimo.',
      'urgente',
    ),
    insists(
      'IL CALCOLO IMU DEL CONTRIBUENTE È SBAGLIATO\nil calcolo IMU 2025 del contribuente deceduto è errato.',
      'IL CALCOLO IMU DEL CONTRIBUENTE È SBAGLIATO',
    ),
    insists(
      'Non ho ancora ricevuto nessuna risposta: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'Non ho ancora ricevuto nessuna risposta',
    ),
    insists(
      'Siamo ancora in attesa: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Siamo ancora in attesa',
    ),
    insists(
      'Vi ho scritto più volte: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'scritto più volte',
    ),
    insists(
      'Da una settimana aspettiamo: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Da una settimana aspettiamo',
    ),
    // Reminders to the helpdesk.
    insists(
      'Secondo sollecito: il calcolo IMU 2025 del contribuente deceduto risulta ancora errato.',
      'Secondo sollecito',
    ),
    insists(
      'Vi ho già segnalato il problema: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'ho già segnalato',
    ),
    insists(
      'Vi sollecito per il calcolo IMU 2025 del contribuente deceduto, che risulta ancora errato.',
      'Vi sollecito',
    ),
    insists(
      'Torno a sollecitare una risposta: il calcolo IMU 2025 del contribuente deceduto è ancora errato.',
      'Torno a sollecitare',
    ),
    insists(
      'Rinnovo la richiesta del 3 novembre: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'Rinnovo la richiesta',
    ),
    insists(
      'Già segnalato due settimane fa: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'Già segnalato due settimane fa',
    ),
    insists(
      'È da dieci giorni che aspettiamo: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'È da dieci giorni che aspettiamo',
    ),
    insists(
      'Sono giorni che vi scrivo: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'Sono giorni che vi scrivo',
    ),
    {
      name: '"!!!" in the subject',
      subject: '  Tributi!!! calcolo IMU errato',
      findings: [{ messageId: 'default', field: 'subject', excerpt: '!!!' }],
    },
  ],
});

test('subject offsets point into the subject as the host has it (leading blanks included)', () => {
  const subject = '  Tributi!!! calcolo IMU errato';
  const [f] = findingsOf(insistence, { subject });
  expect(subject.slice(f!.where!.start, f!.where!.end)).toBe('!!!');
});

// ZZZZZZZL: "al ticket nn risponde nessuno" complains that nobody answers.
testRule(insistence, {
  valid: [
    {
      body: withContent(
        'Al ticket ha risposto ieri la vostra collega: le liste sezionali però non si stampano ancora, esce un errore di timeout.',
      ),
    },
  ],
  invalid: [
    insists(
      withContent(
        'ti scrivo qui xche al ticket nn risponde nessuno da giovedi. le liste sezionali nn si stampano.',
      ),
      'al ticket nn risponde nessuno',
    ),
  ],
});

// Review of 62a82a37: nobody answering at someone else's desk is a fact of the problem.
testRule(insistence, {
  valid: [
    {
      body: withContent(
        'I contribuenti ci dicono che cliccando su "paga ora" negli avvisi TARI la pagina resta bianca e che al numero verde del PSP nessuno risponde.',
      ),
    },
    { body: withContent('Il pagamento non risulta e in banca nn risponde nessuno da stamattina.') },
  ],
  invalid: [
    insists(
      withContent('Vi ho scritto lunedì e nessuno ci risponde: la stampa dei ruoli è ferma.'),
      'nessuno ci risponde',
    ),
  ],
});

// ZZZZZZZZZD: "ancora niente??" chases; "ancora niente da fare" tells a state.
testRule(insistence, {
  valid: [
    { body: 'Sul ruolo ancora niente da fare: il calcolo si ferma al 40% con errore di memoria.' },
  ],
  invalid: [
    insists(
      "Simona ancora niente?? Le delibere di giunta di lunedì non si pubblicano all'albo.",
      'ancora niente??',
    ),
  ],
});

// ZZZZZZZZZJ: the urgency's reason told just before "urgente".
testRule(insistence, {
  valid: [
    {
      subject: 'Urgente - elaborazione stipendi marzo bloccata al calcolo conguaglio',
      body: 'L’elaborazione degli stipendi di marzo si ferma al 62% nella fase "calcolo conguaglio". Il flusso dei netti deve arrivare al tesoriere entro le 12 di oggi, altrimenti gli stipendi slittano a lunedì: per questo è urgente.',
    },
    {
      subject: 'Urgente: scrutinio referendum, sezione 12 non trasmette i risultati',
      body: 'La trasmissione alla Prefettura della sezione 12 risponde "Timeout nella comunicazione". La Prefettura ci sta chiamando per il dato, quindi è urgente.',
    },
  ],
  invalid: [
    {
      subject: 'Urgente - elaborazione stipendi marzo bloccata al calcolo conguaglio',
      body: 'L’elaborazione degli stipendi di marzo si ferma al 62% nella fase "calcolo conguaglio". È urgente, urgente davvero.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 33: a question on a state is no chase; "??" before it is.
testRule(insistence, {
  valid: [
    {
      body: "Alle 9 ho lanciato l'elaborazione del ruolo TARI 2025. Sono passate due ore: è normale che nella cartella di output non ci sia ancora niente?",
    },
  ],
  invalid: [insists('Allora??? Ancora niente?', '??? Ancora niente')],
});

// Second review of stop 33: a document sent on in the workflow, not a reminder to us.
testRule(insistence, {
  valid: [
    {
      body: "Il verbale n. 1234 riporta l'importo ridotto sbagliato e l'ho già inviato in notifica al trasgressore. Come lo correggo?",
    },
  ],
  invalid: [
    insists(
      'Vi ho già scritto lunedì: il verbale n. 1234 riporta l’importo sbagliato.',
      'ho già scritto',
    ),
  ],
});

// ZZZZZZZZZZQ: the pressure written on the line above the name, taken into the signature block.
testRule(insistence, {
  valid: [
    {
      body: 'Buongiorno,\nla determina 412 non passa al visto contabile: domani scade il contributo.\n\nGeom. Salvatore Caruso\nResponsabile Lavori Pubblici\nComune di Paternò\nTel. 095 797 1234',
    },
  ],
  invalid: [
    'Buongiorno,\nla determina 412 non passa al visto contabile: domani scade il contributo.\nURGENTE!!!\n\nGeom. Salvatore Caruso\nResponsabile Lavori Pubblici\nComune di Paternò\nTel. 095 797 1234',
    'Non riesco a firmare la delibera 201: compare "Certificato revocato".\nurgente. per favore è urgente\nAvv. Giuseppe Lo Presti\nVice Segretario\nComune di Gela\n0933 906 247',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Third review of stop 34: thanks with "!!!" and a signature's line for urgent matters are no
// pressure.
testRule(insistence, {
  valid: [
    'Buongiorno,\nil calcolo dell’acconto IMU 2025 risulta zero per tutti da ieri.\n\nGrazie mille!!!\nMario Rossi\nUfficio Tributi - Comune di Riccione\ntel. 0541 608111',
    'Buongiorno,\nil calcolo dell’acconto IMU 2025 risulta zero per tutti da ieri.\n\nCordiali saluti\nMario Rossi\nUfficio Tributi - Comune di Riccione\nPer segnalazioni URGENTI chiamare il 335 7654321',
  ].map((body) => ({ body })),
  invalid: [
    {
      body: 'Buongiorno,\nil calcolo dell’acconto IMU 2025 risulta zero per tutti da ieri.\nURGENTE!!!\nMario Rossi\nUfficio Tributi - Comune di Riccione\ntel. 0541 608111',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZZZV004: "nessuna risposta dal servizio di firma" is the program's message, no chase.
testRule(insistence, {
  valid: [
    'La firma massiva si ferma al primo mandato e dopo qualche minuto compare "Operazione interrotta: nessuna risposta dal servizio di firma".',
    'Il collegamento ad ANPR restituisce nessuna risposta dal server, da stamattina.',
  ].map((content) => ({ body: withContent(content) })),
  invalid: [
    insists(
      withContent('Vi ho scritto martedì, nessuna risposta. La firma massiva si ferma ancora.'),
      'nessuna risposta',
    ),
  ],
});
