// Read on the opened sets ZZZZZZZZZZZZZZZZZZZZZE and F (stop 47): what the mail client, the
// snipping tool or a letterhead wrote is not the user's description, and a letterhead's lines
// (an Unione Montana on two lines, the opening hours under the phone) are the signature's.
import { checkTicket } from '../../../src/core/engine';
import { isGenericSubject } from '../../../src/core/text/generic-subject';
import type { TicketDraft } from '../../../src/core/types';

const draft = (over: Partial<TicketDraft>): TicketDraft => ({
  subject: 'Anagrafe: stampa dei certificati bloccata',
  to: [{ address: 'demografici@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [{ name: 'errore.png', contentType: 'image/png', size: 1000 }],
  from: { name: 'Ornella Sartor', address: 'anagrafe@comune.valdastico.example' },
  bodyText: '',
  ...over,
});
const rulesOf = (over: Partial<TicketDraft>) =>
  checkTicket(draft(over)).findings.map((f) => f.rule);

describe("a subject that is the snipping tool's file name", () => {
  test.each([
    'Screenshot 2026-05-11 101512.png',
    'Schermata 2026-03-02 alle 09.14.22.png',
    'Invio tramite posta elettronica: SCN_0112.pdf',
    'Invio file come da accordi',
  ])('naming nothing: %s', (subject) => expect(isGenericSubject(subject)).toBe(true));
  test('a file name with spaces that names the topic is not generic', () => {
    expect(isGenericSubject('Ruolo TARI 2026 scarti.pdf')).toBe(false);
  });
});

describe("Windows' stock text for sending a file", () => {
  test('"Il messaggio è pronto per essere inviato…" and the file names under it explain nothing', () => {
    const rules = rulesOf({
      subject: 'Ruolo TARI 2026: scarti',
      bodyText:
        'Il messaggio è pronto per essere inviato con i seguenti file o collegamenti allegati:\n\n' +
        'Scansione_0031.pdf\n\nvedi allegato, grazie\n\nOrnella Sartor\nUfficio Tributi - Comune di Valdastico\ntel. 0445 745 120',
    });
    expect(rules).toContain('body-too-vague');
  });

  test('its virus note ("Nota: per proteggersi dai virus informatici…") is no description either', () => {
    const rules = rulesOf({
      subject: 'Ruolo TARI 2026: scarti',
      bodyText:
        'Il messaggio è pronto per essere inviato con i seguenti file o collegamenti allegati:\n\n' +
        "SCN_0112.pdf\n\nNota: per proteggersi dai virus informatici, i programmi di posta elettronica potrebbero impedire l'invio o la ricezione di alcuni tipi di file allegati. Verificare le impostazioni di protezione della posta elettronica per determinare come vengono gestiti gli allegati.",
    });
    expect(rules).toContain('body-too-vague');
  });

  test('its other wording ("Invio del messaggio con i seguenti file…") under a short line', () => {
    const rules = rulesOf({
      subject: 'Ruolo TARI 2026: scarti',
      bodyText:
        'Vi mando la lettera arrivata ieri, mi chiamate? Grazie\nOrnella Sartor 0445 745 120\n' +
        'Invio del messaggio con i seguenti file o collegamenti allegati:\nScansione_20260420_093012.pdf\n' +
        "Nota: per la protezione da virus, i programmi di posta elettronica possono impedire l'invio o la ricezione di determinati tipi di file allegati.",
    });
    expect(rules).toContain('body-too-vague');
  });

  test('the same stock text above a description leaves the description counted', () => {
    const rules = rulesOf({
      subject: 'Ruolo TARI 2026: scarti',
      bodyText:
        'Il messaggio è pronto per essere inviato con i seguenti file o collegamenti allegati:\n\n' +
        'Scansione_0031.pdf\n\nnel ruolo TARI 2026 trentadue utenze non domestiche sono scartate con ' +
        '"categoria non valida", ma la categoria 22 esiste nelle tabelle.\n\nOrnella Sartor\nUfficio Tributi - Comune di Valdastico\ntel. 0445 745 120, la mattina',
    });
    expect(rules).not.toContain('body-too-vague');
  });
});

describe("an unsigned office's sign-off", () => {
  const signOff = '\n\nPolizia Locale - Comune di Valdastico';
  test('under a subject that names nothing, its words do not make the text long enough', () => {
    const rules = rulesOf({
      subject: 'Non funziona',
      bodyText: `Il programma delle multe della ZTL non funziona da stamattina. Chiamateci al 0445 745 130.${signOff}`,
    });
    expect(rules).toContain('body-too-vague');
  });

  test('under a subject that names the topic, a short precise mail still passes', () => {
    const rules = rulesOf({
      subject: 'Verbali ZTL: stampa dei preavvisi bloccata',
      bodyText: `Il programma delle multe della ZTL non funziona da stamattina. Chiamateci al 0445 745 130.${signOff}`,
    });
    expect(rules).not.toContain('body-too-vague');
  });
});

describe("a letterhead's lines in the signature", () => {
  test('the opening hours under the phone keep the Comune and its Provincia in the signature', () => {
    const rules = rulesOf({
      bodyText:
        "Buongiorno,\n\ndopo l'aggiornamento di ieri la stampa dei certificati di residenza si " +
        'blocca con "modello non trovato" su tutte le postazioni.\n\nCordiali saluti\n\nOrnella Sartor\n' +
        'Servizi Demografici\nCOMUNE DI\nVALDASTICO\nProvincia di Vicenza\nTel. 0445 745 110\n' +
        'Orario di apertura al pubblico: lun-ven 9.00-12.30, gio anche 15.00-17.30',
    });
    expect(rules).not.toContain('ente-multiple');
    expect(rules).not.toContain('signature-missing');
  });

  test('"UNIONE MONTANA" with its name on the next line names the Ente', () => {
    const rules = rulesOf({
      bodyText:
        'Buongiorno,\n\nnel modulo online delle iscrizioni al trasporto il menu delle fermate è vuoto e ' +
        'i genitori non riescono ad andare avanti.\n\nGrazie\n\nOrnella Sartor\nServizi Scolastici\n' +
        'UNIONE MONTANA\nVALLE DEL POSINA\ntel. 0445 745 140, la mattina',
    });
    expect(rules).not.toContain('ente-missing');
  });
});
