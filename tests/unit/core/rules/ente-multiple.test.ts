import { checkTicket } from '../../../../src/core';
import { enteMultiple } from '../../../../src/core/rules/ente-multiple';
import { goodBody, goodSubject, screenshot, toModule } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

// The good ticket is signed "Ufficio Tributi - Comune di Rimini".
const rimini = (replacement: string) => goodBody.replace('Comune di Rimini', replacement);
const inRequest = (text: string) => goodBody.replace('nel modulo Tributi', text);
const riminiAndValmarecchia = rimini('Comune di Rimini e Unione Valmarecchia');
/** A ticket by someone at Sefro's offices: `request`, then a signature ending with `office`. */
const sefro = (request: string, office: string) =>
  `Buongiorno,\n${request}\n\nCordiali saluti\nLucia Ferri\n${office}\nTel. 0737 123456`;
const twoEnti = (enti: string, second: string): InvalidCase['findings'] => [
  { messageId: 'default', severity: 'info', excerpt: second, data: { enti } },
];

testRule(enteMultiple, {
  valid: [
    {
      name: 'lower-case "comuni di pianura e montagna." names no Comune',
      body: sefro(
        'la stampa degli avvisi si blocca su tutte le utenze dei comuni di pianura e montagna.',
        'Comune di Sefro',
      ),
    },
    {
      name: 'lower-case "comuni di piccole e medie dimensioni" names no Comune',
      body: sefro(
        'come succede a molti comuni di piccole e medie dimensioni, gli f24 precompilati escono con il codice catastale sbagliato.',
        'Comune di Sefro',
      ),
    },
    {
      name: 'one Unione written two ways ("Unione Chianti Fiorentino", "Unione Comunale del Chianti Fiorentino")',
      body: sefro(
        "sul portale dei pagamenti dell'Unione Chianti Fiorentino gli avvisi delle rette non compaiono ai genitori; lo segnala il servizio entrate dell'Unione Comunale del Chianti Fiorentino.",
        'Servizio entrate',
      ),
    },
    { name: 'one Ente', body: goodBody },
    ...[
      'Municipio Piazza Cavour 27',
      "Polizia Municipale Corso d'Augusto 158",
      // ZZZZZZZZF: a section of the local police.
      'Polizia Municipale Annona - Comune di Rimini',
      'Polizia Locale Nucleo Edilizia',
    ].map((line) => ({
      name: `a street or a police section under the Comune is no second Ente: "${line}"`,
      body: rimini(`Comune di Rimini\n${line}`),
    })),
    {
      name: 'a Città metropolitana of another name below the Comune is its letterhead',
      body: sefro(
        'la data di fine pubblicazione delle delibere risulta anticipata di un giorno.',
        'Ufficio Segreteria\n\nCOMUNE DI\nCAVAGNOLO PO\nCittà Metropolitana di Torino',
      ),
    },
    // ZZZZZZZF: a town's motto after its name in the signature.
    ...[
      'Sefro, Città della Poesia',
      'Comune di Sefro - città delle cento fontane',
      'Città dell’Olio',
    ].map((line) => ({
      name: `a town's motto is no second Ente: "${line}"`,
      body: sefro(
        'la data di fine pubblicazione delle delibere risulta anticipata di un giorno.',
        `Ufficio Segreteria\n\nComune di Sefro\n${line}`,
      ),
    })),
    {
      name: 'the same Ente named twice',
      body: inRequest('per il Comune di Rimini, nel modulo Tributi'),
    },
    {
      name: "a citizen's former Comune is data, not a second Ente",
      body: goodBody.replace('risulta errato', 'trasferito dal Comune di Bologna risulta errato'),
    },
    {
      name: 'the addressee or sender of a registered document is data of the case',
      body: inRequest(
        'nella nota in partenza con mittente il Comune di Verucchio e destinatario la Provincia di Pesaro, nel modulo Tributi',
      ),
    },
    {
      name: "the settings' Ente and the signature's spelling are one Ente",
      body: rimini("Comunità montana dell'Appennino Cesenate"),
      settings: { enti: ["Comunità montana dell'Appennino Cesenate"] },
    },
    {
      name: 'a bare place in the settings is the Comune the text names',
      body: goodBody,
      settings: { enti: ['Rimini'] },
    },
    {
      name: 'a bare place in the settings, written alone in the text too',
      body: inRequest('Ente: Rimini. Nel modulo Tributi'),
      settings: { enti: ['Rimini'] },
    },
    {
      name: '"Amministrazione comunale di" and "Comune di" the same place are one Ente',
      body: `Buongiorno,\nil calcolo IMU del contribuente deceduto risulta errato per tutti gli eredi.\n\nCordiali saluti\nMario Rossi\nAmministrazione comunale di Gradara - Comune di Gradara, Ufficio Tributi\nTel. 0541 123456`,
    },
    {
      name: 'the writer works for two Comuni and says the request is about one',
      body: sefro(
        'lavoro per i Comuni di Sefro e di Fiuminata; la richiesta riguarda solo il Comune di Sefro: la stampa dei cedolini di marzo esce senza le ritenute sindacali.',
        'Ufficio Personale',
      ),
    },
    // An Ente that is data of the case (where a citizen lives, comes from, a firm is based).
    {
      name: 'a citizen resident in another Comune',
      body: sefro(
        "per un cittadino residente nel Comune di Camerino l'iscrizione all'anagrafe dà errore di codice fiscale duplicato.",
        'Comune di Sefro - Ufficio Anagrafe',
      ),
    },
    {
      name: 'a family coming from another Comune',
      body: sefro(
        "la pratica di immigrazione di una famiglia proveniente dal Comune di Tolentino resta bloccata in stato 'in attesa'.",
        'Comune di Sefro - Ufficio Anagrafe',
      ),
    },
    {
      name: 'a firm based in another Comune',
      body: sefro(
        "la ditta con sede nel Comune di Matelica non compare nell'elenco dei fornitori quando registro la fattura n. 45.",
        'Comune di Sefro - Ragioneria',
      ),
    },
    {
      name: "a Comune's letterhead names its Provincia",
      body: sefro(
        'la stampa del ruolo TARI 2025 si interrompe a metà con un messaggio di errore di memoria.',
        'Comune di Sefro – Provincia di Macerata',
      ),
    },
    {
      name: 'the local police of a Comune is that Comune',
      body: sefro(
        'da ieri i verbali del codice della strada non si stampano: il PDF risulta vuoto.',
        'Polizia Locale Comune di Fondi',
      ),
    },
    {
      name: 'the request is tied to one of the Comuni the writer serves, named without "Comune di"',
      body: sefro(
        "gestisco i servizi demografici dei Comuni di Sefro e di Fiuminata. Il blocco delle carte d'identità interessa soltanto Fiuminata: da stamattina la richiesta al Ministero va in errore.",
        'Servizi Demografici',
      ),
    },
    {
      name: 'the other Ente is excluded with "il problema non si verifica"',
      body: sefro(
        "scrivo per il Comune di Sefro: le determine non si pubblicano all'albo. Nell'Unione Montana Potenza Esino Musone il problema non si verifica.",
        'Segreteria',
      ),
    },
    {
      name: 'a signature names one Comune: other Enti in the request are data of the case',
      body: inRequest(
        "la quota versata dal Comune di Coriano e quella dell'Unione Valconca non compaiono tra gli incassi, nel modulo Tributi",
      ),
    },
  ],
  invalid: [
    {
      name: '"a un solo Comune" in the problem does not say which of the two Comuni served',
      body: sefro(
        "seguo l'IMU per il Comune di Laveno Mombello e per il Comune di Cittiglio. Nel controllo dei versamenti i contribuenti con immobili in entrambi risultano con il versamento attribuito per intero a un solo Comune.",
        'Ufficio Tributi associato',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'two Comuni typed in lower case on a phone ("seguo la tari x i comuni di dolianova e di serdiana.")',
      body: sefro(
        'seguo la tari x i comuni di dolianova e di serdiana. negli f24 precompilati il codice catastale esce sbagliato.',
        'Unione Comuni del Parteolla',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'two Comuni of two and three words typed in lower case ("comuni di roveredo alto e castel vezzano sotto.")',
      body: sefro(
        'seguo la tari x i comuni di roveredo alto e castel vezzano sotto. l import dei versamenti si ferma al primo record.',
        'Studio tributi associato',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'another Comune\'s cadastral code in a payment is data of the case ("il codice catastale del Comune di …")',
      body: sefro(
        "scrivo per il Comune di Castelnuovo Sterza, per il quale seguo come consulente l'accertamento IMU. Un contribuente ha versato l'IMU 2024 indicando nell'F24 il codice catastale del Comune di Villamagna Alta. Come si registra il riversamento?",
        'Studio Bindi - consulenza tributi',
      ),
      findings: [],
    },
    {
      name: 'Comuni grouped by size in lower case are no list of Enti ("i comuni di piccole e medie dimensioni.")',
      body: sefro(
        "il modello f24 vale per tutti i comuni di piccole e medie dimensioni. da noi l'import si ferma al primo record.",
        'Ufficio Tributi',
      ),
      findings: [],
    },
    {
      name: 'a signature names one Unione, the request says it serves two Comuni across a wrapped line',
      body: sefro(
        'le ricevute SUAP non partono dal mese scorso. Gestiamo lo sportello unico per il\nComune di Sefro e per il Comune di Fiuminata.',
        'Unione Montana Potenza Esino Musone',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'a signature names one Comune but the settings list two Enti',
      body: inRequest(
        "la quota versata dal Comune di Coriano e quella dell'Unione Valconca non compaiono tra gli incassi, nel modulo Tributi",
      ),
      settings: { enti: ['Comune di Rimini', 'Comune di Coriano'] },
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'two Comuni served and a problem that concerns "solo" an operation, not one of them',
      body: sefro(
        'seguo i tributi dei Comuni di Sefro e di Fiuminata. Succede soltanto con gli avvisi TARI: la stampa si blocca a metà.',
        'Ufficio Tributi',
      ),
      findings: [{ messageId: 'default', data: { enti: 'Sefro, Fiuminata' } }],
    },
    {
      name: 'a Comune named "Città di …" after another, on one line: two Enti, no motto',
      body: sefro(
        'le posizioni debitorie risultano duplicate sul portale dei pagamenti.',
        'Servizio associato ICT\nComune di Umbertide, Città di Castello',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'Città della Pieve is a Comune, no motto',
      body: sefro(
        'le posizioni debitorie risultano duplicate sul portale dei pagamenti.',
        'Servizio Segreteria associato\nComune di Paciano - Città della Pieve',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'the Comune and the Città metropolitana of the same name: a service of both',
      body: sefro(
        'le posizioni debitorie risultano duplicate sul portale dei pagamenti.',
        'Servizio associato ICT\nComune di Bologna e Città metropolitana di Bologna',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: "a Comune and a Valle d'Aosta Unione in French, across a wrapped line",
      body: sefro(
        "i totali dell'allegato missioni non coincidono. Seguo la contabilità sia del Comune di Verrès sia dell'Unité des Communes\nvaldôtaines Évançon, e chiudo entrambi i rendiconti.",
        'Servizio finanziario associato',
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    {
      name: 'a Comune and an Unione',
      body: riminiAndValmarecchia,
      findings: twoEnti('Comune di Rimini, Unione Valmarecchia', 'Unione Valmarecchia'),
    },
    {
      name: 'working for a Comune and an Unione, said in the request',
      body: inRequest(
        "lavoro presso il Comune di Bagnacavallo e l'Unione dei Comuni della Bassa Romagna: nel modulo Tributi",
      ),
      // Since 08f5f81 Enti the writer works for are listed from the signature first, and the
      // finding points at the signature's Ente when the request itself names none to help.
      findings: twoEnti(
        'Comune di Rimini, Comune di Bagnacavallo, Unione dei Comuni della Bassa Romagna',
        'Comune di Rimini',
      ),
    },
    {
      name: 'a bare place in the settings does not hide a second Ente',
      body: riminiAndValmarecchia,
      settings: { enti: ['Rimini'] },
      findings: twoEnti('Comune di Rimini, Unione Valmarecchia', 'Unione Valmarecchia'),
    },
    {
      name: 'the writer serves an Unione and two Comuni and does not say which has the problem',
      body: sefro(
        "seguo la segreteria sia dell'Unione Montana Alte Valli del Potenza e dell'Esino sia dei Comuni di Sefro e di Fiuminata. Da ieri le determine non si riescono a pubblicare all'albo: la firma digitale dà errore.",
        'Segreteria',
      ),
      findings: [
        {
          messageId: 'default',
          data: { enti: 'Unione Montana Alte Valli del Potenza, Sefro, Fiuminata' },
        },
      ],
    },
    {
      name: 'a shared service of three Comuni signs a request that names none',
      body: sefro(
        'da ieri il calcolo dei cedolini di marzo non applica le addizionali comunali e la stampa esce con importi a zero.',
        'Servizio associato del personale\nComuni di Sefro, Fiuminata e Pioraco',
      ),
      findings: twoEnti('Sefro, Fiuminata, Pioraco', 'Fiuminata'),
    },
    {
      name: 'a shared service of Comuni whose names hold "di" and an elision',
      body: sefro(
        'la stampa delle liste sezionali esce senza gli iscritti per trasferimento di ottobre.',
        "Ufficio elettorale associato\nComuni di Rocca di Mezzo e Villa d'Ogna",
      ),
      findings: twoEnti("Rocca di Mezzo, Villa d'Ogna", "Villa d'Ogna"),
    },
    {
      name: 'the police of three Comuni ("Polizia Locale dei Comuni di A, B e C")',
      body: sefro(
        'le notifiche PEC dei verbali alle società di noleggio risultano tutte non consegnate.',
        'Polizia Locale dei Comuni di Lugo, Bagnacavallo e Cotignola',
      ),
      findings: twoEnti('Lugo, Bagnacavallo, Cotignola', 'Bagnacavallo'),
    },
    {
      name: 'a shared tax office whose request speaks of "the Comune of the property" names no Ente',
      body: sefro(
        "negli avvisi IMU l'F24 riporta il codice catastale del Comune capofila invece di quello del Comune dell'immobile.",
        'Ufficio Tributi associato\nComuni di Ponsacco, Capannoli e Palaia',
      ),
      findings: twoEnti('Ponsacco, Capannoli, Palaia', 'Capannoli'),
    },
    {
      name: 'a consultant of two Comuni whose first name holds "in"',
      body: sefro(
        'nel registro IVA delle fatture in split payment compaiono anche quelle istituzionali.',
        'Consulente per i Comuni di Lizzano in Belvedere e Gaggio Montano',
      ),
      findings: twoEnti('Lizzano in Belvedere, Gaggio Montano', 'Gaggio Montano'),
    },
    {
      name: 'a shared service of Comuni whose first name has four words',
      body: sefro(
        'le variazioni di categoria delle utenze non domestiche non aggiornano la tariffa.',
        'Servizio associato Tributi\nComuni di Castel San Pietro Terme, Dozza e Mordano',
      ),
      findings: twoEnti('Castel San Pietro Terme, Dozza, Mordano', 'Dozza'),
    },
    {
      name: 'non-breaking spaces in the names (HTML bodies)',
      body: rimini('Comune\u00a0di\u00a0Rimini e Unione\u00a0Valmarecchia'),
      findings: twoEnti(
        'Comune\u00a0di\u00a0Rimini, Unione\u00a0Valmarecchia',
        'Unione\u00a0Valmarecchia',
      ),
    },
  ],
});

// Advice by default: a good ticket naming two Enti is not stopped at Send; an admin whose staff
// serve several Enti can make it ask again.
describe('ente-multiple at Send', () => {
  const draft = {
    subject: goodSubject,
    bodyText: riminiAndValmarecchia,
    from: { name: 'Mario Rossi', address: 'mario.rossi@comune.example' },
    to: toModule,
    cc: [],
    bcc: [],
    attachments: screenshot,
  };

  test('by default it is a suggestion and the ticket goes', () => {
    const report = checkTicket(draft);
    expect(report.findings.find((f) => f.rule === 'ente-multiple')?.severity).toBe('info');
    expect(report.verdict).toBe('ok');
  });

  test('raised by the admin to warning, Send asks', () => {
    const report = checkTicket(draft, { severities: { 'ente-multiple': 'warning' } });
    expect(report.findings.find((f) => f.rule === 'ente-multiple')?.severity).toBe('warning');
    expect(report.verdict).toBe('warn');
  });
});

// ZZZZZZZZZZ: another Ente as the term of comparison, or all of them said so.
const unione = {
  name: 'Roberta Ragni',
  phone: '0721 787431',
  enti: ['Unione Montana del Catria e Nerone', 'Comune di Cantiano', 'Comune di Cagli'],
};
const forUnione = (request: string) =>
  `Buongiorno,\n${request}\n\nRoberta Ragni\nUfficio Ragioneria associato\nUnione Montana del Catria e Nerone\n0721 787431`;
testRule(enteMultiple, {
  valid: [
    'Chiudendo il riaccertamento per il Comune di Cantiano il prospetto riporta il fondo a zero. Sul Comune di Cagli la stessa procedura ha calcolato il fondo senza problemi.',
    "Per il Comune di Cantiano l'addizionale viene trattenuta in un'unica rata, mentre per il Comune di Cagli va in 11 rate come negli altri Comuni dell'Unione.",
    "La pagina dell'albo risponde con errore 503 su tutti e tre i siti: Unione, Comune di Cantiano e Comune di Cagli.",
  ].map((request) => ({ body: forUnione(request), settings: unione })),
  invalid: [
    {
      body: forUnione(
        'Il riaccertamento del Comune di Cantiano e del Comune di Cagli riporta il fondo a zero, e il prospetto si chiude senza problemi di stampa.',
      ),
      settings: unione,
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZ, further: the help said to be for all of the Enti named, the others said to be fine,
// a signature crammed into the last line, a colleague of one Comune.
testRule(enteMultiple, {
  valid: [
    'Vorremmo una giornata di formazione sul nuovo riaccertamento, unica per tutti e tre gli enti, per quattro colleghe.',
    'Chiediamo che il 30 un vostro tecnico resti reperibile per entrambi i Comuni durante la chiusura del rendiconto.',
    'Dal 1° aprile vorremmo un incontro per Cantiano e per Cagli insieme, per impostare gli OPI del nuovo tesoriere.',
    'Il flusso F24 EP di marzo del Comune di Cantiano viene scartato per codice tributo errato. I flussi del Comune di Cagli e della Unione Montana, generati lo stesso giorno, sono stati accettati.',
    'Ho cancellato per errore la variazione di una dipendente del Comune di Cagli: si può ripristinare?',
  ]
    .map((request) => ({ body: forUnione(request), settings: unione }))
    .concat({
      body: 'Buongiorno,\nnel Comune di Cantiano il prospetto del riaccertamento riporta il fondo a zero da ieri.\nRoberta Ragni - Ragioneria Unione Montana del Catria e Nerone - 0721 787431 - pom.',
      settings: unione,
    }),
  invalid: [
    {
      body: forUnione(
        'Il riaccertamento del Comune di Cantiano e del Comune di Cagli riporta il fondo a zero per gli immobili in entrambi i Comuni.',
      ),
      settings: unione,
      findings: [{ messageId: 'default' }],
    },
    {
      body: 'Buongiorno,\nil prospetto del riaccertamento riporta il fondo a zero da ieri.\nRoberta Ragni - Ragioneria associata Comuni di Cantiano e Cagli - 0721 787431',
      settings: unione,
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 34: ties that are only near an Ente's word, a service's verb, "insieme" elsewhere.
const forService = (request: string) =>
  `Buongiorno,\n${request}\n\nRoberta Ragni\nServizio tributi associato\nComuni di Cantiano e Cagli\n0721 787431`;
testRule(enteMultiple, {
  valid: [
    forUnione(
      'Il problema è sul Comune di Cagli, la stampa degli avvisi TARI si blocca al contribuente 350; sono in ufficio al 333 1234567 fino alle 13.',
    ),
    forService(
      'Dal 1° aprile vorremmo un incontro per Cantiano e per Cagli insieme, per impostare gli avvisi TARI.',
    ),
  ].map((body) => ({ body, settings: unione })),
  invalid: [
    forService(
      'Il ruolo TARI 2025 del Comune è stato elaborato, ma la stampa degli avvisi si blocca al contribuente 350.',
    ),
    forService(
      "Il nostro ufficio cura i tributi per entrambi i Comuni dell'Unione e la stampa degli avvisi si blocca al contribuente 350.",
    ),
    forUnione(
      'Sul Comune di Cantiano e sul Comune di Cagli i modelli F24 non vengono stampati insieme all’avviso TARI 2025.',
    ),
  ].map((body) => ({ body, settings: unione, findings: [{ messageId: 'default' }] })),
});

// ZJ078: "il Comune della sede legale dell'impresa" names no Ente: the shared SUAP's request
// still says nothing of which of its Comuni.
const sharedSuap = (request: string) =>
  [
    'Buongiorno,',
    request,
    '',
    'Silvano Ghirardi',
    'SUAP associato della Comunità montana di Valle Trompia',
    'per i Comuni di Sarezzo e Villa Carcina',
    '030 8337411',
  ].join('\n');
testRule(enteMultiple, {
  valid: [
    sharedSuap(
      "Solo per il Comune di Sarezzo le pratiche vengono assegnate al Comune della sede legale dell'impresa.",
    ),
  ].map((body) => ({ body })),
  invalid: [
    sharedSuap(
      "Le pratiche SUAP vengono assegnate al Comune della sede legale dell'impresa e non a quello dell'unità locale indicata nella pratica.",
    ),
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZZZZZX: a consultant for several Comuni ties the problem to one ("lo abbiamo sul Comune
// di …"), or a shared service's subject names the one Comune.
const consultant = (request: string, subject?: string) => ({
  subject,
  body: [
    'Buongiorno,',
    request,
    '',
    'Marco Lusardi',
    'Servizio finanziario associato dei Comuni di Poggio Sereno e Vallecupa',
    '0523 610 882',
  ].join('\n'),
});
testRule(enteMultiple, {
  valid: [
    consultant(
      'seguiamo gli accertamenti IMU per diversi Comuni; il problema che vi segnalo lo abbiamo sul Comune di Poggio Sereno: la sanzione ridotta non viene applicata.',
    ),
    consultant(
      "l'IVA split payment non viene calcolata sulle fatture elettroniche importate da lunedì.",
      'Comune di Poggio Sereno - IVA split payment non calcolata sulle fatture importate',
    ),
  ],
  invalid: [
    consultant(
      "l'IVA split payment non viene calcolata sulle fatture elettroniche importate da lunedì.",
      'IVA split payment non calcolata sulle fatture importate',
    ),
  ].map((c) => ({ ...c, findings: [{ messageId: 'default' }] })),
});
