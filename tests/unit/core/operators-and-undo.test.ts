// Whom the mail asks for, fifth pass, and restore and undo, sixteenth pass of the kind of request
// (opened sets ZZZZZZZZZZZZZZZZQ and ZZZZZZZZZZZZZZZZP): an operator asked to act in person in the
// ways clerks write it ("Elisa occupatene tu", "Fai tu, Chiara", "tenere libero Fabio", "Se
// possibile Chiara, che conosce bene la nostra configurazione"); a forward because a colleague
// "conferma quello che vedo anch'io" is the writer's own problem; the writer's own slip told as
// "ho invertito", "ho fatto un pasticcio", "l'omonimo", "ho cancellato … invece della bozza".
import { rulesFired, typeOf } from './helpers';

const problem =
  'Sul portale dei pagamenti spontanei il servizio "Diritti CIE" genera l\'avviso con importo ' +
  '0,00 e il cittadino non può pagare.';
const signature = '\n\nMauro Salvi\nRagioneria - Comune di Castelraimondo\n0737 64 22 10';
const rulesOf = (bodyText: string) =>
  rulesFired({
    subject: 'Diritti CIE: avviso a zero',
    to: [{ address: 'pagopa@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png', size: 20_000, contentType: 'image/png' }],
    from: { name: 'Mauro Salvi', address: 'm.salvi@comune.castelraimondo.example' },
    bodyText: `${bodyText}${signature}`,
  });

describe('an operator asked to act in person', () => {
  test.each([
    `Elisa occupatene tu per favore.\n${problem}`,
    `Buongiorno,\n${problem}\nFai tu, Chiara, che hai gli accessi al database.`,
    `Buongiorno,\n${problem}\nPreferirei che mi richiamasse lei, Ivana, perché sa già come abbiamo impostato i servizi.`,
    `Buongiorno,\n${problem}\nPer sicurezza vi chiedo di tenere libero Fabio domattina, visto che l'installazione l'ha fatta lui.`,
    `Buongiorno,\n${problem}\nSe possibile Chiara, che conosce bene la nostra configurazione.`,
    `Ciao Luca,\n${problem}\nTi chiedo di collegarti tu direttamente appena sei libero.`,
  ])('%s', (body) => {
    expect(rulesOf(body)).toContain('named-operator');
  });
  test('"fai tu" to nobody named, under a plain greeting, asks for no one', () => {
    expect(rulesOf(`Buongiorno,\n${problem}\nFate voi, come preferite.`)).not.toContain(
      'named-operator',
    );
  });
});

describe("a colleague's mail that confirms the writer's own problem", () => {
  test('"vi inoltro la mail di una collega perché conferma quello che vedo anch\'io"', () => {
    expect(
      rulesOf(
        `Buongiorno,\nvi inoltro la mail di una collega perché conferma quello che vedo anch'io: ${problem}`,
      ),
    ).not.toContain('on-behalf');
  });
  test("the same forward without the writer's own trouble is a relay", () => {
    expect(rulesOf(`Buongiorno,\nvi inoltro la mail di una collega: ${problem}`)).toContain(
      'on-behalf',
    );
  });
});

describe('the writer\'s own slip, without "errore" or "sbaglio"', () => {
  test.each([
    "nell'anagrafica dei concessionari ho invertito i due codici fiscali. Ho già corretto " +
      "l'anagrafica, ma l'avviso resta emesso con il dato sbagliato. Vi chiedo di annullare quella posizione.",
    'ho fatto un pasticcio: stamattina ho pubblicato la delibera nella versione non oscurata. Dal ' +
      'gestionale non riesco più a ritirarla perché risulta già in pubblicazione.',
    "una collega ha trascritto l'atto di morte, ma nella ricerca anagrafica ha selezionato " +
      "l'omonimo nato nel 1947, che ora risulta deceduto. Dobbiamo ripristinare la sua posizione.",
    'volendo eliminare una bozza duplicata, ho cancellato la pratica SUE n. 2026/087 invece della ' +
      'bozza. La bozza doppia invece è ancora lì. Vi chiedo se è possibile ripristinarla.',
  ])('%s', (body) => {
    expect(typeOf('Richiesta', body)).toBe('supporto');
  });
  test('the program swapping two codes itself is a fault', () => {
    expect(
      typeOf(
        'Avvisi con codici invertiti',
        "da ieri l'emissione degli avvisi inverte i codici fiscali dei due intestatari: compare un " +
          "errore di validazione e l'avviso non si genera.",
      ),
    ).toBe('anomalia');
  });
  test('"risultano «in pubblicazione» e non «scadute»" reports a wrong state', () => {
    expect(
      typeOf(
        'Re: [Ticket #51873] Albo pretorio',
        'le mando i numeri: registro 418, 421 e 433. Sul gestionale risultano "in pubblicazione" e ' +
          'non "scadute".',
      ),
    ).toBe('anomalia');
  });
});
