// Replies to the ticketing system's automatic mails (opened set ZZZZZZZZZZZZZZZZU, its false
// blocks): a reply that only gives the hours to call ("oggi sono in ufficio dalle 8.30 alle 12.30
// e domani tutto il giorno") or says the problem is not solved and how it shows ("Non è risolto, la
// stampa … si blocca ancora come prima") adds to the ticket; a chase does not.
import { rulesFired } from './helpers';

const quote = (ticket: string) =>
  `\n\nIl 25/01/2027 17:55, noreply@ticket.palitalsoft.example ha scritto:\n> Gentile utente,\n` +
  `> il ticket n. ${ticket} è stato preso in carico dall'area Tributi.\n> L'operatore la ` +
  'contatterà telefonicamente: se vuole, indichi una fascia oraria.';
const reply = (line: string) =>
  rulesFired({
    subject: 'Re: Presa in carico ticket n. 341733 - Ravvedimento IMU: interessi sul tasso 2025',
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [],
    from: { name: 'Fabio Ghezzi', address: 'fabio.ghezzi@comune.pievedolmi.example' },
    bodyText: `${line}\nFabio Ghezzi\nServizio Tributi - Comune di Pieve d'Olmi\n0372 918440${quote('341733')}`,
  });

describe('a reply on the ticket that adds to it', () => {
  test.each([
    'Buongiorno, oggi sono in ufficio dalle 8.30 alle 12.30 e domani tutto il giorno.',
    'Buongiorno, domani mattina sono in ufficio dalle 7.45 alle 13.',
    'Non è risolto, il ravvedimento IMU si blocca ancora.',
  ])('%s', (line) => {
    expect(reply(line)).not.toContain('body-too-vague');
  });
  test.each(['Novità? Grazie', 'Non è risolto.', 'Come da oggetto, grazie.'])(
    '"%s" still explains nothing',
    (line) => {
      expect(reply(line)).toContain('body-too-vague');
    },
  );
});
