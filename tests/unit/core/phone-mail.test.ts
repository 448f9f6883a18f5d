// Mail written on phones (opened set ZZZZZZZZZZZZZZZW): a dictated number read out before the
// name, a thanks glued to the name and a label glued to the number by a client that joined the
// lines still sign the mail; and the writer's own number given after a citizen's ("ma chiamate me
// allo …") stays the writer's.
import { checkTicket } from '../../../src/core/engine';

const rulesOf = (bodyText: string, fromName = 'Rosanna Galli') =>
  checkTicket({
    subject: 'Elenchi trasporto scolastico in ordine sbagliato',
    to: [{ address: 'servizi-scolastici@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'elenco.pdf', size: 20_000, contentType: 'application/pdf' }],
    from: { name: fromName, address: 'scuola@comune.valdorso.example' },
    bodyText,
  }).findings.map((f) => f.rule);

const problem =
  'buongiorno quando stampo gli elenchi degli alunni per fermata della linea tre le fermate escono ' +
  "in ordine alfabetico e non nell'ordine del percorso come prima";

describe('a sign-off run into a dictated or joined line', () => {
  test('after a number read out in words', () => {
    const rules = rulesOf(
      `${problem} potete vedere sono in ufficio dopo le dieci mi chiamate al tre tre nove uno due ` +
        'otto sette sei cinque quattro Rosanna Galli comune di Valdorso servizio scuola',
    );
    expect(rules).not.toContain('signature-missing');
    expect(rules).not.toContain('phone-missing');
  });
  test('a thanks glued to the name and "tel" glued to the number', () => {
    const rules = rulesOf(
      `${problem} grazieRosanna Galli servizio scuola comune di Valdorso tel0575 401233`,
    );
    expect(rules).not.toContain('signature-missing');
    expect(rules).not.toContain('phone-missing');
  });
  test('with no name and no number, both are missing', () => {
    const rules = rulesOf(`${problem} grazie servizio scuola comune di Valdorso`);
    expect(rules).toContain('signature-missing');
    expect(rules).toContain('phone-missing');
  });
  test('a glued word that only looks like a label is no number', () => {
    expect(rulesOf(`${problem} hotel0575 401233\nRosanna Galli\nComune di Valdorso`)).toContain(
      'phone-missing',
    );
  });
});

describe("the writer's number after a citizen's", () => {
  const signed = (line: string) =>
    `Buongiorno,\n${problem}.\n${line}\n\nRosanna Galli\nServizio Scuola - Comune di Valdorso`;
  test('"il genitore ci ha lasciato il suo numero, 347 …, ma chiamate me allo 0575 …"', () => {
    expect(
      rulesOf(
        signed(
          'Il genitore ci ha lasciato il suo numero, 347 551 2090, ma per il programma chiamate me allo 0575 401 233.',
        ),
      ),
    ).not.toContain('phone-missing');
  });
  test("the citizen's number alone is no number of the writer's", () => {
    expect(
      rulesOf(signed('Il genitore ci ha lasciato il suo numero, 347 551 2090, se serve.')),
    ).toContain('phone-missing');
  });
});
