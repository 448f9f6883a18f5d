// One request or two, second pass (blind set ZZZZZZZZZZZZZZS): a postscript under the signature,
// "ah, dimenticavo", "i problemi sono tre", one more question on another module's matter, and
// their look-alikes: a call-back asked with "vi chiedo anche", a postscript giving a number or
// news of a closed matter, one more symptom run on in the same line or on the same records.
import { checkTicket } from '../../../src/core/engine';
import type { TicketDraft } from '../../../src/core/types';

const mail = (body: string, subject = 'Anomalia in procedura'): TicketDraft => ({
  subject,
  to: [{ address: 'tributi@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [],
  from: { name: 'Silvana Orrù', address: 's.orru@comune.ardauli-basso.example' },
  bodyText: body,
});
const rulesOf = (body: string, subject?: string) =>
  checkTicket(mail(body, subject)).findings.map((f) => f.rule);
const signature = 'Silvana Orrù\nUfficio Tributi - Comune di Ardauli Basso\ntel. 0783 67 12 09';
const problem =
  "Buongiorno,\nnell'emissione degli avvisi TARI 2026 le utenze non domestiche della categoria 14 " +
  'risultano senza la quota variabile, mentre fino a ottobre venivano calcolate.';

describe('a postscript under the signature', () => {
  test('asking for another thing, it is a second request', () => {
    const body = `${problem}\n\n${signature}\n\nP.S. Potete creare l'utenza Cityware anche per il nuovo collega dei servizi sociali, Ettore Pinna?`;
    expect(rulesOf(body)).toContain('multiple-topics');
  });
  test('the signature above it is still read: no "signature missing", no "phone missing"', () => {
    const body = `${problem}\n\n${signature}\n\nPS: vorrei sapere anche se si può avere un corso sulle nuove tariffe per la collega nuova.`;
    const found = rulesOf(body);
    expect(found).not.toContain('signature-missing');
    expect(found).not.toContain('phone-missing');
  });
  test('giving another number, it asks nothing', () => {
    const body = `${problem}\n\n${signature}\n\nP.S. se al fisso non risponde nessuno, il mio cellulare è il 349 882 1734`;
    expect(rulesOf(body)).not.toContain('multiple-topics');
  });
  test('telling that an earlier matter is solved, it asks nothing', () => {
    const body = `${problem}\n\n${signature}\n\nP.S. La stampa dei solleciti che vi avevo segnalato lunedì l'abbiamo risolta noi, era un parametro nostro.`;
    expect(rulesOf(body)).not.toContain('multiple-topics');
  });
});

describe('asking to be called back is no second request', () => {
  test('"Vi chiedo anche di richiamarmi nel pomeriggio"', () => {
    const body = `${problem}\n\nVi chiedo anche di richiamarmi nel pomeriggio, così vi spiego meglio.\n\n${signature}`;
    expect(rulesOf(body)).not.toContain('multiple-topics');
  });
});

describe('matters announced or added late', () => {
  test('"Ah, dimenticavo: come si…?" after the thanks', () => {
    const body = `${problem}\n\nGrazie.\n\nAh, dimenticavo: come si esporta l'elenco dei contribuenti con la rateizzazione attiva? Non trovo più la stampa.\n\n${signature}`;
    expect(rulesOf(body)).toContain('multiple-topics');
  });
  test('"i problemi sono tre:" before a numbered list', () => {
    const body =
      'Buongiorno,\nvi scrivo una sola mail perché i problemi sono tre:\n' +
      '1. le utenze TARI non domestiche della categoria 14 sono senza quota variabile;\n' +
      '2. il registro di protocollo giornaliero di ieri non è stato generato;\n' +
      '3. i mandati di ieri non hanno il CIG nel flusso al tesoriere.\n\n' +
      signature;
    expect(rulesOf(body)).toContain('multiple-topics');
  });
  test('"le domande sono due" on one set-up asks two questions of one matter', () => {
    const body =
      'Buongiorno,\nstiamo preparando le iscrizioni online alla mensa per il prossimo anno. Le domande sono due:\n' +
      "1) il modulo dell'anno scorso si può copiare e modificare?\n" +
      '2) si possono aprire le iscrizioni prima di caricare le tariffe nuove?\n\n' +
      signature;
    expect(rulesOf(body)).not.toContain('multiple-topics');
  });
  test('"Vorrei anche sapere come si rinnova il certificato di firma" after a fines problem', () => {
    const body =
      'Buongiorno,\ni preavvisi di sosta scaricati dai palmari martedì non compaiono nella lista dei ' +
      'verbali, mentre quelli di lunedì ci sono.\n' +
      'Vorrei anche sapere come si rinnova il certificato di firma digitale del Comandante, che scade a marzo: lo fate voi o serve il fornitore del token?\n\n' +
      signature;
    expect(rulesOf(body)).toContain('multiple-topics');
  });
  test('"Vorrei anche sapere se…" on the same matter goes on with it', () => {
    const body = `${problem}\nVorrei anche sapere se, una volta corretto, devo rifare l'emissione degli avvisi della categoria 14.\n\n${signature}`;
    expect(rulesOf(body)).not.toContain('multiple-topics');
  });
});

describe('one more symptom of the same matter', () => {
  test('"Inoltre, sugli stessi avvisi…" is the same records', () => {
    const body = `${problem}\nInoltre, sugli stessi avvisi, la data di scadenza della seconda rata risulta vuota.\n\n${signature}`;
    expect(rulesOf(body)).not.toContain('multiple-topics');
  });
  test('"Un\'altra cosa: nella stessa postazione vorremmo…" is another matter in the same place', () => {
    const body = `${problem}\n\nUn'altra cosa: nella stessa postazione vorremmo installare il lettore di smart card per la firma della collega nuova, ci dite come fare?\n\n${signature}`;
    expect(rulesOf(body)).toContain('multiple-topics');
  });
  test('"In più…" run on in the same line, sharing its words', () => {
    const body =
      'Buongiorno,\nle presenze della mensa segnate sul tablet non arrivano nel gestionale da venerdì: ' +
      'i bambini risultano tutti assenti. In più alcuni bambini compaiono due volte nel tablet e il ' +
      `totale dei pasti è sbagliato.\n\n${signature}`;
    expect(rulesOf(body, 'Presenze mensa da tablet')).not.toContain('multiple-topics');
  });
});

describe("a taxpayer's number in the request", () => {
  test('"il contribuente Rosati (che mi richiama tutti i giorni al 333 …)" is not the writer\'s', () => {
    const body =
      'Buongiorno,\nho registrato la rateizzazione di un accertamento per il contribuente Rosati Franco ' +
      '(che mi richiama tutti i giorni al 333 481 2290), ma il piano ha tutte le rate con la stessa scadenza.\n\n' +
      'Grazie\nSilvana Orrù\nUfficio Tributi - Comune di Ardauli Basso';
    expect(rulesOf(body)).toContain('phone-missing');
  });
});

describe('a reply on the automatic mail that reports one more thing', () => {
  const reply = (text: string) =>
    checkTicket({
      subject: 'Re: [Ticket #48402] Riduzione TARI compostaggio non applicata',
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      from: { name: 'Silvana Orrù', address: 's.orru@comune.ardauli-basso.example' },
      bodyText:
        `Buongiorno,\n${text}\n\n${signature}\n\n` +
        'Il 15/02/2027 16:30, tributi@ticket.palitalsoft.example ha scritto:\n' +
        '> Gentile cliente,\n> la sua richiesta è stata registrata con il ticket n. 48402.\n' +
        '> Per un argomento diverso invii una nuova e-mail.\n> Palitalsoft - Servizio Assistenza',
    }).findings.map((f) => f.rule);
  test('"in attesa… vi segnalo anche che l\'importazione F24 si interrompe" is another problem', () => {
    expect(
      reply(
        "in attesa che guardiate la riduzione vi segnalo anche che l'importazione dei versamenti F24 IMU di gennaio si interrompe a metà con un errore di conversione.",
      ),
    ).toContain('reply-to-ticket-notification');
  });
  test('"vi segnalo anche che lo stesso errore…" adds to the ticket', () => {
    expect(
      reply(
        'vi segnalo anche che lo stesso errore sulla riduzione compare nelle utenze della frazione.',
      ),
    ).not.toContain('reply-to-ticket-notification');
  });
});
