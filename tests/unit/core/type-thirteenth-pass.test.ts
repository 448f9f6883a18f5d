// What kind of request, thirteenth pass (opened set ZZZZZZZZZZZZZZZZF): a how-to asked because a
// screen changed ("in quale scheda si indica adesso?", "Dove è finita?"), a choice between two
// ways ("… o si usa la voce «Estero generico»?"), a set-up asked "perché da sole non riusciamo",
// a reply that "riesco a firmare, grazie"; and, from the same set, "Prenotazione assistenza" as a
// subject, a crest sent on purpose, and an office mailbox's writer who asks "puoi segnalarlo tu".
import type { AttachmentInfo } from '../../../src/core/types';
import { rulesFired, typeOf } from './helpers';

const signed = (text: string) =>
  `Buongiorno,\n${text}\n\nGrazie\nGianluca Ferraresi\nServizio Personale - Comune di San Bartolo\n0721 93 22 07`;

describe('a how-to asked because the screen changed', () => {
  test('"il vecchio campo non c\'è più … in quale scheda si indica adesso?": a question', () => {
    const body = signed(
      'dopo l\'aggiornamento la maschera "Elaborazione cedolini" è cambiata e il vecchio campo ' +
        '"Mensilità aggiuntiva" non c\'è più. Devo preparare il cedolino di una dipendente cessata: ' +
        'in quale scheda si indica adesso il rateo di tredicesima?',
    );
    expect(typeOf('Cedolini - dove si imposta la tredicesima', body)).toBeNull();
  });
  test('the same screen with a wrong result is a fault', () => {
    const body = signed(
      'dopo l\'aggiornamento la maschera "Elaborazione cedolini" è cambiata e il cedolino di ' +
        'liquidazione esce senza il rateo di tredicesima, che prima veniva calcolato.',
    );
    expect(typeOf('Cedolini senza tredicesima', body)).toBe('anomalia');
  });
  test('"non trovo più il pulsante … La funzione c\'è ancora? Dove è finita?": a question', () => {
    const body = signed(
      "dopo l'aggiornamento di lunedì nella gestione delle reversali non trovo più il pulsante " +
        '"Ristampa" che usavo per rigenerare il PDF di una reversale già firmata. La funzione c\'è ' +
        'ancora? Dove è finita?',
    );
    expect(typeOf('Ristampa reversale', body)).toBeNull();
  });
  test('"va aggiunta in tabella o si usa la voce …?": which way to take', () => {
    const body = signed(
      "devo registrare un verbale a un veicolo immatricolato in Svizzera. Nell'anagrafica del " +
        'veicolo la tendina delle nazioni non propone la Svizzera: va aggiunta in tabella o si usa ' +
        'la voce "Estero generico"?',
    );
    expect(typeOf('Verbale a veicolo con targa svizzera', body)).toBeNull();
  });
});

describe('a set-up asked because the office cannot do it alone', () => {
  test('"vi chiediamo di caricarle, perché da sole non riusciamo a impostare": no fault', () => {
    const body = signed(
      'con la delibera di Giunta n. 31 sono cambiate le tariffe della mensa dal 1° aprile. Vi ' +
        'chiediamo di caricarle in Cityware come gli anni scorsi, perché da sole non riusciamo a ' +
        'impostare le fasce nuove.',
    );
    expect(typeOf('Refezione - nuove tariffe ISEE', body)).toBeNull();
  });
  test('"non riusciamo a impostare le fasce: compare un errore" is a fault', () => {
    const body = signed(
      'con la delibera di Giunta n. 31 sono cambiate le tariffe della mensa dal 1° aprile, ma non ' +
        'riusciamo a impostare le fasce nuove: al salvataggio compare "Fascia sovrapposta".',
    );
    expect(typeOf('Refezione - nuove tariffe ISEE', body)).toBe('anomalia');
  });
});

describe('a reply that says it works now', () => {
  test('"ok adesso il lettore legge la smart card e riesco a firmare, grazie mille."', () => {
    const body =
      'ok adesso il lettore legge la smart card e riesco a firmare, grazie mille.\nNadia';
    expect(typeOf('Re: [Ticket #51120] Smart card non letta', body)).toBeNull();
  });
  test('"adesso dopo il riavvio non riesco a firmare, grazie" is still a fault', () => {
    const body = 'adesso dopo il riavvio non riesco a firmare, grazie.\nNadia';
    expect(typeOf('Re: [Ticket #51120] Smart card non letta', body)).toBe('anomalia');
  });
});

const check = (subject: string, bodyText: string, attachments: AttachmentInfo[] = []) =>
  rulesFired({
    subject,
    to: [{ address: 'demografici@ticket.palitalsoft.example' }],
    cc: [],
    attachments,
    from: { name: 'Giuseppe Arena', address: 'g.arena@comune.poggioalcantara.example' },
    bodyText,
  });
const arena = (text: string) =>
  `Buongiorno,\n${text}\n\nGiuseppe Arena\nUfficio Demografico - Comune di Poggio Alcantara\n095 64 31 077, lun-ven 8-13`;

describe('subjects and attachments', () => {
  const booking = arena(
    'a fine aprile approviamo il rendiconto e vorrei prenotare fin da ora qualche ora di ' +
      'assistenza telefonica per la settimana dal 19 al 23 aprile, da usare se dovessi trovarmi in difficoltà.',
  );
  test('"Prenotazione assistenza" names no topic', () => {
    expect(check('Prenotazione assistenza', booking)).toContain('subject-generic');
  });
  test('"Prenotazione assistenza rendiconto 2026" does', () => {
    expect(check('Prenotazione assistenza rendiconto 2026', booking)).not.toContain(
      'subject-generic',
    );
  });
  const crest = { name: 'stemma-nuovo.png', size: 900, contentType: 'image/png' };
  test('a crest sent on purpose ("Vi allego lo stemma in PNG") is the promised attachment', () => {
    const body = arena(
      'è stato adottato il nuovo stemma del Comune: vi chiediamo di aggiornare i modelli dei ' +
        'certificati anagrafici. Vi allego lo stemma in PNG ad alta risoluzione.',
    );
    expect(check('Nuovo stemma sui certificati', body, [crest])).not.toContain(
      'attachment-mentioned-missing',
    );
  });
  test("a small crest beside a promised deliberation is still the signature's", () => {
    const body = arena(
      'è stato adottato il nuovo stemma del Comune: vi chiediamo di aggiornare i modelli dei ' +
        'certificati anagrafici. Vi allego la delibera di approvazione.',
    );
    expect(check('Nuovo stemma sui certificati', body, [crest])).toContain(
      'attachment-mentioned-missing',
    );
  });
});

describe("a colleague's mail from an office mailbox, forwarded as is", () => {
  const forward = (ask: string) =>
    rulesFired({
      subject: 'I: errore fatture',
      to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      from: { name: 'Franco Biagini', address: 'f.biagini@comune.montegemoli.example' },
      bodyText:
        'vedi sotto, grazie\nFranco\n\n-----Messaggio originale-----\n' +
        'Da: Ragioneria Comune di Montegemoli <ragioneria@comune.montegemoli.example>\n' +
        'Inviato: martedì 2 marzo 2027 11:48\nA: Franco Biagini <f.biagini@comune.montegemoli.example>\n' +
        'Oggetto: errore fatture\n\nFranco, quando provo a importare le fatture elettroniche dallo ' +
        `SDI mi esce "Codice ufficio IPA non valido" e non ne carica nessuna. ${ask} Grazie, Mara`,
    });
  test('"Puoi segnalarlo tu a Palitalsoft?": written for the colleague', () => {
    expect(forward('Puoi segnalarlo tu a Palitalsoft?')).toContain('on-behalf');
  });
  test('without the ask, an office mailbox is no colleague', () => {
    expect(forward('Ho già provato a riavviare.')).not.toContain('on-behalf');
  });
});

// ZZZZZZZZZZZZZZZZZZC057: the crest named in the sentence before, the image attached after it.
describe('the new crest attached as "il file PNG"', () => {
  const crest = { name: 'stemma_comune_2026.png', size: 900, contentType: 'image/png' };
  test('"…il nuovo stemma del Comune. Vi allego il file PNG ad alta risoluzione": sent', () => {
    const rules = rulesFired({
      subject: 'Nuovo stemma comunale nei modelli dei certificati',
      to: [{ address: 'demografici@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [crest],
      bodyText:
        'Buongiorno,\n\ncon delibera del Consiglio è stato approvato il nuovo stemma del Comune. ' +
        'Vi allego il file PNG ad alta risoluzione e vi chiedo di sostituirlo nei modelli dei ' +
        'certificati.\n\nGrazie\nCristina Ottonello\nServizi Demografici - Comune di Lavagnola\n' +
        '019 854 3306, in ufficio dalle 8 alle 14',
    });
    expect(rules).not.toContain('attachment-mentioned-missing');
  });
});
