import { availabilityMissing } from '../../../../src/core/rules/availability-missing';
import { goodBody, settings } from './fixtures';
import { testRule } from './rule-tester';

// The good ticket without its "Sono reperibile dalle 9 alle 13." line.
const noAvailability = goodBody.replace('Sono reperibile dalle 9 alle 13.\n\n', '');
const request = 'il calcolo IMU del contribuente deceduto risulta errato per tutti gli eredi.';
/** A short ticket with `line` under the request. */
const withLine = (line: string) =>
  `Buongiorno,\n${request}\n${line}\n\nCordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456`;

testRule(availabilityMissing, {
  valid: [
    ...[
      // A time right after "resto a disposizione"; an office named between number and time.
      'Resto a disposizione la mattina dalle 8.30.',
      // Phone mail: "sn" for "sono", hours dictated as words.
      'sn allo sportello fino alle 13, poi al cell',
      'mi trovate in ufficio fino alle quattordici',
      'Tel. 090 923 1142, ufficio anagrafe, fino alle 13',
      'Sono disponibile il pomeriggio.',
      // Review of fe1450e1: "servizio" is no "serve": a slot stays a slot.
      'Sono di turno al servizio per il pomeriggio, chiamatemi allora.',
      'Oggi e domani sono qui fino alle 16.',
      'Ci sono fino alle 13, poi rientro giovedì.',
      'Orario di servizio 7.30-13.30',
      'Mi trovate tutte le mattine',
      'Orario 8-14',
      'Reperibile tutti i giorni',
      'Potete chiamarmi la mattina dalle 8',
      'Orario: dal lunedì al venerdì',
      // The hours that suit the office for a training, and "meglio il pomeriggio".
      'Ci andrebbe bene una mattina della settimana dal 19 al 23 gennaio, tra le 9:30 e le 12:30.',
      'Se serve una telefonata, meglio il pomeriggio dopo le 14.',
      // A shift or a service time beside the number.
      'Tel. 0773 652 910, turno del mattino 7-13',
      'Cell. 329 771 0456, in servizio 8-14',
      // An hour range after "sono in ufficio" beside the numbers.
      'Tel. 070 860 1544 / 347 661 0923, sono in ufficio 8-14',
    ].map((line) => ({ name: line, body: `${noAvailability}\n${line}` })),
    // Clock times and "potete trovarmi".
    ...[
      'In ufficio: 8:30 - 13:30.',
      'Fascia utile 14.30–17.00, il martedì.',
      'Potete trovarmi al mattino.',
      'Per chiarimenti potete rintracciarmi fino alle 13.',
      'Cell. 333 1234567 (solo mattina)',
      // The abbreviations of a phone's mail: "(pom.)", "(matt.)".
      'Cell. 348 221 0765 (pom.)',
      'Tel. 0173 292318 (matt.)',
      // Which number it is, then when: "(ufficio, mattina)".
      '0544 979 341 (ufficio, mattina)',
      // Where the writer is until when: the police command, the phone.
      'Sono in comando fino alle 14.',
      'Sono al telefono fino alle 17.',
      // Shifts, days at work, a time as the label of the number, "per contatti meglio…".
      'Sono di turno 7-13 tutta la settimana.',
      'Sono in sede lun e mer 8-16.',
      'Sono part-time, presente lunedì, martedì e giovedì.',
      'Per contatti meglio la mattina.',
      'mattina: 02 2496 312 / pomeriggio: 348 401 7765',
      'Mattina 8-12: 0981 780 219.',
      'Tel. 0541 854 020 (8-14)',
      'Tel. 0541 862 411 – lun/ven 9-13',
      // A time tied to being reached, or written beside the phone number.
      'Mi trovate fino alle 14 al numero qui sotto.',
      "Se mi chiamate ci sono fino all'una.",
      'Potete richiamarmi tra le 14 e le 17?',
      'Per noi va bene il martedì o il giovedì mattina.',
      'Di solito sono libera martedì e giovedì pomeriggio.',
      'Posso essere richiamato in mattinata.',
      'Tel. 0545 280811, mattina',
      'Cell. 338 7744120 pomeriggio',
      'Tel. 0121 361284 (mar e gio 9-12)',
      'Il martedì sono a Sefro dalle 8:30 alle 13.',
      // An hour range right after being reachable, or after the phone number.
      'Raggiungibile 10-13.',
      'Tel. 0932 441 208, 8-14',
      'Tel. 0883 290 114 - sono allo sportello fino alle 13:00',
      'Tel. 0883 290 114 int. 2 - presente il pomeriggio',
      'Cell. 339 871 0045, turno pomeriggio',
      'Tel. 0541 356211, tutta la mattina',
      'Cell. 347 2210945 (tutta la mattina)',
      'Cell. 339 41 27 588 (oggi fino alle 18)',
      'Cell. 339.4471820 (meglio al mattino, fino alle 12)',
      'Cell. 333 9087 214 - in ufficio 8-14',
      'Tel. 0941 701 344 - 8.30/13.30',
      'Tel. 0173 290 114 - ufficio permessi 8-13',
      'Reperibilità: lun, mer, ven 9-12',
      'Dopo le 10 sono sempre in stanza.',
      // A line of times under the phone number.
      'Tel. 0933 906 212\nmattina e pomeriggio fino alle 17',
      'Tel. 366 402 1187\nore 9-13',
      'Tel. 0122 831 127 - lun-gio 9-12',
      // A preference for the time of the call, opening its line or clause.
      'Meglio dopo le 10.',
      'Contatti: 0962 921 540, meglio la mattina.',
      'Rimaniamo a disposizione, meglio in tarda mattinata.',
    ].map((line) => ({ name: line, body: withLine(line) })),
  ],
  invalid: [
    // A way to be reached without a time, a time that describes the problem or an event, and an
    // office's public opening hours are no time to call back.
    ...[
      'Sono reperibile al 349 2017756.',
      'Cell. 347 661 0923, sono in ufficio.',
      // A deadline after "ci andrebbe bene", and "meglio" comparing when a job runs.
      'Ci andrebbe bene anche una soluzione provvisoria, purché entro le 12 di venerdì 14.',
      "La stampa va lanciata, meglio il pomeriggio che la mattina perché c'è meno carico.",
      'La procedura è rimasta bloccata fino alle 13.',
      "L'intervento è previsto dalle 7 alle 13, con uffici chiusi al pubblico.",
      'Orario di apertura al pubblico: lunedì e giovedì 9:00-12:30, martedì 15:00-17:00',
      // A template's field left with its placeholder.
      'Reperibilità: [orari]',
      // Where and when a colleague works is no time to call the writer back.
      'La collega allo sportello anagrafe questa mattina non riesce a stampare le carte.',
      // Numbers that are no hours: a date after "reperibile" or the phone, days of leave.
      'Sono reperibile il 9-12-2025.',
      'Tel. 0541 123456, 15-03',
      'Nel cartellino risultano disponibili 3-4 giorni di ferie in più.',
      // A courtesy formula, and where the trouble happens, are no time to call back.
      'Resto a disposizione, come sempre.',
      'Resto a disposizione, il problema si presenta alle 9.',
      // What is at disposal is not the writer: cards to collect, the IT office.
      'Le CIE sono a disposizione il lunedì per il ritiro.',
      'Resto a disposizione per chiarimenti sulla pratica del 12 marzo.',
      'Quando siamo allo sportello la mattina la stampa si blocca.',
      // A span beside a number that tells something else, a work schedule, "meglio" in a clause.
      'Il vostro centralino 0733 123456, tutta la mattina non ha risposto.',
      'Cell. 333 1234567 - tutto il pomeriggio spento per sopralluoghi.',
      'I tre part-time lavorano lunedì-mercoledì.',
      'La procedura va meglio dopo le 10, quando il server è meno carico.',
      // "presente" of the problem, not of the writer.
      'Il problema è presente anche lunedì, con tutti gli utenti.',
      "L'errore è presente la mattina, poi sparisce.",
      // A wrapped line that ends a sentence with "sempre" is no time.
      'Ho provato con tre determine diverse e succede\nsempre.',
      // "meglio" before no time, a work schedule, an appointment beside a number.
      'Meglio sempre controllare prima di emettere gli avvisi.',
      'La collega è in part-time verticale lun-mer.',
      'Il contribuente (cell. 333 1234567) oggi alle 9.30 è venuto allo sportello.',
      // A closed or busy office beside the number (second review of stop 23).
      'Tel. 0541 123456 - ufficio chiuso il sabato',
      'Tel. 0541 123456 (ufficio tributi sempre occupato, meglio scrivere)',
    ].map((line) => ({
      name: line,
      body: withLine(line),
      findings: [{ messageId: 'default', severity: 'info' as const }],
    })),
    {
      name: 'no availability: the one from the settings is offered',
      body: noAvailability,
      settings,
      findings: [
        {
          messageId: 'default',
          severity: 'info',
          fix: {
            id: 'append-availability',
            edits: [{ kind: 'append-to-body', text: 'Reperibile: lun-ven 09:00-13:00' }],
          },
        },
      ],
    },
    {
      name: 'the payroll word "reperibilità" is no availability; no settings, no fix',
      body: noAvailability.replace(
        'risulta errato',
        "risulta errato come l'indennità di reperibilità",
      ),
      findings: [{ messageId: 'default', fix: null }],
    },
    {
      name: 'a single time of an event is no availability',
      body: 'Buongiorno,\nalle 9:30 di stamattina il calcolo IMU del contribuente deceduto è risultato errato.\n\nCordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZP: the writer's shift, and the days beside a mobile number.
testRule(availabilityMissing, {
  valid: [
    ...[
      'Riesci a guardarci tu? Io sono in servizio fino alle 14.',
      'Questa settimana sono in servizio con il turno 7-13, dalla prossima 13-19.',
      // ZZZZZZZZZZZZZZZZZZZZ040: "sono sempre qui" with the part of the day.
      'Quando puoi fammi uno squillo, oggi e domani pomeriggio sono sempre qui.',
    ].map((line) => ({
      name: line,
      body: `Buongiorno,\nle notifiche dei verbali via PEC restano in attesa di ricevuta da lunedì.\n${line}\n\nVito Loiudice\nComune di Altamura\nTel. 080 3107245`,
    })),
    {
      name: 'days and a part of the day beside the mobile',
      body: 'Buongiorno,\nCityware non riconosce più il token di firma sul PC della ragioneria.\n\nMatteo Di Sabatino\nCED – Comune di Giulianova\ncell. 338-7190422 (lun, mer, ven mattina)',
    },
  ],
  invalid: [
    {
      name: 'a day and a part of the day telling when the problem came is no slot',
      body: 'Buongiorno,\nil blocco della firma si è presentato ieri (lunedì mattina) su tutti i PC.\n\nMatteo Di Sabatino\nCED – Comune di Giulianova\ncell. 338 7190422',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a colleague "in servizio dal 2 maggio" is no slot',
      body: "Buongiorno,\nil nuovo agente in servizio dal 2 maggio non vede i verbali dell'anno scorso.\n\nVito Loiudice\nComune di Altamura\nTel. 080 3107245",
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZR: the vendor's technician kept reachable is the time asked of the vendor, not the writer's.
testRule(availabilityMissing, {
  valid: [
    {
      name: "the writer's own time in a sentence that names a technician",
      body: 'Buongiorno,\nla stampa degli avvisi TARI si blocca al contribuente 140.\nSe un vostro tecnico può richiamarmi, sono in ufficio dalle 9 alle 13.\n\nElisa Ferretti\nComune di Scandiano\n0522 764290',
    },
    {
      name: 'the writer reachable beside a technician booked',
      body: "Buongiorno,\nvorremmo che lunedì mattina un vostro tecnico fosse reperibile per l'apertura delle iscrizioni.\nIo sono reperibile dalle 8 alle 14.\n\nElisa Ferretti\nComune di Scandiano\n0522 764290",
    },
  ],
  invalid: [
    ...[
      'Vorremmo quindi che quella mattina, dalle 8 alle 12, un vostro tecnico fosse reperibile nel caso il portale delle iscrizioni rallentasse.',
      'Vorremmo che la notte dello scrutinio, dalle 23 alle 4, un vostro tecnico del modulo elettorale fosse reperibile.',
      'Chiediamo che il sistemista resti disponibile: vorremmo che fosse reperibile il pomeriggio del 12.',
    ].map((line) => ({
      name: line,
      body: `Buongiorno,\nlunedì apriamo le iscrizioni online a mensa e trasporto; le prove sono andate bene.\n${line}\n\nElisa Ferretti\nComune di Scandiano\n0522 764290`,
      findings: [{ messageId: 'default' }],
    })),
  ],
});

// ZZZZZZX: the hours an event is planned for are not when the writer can be called.
testRule(availabilityMissing, {
  valid: [
    {
      name: 'the writer reachable in the sentence that plans the event',
      body: "Buongiorno,\nsabato 13 il server di Cityware passa al nuovo datacenter: l'intervento è previsto dalle 8 alle 16 e io sono in ufficio tutto il giorno.\n\nElisa Ferretti\nComune di Scandiano\n0522 764290",
    },
  ],
  invalid: [
    ...[
      "L'intervento è previsto dalle 8 alle 16 e lunedì mattina gli uffici devono poter lavorare.",
      'La migrazione del database sarà programmata dalle 14 alle 18 di sabato, a uffici chiusi.',
    ].map((line) => ({
      name: line,
      body: `Buongiorno,\nsabato 13 il server di Cityware passa al nuovo datacenter regionale.\n${line}\nVi chiediamo un sistemista a disposizione quel giorno, nel caso servisse.\n\nElisa Ferretti\nComune di Scandiano\n0522 764290`,
      findings: [{ messageId: 'default' }],
    })),
  ],
});

// Review of 8fd65408: only the time right after the event's verb is the event's.
testRule(availabilityMissing, {
  valid: [
    'Il passaggio al nuovo server è previsto per giovedì, telefonatemi pure dalle 9 alle 13.',
    'Reperibile dalle 8 alle 14, come è previsto dal regolamento sul lavoro agile.',
    'Il rientro pomeridiano da noi non è previsto, quindi chiamatemi dalle 8 alle 14.',
  ].map((line) => ({
    name: line,
    body: `Buongiorno,\nsabato 13 il server di Cityware passa al nuovo datacenter regionale.\n${line}\n\nElisa Ferretti\nComune di Scandiano\n0522 764290`,
  })),
  invalid: [
    {
      name: 'the hours right after "è previsto" are the event\'s',
      body: 'Buongiorno,\nsabato 13 il server di Cityware passa al nuovo datacenter regionale: il fermo è previsto dalle 7 alle 12.\n\nElisa Ferretti\nComune di Scandiano\n0522 764290',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZD: the days that suit the office for a training, said as "comodi".
testRule(availabilityMissing, {
  valid: [
    {
      name: '"per noi sono comodi il lunedì e il mercoledì mattina"',
      body: 'Buongiorno,\nvorremmo organizzare due incontri di formazione da remoto sul modulo Tributi per la nuova collega.\nPer noi sono comodi il lunedì e il mercoledì mattina dopo il 12 maggio.\n\nElisa Ferretti\nComune di Scandiano\n0522 764290',
    },
  ],
  invalid: [
    {
      name: '"sarebbe comodo" a deadline, not a time to call',
      body: 'Buongiorno,\nvorremmo organizzare due incontri di formazione da remoto sul modulo Tributi.\nPer noi sarebbe comodo finire entro le 12 di venerdì.\n\nElisa Ferretti\nComune di Scandiano\n0522 764290',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZH: an office's new opening hours and a deadline before "chiamatemi" are no time to call.
const scandiano = (line: string) =>
  `Buongiorno,\n${line}\n\nElisa Ferretti\nComune di Scandiano\n0522 764290`;
testRule(availabilityMissing, {
  valid: [
    ...[
      'Entro domani mattina dobbiamo chiudere gli stipendi: sono in ufficio dalle 9 alle 13.',
      'Domani mattina sono in ufficio, chiamatemi pure.',
      "Apro io l'ufficio alle 8: sono reperibile dalle 8 alle 14.",
    ].map((line) => ({ name: line, body: scandiano(line) })),
  ],
  invalid: [
    ...[
      'Da aprile apriremo lo sportello CIE anche il primo sabato del mese dalle 9 alle 12: come si aggiungono le aperture nell’agenda?',
      'Il sabato lo sportello sarà aperto dalle 9 alle 12: come si aggiungono le aperture nell’agenda?',
      'L’elaborazione degli stipendi si blocca al 60%. I bonifici devono partire entro domani mattina, CHIAMATEMI SUBITO!!!',
      // A need by a time is a deadline too, not a time to call.
      'L’elaborazione degli stipendi si blocca al 60%. Ci serve per domani mattina, chiamatemi.',
      'Il flusso F24 viene scartato dalla banca. Scade domani pomeriggio, chiamatemi appena potete.',
      'Il flusso F24 viene scartato dalla banca. Deve essere pronto per domani mattina, chiamatemi.',
    ].map((line) => ({ name: line, body: scandiano(line), findings: [{ messageId: 'default' }] })),
  ],
});

// ZZZZZZZL: "x noi meglio il mercoledi mattina" names the time that suits the office.
testRule(availabilityMissing, {
  valid: [
    {
      body: scandiano(
        'vorremmo un incontro da remoto x capire come impostare il nuovo iter di smistamento. x noi meglio il mercoledi mattina',
      ),
    },
  ],
  invalid: [
    {
      body: scandiano(
        'vorremmo un incontro da remoto x capire come impostare il nuovo iter di smistamento: meglio farlo prima del rinnovo.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of f31a16bb: the office's hours beside "chiamatemi" or "mi potete chiamare" still give a
// time; "aprirà", "saremo aperti" are the office's.
testRule(availabilityMissing, {
  valid: [
    'In questo periodo l’ufficio resta aperto anche il giovedì pomeriggio: chiamatemi pure il giovedì dalle 15 alle 17.',
    'Per le elezioni l’ufficio resterà aperto anche il pomeriggio, quindi mi potete chiamare fino alle 18.',
  ].map((line) => ({ name: line, body: scandiano(line) })),
  invalid: [
    'Lo sportello TARI aprirà anche il sabato dalle 9 alle 12: come si aggiungono le aperture nell’agenda?',
    'Sabato saremo aperti dalle 9 alle 12: come si aggiungono le aperture nell’agenda?',
  ].map((line) => ({ name: line, body: scandiano(line), findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZN: hours dictated as words, "matina" typed on a phone; an amount is no time.
testRule(availabilityMissing, {
  valid: [
    'Il certificato storico dà errore indirizzo non trovato. Il mio numero è 081 526 6314, sono in ufficio fino alle due.',
    'Il ricalcolo dei componenti non cambia nulla.\nAngela Sellitto\n081 323 5216 matina',
  ].map((line) => ({ name: line, body: scandiano(line) })),
  invalid: [
    {
      name: '"8.000 euro disponibili" is an amount, not 8:00',
      body: scandiano(
        'In liquidazione il programma restituisce "impegno insufficiente", ma l’impegno 412 ha ancora 8.000 euro disponibili e la fattura è di 2.350 euro.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of 62a82a37: when the work is wanted is no time to call.
testRule(availabilityMissing, {
  valid: [
    {
      body: scandiano('La variazione di bilancio non si salva. Per noi meglio il lunedì mattina.'),
    },
  ],
  invalid: [
    {
      body: scandiano(
        'La variazione di bilancio non si salva. Per noi meglio il lunedì per approvarla in giunta, poi è tardi.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZV: out of hours, a slot in the evening or at night.
testRule(availabilityMissing, {
  valid: [
    'Sono al cellulare tutta la serata e domani mattina.',
    'Sono in ufficio elettorale fino a tarda sera.',
    'La seduta finirà verso le 23, sono raggiungibile al cellulare fino a mezzanotte.',
    'In turno fino alle 7.',
    'Sono in Comune stanotte, cell. 338 205 7716.',
  ].map((line) => ({ name: line, body: withLine(line) })),
  invalid: [
    // The vendor asked to stay reachable on a night, or someone else's hours: no slot of the writer.
    'Chiediamo che la sera dello scrutinio qualcuno di voi resti reperibile fino alla chiusura.',
    'Lui è fuori fino a stasera, potete chiamare me in ufficio.',
  ].map((line) => ({ name: line, body: withLine(line), findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZB: call-back times as typed on a phone.
testRule(availabilityMissing, {
  valid: [
    'io ci sono lun, mer e ven 8-14',
    '079 679 9321, h 8-14',
    'h 9-13',
    'Turno mattina 7-13, sabato escluso',
    'Chiamami dopo le 3 al 0963 599 218.',
  ].map((line) => ({ name: line, body: withLine(line) })),
  invalid: [
    // A shift that is no one's call-back time, hours of a process: no slot.
    'Il secondo turno 8-9 giugno è quello delle elezioni.',
    'La procedura gira h24 ma si ferma.',
  ].map((line) => ({ name: line, body: withLine(line), findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZN: a signature's numbers and times split by middle dots or bars.
testRule(availabilityMissing, {
  valid: ['0875 680 222 · cell. 320 661 4509 · pomeriggio 15-18', '0875 680 222 | mattina'].map(
    (line) => ({ name: line, body: withLine(line) }),
  ),
  invalid: ['0875 680 222 · cell. 320 661 4509 · Ufficio Ragioneria'].map((line) => ({
    name: line,
    body: withLine(line),
    findings: [{ messageId: 'default' }],
  })),
});

// ZZZZZZZZZJ: out of hours and at the police command.
testRule(availabilityMissing, {
  valid: [
    'Sono in ufficio elettorale tutta la notte, cellulare 339 8124467.',
    'Sono al comando fino alle 19, tel. 0932 759330 oppure cell. 331 4082271.',
  ].map((line) => ({ name: line, body: withLine(line) })),
  invalid: ['La notte dello scrutinio il collegamento cade, tutta la notte è andata così.'].map(
    (line) => ({ name: line, body: withLine(line), findings: [{ messageId: 'default' }] }),
  ),
});

// ZZZZZZZZZZK: the hour of a deadline and the days it recurs are no time to call back.
testRule(availabilityMissing, {
  valid: ['Sono in ufficio ogni mattina, chiamatemi pure.'].map((line) => ({
    name: line,
    body: withLine(line),
  })),
  invalid: [
    'La ditta della mensa ci chiede i numeri entro le 10 di ogni mattina. Chiamami pure quando vuoi.',
  ].map((line) => ({ name: line, body: withLine(line), findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZZZW: the time at which a citizen the case is about can be reached is not the writer's.
testRule(availabilityMissing, {
  valid: [
    'La signora è reperibile al 338 4102967 la mattina; io sono in ufficio dalle 8 alle 14.',
    'La collega Rosa è reperibile al 339 7712045 dalle 9 alle 12.',
    // The helpdesk asked to call: the writer's time, whoever the sentence opens with.
    'La signora Neri attende allo sportello la ristampa: potete chiamare in mattinata al 0541 123456.',
  ].map((line) => ({ name: line, body: withLine(line) })),
  invalid: [
    'La signora, Carmela Di Iorio, è reperibile al 338 4102967 la mattina.',
    "La mamma dell'alunno, sig.ra Loi, è reperibile al 349 6120875 dopo le 15.",
  ].map((line) => ({ name: line, body: withLine(line), findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZZZZR: the operator asked when to call, and the answer is typed inside the quote.
const answeredInQuote = (asked: string, answer: string) =>
  [
    'Buongiorno,',
    'rispondo sotto ogni domanda.',
    '',
    'Mario Rossi',
    'Comune di Rimini',
    'Tel. 0541 123456',
    '',
    'Da: Assistenza Tributi <tributi@ticket.palitalsoft.example>',
    'Inviato: lunedì 13 aprile 2026 09:05',
    'A: tributi@comune.rimini.example',
    'Oggetto: [Ticket #62893] Calcolo IMU eredi',
    '',
    'Buongiorno,',
    'Il calcolo è errato per tutti gli eredi?',
    'SÌ, PER TUTTI E TRE',
    asked,
    answer,
    '',
    'Cordiali saluti',
    'Chiara Bravi',
  ].join('\n');
testRule(availabilityMissing, {
  valid: [
    ['Quando possiamo chiamarla?', 'OGGI FINO ALLE 14, DOMANI MATTINA DALLE 8'],
    ['Un recapito e un orario?', '0541 123456, lunedì e mercoledì 8-13'],
    ['Quando possiamo collegarci?', 'domani mattina'],
  ].map(([asked, answer]) => ({ name: answer, body: answeredInQuote(asked!, answer!) })),
  invalid: [
    // A time that answers another question is the case's, not a time to call.
    ['Da quando succede?', 'da lunedì mattina'],
    ['Quando possiamo chiamarla?', 'non sono in ufficio questa settimana'],
  ].map(([asked, answer]) => ({
    name: answer,
    body: answeredInQuote(asked!, answer!),
    findings: [{ messageId: 'default' }],
  })),
});

// 23Z-J005: a time given with a number that is someone else's (phone-missing reads it so) is
// theirs, not a time to call the writer back.
const taxpayerReachable = (clause: string) =>
  `Buongiorno,\nuna contribuente, la sig.ra Carmela Difonzo, ha pagato la prima rata TARI con pagoPA ma la posizione risulta ancora da pagare.\n\nLa signora è molto preoccupata di ricevere il sollecito; ${clause}\n\nGrazie\nAntonella Grieco\nUfficio Tributi - Comune di Grottole Nuova\n0835 756 210`;
testRule(availabilityMissing, {
  valid: [
    { body: taxpayerReachable('io sono raggiungibile al 0835 756 210, di solito nel pomeriggio.') },
  ],
  invalid: [
    {
      body: taxpayerReachable('se serve è raggiungibile al 339 4471852, di solito nel pomeriggio.'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZE069): a reminder that nobody called back on a day gives no
// time to call.
const reminder = (opening: string) =>
  `Buongiorno,\n${opening} Il programma delle presenze non importa più le timbrature dal 1° novembre.\n\nRino Scarfò\nUfficio Personale - Comune di Malvito Alto\ntel. 0981 436030`;
testRule(availabilityMissing, {
  valid: [{ body: reminder('vi ho già scritto lunedì: potete richiamarmi la mattina.') }],
  invalid: [
    {
      body: reminder('vi ho già scritto lunedì e nessuno ha chiamato.'),
      findings: [{ messageId: 'default' }],
    },
    {
      body: reminder('la settimana scorsa non mi avete richiamato il pomeriggio come promesso.'),
      findings: [{ messageId: 'default' }],
    },
  ],
});
