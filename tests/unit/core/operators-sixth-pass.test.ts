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

// ZZZZZZZZZZZZZZZZZZZZZN015 and N071: the named person and who they are come before the wish's
// verb, at length; they still book help for a day to come.
describe('a named person asked to stand by on a day to come', () => {
  const bookingOf = (text: string) =>
    rulesFired({
      subject: 'Elezioni del 7 giugno: reperibilità per la notte dello scrutinio',
      to: [{ address: 'demografici@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      from: { name: 'Chiara Bonomi', address: 'c.bonomi@comune.roncegnobasso.example' },
      bodyText: `Buongiorno,\nle prove di caricamento sono andate bene e al momento non abbiamo problemi.\n${text}\n\nChiara Bonomi\nUfficio Elettorale - Comune di Roncegno Basso\n0461 772 358, dalle 8 alle 14`,
    });
  test.each([
    'Chiediamo che quel giorno Marco Fadda, che a ottobre ci ha fatto la migrazione e conosce i nostri archivi, resti a disposizione nel caso qualcosa non ripartisse.',
    'Chiediamo che la notte dello scrutinio la dott.ssa Elisa Murru, che ci ha seguito nelle ultime europee e conosce bene le nostre sezioni, resti reperibile per noi, nel caso la trasmissione dei dati alla Prefettura desse problemi.',
  ])('%s', (text) => {
    expect(bookingOf(text)).toEqual(expect.arrayContaining(['booking', 'named-operator']));
  });
});

// ZZZZZZZZZZZZZZZZZZZZZU052, V064 and V075.
describe('a named vendor person wished for, more ways', () => {
  test.each([
    "Chiediamo che intervenga il sig. Marco Deiana, che ci ha installato il server l'anno scorso.",
    "Chiediamo che quel giorno Davide\nFois, che l'anno scorso ha installato il nostro server e lo conosce bene, resti a disposizione nel caso Cityware non ripartisse.",
  ])('%s', (text) => {
    expect(rulesOf(text)).toContain('named-operator');
  });

  test('"le simulazioni non danno errori" is no present problem beside a booking', () => {
    const rules = rulesFired({
      subject: 'Emissione saldo TARI del 16 novembre: assistenza quel giorno',
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      from: { name: 'Chiara Bonomi', address: 'c.bonomi@comune.roncegnobasso.example' },
      bodyText:
        "Buongiorno,\nil 16 novembre lanceremo l'emissione del saldo TARI. Chiediamo che quel giorno un " +
        "vostro tecnico resti a disposizione nel caso l'elaborazione si blocchi. Al momento le simulazioni " +
        'non danno errori.\n\nChiara Bonomi\nUfficio Tributi - Comune di Roncegno Basso\n0461 772 358, dalle 8 alle 14',
    });
    expect(rules).toContain('booking');
  });
});
