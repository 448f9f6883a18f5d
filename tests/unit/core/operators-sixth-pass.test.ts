// Whom the mail asks for, read on the opened set ZZZZZZZZZZZZZZZZZZZZZF (stop 47): a named person
// asked to be at hand ("vorremmo avere a disposizione la dott.ssa Sabatini") and a call back asked
// of "lei" right after the vendor's person is named opening a sentence ("Simona ci ha seguito…:
// potete farmi richiamare da lei?"). Recalling who helped, and the Ente's own people, ask for
// nobody.
import { rulesFired } from './helpers';

const problem =
  "Dopo l'aggiornamento di giovedì la numerazione delle delibere di Giunta è saltata dalla 23 alla 31.";
const rulesOf = (text: string) =>
  rulesFired({
    subject: 'Delibere di Giunta: numerazione saltata',
    to: [{ address: 'atti@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'registro.png', size: 20_000, contentType: 'image/png' }],
    from: { name: 'Chiara Bonomi', address: 'c.bonomi@comune.roncegnobasso.example' },
    bodyText: `Buongiorno,\n${problem}\n${text}\n\nChiara Bonomi\nSegreteria - Comune di Roncegno Basso\n0461 772 358, fino alle 16`,
  });

describe('a named person asked for', () => {
  test.each([
    'Per quella mattina vorremmo avere a disposizione la dott.ssa Sabatini, che ha impostato i registri.',
    "Simona ci ha seguito nell'installazione del modulo: potete farmi richiamare da lei?",
  ])('%s', (text) => {
    expect(rulesOf(text)).toContain('named-operator');
  });
});

describe('nobody asked for', () => {
  test.each([
    "Simona ci ha seguito nell'installazione del modulo e conosce la nostra configurazione.",
    'La nostra collega Marta è in ferie: potete farmi richiamare da lei quando rientra?',
    'Per quella mattina vorremmo avere a disposizione un vostro tecnico.',
  ])('%s', (text) => {
    expect(rulesOf(text)).not.toContain('named-operator');
  });
});
