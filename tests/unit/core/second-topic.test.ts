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
