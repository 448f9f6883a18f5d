import { checkTicket } from '../../../src/core/engine';
import type { UserSettings } from '../../../src/core/types';
import { draft, finding, goodBody, rulesFired, withContent } from './helpers';

const settings: UserSettings = {
  name: 'Mario Rossi',
  phone: '0541 123456',
  enti: ['Comune di Rimini'],
  availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }],
};

describe('named-operator', () => {
  test.each([
    'Vorrei parlare con Marco perché il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    "All'attenzione di Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.",
    'Per il sig. Bianchi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato, mi faccia richiamare da Giulia.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato: deve occuparsene Laura.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato, chiedo che mi richiami Paolo.',
    'Ho bisogno di parlare con Marco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Potrebbe richiamarmi Giulia?',
    'Per Mario Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Att. sig. Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    "Il calcolo IMU 2025 del contribuente deceduto risulta errato: chiedo l'intervento di Luca.",
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato, vorrei che fosse Marco a seguire.',
  ])('fires for %j', (content) => {
    expect(finding(draft({ bodyText: withContent(content) }), 'named-operator')?.severity).toBe(
      'warning',
    );
  });
  test.each([
    'Ne avevo già parlato con Marco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Come concordato con la dott.ssa Neri, il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Vorrei parlare con un tecnico perché il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Per IMU: il calcolo 2025 del contribuente deceduto risulta errato.',
    'Per Tributi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Potrebbe richiamarmi Lunedì?',
    'Per Informazione: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    // The signature of withContent says "Comune di Rimini": the place, not a person.
    'Per Rimini: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
  ])('does not fire for %j', (content) => {
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('named-operator');
  });
});

describe('personal-recipient', () => {
  test('fires for an operator mailbox in Cc and replaces it with the module address', () => {
    const f = finding(
      draft({
        to: [{ address: 'tributi@ticket.palitalsoft.example' }],
        cc: [{ address: 'giulia.verdi@palitalsoft.example' }],
      }),
      'personal-recipient',
    );
    expect(f?.severity).toBe('error');
    expect(f?.where?.field).toBe('cc');
    expect(f?.fix?.edits[0]).toEqual({
      kind: 'set-recipients',
      field: 'cc',
      recipients: [],
      basedOn: [{ address: 'giulia.verdi@palitalsoft.example' }],
    });
  });
  test('replaces a personal To with the module address', () => {
    const f = finding(
      draft({ to: [{ address: 'marco@assistenza.palitalsoft.example' }] }),
      'personal-recipient',
    );
    expect(f?.fix?.edits[0]).toEqual({
      kind: 'set-recipients',
      field: 'to',
      recipients: [{ address: 'tributi@ticket.palitalsoft.example', name: 'Tributi' }],
      basedOn: [{ address: 'marco@assistenza.palitalsoft.example' }],
    });
  });
  test('fixes for two personal addresses never put one back nor add the module twice', () => {
    const d = draft({
      to: [
        { address: 'luca.ferri@palitalsoft.example' },
        { address: 'collega@comune.rimini.it' },
        { address: 'anna.bianchi@palitalsoft.example' },
      ],
      cc: [{ address: 'giulia.verdi@palitalsoft.example' }],
    });
    const fixes = checkTicket(d)
      .findings.filter((f) => f.rule === 'personal-recipient')
      .map((f) => f.fix!.edits[0]!);
    expect(fixes).toHaveLength(3);
    const afterAll = { to: d.to, cc: d.cc };
    for (const edit of fixes) {
      if (edit.kind === 'set-recipients') afterAll[edit.field] = edit.recipients;
    }
    expect(afterAll.to.map((r) => r.address)).toEqual([
      'tributi@ticket.palitalsoft.example',
      'collega@comune.rimini.it',
    ]);
    expect(afterAll.cc).toEqual([]);
  });
  test('module, notification and outside addresses are fine', () => {
    const d = draft({
      cc: [
        { address: 'noreply@ticket.palitalsoft.example' },
        { address: 'collega@comune.rimini.it' },
      ],
    });
    expect(rulesFired(d)).not.toContain('personal-recipient');
  });
});

describe('on-behalf', () => {
  test.each([
    'Scrivo per conto della collega: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Il mio collega ha un problema: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Scrivo per Mario che non riesce a calcolare IMU 2025 del contribuente deceduto.',
    'La collega mi chiede di segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Scrivo per conto del Sindaco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Il responsabile mi ha chiesto di segnalare che il calcolo IMU 2025 del contribuente deceduto è errato.',
    'Vi inoltro la segnalazione della collega: il calcolo IMU 2025 del contribuente deceduto è errato.',
    'Segnalo per la collega: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
  ])('fires for %j', (content) => {
    expect(finding(draft({ bodyText: withContent(content) }), 'on-behalf')?.severity).toBe(
      'warning',
    );
  });
  test('a colleague with the same problem is not on behalf', () => {
    const content =
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato: anche la collega ha lo stesso problema.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('on-behalf');
  });
  test('does not fire when colleagues are just mentioned', () => {
    const content =
      'Anche i colleghi vedono che il calcolo IMU 2025 del contribuente deceduto risulta errato.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('on-behalf');
  });
});

describe('reply-to-ticket-notification', () => {
  // Guidelines: do not answer the automatic mail "per una problematica differente". Adding to
  // the same ticket is what the automatic mail asks for.
  const otherProblem = withContent(
    'Approfitto per segnalarvi un altro problema: la stampa dei bollettini TARI si interrompe a metà.',
  );
  test.each([
    'Re: Ticket #12345 IMU 2025',
    'R: [Ticket n. 12345] apertura',
    'RE: Apertura ticket 12345',
  ])('fires for the subject %j when the reply raises another problem', (subject) => {
    const f = finding(draft({ subject, bodyText: otherProblem }), 'reply-to-ticket-notification');
    expect(f?.severity).toBe('warning');
  });
  test('is silent for the same subject when the reply adds to the same ticket', () => {
    const body = withContent(
      "Integro il ticket: il calcolo IMU 2025 errato riguarda anche gli eredi dell'altro contribuente.",
    );
    expect(
      rulesFired(draft({ subject: 'Re: Ticket #12345 IMU 2025', bodyText: body })),
    ).not.toContain('reply-to-ticket-notification');
  });
  test('fires when the answered mail comes from the notification sender', () => {
    const d = draft({
      bodyText: otherProblem,
      replyContext: { originalFrom: 'noreply@ticket.palitalsoft.example' },
    });
    expect(rulesFired(d)).toContain('reply-to-ticket-notification');
  });
  test('fires when the quoted text is the automatic confirmation', () => {
    const body = `${otherProblem}\n\n-----Messaggio originale-----\nDa: Ticket\nGentile cliente, è stato aperto il ticket numero 4567.`;
    expect(rulesFired(draft({ bodyText: body, subject: 'Re: IMU 2025 calcolo errato' }))).toContain(
      'reply-to-ticket-notification',
    );
  });
  test('fires when the quoted header is from the notification sender', () => {
    const body = `${otherProblem}\n\nDa: Helpdesk <noreply@ticket.palitalsoft.example>\nInviato: lunedì\nA: Mario\nOggetto: Conferma`;
    expect(rulesFired(draft({ bodyText: body, subject: 'R: Conferma' }))).toContain(
      'reply-to-ticket-notification',
    );
  });
  test('fires when the quoted mail says the request was taken in charge', () => {
    const body = `${otherProblem}\n\n> Gentile utente, la sua richiesta è stata presa in carico.`;
    expect(rulesFired(draft({ bodyText: body, subject: 'Re: richiesta' }))).toContain(
      'reply-to-ticket-notification',
    );
  });
  test('quoting a colleague is fine', () => {
    const body = `${goodBody}\n\n> Mario, puoi segnalare tu il problema dell'IMU?`;
    expect(rulesFired(draft({ bodyText: body }))).not.toContain('reply-to-ticket-notification');
  });
  test('a new ticket that cites an old ticket number is fine', () => {
    expect(rulesFired(draft({ subject: 'IMU 2025 – seguito ticket 12345' }))).not.toContain(
      'reply-to-ticket-notification',
    );
  });
});

describe('insistence', () => {
  test.each([
    'Sollecito: il calcolo IMU 2025 del contribuente deceduto risulta ancora errato.',
    'È la terza volta che segnalo che il calcolo IMU 2025 del contribuente deceduto è errato.',
    'Ancora nessuna risposta: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato!!! Serve subito.',
    'Urgente: il calcolo IMU 2025 del contribuente deceduto è errato, è urgente.',
    'Il calcolo IMU 2025 del contribuente deceduto è errato, URGENTE.',
    'IL CALCOLO IMU DEL CONTRIBUENTE È SBAGLIATO\nil calcolo IMU 2025 del contribuente deceduto è errato.',
    'Non ho ancora ricevuto nessuna risposta: il calcolo IMU 2025 del contribuente deceduto è errato.',
    'Siamo ancora in attesa: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Vi ho scritto più volte: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Da una settimana aspettiamo: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
  ])('fires for %j', (content) => {
    expect(finding(draft({ bodyText: withContent(content) }), 'insistence')?.severity).toBe(
      'warning',
    );
  });
  test('an error message copied in capitals is not shouting', () => {
    const content =
      'Il calcolo IMU 2025 del contribuente deceduto si interrompe con:\nERRORE DI SISTEMA IMPOSSIBILE PROSEGUIRE';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('insistence');
  });
  test('"solleciti" as TARI documents are not insistence', () => {
    const content =
      'La stampa dei solleciti di pagamento TARI 2025 per il contribuente deceduto risulta errata.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('insistence');
  });
  test.each([
    'Sollecito di pagamento inviato al contribuente deceduto: il calcolo IMU 2025 risulta errato.',
    'Ho già segnalato il problema al mio responsabile: il calcolo IMU 2025 del contribuente deceduto è errato.',
  ])("a payment reminder or a report to the Ente's own staff is not insistence: %j", (content) => {
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('insistence');
  });
  test.each([
    'Secondo sollecito: il calcolo IMU 2025 del contribuente deceduto risulta ancora errato.',
    'Vi ho già segnalato il problema: il calcolo IMU 2025 del contribuente deceduto è errato.',
  ])('reminders to the helpdesk still count: %j', (content) => {
    expect(rulesFired(draft({ bodyText: withContent(content) }))).toContain('insistence');
  });
  test('"vi sollecito" is insistence', () => {
    const content =
      'Vi sollecito per il calcolo IMU 2025 del contribuente deceduto, che risulta ancora errato.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).toContain('insistence');
  });
  test('one "urgente" in lower case is fine', () => {
    const content =
      'È urgente perché scade il termine: il calcolo IMU 2025 del contribuente deceduto è errato.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('insistence');
  });
});

describe('booking', () => {
  test.each([
    "Vorrei prenotare un'assistenza per quando faremo il calcolo IMU 2025 del contribuente deceduto.",
    'Nel caso dovesse servire, vorremmo supporto sul calcolo IMU 2025 dei contribuenti deceduti.',
    'In previsione di eventuali problemi con il calcolo IMU 2025 dei contribuenti deceduti chiedo supporto.',
    "Per sicurezza vorrei fissare fin d'ora un supporto per il calcolo IMU 2025 dei contribuenti deceduti.",
    'Vorremmo fissare una giornata di assistenza per la migrazione IMU 2025 di febbraio dei contribuenti.',
    'A marzo avremo bisogno di assistenza per il calcolo IMU 2025 dei contribuenti deceduti.',
  ])('fires for %j', (content) => {
    expect(finding(draft({ bodyText: withContent(content) }), 'booking')?.severity).toBe('warning');
  });
  test.each([
    "Il calcolo IMU 2025 del contribuente deceduto risulta errato, serve assistenza. Vi ringrazio fin d'ora per la collaborazione.",
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato; qualora ci fossero altri problemi vi ricontatto.',
    'Per sicurezza vorrei sapere se posso ricalcolare IMU 2025 del contribuente deceduto senza perdere i dati.',
  ])('not a booking: %j', (content) => {
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('booking');
  });
  test('a present problem is not a booking', () => {
    expect(rulesFired(draft())).not.toContain('booking');
  });
});

describe('multiple-topics', () => {
  test.each([
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Approfitto per chiedere come stampare i ruoli.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Inoltre vorrei segnalare che la TARI non si stampa.',
    "Il calcolo IMU 2025 del contribuente deceduto risulta errato. Un'altra questione: la TARI non si stampa.",
    "Il calcolo IMU 2025 del contribuente deceduto risulta errato. Un'ultima cosa: come si stampa il ruolo TARI?",
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Inoltre, vi segnalo che la TARI non si stampa.',
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Poi vorrei sapere come si stampa la TARI.',
  ])('fires for %j', (content) => {
    expect(finding(draft({ bodyText: withContent(content) }), 'multiple-topics')?.severity).toBe(
      'warning',
    );
  });
  test('fires for two modules with strong evidence each', () => {
    const content =
      'Il calcolo IMU e TARI del contribuente risulta errato nei tributi. Non si stampano i cedolini degli stipendi e le presenze.';
    const d = draft({ subject: 'Calcoli e stampe non corretti', bodyText: withContent(content) });
    expect(finding(d, 'multiple-topics')?.message).toMatch(/Tributi.*Personale|Personale.*Tributi/);
  });
  test('one topic is fine', () => {
    expect(rulesFired(draft())).not.toContain('multiple-topics');
  });
});

describe('attachment-suggested', () => {
  const anomaly = withContent(
    'Quando calcolo IMU 2025 per un contribuente deceduto compare un messaggio di errore e il programma si blocca.',
  );
  test('fires for an anomaly without attachment', () => {
    expect(
      finding(draft({ bodyText: anomaly, attachments: [] }), 'attachment-suggested')?.severity,
    ).toBe('info');
  });
  test('does not fire with an attachment or for other ticket types', () => {
    expect(rulesFired(draft({ bodyText: anomaly }))).not.toContain('attachment-suggested');
    const training = withContent(
      'Vorremmo organizzare una sessione di formazione sul calcolo IMU 2025 per due nuovi colleghi.',
    );
    expect(rulesFired(draft({ bodyText: training, attachments: [] }))).not.toContain(
      'attachment-suggested',
    );
  });
});

describe('availability-missing', () => {
  const noAvailability = goodBody.replace('Sono reperibile dalle 9 alle 13.\n\n', '');
  test('fires without availability and offers the one from settings', () => {
    const f = finding(draft({ bodyText: noAvailability }), 'availability-missing', { settings });
    expect(f?.severity).toBe('info');
    expect(f?.fix?.edits[0]).toEqual({
      kind: 'append-to-body',
      text: 'Reperibile: lun-ven 09:00-13:00',
    });
  });
  test.each([
    'Sono disponibile il pomeriggio.',
    'Orario di servizio 7.30-13.30',
    'Mi trovate tutte le mattine',
    'Orario 8-14',
    'Reperibile tutti i giorni',
    'Potete chiamarmi la mattina dalle 8',
  ])('does not fire for %j', (line) => {
    expect(rulesFired(draft({ bodyText: `${noAvailability}\n${line}` }))).not.toContain(
      'availability-missing',
    );
  });
});

describe('paid-service', () => {
  test('reminds that support is charged without PALASS', () => {
    const content =
      'Ho cancellato per errore un avviso IMU 2025 emesso al contribuente deceduto e vorrei ripristinarlo.';
    const f = finding(draft({ bodyText: withContent(content) }), 'paid-service');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain('PALASS');
  });
  test('reminds that training is charged', () => {
    const content =
      "Vorremmo fissare un incontro di formazione sul calcolo IMU 2025 per due nuovi colleghi dell'ufficio.";
    expect(finding(draft({ bodyText: withContent(content) }), 'paid-service')?.message).toContain(
      'straordinaria',
    );
  });
  test('not for an anomaly', () => {
    expect(rulesFired(draft())).not.toContain('paid-service');
  });
});

describe('wrong-module-address', () => {
  test('fires when To is another module and proposes the right one', () => {
    const f = finding(
      draft({ to: [{ address: 'personale@ticket.palitalsoft.example' }] }),
      'wrong-module-address',
    );
    expect(f?.severity).toBe('warning');
    expect(f?.fix?.edits[0]).toEqual({
      kind: 'set-recipients',
      field: 'to',
      recipients: [{ name: 'Tributi', address: 'tributi@ticket.palitalsoft.example' }],
      basedOn: [{ address: 'personale@ticket.palitalsoft.example' }],
    });
  });
  test('keeps non-vendor recipients', () => {
    const f = finding(
      draft({
        to: [
          { address: 'personale@ticket.palitalsoft.example' },
          { address: 'capo@comune.rimini.it' },
        ],
      }),
      'wrong-module-address',
    );
    const edit = f?.fix?.edits[0];
    expect(edit && 'recipients' in edit ? edit.recipients.map((r) => r.address) : []).toEqual([
      'tributi@ticket.palitalsoft.example',
      'capo@comune.rimini.it',
    ]);
  });
  test('does not fire when no module is detected', () => {
    const content =
      'Da questa mattina quando apro la schermata principale tutto è molto diverso dal solito e confuso.';
    expect(
      rulesFired(
        draft({ subject: 'Schermata principale diversa', bodyText: withContent(content), to: [] }),
      ),
    ).not.toContain('wrong-module-address');
  });
});

describe('attachment-mentioned-missing', () => {
  test.each([
    'In allegato lo screenshot.',
    'Vedi screenshot.',
    'Qui allegata la stampa.',
    'Allego la stampa.',
    'Vedi allegato.',
    "Invio lo screenshot dell'errore.",
  ])('fires for %j without attachments', (line) => {
    const body = goodBody.replace('Sono reperibile', `${line}\nSono reperibile`);
    expect(
      finding(draft({ bodyText: body, attachments: [] }), 'attachment-mentioned-missing')?.severity,
    ).toBe('warning');
  });
  test('does not fire when there is an attachment or no mention', () => {
    const body = goodBody.replace('Sono reperibile', 'In allegato lo screenshot.\nSono reperibile');
    expect(rulesFired(draft({ bodyText: body }))).not.toContain('attachment-mentioned-missing');
    expect(rulesFired(draft({ attachments: [] }))).not.toContain('attachment-mentioned-missing');
  });
  test('a document attached to a PEC is not our attachment', () => {
    const body = goodBody.replace(
      'Sono reperibile',
      'Il file in allegato alla PEC non viene protocollato.\nSono reperibile',
    );
    expect(rulesFired(draft({ bodyText: body, attachments: [] }))).not.toContain(
      'attachment-mentioned-missing',
    );
  });
  test("an attachment of an earlier mail ('in allegato al ticket precedente') is not ours", () => {
    const body = goodBody.replace(
      'Sono reperibile',
      'In allegato al ticket precedente trovate i dati.\nSono reperibile',
    );
    expect(rulesFired(draft({ bodyText: body, attachments: [] }))).not.toContain(
      'attachment-mentioned-missing',
    );
  });
  test('an attachment only in the quoted reply does not count', () => {
    const body = `${goodBody}\n\n> In allegato il file`;
    expect(rulesFired(draft({ bodyText: body, attachments: [] }))).not.toContain(
      'attachment-mentioned-missing',
    );
  });
});

describe('engine options', () => {
  test('subject offsets point into the subject as the host has it', () => {
    const subject = '  Tributi!!! calcolo IMU errato';
    const f = finding(draft({ subject }), 'insistence');
    expect(subject.slice(f!.where!.start, f!.where!.end)).toBe('!!!');
  });
  test('body offsets point at the finding text', () => {
    const body = withContent(
      'Vorrei parlare con Marco: il calcolo IMU 2025 del contribuente deceduto è errato.',
    );
    const f = finding(draft({ bodyText: body }), 'named-operator');
    expect(body.slice(f!.where!.start, f!.where!.end)).toBe('Vorrei parlare con Marco');
  });
});

describe('refinements', () => {
  test('on-behalf: writing for a named person', () => {
    const content =
      'Scrivo per Martina, la nuova agente del Comando, che non riesce a calcolare IMU 2025 del contribuente.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).toContain('on-behalf');
  });
  test('on-behalf: "un collega" who cannot work', () => {
    const content =
      "Un collega dell'anagrafe non riesce a calcolare IMU 2025 del contribuente deceduto.";
    expect(rulesFired(draft({ bodyText: withContent(content) }))).toContain('on-behalf');
  });
  test("on-behalf: forwarding a colleague's report", () => {
    const content =
      'Vi giro la segnalazione della collega Anna che non riesce a calcolare IMU 2025 del contribuente.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).toContain('on-behalf');
  });
  test('on-behalf: "scrivo per segnalare che" is not a person', () => {
    const content =
      'Scrivo per segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.';
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('on-behalf');
  });
  test('availability: an "Orario:" line counts, the payroll word "reperibilità" does not', () => {
    const base = goodBody.replace('Sono reperibile dalle 9 alle 13.\n\n', '');
    expect(rulesFired(draft({ bodyText: `${base}\nOrario: dal lunedì al venerdì` }))).not.toContain(
      'availability-missing',
    );
    const payroll = base.replace(
      'risulta errato',
      "risulta errato come l'indennità di reperibilità",
    );
    expect(rulesFired(draft({ bodyText: payroll }))).toContain('availability-missing');
  });
  test('multiple-topics: a marker at the very start is the only request', () => {
    const content =
      "Colgo l'occasione di questa mail per segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.";
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('multiple-topics');
  });
});
