// What kind of request, read on the opened set ZZZZZZZZZZZZZZZZZZZZZZZZZM (stop 49): a change
// proposed ("sarebbe molto utile poter esportare…", "sarebbe possibile modificare il modello…")
// tells what the program does today only to say what to add; a doubt whose other answer is the
// office's configuration ("o c'è qualcosa da sistemare nella configurazione?") is a question; a
// reply that only gives whose number it is ("il numero diretto dell'anagrafe è …") asks nothing.
import { checkTicket } from '../../../src/core/engine';
import { typeOf } from './helpers';

const mail = (text: string) =>
  `Buongiorno,\n\n${text}\n\nGrazie\nIgor Kravos\nPolizia Locale - Comune di Porpeano\n0481 770 342 (dalle 7.30 alle 13.30)`;

describe('a change proposed, with what the program does today', () => {
  test.each([
    [
      'Esportazione in Excel dei preavvisi',
      'oggi la stampa dei preavvisi non notificati esce solo in PDF e i recapiti vanno ricopiati ' +
        'a mano. Sarebbe molto utile poter esportare lo stesso elenco in Excel con la targa.',
    ],
    [
      'Ricevute dei permessi ZTL: aggiungere la targa',
      'le ricevute dei permessi ZTL riportano solo il nome del richiedente e non la targa. ' +
        'Sarebbe possibile modificare il modello per aggiungerla, anche a pagamento?',
    ],
  ])('%s', (subject, text) => {
    expect(typeOf(subject, mail(text))).toBeNull();
  });

  test('a fault with the same wish is still a fault', () => {
    const text =
      'da lunedì la stampa dei preavvisi si blocca al 40° verbale con "errore di sistema" e non ' +
      'riusciamo più a spedirli. Sarebbe molto utile poter esportare almeno l’elenco in Excel.';
    expect(typeOf('Stampa preavvisi bloccata', mail(text))).toBe('anomalia');
  });
});

describe('the other answer is the configuration', () => {
  test('"È corretto così… o c\'è qualcosa da sistemare nella configurazione?"', () => {
    const text =
      'nel riepilogo degli incassi pagoPA dei verbali il totale riconciliato è inferiore di 1,50 ' +
      'euro per pagamento. È corretto così, perché sono le commissioni che abbiamo messo a ' +
      'carico dell’ente, o c’è qualcosa da sistemare nella configurazione?';
    expect(typeOf('Incassi verbali: totale inferiore di 1,50 euro', mail(text))).toBeNull();
  });
});

describe('a reply that only says whose number it is', () => {
  test('"il numero diretto del comando è …, chiamate pure in mattinata"', () => {
    const result = checkTicket({
      subject: 'R: [Ticket #50310] Errore stampa preavvisi',
      to: [{ address: 'polizia-locale@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      from: { name: 'Igor Kravos', address: 'i.kravos@comune.porpeano.example' },
      bodyText:
        'Buongiorno,\n\nil numero diretto del comando è 0481 770 342, chiamate pure in mattinata.\n\n' +
        'Igor Kravos\nComune di Porpeano\n\n-----Messaggio originale-----\n' +
        'Da: Assistenza Polizia Locale <noreply@ticket.palitalsoft.example>\n' +
        'Inviato: martedì 17 marzo 2026 17:12\nOggetto: [Ticket #50310] Errore stampa preavvisi\n\n' +
        'Gentile utente,\nle chiediamo di indicarci un recapito telefonico diretto.\nAssistenza',
    });
    const rules = result.findings.map((f) => f.rule);
    expect(result.ticketType).toBeNull();
    expect(rules).not.toContain('body-too-vague');
    expect(rules).not.toContain('reply-to-ticket-notification');
  });
});

// ZZZZZZZZZZZZZZZZZZZZZZZZZV023, V044: a notice above the signature and the citizens' belief are
// no slip of the writer's.
describe('no own mistake', () => {
  test('"Se avete ricevuto questo messaggio per errore…" between the closing and the name', () => {
    const text =
      'nel registro delle delibere il n. 46 non esiste: dopo il 45 il sistema ha assegnato il 47.' +
      '\n\nCordiali saluti\n\nSe avete ricevuto questo messaggio per errore vi preghiamo di ' +
      'distruggerlo e di informarne il mittente.';
    expect(typeOf('Numerazione delibere: dopo il 45 il 47', mail(text))).toBe('anomalia');
  });

  test('"pensano di aver ricevuto un avviso sbagliato"', () => {
    const text =
      'sul portale i contribuenti vedono ancora gli importi TARI del 2025 e pensano di aver ' +
      'ricevuto un avviso sbagliato.';
    expect(typeOf('Portale TARI: importi 2025', mail(text))).toBe('anomalia');
  });
});
