import { draft, finding, rulesFired, withContent } from './helpers';

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
  test('multiple-topics: a marker at the very start is the only request', () => {
    const content =
      "Colgo l'occasione di questa mail per segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.";
    expect(rulesFired(draft({ bodyText: withContent(content) }))).not.toContain('multiple-topics');
  });
});
