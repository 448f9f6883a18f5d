// Whose phone number it is, third pass (opened sets ZZZZZZZZZZZZZZZA and ZZZZZZZZZZZZZZZQ): a
// firm's owner or technician reachable at a number, and a citizen's number given in a clause of
// its own after a semicolon, are data of the case, not the writer's; a shop's owner "ci ha
// chiamato" is no colleague written for. And the kind of request: the same thing working
// elsewhere, or recorded as delivered but missing, tells a fault.
import { checkTicket } from '../../../src/core/engine';
import { typeOf } from './helpers';

const rulesOf = (
  request: string,
  signature = 'Elena Barchi\nUfficio Ragioneria\nComune di Poggio Alto',
) =>
  checkTicket({
    subject: 'Liquidazione bloccata sulla fattura 88/2026',
    to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png', size: 20_000, contentType: 'image/png' }],
    from: { name: 'Elena Barchi', address: 'e.barchi@comune.poggioalto.example' },
    bodyText:
      'Buongiorno,\nla liquidazione della fattura 88/2026 della Elettroforniture Riva srl si blocca con ' +
      `l'errore "impegno non capiente", ma l'impegno ha ancora 4.000 euro disponibili.\n${request}\n\n` +
      `Potete chiamarmi la mattina.\n\nGrazie\n${signature}`,
  }).findings.map((f) => f.rule);

describe("a firm's people reachable at a number are data of the case", () => {
  test.each([
    'Il titolare, se dovete chiedergli del tracciato della fattura, risponde allo 0376 221 904.',
    'Per i dettagli del contratto il tecnico della ditta, sig. Ugo Fornari, è raggiungibile al 347 118 2290.',
  ])('%s', (request) => {
    expect(rulesOf(request)).toContain('phone-missing');
    // The writer's own number in the signature is enough.
    expect(
      rulesOf(request, 'Elena Barchi\nUfficio Ragioneria\nComune di Poggio Alto\n0376 55 10 21'),
    ).not.toContain('phone-missing');
  });
  test.each([
    // The Ente's own: a colleague's number to call is the writer's side.
    'La titolare di posizione organizzativa, dott.ssa Livi, risponde allo 0376 55 10 30.',
    'Il signor Carra, responsabile del servizio, è raggiungibile al 0376 55 10 33.',
  ])("not the Ente's own people: %s", (request) => {
    expect(rulesOf(request)).not.toContain('phone-missing');
  });
});

describe("a citizen's number in a clause of its own", () => {
  test('"il contribuente … ha già chiamato; e\' raggiungibile al …"', () => {
    expect(
      rulesOf(
        "Il contribuente aspetta il rimborso da settimane e ha gia' chiamato tre volte; e' raggiungibile al 389 201 7744.",
      ),
    ).toContain('phone-missing');
  });
  test('not the writer going on after her own sentence', () => {
    expect(
      rulesOf('Ho già provato a rifare la liquidazione; sono raggiungibile al 0376 55 10 21.'),
    ).not.toContain('phone-missing');
  });
});

describe("a shop's owner who called the office is no colleague written for", () => {
  const onBehalf = (request: string) =>
    rulesOf(request, 'Elena Barchi\nComune di Poggio Alto\n0376 55 10 21').includes('on-behalf');
  test('"La titolare, sig.ra …, ci ha chiamato perché non può aprire"', () => {
    expect(
      onBehalf(
        'La titolare, sig.ra Gatti, ci ha chiamato perché senza il pagamento non può riaprire il negozio.',
      ),
    ).toBe(false);
  });
  test('a colleague who cannot work is', () => {
    expect(
      onBehalf(
        'La collega, sig.ra Gatti, non riesce a firmare la liquidazione dalla sua postazione.',
      ),
    ).toBe(true);
  });
});

const signed = (text: string) =>
  `Buongiorno,\n${text}\n\nGrazie\nMarta Zoppi\nUfficio Anagrafe - Comune di Valle Chiara\n0461 77 20 15`;

describe('the same thing working elsewhere tells a fault', () => {
  test.each([
    "dalla postazione dello sportello le carte d'identità cartacee vengono mandate alla stampante del piano di sopra. Da Excel la stampante dello sportello funziona.",
    "per Sofia Leoni l'elenco dei nati di ottobre porta la data di nascita del 2025. Per le altre nascite del mese l'elenco esce regolarmente.",
  ])('%s', (text) => {
    expect(typeOf('Stampe anagrafe', signed(text))).toBe('anomalia');
  });
  test('"risulta consegnata … ma non c\'è": a fault', () => {
    expect(
      typeOf(
        'Comunicazione di nascita',
        signed(
          "la comunicazione di nascita dell'ospedale risulta consegnata sulla PEC il 12/11, ma nella coda delle pratiche da acquisire non c'è.",
        ),
      ),
    ).toBe('anomalia');
  });
  test('a how-to that says it works elsewhere still asks', () => {
    expect(
      typeOf(
        'Stampante predefinita',
        signed(
          'da Word la stampante nuova funziona: in Cityware come si sceglie la stampante per i certificati?',
        ),
      ),
    ).toBeNull();
  });
});
