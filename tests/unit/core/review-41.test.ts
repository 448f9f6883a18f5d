// The review of the 41st stop's change (review-41a): cases where the session's readings went too
// far. Each failed before its mend.
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { checkTicket } from '../../../src/core/engine';
import { findPhones } from '../../../src/core/phone/find-phones';
import { prepareText } from '../../../src/core/text/prepare';
import type { TicketDraft } from '../../../src/core/types';

const problem =
  'Buongiorno,\nla liquidazione della fattura 88/2026 della Elettroforniture Riva srl si blocca con ' +
  'l\'errore "impegno non capiente", ma l\'impegno ha ancora 4.000 euro disponibili.';
const draftOf = (bodyText: string, more: Partial<TicketDraft> = {}): TicketDraft => ({
  subject: 'Liquidazione bloccata fattura 88/2026',
  to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [{ name: 'errore.png', size: 20_000, contentType: 'image/png' }],
  from: { name: 'Elena Barchi', address: 'e.barchi@comune.poggioalto.example' },
  bodyText,
  ...more,
});
const rulesOf = (bodyText: string, more: Partial<TicketDraft> = {}) =>
  checkTicket(draftOf(bodyText, more)).findings.map((f) => f.rule);

describe("the writer's own number stays the writer's", () => {
  test('"Titolare EQ" in a signature line', () => {
    expect(
      rulesOf(
        `${problem} Potete chiamarmi la mattina.\nCordiali saluti\nElena Barchi - Titolare EQ Area Economico Finanziaria - Comune di Poggio Alto - tel. 0376 551021`,
        {
          from: {
            name: 'Ragioneria Comune di Poggio Alto',
            address: 'ragioneria@comune.poggioalto.example',
          },
        },
      ),
    ).not.toContain('phone-missing');
  });
  test('"la titolare del procedimento risponde allo …"', () => {
    expect(
      rulesOf(
        `${problem}\nPer informazioni la titolare del procedimento risponde allo 0376 551021.\n\nGrazie\nElena Barchi\nUfficio Ragioneria\nComune di Poggio Alto`,
      ),
    ).not.toContain('phone-missing');
  });
  test('a colleague with a title, in a sentence that names the supplier', () => {
    expect(
      rulesOf(
        `${problem}\nDa domani sono in ferie: per la fattura del fornitore il rag. Bianchi è raggiungibile al 0376 551030 dalle 9 alle 13.\n\nGrazie\nElena Barchi\nUfficio Ragioneria\nComune di Poggio Alto`,
      ),
    ).not.toContain('phone-missing');
  });
});

test("a citizen's second number is theirs too", () => {
  expect(
    rulesOf(
      'Buongiorno,\nil rimborso IMU 2024 della contribuente Rosa Neri risulta approvato ma non compare nella lista dei rimborsi da liquidare.\n' +
        'La contribuente vuole essere richiamata al 338 1234567 oppure allo 0376 998877.\nPotete chiamarmi la mattina.\n\nGrazie\nElena Barchi\nUfficio Tributi - Comune di Poggio Alto',
      {
        subject: 'Rimborso IMU 2024 non elaborato',
        to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      },
    ),
  ).toContain('phone-missing');
});

describe('a question asked in passing on the same problem', () => {
  const first =
    'Buongiorno,\n\nda ieri la stampa degli avvisi TARI 2026 si blocca al 40% con il messaggio "memoria insufficiente" e il file PDF resta vuoto.\n\n';
  const rulesAfter = (second: string) =>
    rulesOf(
      `${first}${second}\n\nSono in ufficio la mattina.\n\nGrazie\nSilvia Tonelli\nUfficio Tributi - Comune di Poggio Rusco\n0376 51 20 44`,
      {
        subject: 'Stampa avvisi TARI 2026 bloccata',
        to: [{ address: 'tributi@ticket.palitalsoft.example' }],
        from: { name: 'Silvia Tonelli', address: 's.tonelli@comune.poggiorusco.example' },
      },
    );
  test('standing by when the job runs again is no booking', () => {
    expect(
      rulesAfter(
        "Vorrei anche sapere se lunedì, quando lanceremo l'emissione definitiva, qualcuno di voi può restare collegato nel caso si ripresenti.",
      ),
    ).not.toContain('booking');
  });
  test.each([
    'Vorrei anche sapere se è un problema solo nostro o capita anche ad altri Comuni.',
    "Vorrei anche sapere se dipende dall'aggiornamento installato venerdì.",
    'Vorrei anche sapere se quelli già generati sono validi o vanno buttati.',
    'Vorrei anche sapere se devo avvisare i contribuenti del ritardo.',
  ])('is no second matter: %s', (second) => {
    expect(rulesAfter(second)).not.toContain('multiple-topics');
  });
});

test("a reply to the user's own earlier mail to the wrong module still asks", () => {
  expect(
    rulesOf(
      'Buongiorno,\nvi riscrivo perché il calcolo IMU 2025 per il contribuente deceduto nel 2024 risulta ancora errato: ' +
        "l'imposta è calcolata per tutto l'anno invece che fino alla data del decesso.\nSono in ufficio la mattina.\n\n" +
        'Grazie\nElena Barchi\nUfficio Tributi - Comune di Poggio Alto\n0376 551021\n\n' +
        'Da: Barchi Elena\nInviato: lunedì 30 novembre 2026 10:05\nA: demografici@ticket.palitalsoft.example\n' +
        'Oggetto: Calcolo IMU errato contribuente deceduto\n\nBuongiorno, il calcolo IMU 2025 è errato.',
      {
        subject: 'RE: Calcolo IMU errato contribuente deceduto',
        to: [{ address: 'demografici@ticket.palitalsoft.example' }],
      },
    ),
  ).toContain('wrong-module-address');
});

describe('"su richiesta di…" for someone whose own trouble it is', () => {
  const onBehalf = (text: string) =>
    rulesOf(
      `Buongiorno,\n${text}\n\nGrazie\nLucia Bassani\nSegreteria - Comune di Colle Verde\n0577 41 22 09`,
      {
        subject: 'Firma remota del Sindaco',
        to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
        from: { name: 'Lucia Bassani', address: 'l.bassani@comune.colleverde.example' },
      },
    ).includes('on-behalf');
  test.each([
    'su richiesta del Sindaco, che si è accorto che il suo certificato di firma remota è scaduto, vi chiedo come rinnovarlo: da stamattina non riesce a firmare.',
    'scrivo per conto della collega Anna Neri, che da stamattina non riesce ad accedere a Cityware: le compare "utente bloccato". Non è un problema che abbiamo in ufficio, gli altri entrano regolarmente.',
    'su richiesta della collega Anna Neri vi chiedo di attivare le credenziali nuove: le sue sono scadute ieri e da allora le compare "password scaduta".',
  ])('%s', (text) => {
    expect(onBehalf(text)).toBe(true);
  });
});

test('a renewal the office always did itself is a how-to, not a fault', () => {
  const body =
    "Buongiorno,\nil certificato di firma del Sindaco scade il 15 gennaio: come si rinnova? Negli anni scorsi lo abbiamo sempre rinnovato correttamente dal portale, quest'anno non ricordo la procedura.\n\nGrazie\nLucia Bassani\n0577 41 22 09";
  expect(classifyTicketType('Rinnovo certificato firma', prepareText(body))).toBeNull();
});

test('a label glued to a number at the very start of a line', () => {
  expect(findPhones('tel0541 123456')).toHaveLength(1);
  expect(findPhones('Elena tel0541 123456')).toHaveLength(1);
});
