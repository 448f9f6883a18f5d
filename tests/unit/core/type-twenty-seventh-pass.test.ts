// Types read on the opened set ZZZZZZZZZZZZZZZZZZZZZZZZZZZQ (stop 51): a reply whose thanks ask to
// close the ticket; a wrong choice owned with a stressed "io"; a lock feared, not had; a doubt
// whose other answer is the values the office entered; a meeting asked instead of opening a ticket
// each time; errors a change would spare.
import { typeOf } from './helpers';

const mail = (text: string) =>
  `Buongiorno,\n\n${text}\n\nGrazie\nGianni Pirastu\nTributi - Comune di Bortigali Alto\n0785 44 120 (mattina)`;

describe('a reply that closes the ticket in its thanks', () => {
  const reply = (thanks: string) =>
    `Perfetto, dopo il vostro intervento di stamattina la stampante viene vista e ho stampato i ` +
    `certificati.\n${thanks}\n\nRita`;
  test('"Grazie mille, potete chiudere." asks for nothing more', () => {
    expect(
      typeOf(
        'R: [Ticket #51220] Stampante non vista dopo aggiornamento',
        reply('Grazie mille, potete chiudere.'),
      ),
    ).toBeNull();
  });
  test("plain thanks leave the subject's fault", () => {
    expect(
      typeOf('R: [Ticket #51220] Stampante non vista dopo aggiornamento', reply('Grazie mille.')),
    ).toBe('anomalia');
  });
});

describe("the user's own choice", () => {
  test('"ho scelto io … invece di …" is the user\'s slip: supporto', () => {
    const text =
      'il tesoriere ha scartato la reversale 233 perché il conto di accredito è chiuso. In effetti ' +
      'ho scelto io il conto vecchio del versante invece di quello nuovo. Come la correggo?';
    expect(typeOf('Reversale 233 scartata dal tesoriere', mail(text))).toBe('supporto');
  });
  test('without the stressed "io" the software chose', () => {
    const text =
      'il tesoriere ha scartato la reversale 233 perché il conto di accredito è chiuso: la ' +
      'procedura ha proposto il conto vecchio del versante invece di quello nuovo. Come la correggo?';
    expect(typeOf('Reversale 233 scartata dal tesoriere', mail(text))).not.toBe('supporto');
  });
});

describe('a lock feared is no lock', () => {
  test('how to change the password so as not to stay locked out', () => {
    const text =
      "come si cambia la password dell'utente Cityware prima della scadenza? Ho ricevuto l'avviso " +
      'ma non trovo la voce nel menu utente e non vorrei restare bloccato proprio a fine mese.';
    expect(typeOf('cambio password prima della scadenza', mail(text))).toBeNull();
  });
  test('a locked user is a restore', () => {
    const text =
      "la mia utenza Cityware è rimasta bloccata dopo l'avviso di scadenza: potete sbloccarla?";
    expect(typeOf('utenza bloccata', mail(text))).toBe('supporto');
  });
});

describe('a doubt, a meeting, a change proposed', () => {
  test('right as it is, or the values we entered', () => {
    const text =
      'nel ruolo di prova la tariffa per i box risulta 31,40 euro mentre a noi tornava 33. È corretto ' +
      'così, per via degli arrotondamenti, oppure dipende dai coefficienti che abbiamo inserito ' +
      'noi in tabella?';
    expect(typeOf('TARI 2026: tariffa box', mail(text))).toBeNull();
  });
  test('a meeting asked instead of a ticket each time is training', () => {
    const text =
      'ogni trimestre, quando inviamo i flussi alla piattaforma, qualcosa va storto: una volta il file viene scartato, ' +
      'una volta mancano due giorni, una volta il file parte due volte. Invece di aprire un ticket ogni volta vorremmo ' +
      'un incontro da remoto con un vostro consulente per rivedere insieme la procedura di invio.';
    expect(typeOf('Flussi trimestrali: richiesta di incontro', mail(text))).toBe('formazione');
  });
  test('errors a new function would spare are no fault', () => {
    const text =
      'i diritti di segreteria delle pratiche li calcoliamo ancora a mano con una tabella. Sarebbe ' +
      'possibile averne il calcolo automatico nella pratica? Ci farebbe risparmiare tempo ed errori.';
    expect(typeOf('Proposta: calcolo automatico dei diritti', mail(text))).toBeNull();
  });
});

// Read on the opened set ZZZZZZZZZZZZZZZZZZZZZZZZZZZY (stop 51): a tax or deduction "a zero" is a
// nil result, as "importi a zero" was.
describe('a nil amount', () => {
  test('"addizionale comunale a zero" for the new hires', () => {
    const text =
      'come richiesto vi indico le matricole: la 311 e la 314, assunte a ottobre e residenti in ' +
      'paese, hanno entrambe l’addizionale comunale a zero nel conguaglio.';
    expect(typeOf('R: [Ticket #70112] Conguaglio addizionale comunale', mail(text))).toBe(
      'anomalia',
    );
  });
});

// Read on the opened sets ZZZZZZZZZZZZZZZZZZZZZZZZZZZZG and H (stop 51): a confidentiality notice
// between "Cordiali saluti" and the name is no text of the user's ("ricevuto per errore" is no
// slip); the vendor asked to stand by on the day of a server replacement is a booking.
describe('a notice inside the text, help kept for a replacement', () => {
  test('"chi avesse ricevuto questa e-mail per errore" under the closing is no slip', () => {
    const body =
      'Buongiorno,\nnel menu Elettorale > Revisioni non trovo come generare il verbale per la ' +
      'revisione straordinaria: come si procede?\n\nCordiali saluti\n\n' +
      'Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al ' +
      'destinatario indicato. Ai sensi del Regolamento UE 2016/679 ne è vietata la diffusione. Chi ' +
      'avesse ricevuto questa e-mail per errore è pregato di cancellarla.\n\n' +
      'Marta Zanin\nServizi Demografici - Comune di Arsiè Basso\nTel. 0439 58 12 03';
    expect(typeOf('Revisione straordinaria liste elettorali', body)).toBeNull();
  });
  test('"le chiedo di restare a disposizione … nel caso … non ripartisse" books help', () => {
    const text =
      'giovedì 11 giugno il fornitore cambierà il server del database. Le chiedo di restare a ' +
      'disposizione quella mattina, dalle 8, nel caso al riavvio la procedura non ripartisse. Oggi ' +
      'funziona tutto.';
    expect(typeOf('Cambio server 11 giugno', mail(text))).toBe('supporto');
  });
  test('a technician kept connected, the stop planned, "preferiamo non restare scoperti"', () => {
    const text =
      'lunedì 9 marzo sostituiranno il server di Cityware; il fermo è previsto dalle 7 alle 10. Per ' +
      'quella mattina vi chiediamo di tenere un vostro sistemista collegato con noi. Non prevediamo ' +
      'problemi, ma preferiamo non restare scoperti.';
    expect(typeOf('Sostituzione server 9 marzo', mail(text))).toBe('supporto');
  });
});
