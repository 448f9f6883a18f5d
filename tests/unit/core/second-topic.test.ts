// A mail with two requests is of the first request's kind: the second needs a mail of its own
// (guidelines, consigli 4), so it says nothing about what this ticket is.
import { checkTicket } from '../../../src/core';
import { buildContext } from '../../../src/core/context';

const mail = (content: string) => ({
  subject: 'Tariffe del trasporto scolastico per fasce ISEE',
  bodyText: `Buongiorno,\n${content}\n\nGrazie\nBruno Lai\nUfficio Scuola - Comune di Sinnai\n070 7690 211`,
  to: [{ address: 'servizi-scolastici@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [],
});

const howTo =
  'Dal prossimo anno la Giunta ha approvato tre fasce ISEE per il trasporto scolastico: come si impostano perché la tariffa venga assegnata da sola all’iscrizione?';

test('a how-to question, then a restore asked "inoltre": the ticket is the how-to (no type)', () => {
  const report = checkTicket(
    mail(`${howTo}\nInoltre vi chiedo di reimpostare la password della mia utenza, che è scaduta.`),
  );
  expect(report.findings.map((f) => f.rule)).toContain('multiple-topics');
  expect(report.ticketType).toBeNull();
});

test('the same second request alone makes a restore (supporto)', () => {
  expect(
    checkTicket(mail('Vi chiedo di reimpostare la password della mia utenza, che è scaduta.'))
      .ticketType,
  ).toBe('supporto');
});

test('the second request starts where the context says, and the rule quotes it', () => {
  const { ctx } = buildContext(
    mail(`${howTo}\nUn'altra cosa: la stampa dei bollettini della mensa esce senza il codice IUV.`),
    {},
  );
  expect(ctx.secondTopic?.segment.text.trim()).toMatch(/^Un'altra cosa: la stampa dei bollettini/);
  expect(ctx.ticketType).toBeNull();
});

test('"Un\'altra cosa: come si…" makes the paragraph before it the first request, told without a request word', () => {
  const { ctx } = buildContext(
    mail(
      "Il prospetto del fondo crediti applica la percentuale di accantonamento ai soli residui di competenza e non al totale dei residui conservati: otteniamo 84.310 euro contro i 212.950 del nostro foglio di calcolo.\n\nUn'altra cosa: come si ristampa il registro IVA delle vendite in forma definitiva, con la numerazione delle pagine?",
    ),
    {},
  );
  expect(ctx.secondTopic?.segment.text.trim()).toMatch(/^Un'altra cosa: come si ristampa/);
});

test('"Inoltre" goes on with the matter told before it, unless it asks something', () => {
  const told =
    'Con la delibera n. 12 abbiamo approvato le nuove tariffe TARI 2025 per le utenze domestiche e non domestiche, con le riduzioni previste dal regolamento.';
  const goesOn = buildContext(
    mail(
      `${told}\n\nInoltre abbiamo inserito le riduzioni per il compostaggio, ma nel calcolo non vengono applicate.`,
    ),
    {},
  ).ctx;
  expect(goesOn.secondTopic).toBeNull();
  const asks = buildContext(
    mail(
      `${told}\n\nInoltre vorrei sapere come si stampano le etichette per le tessere elettorali.`,
    ),
    {},
  ).ctx;
  expect(asks.secondTopic?.segment.text.trim()).toMatch(/^Inoltre vorrei sapere/);
});

describe('ZZZZZZL: one mail, one or two things', () => {
  const problem =
    'Nel conto annuale la tabella 12 riporta per lo stipendio tabellare un totale di 612.340 euro, mentre la somma dei cedolini dà 598.115 euro: due mensilità sono contate due volte.';
  const secondOf = (content: string) =>
    buildContext(mail(content), {}).ctx.secondTopic?.segment.text.trim();

  test('"Vorremmo anche organizzare…" after a problem opens a second request, typed on the first', () => {
    const content = `${problem}\n\nVorremmo anche organizzare una giornata di formazione sul modulo presenze per la nuova collega: ci mandate qualche data?`;
    expect(secondOf(content)).toMatch(/^Vorremmo anche organizzare/);
    expect(checkTicket(mail(content)).ticketType).toBe('anomalia');
  });

  test('"Vorremmo anche sapere se…" is one more question on the same matter', () => {
    expect(
      secondOf(
        'Vorremmo iscrivere due colleghe al webinar del 12 marzo sul canone unico patrimoniale.\n\nVorremmo anche sapere se la registrazione sarà disponibile per chi quel giorno è allo sportello.',
      ),
    ).toBeUndefined();
  });

  test('a matter the writer says needs "un ticket a parte" is a second request', () => {
    expect(
      secondOf(
        'da giovedì la pratica di immigrazione n. 57/2025 risulta in ANPR "in attesa di conferma",\nmentre in Cityware è chiusa: se provo a rinviarla il programma risponde "operazione già\neseguita" ma in ANPR non cambia nulla.\n\nInoltre, cosa diversa: la PEC del protocollo da due giorni scarica solo i\nmessaggi senza allegati, quelli con allegati restano in "da scaricare". Non\nso se devo aprire un ticket a parte.',
      ),
    ).toMatch(/^Inoltre, cosa diversa/);
  });
});

describe('review: "vorrei anche…" and "un ticket a parte" that open nothing', () => {
  const problem =
    'Nel conto annuale la tabella 12 riporta per lo stipendio tabellare un totale di 612.340 euro, mentre la somma dei cedolini dà 598.115 euro: due mensilità sono contate due volte.';
  const secondOf = (content: string) =>
    buildContext(mail(content), {}).ctx.secondTopic?.segment.text.trim();

  test.each([
    "Vorrei anche aggiungere che l'errore compare solo per i dipendenti a tempo parziale assunti nel corso dell'anno.",
    "Volevo anche precisare che abbiamo già rilanciato l'elaborazione della tabella due volte con lo stesso risultato.",
    'Volevo anche ringraziarvi per la disponibilità dimostrata la settimana scorsa dal vostro tecnico.',
    "Vorrei anche allegare l'estrazione dei cedolini, ma il file supera la dimensione consentita dalla posta.",
  ])('more said of the same problem, or thanks: no second topic (%j)', (more) => {
    expect(secondOf(`${problem}\n\n${more}`)).toBeUndefined();
  });

  test('a matter already sent in "un ticket a parte" is not asked in this mail', () => {
    expect(
      secondOf(
        `${problem}\n\nInoltre, per la stampa delle tessere elettorali abbiamo già aperto un ticket a parte la settimana scorsa (n. 4512).`,
      ),
    ).toBeUndefined();
  });

  test('"vorremmo anche chiedervi di organizzare…" is a wish like "vorremmo anche organizzare…"', () => {
    expect(
      secondOf(
        `${problem}\n\nVorremmo anche chiedervi di organizzare una giornata di formazione sul modulo presenze per la nuova collega: ci mandate qualche data?`,
      ),
    ).toMatch(/^Vorremmo anche chiedervi di organizzare/);
  });
});

describe('ZZZZZZZJ: lists of one problem, wrapped lines, announced lists', () => {
  const cie = (list: string) => ({
    subject: 'CIE: emissione interrotta dopo le impronte',
    bodyText: `Buongiorno,\nda martedì non riusciamo a completare nessuna CIE. Il problema si presenta sempre nello stesso punto, ma con tre sintomi:\n\n${list}\n\nGrazie\nBruno Lai\nServizi Demografici - Comune di Sinnai\n070 7690 211`,
    to: [{ address: 'demografici@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [],
  });
  test('"2. poi compare…" in a list of symptoms opens no second request', () => {
    const report = checkTicket(
      cie(
        '1. dopo le impronte la schermata resta ferma su "Invio dati al Ministero";\n2. poi compare il messaggio "Pratica non trasmessa - codice 0x45";\n3. la ricevuta per il cittadino non si stampa.',
      ),
    );
    expect(report.findings.map((f) => f.rule)).not.toContain('multiple-topics');
  });
  test('"Inoltre lo\\nstesso errore", wrapped by the client, goes on with the problem', () => {
    const report = checkTicket(
      mail(
        'Dopo l’aggiornamento delle liste sezionali gli elettori cancellati per emigrazione\ncompaiono ancora nelle liste generali. Inoltre lo\nstesso errore si vede nella stampa delle tessere elettorali da ritirare, dove risultano ancora loro.',
      ),
    );
    expect(report.findings.map((f) => f.rule)).not.toContain('multiple-topics');
  });
  test('"vi segnalo tre cose diverse:" then a numbered list: the ticket is the first item’s kind', () => {
    const report = checkTicket({
      ...mail(
        'vi segnalo tre cose diverse:\n\n1) da giovedì i palmari non sincronizzano più: i preavvisi restano sul palmare e non arrivano nel gestionale, compare un errore di sincronizzazione;\n2) nella stampa dei verbali ZTL non compare più la foto del varco;\n3) vorrei sapere come si caricano i contrassegni invalidi rilasciati da altri Comuni.',
      ),
      subject: 'Palmari, stampa verbali ZTL e contrassegni',
      to: [{ address: 'polizia-locale@ticket.palitalsoft.example' }],
    });
    expect(report.findings.map((f) => f.rule)).toContain('multiple-topics');
    expect(report.ticketType).toBe('anomalia');
  });
});

test('ZZZZZZZL: "cmq gia che ci sono: come si stampa…" opens a second request', () => {
  const report = checkTicket({
    ...mail(
      'il mandato 1234 del 2/5 risulta trasmesso al tesoriere ma il tesoriere dice che nel flusso nn c era.\ncmq gia che ci sono: come si stampa il registro iva vendite di aprile? nn trovo piu la voce',
    ),
    subject: 'mandato 1234 trasmesso ma nn arrivato al tesoriere',
    to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
  });
  expect(report.findings.map((f) => f.rule)).toContain('multiple-topics');
  expect(report.ticketType).toBe('anomalia');
});

describe('review of f31a16bb: lists', () => {
  const cieList = (third: string) =>
    checkTicket({
      subject: 'CIE: emissione interrotta',
      bodyText: `Buongiorno,\nda martedì non riusciamo a completare nessuna CIE. Il problema si presenta sempre nello stesso punto, ma con tre sintomi:\n\n1. la schermata delle impronte resta bianca;\n2. poi compare il messaggio "Timeout ministero";\n3. ${third}\n\nGrazie\nBruno Lai\nServizi Demografici - Comune di Sinnai\n070 7690 211`,
      to: [{ address: 'demografici@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
  test('"3. un\'altra cosa: …" inside a list of symptoms still opens a second request', () => {
    const rules = cieList(
      "un'altra cosa: vorrei sapere come si stampa il registro delle CIE emesse nel 2026.",
    ).findings.map((f) => f.rule);
    expect(rules).toContain('multiple-topics');
  });
  test('a longer announcement ending in ":" before the list types the ticket by its first item', () => {
    const report = checkTicket({
      subject: 'Anagrafe: tre questioni',
      bodyText:
        'Buongiorno,\ncon la presente vi segnalo tre questioni diverse emerse questa settimana in anagrafe:\n1) la stampa del certificato di residenza esce senza il timbro digitale;\n2) vorrei sapere come si registra una convivenza di fatto;\n3) chiedo una giornata di formazione per la nuova collega.\n\nGrazie\nBruno Lai\nServizi Demografici - Comune di Sinnai\n070 7690 211',
      to: [{ address: 'demografici@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
    expect(report.ticketType).toBe('anomalia');
  });
});

describe('ZZZZZZZN: phone mail with two things', () => {
  const phoneMail = (content: string, to = 'atti@ticket.palitalsoft.example') =>
    checkTicket({
      subject: 'due problemi',
      bodyText: `${content}\n\nIlaria Sacchi\nSegreteria Comune di Tortona\n0131 864 290`,
      to: [{ address: to }],
      cc: [],
      attachments: [],
    });
  test.each([
    'buongiorno,\nla numerazione delle determine è saltata dalla 301 alla 310, le 302-309 nn esistono.\ncmq un altra cosa: come si stampa l elenco delle delibere di giunta dell anno x la trasparenza?',
    'ciao 2 cose:\n1) gli avvisi tari 2025 nn calcolano la riduzione x compostaggio domestico\n2) la stampante della postazione tributi nn stampa da cityware ma da word si',
    'ciao, in economato i buoni di pagamento nn si stampano, esce l anteprima bianca.\nah un altra cosa: come si estrae l elenco dei beni inventariati nel 2024? tnx',
  ])('%j: two requests, the first an anomaly', (content) => {
    const report = phoneMail(content);
    expect(report.findings.map((f) => f.rule)).toContain('multiple-topics');
    expect(report.ticketType).toBe('anomalia');
  });
});

test('review of 62a82a37: "ah poi … neanche i solleciti, stesso errore" is the same problem', () => {
  const report = checkTicket(
    mail(
      'La stampa del ruolo TARI si ferma al record 1200 con violazione chiave primaria.\nah poi nn si stampano neanche i solleciti di quel ruolo, stesso errore',
    ),
  );
  expect(report.findings.map((f) => f.rule)).not.toContain('multiple-topics');
});

describe('ZZZZZZZT: a list numbered without marks on a phone', () => {
  const phoneMail = (content: string) =>
    checkTicket({
      subject: 'anteprima determine pagina bianca',
      bodyText: `${content}\nStefania Sotgiu\nComune di Arzachena\n0789 849300`,
      to: [{ address: 'atti@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
  test('"1 …" then "2 …" on the next lines are two items', () => {
    const report = phoneMail(
      'vi segnalo 2 problemi:\n1 le determine nn si aprono in anteprima, esce una pagina bianca da stamattina\n2 il protocollo nn stampa piu le etichette con la segnatura sulla stampante zebra',
    );
    expect(report.findings.map((f) => f.rule)).toContain('multiple-topics');
    expect(report.ticketType).toBe('anomalia');
  });
  test('a line opening with a count is no item', () => {
    const report = phoneMail(
      'le determine nn si aprono in anteprima, esce una pagina bianca da stamattina\n3 colleghe hanno lo stesso problema, anche il protocollo nn stampa piu le etichette dello stesso atto',
    );
    expect(report.findings.map((f) => f.rule)).not.toContain('multiple-topics');
  });
});

describe('ZZZZZZZZZJ: context, then the problem, in one paragraph', () => {
  const report = (content: string) =>
    checkTicket({
      subject: 'Avviso pagoPA per canone unico non generato',
      bodyText: `Buongiorno,\n${content}\n\nIlaria Mercati\nUfficio Entrate - Comune di Sansepolcro\n0575 732245`,
      to: [{ address: 'pagopa@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
  test('a sentence that only sets the scene makes no first request of its own', () => {
    const found = report(
      'una cittadina allo sportello deve pagare oggi il canone unico per l’occupazione di suolo pubblico di un trasloco. Generando l’avviso pagoPA dalla posizione n. 2026/0318 compare "Errore: IUV già presente nell’archivio" e l’avviso non viene creato.',
    );
    expect(found.findings.map((f) => f.rule)).not.toContain('multiple-topics');
    expect(found.module?.id).toBe('pagopa');
  });
  test('a first sentence that reports its own problem still makes two', () => {
    const found = report(
      'il calcolo del canone unico per l’occupazione di suolo pubblico non applica più le tariffe 2026 e restituisce zero. Generando l’avviso pagoPA dalla posizione n. 2026/0318 compare "Errore: IUV già presente nell’archivio" e l’avviso non viene creato.',
    );
    expect(found.findings.map((f) => f.rule)).toContain('multiple-topics');
  });
});

// ZZZZZZZZZL: a fix confirmed tells how it works now; the next matter is the only request.
describe('a fix confirmed before another matter', () => {
  const payments = (content: string) => ({
    ...mail(content),
    subject: 'Stampa mandati: causale troncata',
    to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
  });
  const reversals =
    "Un'altra cosa: da stamattina le reversali nuove si salvano senza numero e non riesco a metterle in distinta.";
  test('"ora funziona, … esce intera anche sulla distinta" is no problem of its own', () => {
    const report = checkTicket(
      payments(
        `Ok ora funziona, la causale esce intera anche sulla distinta. Potete chiudere.\n${reversals}`,
      ),
    );
    expect(report.findings.map((f) => f.rule)).not.toContain('multiple-topics');
  });
  test('a fix confirmed with a turn still tells a problem', () => {
    const report = checkTicket(
      payments(`Ora funziona, ma la causale esce tagliata anche sulla distinta.\n${reversals}`),
    );
    expect(report.findings.map((f) => f.rule)).toContain('multiple-topics');
  });
});
