// Replies typed inside the operator's quoted mail, eighth pass (blind set ZZZZZZZZZZZZZO): the
// wordings that announce the answers, a form filled after a dash, the attribution line inside the
// "> " marks, a list of requests answered under its items, and what is not the user's (the
// helpdesk's urgent line, the acknowledgement that echoes the ticket's data, "l'interno 214").
import { checkTicket } from '../../../src/core/engine';
import type { TicketDraft } from '../../../src/core/types';

const rulesOf = (draft: Partial<TicketDraft>): string[] =>
  checkTicket({ to: [], cc: [], attachments: [], ...draft }).findings.map((f) => f.rule);

/** The contact rules a filled form answers: none should speak when the answers are read. */
const contactRules = ['phone-missing', 'availability-missing', 'signature-missing', 'ente-missing'];

const outlookHeader = (module: string, subject: string) => [
  '-----Messaggio originale-----',
  `Da: Assistenza ${module} Palitalsoft <${module.toLowerCase()}@ticket.palitalsoft.example>`,
  'Inviato: venerdì 29 gennaio 2027 11:47',
  `Oggetto: ${subject}`,
  '',
];

describe('answers announced in new words', () => {
  const subject = '[Ticket #58742] Liquidazione registrata sul capitolo sbagliato';
  const form = [
    'Numero della liquidazione? R: 88/2027, impegno 410/2027',
    'Il mandato è già stato emesso? R: sì, non ancora trasmesso al tesoriere',
    'Telefono e orari? R: 079 781 2230, tutti i giorni 9-13',
  ];
  test.each([
    'Buongiorno, ho risposto dopo ogni "R:".',
    'Buongiorno, risposte dopo "R." nelle vostre righe.',
    'Buongiorno, sotto i dati.',
    'Compilato il resto sotto.',
  ])('%s', (announcement) => {
    const body = [
      announcement,
      '',
      'Giovanni Fois',
      'Servizio Finanziario - Comune di Ozieri',
      '',
      ...outlookHeader('Contabilità', subject),
      ...form,
    ].join('\n');
    const found = rulesOf({ subject: `R: ${subject}`, bodyText: body });
    expect(found).not.toContain('phone-missing');
    expect(found).not.toContain('availability-missing');
    expect(found).not.toContain('body-too-vague');
  });
});

describe('a form filled after a spaced dash, announced', () => {
  const quote = [
    'Il 22/01/2027 09:05, Assistenza Contabilità Palitalsoft ha scritto:',
    '> Buongiorno,',
    "> per verificare la chiusura dell'inventario ci servono:",
    '> Ente - Comune di San Donà di Piave, economato',
    '> Referente - Elena Bincoletto',
    '> Telefono - 0421 590 377',
    '> Orari - lunedì, mercoledì e venerdì 8.30-12.30',
    '>',
    '> Centralino Palitalsoft 0733 283 000',
    '> Assistenza Contabilità',
  ];
  const subject = 'Re: [Ticket #58618] Inventario: ammortamenti 2026 non calcolati';
  test('the values after the dashes are the user’s', () => {
    const body = ['Buongiorno, risposte dopo il trattino nelle vostre righe.', '', ...quote];
    const found = rulesOf({ subject, bodyText: body.join('\n') });
    for (const rule of contactRules) expect(found).not.toContain(rule);
  });
  test('unannounced, the dashes are the operator’s lines', () => {
    const body = ['Buongiorno, vi allego la schermata.', '', ...quote];
    expect(rulesOf({ subject, bodyText: body.join('\n') })).toContain('phone-missing');
  });
  test('a value typed under a field keeps its dash ("085 922 6140 - MATTINA 8-13")', () => {
    const body = [
      'Buongiorno, compilato sotto.',
      '',
      'Il 03/11/2026 09:10, polizia-locale@ticket.palitalsoft.example ha scritto:',
      '> Gentile cliente,',
      '> per poter riprodurre il problema ci indichi:',
      '>',
      '> Ente (Unione o singolo Comune):',
      "UNIONE DEI COMUNI VALLE DELL'ORFENTO - I VERBALI SONO TUTTI DELL'UNIONE",
      '>',
      '> Recapito telefonico e orario:',
      '085 922 6140 - MATTINA 8-13',
      '>',
      '> Grazie',
      '> Assistenza Polizia Locale',
      '',
      'Cap. Franco Di Giacomo',
      'Comando Polizia Locale Intercomunale',
    ];
    const found = rulesOf({
      subject: 'Re: [Ticket #83190] Verbali CdS: esiti di notifica non importati',
      bodyText: body.join('\n'),
    });
    for (const rule of contactRules) expect(found).not.toContain(rule);
  });
});

test('an attribution line inside the "> " marks: the answers under it are read', () => {
  const body = [
    'Risposte in maiuscolo',
    '',
    'Inviato da iPhone',
    '',
    '> Il giorno 2 feb 2027, alle ore 10:12, Assistenza Sistemistica Palitalsoft <sistemistica@ticket.palitalsoft.example> ha scritto:',
    '>',
    '> Buongiorno, per intervenire in remoto ci servono:',
    '> Referente e Comune: ROBERTO COCCO, CED COMUNE DI SINNAI',
    '> Telefono: 070 7690 215',
    '> Orario per la connessione remota: DOPO LE 14',
    '> Nome della stampante in Windows: HP-PIANOTERRA-2',
  ];
  const found = rulesOf({
    subject: 'Re: [Ticket #58774] Stampa verso la stampante di rete non parte',
    bodyText: body.join('\n'),
  });
  for (const rule of [...contactRules, 'body-too-vague']) expect(found).not.toContain(rule);
});

describe('lines that are not the user’s answers', () => {
  test('the helpdesk’s "Per comunicazioni urgenti:" line under a half-filled form', () => {
    const body = [
      'Buongiorno, compilo quello che so. Il numero di telefono ve lo faccio avere appena ci assegnano gli interni nuovi.',
      '',
      'Marta Zanin',
      'Area Tecnica - Edilizia Privata',
      'Comune di Dolo',
      '',
      ...outlookHeader('SUAP', '[Ticket #58419] SUE - pratica CILA 112/2026 non avanza'),
      'Buongiorno,',
      'per completare la richiesta ci servono:',
      'Referente: Marta Zanin',
      'Telefono:',
      'Fascia oraria:',
      'Numero pratica: CILA 112/2026',
      '',
      'Per comunicazioni urgenti: 0733 283 170',
      'Assistenza SUAP-SUE',
    ];
    expect(
      rulesOf({ subject: 'RE: [Ticket #58419] SUE - pratica CILA', bodyText: body.join('\n') }),
    ).toContain('phone-missing');
  });
  test('the acknowledgement "è stato aperto il ticket … con i seguenti dati:" echoes, asks nothing', () => {
    const body = [
      'Buongiorno,',
      "aggiungo che oggi succede anche con i documenti assegnati all'ufficio tecnico: l'assegnazione risulta fatta nel registro ma in scrivania non compare niente.",
      'Teresa',
      '',
      'Da: noreply@ticket.palitalsoft.example',
      'Inviato: lunedì 25 gennaio 2027 12:01',
      'Oggetto: [Ticket #58662] Assegnazione documenti non arriva in scrivania',
      '',
      'È stato aperto il ticket n. 58662 con i seguenti dati:',
      'Ente: Comune di Marcianise',
      'Referente: Teresa Golino',
      'Telefono: 0823 635 217',
      'Reperibilità: 8.30-13.30',
    ];
    const found = rulesOf({
      subject: 'R: [Ticket #58662] Assegnazione documenti non arriva in scrivania',
      bodyText: body.join('\n'),
      from: { name: 'Teresa Golino', address: 'teresa.golino@comune.marcianise.ce.example' },
    });
    expect(found).toContain('phone-missing');
    expect(found).toContain('ente-missing');
  });
  test('"rispondo all’interno 214" gives an extension, announces no answers', () => {
    const body = [
      'Tutto corretto, tranne il numero: adesso rispondo all’interno 214, il diretto di prima non è più attivo.',
      '',
      'Enzo Di Giacomo',
      'Ufficio Personale',
      '',
      ...outlookHeader('Personale', '[Ticket #58808] Certificati INPS non importati'),
      'Buongiorno, prima di chiamarla ci conferma questi dati?',
      'Ente: Comune di Chieti',
      'Referente: Enzo Di Giacomo',
      'Telefono: 0871 341 209',
      'Orario: dal lunedì al venerdì 8-14',
    ];
    const found = rulesOf({
      subject: 'RE: [Ticket #58808] Certificati INPS non importati',
      bodyText: body.join('\n'),
    });
    expect(found).toContain('phone-missing');
    // Confirming the operator's data is no new problem on the ticket's mail.
    expect(found).not.toContain('reply-to-ticket-notification');
  });
});

test('a list the operator asked for, answered under its "> - " items', () => {
  const body = [
    'Il 01/02/2027 09:20, Assistenza Demografici Palitalsoft ha scritto:',
    '> Buongiorno, ci servono:',
    "> - il codice fiscale o il numero di pratica dell'iscrizione rifiutata",
    "pratica APR4 n. 12/2027, allego la schermata con l'errore 905",
    '> - nome e telefono di chi possiamo chiamare, con un orario',
    'Alessandra Vitali, 0734 848 213, mattina fino alle 13.30',
    '',
    "Un'altra cosa, diversa: ci servirebbe sapere come ristampare in blocco le tessere elettorali per i cittadini della sezione 3.",
    '',
    'Alessandra Vitali',
    'Ufficio Anagrafe - Comune di Monte Urano',
  ];
  const found = rulesOf({
    subject: 'Re: [Ticket #58758] ANPR: iscrizione per immigrazione rifiutata con errore 905',
    bodyText: body.join('\n'),
    to: [{ address: 'demografici@ticket.palitalsoft.example' }],
    attachments: [{ name: 'errore-905.png', contentType: 'image/png', size: 1000 }],
  });
  expect(found).not.toContain('phone-missing');
  // The ticket goes on in the answers: the other question is a second request in it, an info.
  expect(found).toContain('multiple-topics');
  expect(found).not.toContain('reply-to-ticket-notification');
});

describe('an operator’s mail answered with no problem and no question', () => {
  const quote = [
    ...outlookHeader('Polizia Locale', '[Ticket #58695] Formazione agenti sulla nuova app'),
    'Le proponiamo giovedì 4 febbraio dalle 14 alle 18 per la sessione in presenza.',
    'Assistenza Polizia Locale',
  ];
  const draft = (own: string): Partial<TicketDraft> => ({
    subject: 'R: [Ticket #58695] Formazione agenti sulla nuova app per i verbali',
    bodyText: [
      own,
      '',
      'Comm. Claudio Brambilla',
      'Comando Polizia Locale - Comune di Desio',
      '0362 392 411',
      '',
      ...quote,
    ].join('\n'),
  });
  test('choosing a date: no new problem', () => {
    expect(
      rulesOf(
        draft(
          'Buongiorno, va bene la data che proponete, per organizzare chiamatemi pure di mattina.',
        ),
      ),
    ).not.toContain('reply-to-ticket-notification');
  });
  test('a problem of its own still is one', () => {
    expect(
      rulesOf(
        draft(
          'Buongiorno, da stamattina la stampa dei mandati di pagamento si blocca con errore 500.',
        ),
      ),
    ).toContain('reply-to-ticket-notification');
  });
});

// Ninth pass (blind set ZZZZZZZZZZZZZZA): "le risposte dopo la freccia", "(dopo =>)", "quando la
// troviamo -->".
describe('answers after an arrow, announced in new words', () => {
  test('"ho messo le risposte dopo la freccia", and "quando la troviamo --> …" is the call-back time', () => {
    const body = [
      'Buonasera, ho messo le risposte dopo la freccia.',
      'Nicola Bortolin - Ufficio Segreteria, Comune di Valcellina Alta',
      '',
      'Il 09/11/2026 11:02, Assistenza Sistemistica Palitalsoft ha scritto:',
      '> Buongiorno,',
      '> per verificare il problema del dispositivo di firma ci indichi:',
      '> - sistema operativo della postazione --> Windows 11, aggiornato giovedì scorso',
      '> - un numero per richiamarla --> 0427 764 033',
      '> - quando la troviamo --> nel pomeriggio dopo le 15',
      '>',
      '> Grazie, Assistenza Sistemistica',
    ];
    const found = rulesOf({
      subject: 'Re: [Ticket #62233] Token firma digitale non riconosciuto',
      bodyText: body.join('\n'),
      to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
    });
    for (const rule of [...contactRules, 'body-too-vague']) expect(found).not.toContain(rule);
  });
  test('"completato quelli mancanti (dopo =>)"', () => {
    const body = [
      'Buongiorno,',
      'ho controllato i vostri dati e completato quelli mancanti (dopo =>).',
      'Michele Di Biase',
      'Ufficio Protocollo - Comune di San Severo Borgo',
      '',
      ...outlookHeader('Protocollo', '[Ticket #62668] Documenti non assegnati agli uffici'),
      'Riepilogo ricevuto:',
      'Uffici coinvolti: Tributi e Lavori Pubblici => anche Servizi Sociali, da stamattina',
      'Telefono: => 0882 227 540',
      'Reperibilità: => dalle 7:30 alle 13:30',
    ];
    const found = rulesOf({
      subject: 'R: [Ticket #62668] Documenti non assegnati agli uffici',
      bodyText: body.join('\n'),
    });
    for (const rule of [...contactRules, 'body-too-vague']) expect(found).not.toContain(rule);
  });
});

test('unannounced under a greeting and a signature: the operator’s list answered after "?" and ":"', () => {
  // ZZZZZZZZZZZZZZA063: answers highlighted in an Outlook HTML reply, nothing said above them.
  const body = [
    'Buongiorno,',
    '',
    'Duccio Baldacci',
    'Edilizia Privata – Comune di Radicondoli Basso',
    '',
    ...outlookHeader('SUAP', '[Ticket #62896] SUE - oneri di urbanizzazione con le tabelle 2024'),
    'Buonasera,',
    '- Su quali pratiche ha riscontrato il calcolo errato? Tutti i permessi di costruire da novembre',
    '- Le tabelle 2026 sono state caricate con data di validità? Sì, validità dal 01/10/2026',
    '- Recapito e orario: 0577 790 318, tutte le mattine 8:30-13',
    '',
    'Assistenza SUAP-SUE',
  ];
  const found = rulesOf({
    subject: 'R: [Ticket #62896] SUE - oneri di urbanizzazione con le tabelle 2024',
    bodyText: body.join('\n'),
  });
  for (const rule of contactRules) expect(found).not.toContain(rule);
});
