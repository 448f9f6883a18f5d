// What this stop's readings must not read (the review of stop 38): each case is a good ticket, or
// a missed error, that the first version of a reading got wrong.
import { checkTicket } from '../../../src/core/engine';
import type { TicketDraft } from '../../../src/core/types';

const check = (draft: Partial<TicketDraft>) =>
  checkTicket({ to: [], cc: [], attachments: [], ...draft });
const rulesOf = (draft: Partial<TicketDraft>) => check(draft).findings.map((f) => f.rule);
const at = (module: string) => [{ address: `${module}@ticket.palitalsoft.example` }];
const screenshot = [{ name: 'errore.png', contentType: 'image/png', size: 1000 }];
const signed = (text: string) =>
  `Buongiorno,\n${text}\n\nGrazie\nAnna Neri\nUfficio Tributi - Comune di Sefro\nTel. 0737 90123`;

describe('a form the operator asks to fill is no acknowledgement', () => {
  test.each([
    'abbiamo registrato la segnalazione, ci indichi:',
    'abbiamo aperto una verifica con il fornitore, per procedere ci servono i seguenti dati:',
    'per ricalcolare l’avviso con i dati corretti ci servono:',
  ])('%s', (request) => {
    const body = [
      'Buongiorno,',
      '',
      'Anna Neri',
      'Ufficio Tributi - Comune di Sefro',
      '',
      '-----Messaggio originale-----',
      'Da: Assistenza Tributi Palitalsoft <tributi@ticket.palitalsoft.example>',
      'Inviato: venerdì 29 gennaio 2027 11:47',
      'Oggetto: [Ticket #58500] Avvisi TARI con importo doppio',
      '',
      'Buongiorno,',
      request,
      'Numero avviso: 2026/004512',
      'Codice contribuente: 118822',
      'Recapito telefonico: 0737 90123',
      'Orario: mattina 9-13',
      'Cordiali saluti',
      'Assistenza Tributi',
    ].join('\n');
    const found = rulesOf({
      subject: 'R: [Ticket #58500] Avvisi TARI con importo doppio',
      bodyText: body,
      to: at('tributi'),
      attachments: screenshot,
    });
    expect(found).not.toContain('phone-missing');
    expect(found).not.toContain('body-too-vague');
  });
});

test('"Presa in carico: …" names the protocol’s function, no ticketing notice', () => {
  const found = rulesOf({
    subject: 'Presa in carico - non si apre la scrivania',
    bodyText: signed(
      'quando un ufficio prova a prendere in carico un documento assegnato dal protocollo, la scrivania si blocca e compare "Errore imprevisto 0x80004005".',
    ),
    to: at('protocollo'),
    attachments: screenshot,
  });
  expect(found).not.toContain('subject-generic');
});

test('a ticket about a survey of the canteen is no satisfaction survey', () => {
  const found = rulesOf({
    subject: 'R: [Ticket #58700] Questionario di gradimento mensa: risposte non esportate in Excel',
    bodyText: signed(
      'risolto, grazie: l’esportazione ora funziona. Approfitto per segnalarvi che da ieri la stampa dei bollettini delle rette del trasporto scolastico si interrompe a metà.',
    ),
    to: at('servizi-scolastici'),
  });
  expect(found).toContain('reply-to-ticket-notification');
  expect(found).not.toContain('subject-generic');
});

describe('a signing device of someone else, or no signing device, keeps the module', () => {
  test.each([
    [
      'demografici',
      'una cittadina ha sbagliato tre volte il PIN della CIE e ora risulta bloccato. Come si ristampa la seconda parte del PIN?',
    ],
    [
      'personale',
      'a tre dipendenti il PIN del badge risulta bloccato e le timbrature di oggi non vengono registrate nel cartellino.',
    ],
    [
      'suap-sue',
      'una SCIA è stata firmata dal tecnico con un certificato digitale scaduto, ma il portale SUAP l’ha accettata lo stesso.',
    ],
    [
      'atti',
      'dopo il rinnovo del certificato di firma scaduto del Segretario, le delibere non passano più all’albo online.',
    ],
    [
      'atti',
      'le determine firmate ieri non vengono pubblicate all’albo: compare certificato di firma non valido.',
    ],
    [
      'contabilita',
      'al momento di firmare e trasmettere il flusso OPI dei mandati al tesoriere, l’OTP della banca non arriva.',
    ],
    ['pagopa', 'ai cittadini l’OTP per il pagamento non arriva più da ieri.'],
  ])('%s: %s', (module, text) => {
    expect(
      check({ subject: 'Segnalazione', bodyText: signed(text), to: at(module) }).module?.id,
    ).toBe(module);
  });
  test('the signing told before the colon still counts ("… firmare i decreti: il token …")', () => {
    const r = check({
      subject: 'Firma decreti',
      bodyText: signed(
        'il sindaco non riesce a firmare i decreti: il token non viene più riconosciuto da ieri.',
      ),
      to: at('atti'),
    });
    expect(r.module?.id).toBe('sistemistica');
  });
});

describe('an introduction signs only with a name and a surname', () => {
  test.each([
    "sono Anna Maria dell'ufficio tributi del Comune di Sefro.",
    'sono Messo Notificatore del Comune di Sefro.',
  ])('%s', (intro) => {
    const found = rulesOf({
      subject: 'TARI avvisi doppi',
      from: { name: 'Ufficio Tributi Comune di Sefro', address: 'tributi@comune.sefro.example' },
      bodyText: `Buongiorno, ${intro} Gli avvisi TARI 2026 risultano con importo doppio.\nTel. 0737 90123\nGrazie`,
      to: at('tributi'),
    });
    expect(found).toContain('signature-missing');
  });
});

describe('the helpdesk’s lines stay the helpdesk’s', () => {
  const quote = (lines: string[]) => [
    '',
    '-----Messaggio originale-----',
    'Da: Assistenza SUAP Palitalsoft <suap-sue@ticket.palitalsoft.example>',
    'Inviato: mercoledì 13 gennaio 2027 16:10',
    'Oggetto: [Ticket #58419] SUE - pratica CILA 112/2026 non avanza',
    '',
    'Buongiorno,',
    'per completare la richiesta ci servono:',
    'Referente: Marta Zanin',
    'Numero pratica: CILA 112/2026',
    '',
    ...lines,
    'Assistenza SUAP-SUE',
  ];
  test.each(['Centralino - 0733 283 170', 'Per urgenze - 0733 283 170'])('%s', (line) => {
    const body = [
      'Buongiorno, compilato il resto sotto. Il telefono ve lo mando appena ho l’interno nuovo.',
      '',
      'Marta Zanin',
      'Area Tecnica - Comune di Dolo',
      ...quote([line]),
    ];
    expect(
      rulesOf({ subject: 'RE: [Ticket #58419] SUE - pratica CILA', bodyText: body.join('\n') }),
    ).toContain('phone-missing');
  });
  test('"sotto i dati dell’errore" points at the text, announces no answers', () => {
    const body = [
      'Buongiorno, sotto i dati dell’errore.',
      'ORA-01555: snapshot too old',
      '',
      'Grazie',
      'Marta Zanin',
      'Area Tecnica - Comune di Dolo',
      ...quote(['Per urgenze può chiamare lo 0733 283 170.']),
    ];
    expect(
      rulesOf({ subject: 'RE: [Ticket #58419] SUE - pratica CILA', bodyText: body.join('\n') }),
    ).toContain('phone-missing');
  });
});

test('"nessuna risposta dal servizio di assistenza" is a chase', () => {
  expect(
    rulesOf({
      subject: 'Calcolo TARI errato',
      bodyText: signed(
        'ho segnalato il calcolo TARI errato la settimana scorsa e a oggi nessuna risposta dal servizio di assistenza.',
      ),
      to: at('tributi'),
    }),
  ).toContain('insistence');
});

test('a thanks that it works, then more of the same ticket: no new problem', () => {
  const found = rulesOf({
    subject: 'R: [Ticket #58911] Calcolo IMU errato per eredi di contribuente deceduto',
    bodyText: signed(
      'grazie, la correzione funziona. Gli avvisi IMU già stampati però riportano ancora l’importo vecchio: dobbiamo ristamparli tutti?',
    ),
    to: at('tributi'),
  });
  expect(found).not.toContain('reply-to-ticket-notification');
});
