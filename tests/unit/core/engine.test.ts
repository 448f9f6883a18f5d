// Whole-engine behaviour: what checkTicket does around the rules (every rule at once, options,
// odd settings, the report's order and verdict). What one rule finds is in rules/<id>.test.ts.
import { checkTicket } from '../../../src/core/engine';
import type { UserSettings } from '../../../src/core/types';
import { draft, finding, goodBody, rulesFired, withContent } from './helpers';

test('a well-written ticket passes with no findings', () => {
  const report = checkTicket(draft());
  expect(report.findings).toEqual([]);
  expect(report.verdict).toBe('ok');
  expect(report.module?.id).toBe('tributi');
});

test('Windows line breaks (CRLF) give the same result', () => {
  expect(checkTicket(draft({ bodyText: goodBody.replace(/\n/g, '\r\n') })).findings).toEqual([]);
});

test('CRLF line breaks (Outlook on Windows) find the same problems as LF', () => {
  const body = withContent(
    'Per il sig. Bianchi\nla stampante del protocollo non stampa le etichette.',
  );
  const crlf = body.replace(/\n/g, '\r\n');
  expect(rulesFired(draft({ bodyText: body }))).toContain('named-operator');
  expect(rulesFired(draft({ bodyText: crlf }))).toContain('named-operator');
  expect(rulesFired(draft({ bodyText: crlf })).sort()).toEqual(
    rulesFired(draft({ bodyText: body })).sort(),
  );
});

test('findings come errors first, then warnings, then notes, rules in registry order', () => {
  const report = checkTicket(
    draft({
      subject: '',
      bodyText: withContent(
        'Vorrei parlare con Marco: quando calcolo IMU 2025 per un contribuente deceduto compare un messaggio di errore.',
      ),
      attachments: [],
    }),
  );
  expect(report.findings.map((f) => [f.severity, f.rule])).toEqual([
    ['error', 'subject-missing'],
    ['warning', 'named-operator'],
    ['info', 'attachment-suggested'],
    ['info', 'availability-missing'],
  ]);
  expect(report.verdict).toBe('block');
});

describe('engine options', () => {
  test('severity overrides and "off" apply', () => {
    const d = draft({ subject: '' });
    const report = checkTicket(d, { severities: { 'subject-missing': 'warning' } });
    expect(report.findings.find((f) => f.rule === 'subject-missing')?.severity).toBe('warning');
    expect(report.verdict).toBe('warn');
    expect(rulesFired(d, { severities: { 'subject-missing': 'off' } })).not.toContain(
      'subject-missing',
    );
  });
  test('an advisory rule cannot be raised: the level is refused, named, and the rule advises', () => {
    const anomaly = draft({
      subject: 'IMU 2025: errore nel calcolo',
      bodyText: withContent(
        'Quando calcolo IMU 2025 per un contribuente deceduto compare un messaggio di errore.',
      ),
      attachments: [],
    });
    const report = checkTicket(anomaly, {
      severities: { 'attachment-suggested': 'error', 'paid-service': 'warning' },
    });
    expect(report.findings.find((f) => f.rule === 'attachment-suggested')?.severity).toBe('info');
    expect(report.internalErrors.map((e) => e.message)).toEqual([
      'severities.attachment-suggested: expected info or off (an advisory rule: it never stops a send) (got "error")',
      'severities.paid-service: expected info or off (an advisory rule: it never stops a send) (got "warning")',
    ]);
    expect(rulesFired(anomaly, { severities: { 'attachment-suggested': 'off' } })).not.toContain(
      'attachment-suggested',
    );
  });
  test('an unknown configured level falls back to the default severity', () => {
    const report = checkTicket(draft({ subject: '' }), {
      severities: { 'subject-missing': 'fatal' as never },
    });
    expect(report.findings.find((f) => f.rule === 'subject-missing')?.severity).toBe('error');
  });
  test('messages follow the locale', () => {
    const f = finding(draft({ subject: '' }), 'subject-missing', { locale: 'en' });
    expect(f?.message).toMatch(/subject is empty/);
  });
  test('the generic subject list is configurable', () => {
    const d = draft({ subject: 'Pratica' });
    expect(rulesFired(d)).not.toContain('subject-generic');
    expect(rulesFired(d, { genericSubjects: ['pratica'] })).toContain('subject-generic');
  });
});

describe('settings of an older version or edited by hand', () => {
  test.each([
    [{ enti: 'Comune di Rimini' }],
    [{ name: 42, phone: 541618402 }],
    [{ availability: 'lun-ven 9-13' }],
    [{ enti: [null, 3, 'Comune di Rimini'] }],
  ])('%j gives no internal error and still checks the ticket', (settings) => {
    const report = checkTicket(draft({ bodyText: withContent('Vedi oggetto.') }), {
      settings: settings as unknown as UserSettings,
    });
    // A rule that throws is recorded apart from the findings (engine.ts): none may here.
    expect(report.internalErrors).toEqual([]);
    expect(report.findings.map((f) => f.rule)).toContain('body-too-vague');
  });
  test('an Ente given as one string still counts as the Ente', () => {
    const body = goodBody.replace('Comune di Rimini', 'Ufficio Tributi');
    const settings = { enti: 'Rimini' } as unknown as UserSettings;
    const report = checkTicket(draft({ bodyText: body.replace('IMU 2025', 'IMU 2025 a Rimini') }), {
      settings,
    });
    expect(report.findings.map((f) => f.rule)).not.toContain('ente-missing');
  });
});

test('a bottom-posted reply is checked on what the user wrote under the quote', () => {
  const bottomPosted = [
    'Il 12/11/2026 11:30, Assistenza Atti ha scritto:',
    '> Buongiorno, ci può indicare il numero di una delibera che non vede?',
    '',
    'Buongiorno,',
    'la delibera di Giunta n. 87 del 2 novembre è esecutiva e pubblicata all’Albo, ma nella sezione',
    'Amministrazione trasparente non compare, come tutte quelle adottate dopo il 30 ottobre.',
    '',
    'Chiara Benassi',
    'Segreteria - Comune di Formigine',
    '059 416 238, reperibile dalle 9 alle 13',
  ].join('\n');
  const report = checkTicket(
    draft({
      subject: 'Re: delibere non visibili in Amministrazione trasparente',
      bodyText: bottomPosted,
    }),
  );
  expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([]);
});

// Review of stop 34: the operator's name and phone quoted among the user's answers are not the
// user's signature.
test('answers between the quote’s lines without a signature of the user’s are blocked', () => {
  const report = checkTicket({
    subject: 'R: [Ticket #52011] Ordinativi respinti dal tesoriere',
    bodyText: [
      'Buongiorno, rispondo sotto.',
      '',
      'Il 22/05/2026 12:40, Assistenza Contabilità ha scritto:',
      '> 1) numero e data dei mandati respinti;',
      '',
      'Mandati 1842 e 1843 del 21/05/2026, tutti sul capitolo 10450.',
      '',
      '> 2) il messaggio di esito del tesoriere;',
      '> Giulia Bianchi',
      '> Assistenza Palitalsoft - Comune di Ancona - tel. 0733 123456',
      '',
      'Codice 012, codice beneficiario non coerente, solo sui mandati con più beneficiari.',
    ].join('\n'),
    to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [],
  });
  const rules = report.findings.map((f) => f.rule);
  expect(rules).toContain('signature-missing');
  expect(rules).toContain('phone-missing');
});

// Stop 35: Outlook quotes carry no "> " marks; answers typed inside them, announced above, and a
// signature a phone client put under them are the user's.
describe('answers and signature inside an Outlook quote with no "> " marks', () => {
  const quote = [
    '-----Messaggio originale-----',
    'Da: Assistenza Tributi Palitalsoft <tributi@ticket.palitalsoft.example>',
    'Inviato: martedì 10 novembre 2026 09:40',
    'Oggetto: [Ticket #71555] Rimborsi IMU non generati',
    '',
    'Buongiorno,',
    '- i rimborsi mancanti sono dell’anno 2025?',
    'Sì, tutti del 2025, sono 14 posizioni.',
    '- l’elaborazione si ferma con un errore?',
    'Nessun errore, finisce ma la lista resta vuota.',
    'Marta Conti - Assistenza Tributi - 071 555 0120',
  ];
  const mail = (top: string[], bottom: string[]) => ({
    subject: 'R: [Ticket #71555] Rimborsi IMU non generati',
    bodyText: [...top, '', ...quote, '', ...bottom].join('\n'),
    from: { name: 'Giorgio Sala', address: 'g.sala@comune.pievealta.example' },
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [],
  });
  const signature = ['Giorgio Sala', 'Ufficio Tributi - Comune di Pieve Alta', 'tel. 0371 220 455'];
  const stops = (draft: object) =>
    checkTicket(draft)
      .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
      .map((f) => f.rule);

  test('a reply that answers under the questions and signs under the quote is neither blocked nor asked', () => {
    expect(stops(mail(['Rispondo sotto.'], signature))).toEqual([]);
  });

  test('signed above the quote, "vi rispondo sotto le vostre domande" is no vague text', () => {
    expect(
      stops(mail(['Buongiorno, vi rispondo sotto le vostre domande.', '', ...signature], [])),
    ).toEqual([]);
  });

  test('answers under the operator’s list items, below a signature above the quote, are the user’s text', () => {
    const listQuote = [
      '-----Messaggio originale-----',
      'Da: Assistenza Tributi Palitalsoft <tributi@ticket.palitalsoft.example>',
      'Inviato: martedì 10 novembre 2026 09:40',
      'Oggetto: Rimborsi IMU non generati',
      '',
      'Buongiorno, per verificare ci servono:',
      '1. l’anno dei rimborsi mancanti',
      'TUTTI DEL 2025, SONO 14 POSIZIONI',
      '2. un numero diretto per richiamarla',
      '[GS] 0371 220 455, in ufficio la mattina fino alle 13',
      'Cordiali saluti',
      'Assistenza Tributi',
    ];
    const draft = {
      ...mail([], []),
      subject: 'R: Rimborsi IMU non generati',
      bodyText: [
        'Buongiorno, rispondo in maiuscolo sotto ogni domanda.',
        '',
        'Giorgio Sala - Ufficio Tributi - Comune di Pieve Alta',
        '',
        ...listQuote,
      ].join('\n'),
    };
    const report = checkTicket(draft);
    const rules = report.findings.map((f) => f.rule);
    // The phone and the time are answers; the capitals are answers, not shouting; the signature
    // above the quote stays the signature.
    expect(rules).not.toContain('phone-missing');
    expect(rules).not.toContain('availability-missing');
    expect(rules).not.toContain('body-too-vague');
    expect(rules).not.toContain('insistence');
    expect(rules).not.toContain('signature-missing');
  });

  test('"rispondo qui sopra alla vostra domanda" on the ticket’s mail raises no new problem', () => {
    const draft = mail(
      [
        'Buongiorno, rispondo qui sopra alla vostra domanda: la lista resta vuota anche rilanciando l’elaborazione dal menu Rimborsi.',
        '',
        ...signature,
      ],
      [],
    );
    expect(stops(draft)).toEqual([]);
  });

  // Review of stop 35: what must still be caught around such quotes.
  const ticketMail = [
    '-----Messaggio originale-----',
    'Da: Assistenza Tributi Palitalsoft <tributi@ticket.palitalsoft.example>',
    'Inviato: martedì 10 novembre 2026 09:40',
    'A: Giorgio Sala',
    'Oggetto: [Ticket #71555] Rimborsi IMU non generati',
    '',
    'Gentile cliente,',
    'è stato aperto il ticket n. 71555. La richiesta verrà presa in carico al più presto.',
    'Cordiali saluti',
    'Assistenza Tributi',
  ];
  const withQuote = (top: string[], quote: string[]) => ({
    ...mail([], []),
    bodyText: [...top, '', ...quote].join('\n'),
  });

  test('a chase naming the mail below ("ancora nessuna risposta, vedi sotto") is still too vague', () => {
    const rules = stops(
      withQuote(
        ['Buongiorno,', 'ancora nessuna risposta, vedi sotto.', '', ...signature],
        ticketMail,
      ),
    );
    expect(rules).toContain('body-too-vague');
  });

  test('a new problem "in risposta alla mail qui sotto" is still a new problem on the ticket’s mail', () => {
    const top = [
      'Buongiorno, scrivo in risposta alla mail qui sotto: da stamattina il protocollo non acquisisce più le PEC in arrivo, errore di connessione al server di posta.',
      '',
      ...signature,
    ];
    expect(stops(withQuote(top, ticketMail))).toContain('reply-to-ticket-notification');
  });

  test('the operator’s request under a question is not an answer of the user’s', () => {
    const operatorMail = [
      ...quote.slice(0, 5),
      'Buongiorno, di che anno sono i rimborsi mancanti?',
      'Se possibile ci mandi anche la stampa della lista in allegato.',
      'Cordiali saluti',
      'Marta Conti',
    ];
    const top = [
      'Buongiorno, vi rispondo sotto: i rimborsi sono tutti del 2025, 14 posizioni, e l’elaborazione finisce senza errori ma la lista resta vuota.',
      '',
      ...signature,
    ];
    expect(stops(withQuote(top, operatorMail))).toEqual([]);
  });

  test('a name at the end of a notification or of the writer’s own quoted mail is no signature', () => {
    const notification = [
      ...ticketMail.slice(0, 8),
      'Descrizione: i rimborsi IMU 2025 non vengono generati.',
      '',
      'Richiedente: Giorgio Sala',
      'Telefono: 0371 220 455',
    ];
    const added = [
      'Aggiungo che il problema si presenta solo sui contribuenti con immobili in comproprietà al 50%.',
    ];
    expect(stops(withQuote(added, notification))).toEqual(
      expect.arrayContaining(['signature-missing', 'phone-missing']),
    );
    const ownEarlier = [
      'Da: Ufficio Tributi Comune di Pieve Alta <tributi@comune.pievealta.example>',
      'Inviato: lunedì 9 novembre 2026 11:02',
      'A: tributi@ticket.palitalsoft.example',
      'Oggetto: Rimborsi IMU non generati',
      '',
      'Buongiorno, i rimborsi IMU 2025 non vengono generati: la lista resta vuota.',
      '',
      ...signature,
    ];
    const chase = [
      'Buongiorno, vi riscrivo perché la lista dei rimborsi IMU 2025 resta vuota anche oggi.',
    ];
    expect(stops(withQuote(chase, ownEarlier))).toEqual(
      expect.arrayContaining(['signature-missing', 'phone-missing']),
    );
  });

  test('a reply that is only a greeting and a signature above the quote: answers typed under its items', () => {
    const items = [
      ...quote.slice(0, 5),
      'Buonasera, per verificare ci indica:',
      '- l’anno dei rimborsi mancanti',
      'TUTTI DEL 2025, SONO 14 POSIZIONI',
      '- se l’elaborazione dà un messaggio',
      'NESSUN MESSAGGIO, FINISCE MA LA LISTA RESTA VUOTA',
      'Grazie',
      'Assistenza Tributi',
    ];
    expect(stops(withQuote(['Buongiorno,', '', ...signature], items))).toEqual([]);
    // One line under one question is no reply typed inside the quote: the text says nothing.
    const oneLine = [
      ...quote.slice(0, 5),
      'Ci manda la stampa della lista?',
      'La ringraziamo per la collaborazione.',
    ];
    expect(stops(withQuote(['Buongiorno,', '', ...signature], oneLine))).toContain(
      'body-too-vague',
    );
  });

  test('"vedi sotto le risposte" announces the answers too', () => {
    expect(stops(mail(['Buongiorno, vedi sotto le risposte.', '', ...signature], []))).toEqual([]);
  });

  test('a signature under the quote may open with a closing formula', () => {
    expect(
      stops(
        mail(
          [
            'La lista dei rimborsi IMU 2025 resta vuota anche dopo il rilancio di stamattina, su tutte le 14 posizioni.',
          ],
          ['Cordiali saluti', ...signature],
        ),
      ),
    ).toEqual([]);
  });

  test('without a signature of the user’s, the operator’s name and phone in the quote do not count', () => {
    const rules = stops(mail(['Rispondo sotto.'], []));
    expect(rules).toContain('signature-missing');
    expect(rules).toContain('phone-missing');
  });

  // Review of stop 36: the operator's (or a citizen's) sentences are not the user's answers.
  const operatorProse = (...body: string[]) => [
    '-----Messaggio originale-----',
    'Da: Assistenza Tributi Palitalsoft <tributi@ticket.palitalsoft.example>',
    'Inviato: martedì 10 novembre 2026 09:40',
    'Oggetto: [Ticket #71555] Rimborsi IMU non generati',
    '',
    'Gentile cliente,',
    ...body,
    '',
    'Cordiali saluti',
    'Marta Conti - Assistenza Tributi Palitalsoft',
  ];

  test('a thanks above the quote: the operator’s sentences after a "?" are no answers', () => {
    const draft = {
      ...mail([], []),
      bodyText: [
        'Ok risolto, grazie',
        '',
        ...signature,
        '',
        ...operatorProse(
          'abbiamo corretto il calcolo delle quote degli eredi.',
          'Può verificare che ora l’avviso si emetta? In allegato trova le istruzioni per ristampare gli avvisi già emessi.',
          'Le risulta corretto anche l’importo del 2024? Il ricalcolo è stato lanciato anche su quell’anno.',
        ),
      ].join('\n'),
    };
    expect(stops(draft)).toEqual([]);
  });

  test('only a greeting and a signature above the operator’s prose: still nothing said', () => {
    const draft = {
      ...mail([], []),
      bodyText: [
        'Buongiorno,',
        '',
        ...signature,
        '',
        ...operatorProse(
          'ha provato a rilanciare il calcolo dopo l’aggiornamento di venerdì? Di solito l’errore si risolve così.',
          'Il problema si presenta anche sulle altre postazioni? A noi risulta un solo caso simile.',
        ),
      ].join('\n'),
    };
    expect(stops(draft)).toContain('body-too-vague');
  });

  test('a forwarded citizen’s mail is nobody’s answers: no insistence, and "vedi sotto" explains nothing', () => {
    const citizen = [
      '-----Messaggio originale-----',
      'Da: Luca Bianchi <luca.bianchi@gmail.example>',
      'Inviato: lunedì 2 marzo 2026 09:12',
      'A: tributi@comune.pievealta.example',
      'Oggetto: avviso TARI doppio',
      '',
      'Buongiorno, perché mi è arrivato un secondo avviso TARI per lo stesso immobile? Ho già pagato il primo a gennaio.',
      'È possibile avere una risposta? Sono tre settimane che aspetto e nessuno mi richiama!!!',
      'Luca Bianchi',
      '333 1234567',
    ];
    const forward = (top: string[]) => ({
      ...mail([], []),
      subject: 'I: avviso TARI doppio',
      bodyText: [...top, '', ...signature, '', ...citizen].join('\n'),
    });
    expect(
      stops(
        forward([
          'Buongiorno,',
          'vi inoltro la segnalazione del contribuente riportata qui sotto: il ruolo TARI 2025 ha generato due avvisi per lo stesso immobile di via Roma 12.',
          'Sono reperibile dalle 9 alle 13.',
        ]),
      ),
    ).not.toContain('insistence');
    expect(stops(forward(['Buongiorno, vedi sotto']))).toContain('body-too-vague');
  });

  test('"come scritto qui sotto" points at the text: a new problem on the ticket’s mail is still one', () => {
    const draft = {
      ...mail([], []),
      subject: 'Re: [Ticket #48213] Stampa avvisi TARI interrotta',
      bodyText: [
        'Buongiorno,',
        'la stampa ora funziona, grazie. Da ieri però non riesco a emettere i mandati di pagamento in contabilità: la procedura si blocca al salvataggio, come scritto qui sotto.',
        'Sono reperibile dalle 9 alle 13.',
        '',
        ...signature,
        '',
        'Il 02/03/2026 09:12, noreply@ticket.palitalsoft.example ha scritto:',
        '> Gentile utente,',
        '> è stato aperto il ticket n. 48213 relativo alla sua richiesta "Stampa avvisi TARI interrotta".',
        '> Un operatore la contatterà al più presto.',
        '> Assistenza Palitalsoft',
      ].join('\n'),
      attachments: [{ name: 'errore.png', contentType: 'image/png', size: 1000 }],
    };
    expect(stops(draft)).toContain('reply-to-ticket-notification');
  });

  test('the helpdesk’s signature labels ("Assistenza telefonica:") are no answers: its phone is not the user’s', () => {
    const draft = {
      ...mail([], []),
      bodyText: [
        'Buongiorno, rispondo sotto alle vostre domande.',
        'Giorgio Sala',
        'Ufficio Tributi - Comune di Pieve Alta',
        '',
        '-----Messaggio originale-----',
        'Da: Assistenza Tributi Palitalsoft <tributi@ticket.palitalsoft.example>',
        'Inviato: martedì 10 novembre 2026 09:40',
        'Oggetto: [Ticket #71555] Rimborsi IMU non generati',
        '',
        'Di quale anno sono i rimborsi mancanti?',
        'Tutti del 2025, sono 14 posizioni',
        'L’elaborazione si ferma con un errore?',
        'Nessun errore, la lista resta vuota',
        'Cordiali saluti',
        'Sara Dini',
        'Assistenza Tributi - Palitalsoft',
        'Assistenza telefonica:',
        '0541 786111',
      ].join('\n'),
    };
    expect(stops(draft)).toContain('phone-missing');
  });

  test('a huge quoted mail answered line after line neither throws nor drops the user’s text', () => {
    const draft = {
      ...mail([], []),
      bodyText: [
        'Buongiorno, rispondo sotto alle vostre domande.',
        ...signature,
        '',
        ...operatorProse(...Array.from({ length: 60_000 }, () => 'Continuare? S')),
      ].join('\n'),
    };
    const report = checkTicket(draft);
    expect(report.internalErrors).toEqual([]);
    expect(report.findings.map((f) => f.rule)).not.toContain('signature-missing');
  });
});
