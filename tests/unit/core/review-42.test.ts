// The review of this stop's engine change (review-42a): inputs a clerk could write on which the
// first version of the change went wrong. Each case but the last failed on the reviewed commit
// (187b601a); the last guards the mail-slip reading narrowed here.
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { checkTicket } from '../../../src/core/engine';
import { prepareText } from '../../../src/core/text/prepare';
import type { AttachmentInfo } from '../../../src/core/types';
import { rulesFired } from './helpers';

const signed = (text: string) =>
  `Buongiorno,\n\n${text}\n\nSono reperibile dalle 9 alle 13.\n\nCordiali saluti\nMario Rossi\n` +
  'Ufficio Tributi - Comune di Rimini\nTel. 0541 123456';
const problem = 'la stampa degli avvisi TARI 2026 si blocca al 40% con l\'errore "Timeout"';
const rulesOf = (
  bodyText: string,
  subject = 'TARI – stampa avvisi 2026 interrotta',
  to = 'tributi@ticket.palitalsoft.example',
  attachments: AttachmentInfo[] = [],
) =>
  rulesFired({
    subject,
    to: [{ address: to }],
    cc: [],
    attachments,
    from: { name: 'Mario Rossi', address: 'mario.rossi@comune.rimini.it' },
    bodyText,
  });

describe('no block on a good ticket', () => {
  test('"Ho chiamato il supporto dal 0541 …": the number called from is the writer\'s', () => {
    const body =
      'Buongiorno,\nla stampa degli avvisi TARI 2026 si blocca al 40% con errore Timeout.\nHo ' +
      'chiamato il supporto dal 0541 123456 ma dopo venti minuti di attesa è caduta la linea: ' +
      'richiamatemi pure lì in mattinata.\n\nMario Rossi\nUfficio Tributi - Comune di Rimini';
    expect(rulesOf(body)).not.toContain('phone-missing');
  });
  test('"Prenotazioni bloccate" names the bookings, a topic', () => {
    const body = signed(
      'da stamattina i genitori non riescono a inserire le prenotazioni dei pasti dal portale: ' +
        'compare l\'errore "Servizio non disponibile" e la prenotazione non viene salvata.',
    );
    expect(
      rulesOf(body, 'Prenotazioni bloccate', 'servizi-scolastici@ticket.palitalsoft.example'),
    ).not.toContain('subject-generic');
  });
});

describe('no missed block', () => {
  test('"Novità? Grazie" under a quote that gives the helpdesk\'s number is still too vague', () => {
    const body =
      'Novità? Grazie\nMario Rossi\n0541 123456\n\n> Il giorno 25 nov 2026, alle ore 15:10, ' +
      'Palitalsoft - Assistenza Tributi <tributi@ticket.palitalsoft.example> ha scritto:\n> ' +
      'Buongiorno,\n> abbiamo inoltrato la sua segnalazione al reparto sviluppo, le faremo sapere.\n' +
      '> Per comunicazioni urgenti può chiamare il numero di telefono 0733 123456.\n> Assistenza Tributi';
    expect(
      rulesOf(body, 'R: [Ticket #52402] Calcolo IMU errato per contribuente deceduto'),
    ).toContain('body-too-vague');
  });
  test.each(['ora nn riesco a firmare grazie', 'adesso neanche riesco a firmare, grazie'])(
    '"%s" reports a fault, it closes nothing',
    (line) => {
      expect(
        classifyTicketType(
          'R: [Ticket #52402] Lettore smart card non riconosciuto',
          prepareText(`${line}\nMario Rossi`),
        ),
      ).toBe('anomalia');
    },
  );
});

describe('no prompt for someone else', () => {
  test.each([
    `da ieri ${problem}. Domani sono in ferie: in mia assenza c'è la collega Anna Verdi che conosce il problema, potete chiamarla al 0541 654321.`,
    'sono la responsabile della ragioneria e faccio da tramite con la tesoreria: da ieri il flusso OPI dei mandati viene scartato con errore "firma non valida".',
    'da lunedì Cityware non riconosce più il lettore di smart card e non riesco a firmare. La ditta ' +
      'dice che il problema è vostro, il vostro collega al telefono dice che il problema è loro: potete verificare?',
    "vi segnalo un problema che ha il responsabile del servizio e che ho anch'io: da ieri la firma " +
      'dei mandati si blocca con errore "certificato non valido".',
  ])('%s', (text) => {
    expect(rulesOf(signed(text))).not.toContain('on-behalf');
  });
  test('"per conto dell\'ufficio tecnico vi trasmetto la richiesta di creare un\'utenza"', () => {
    const body =
      "Buongiorno,\n\nper conto dell'ufficio tecnico vi trasmetto la richiesta di creare una nuova " +
      'utenza Cityware per il geom. Luca Bianchi, assunto dal 1 marzo.\n\nSono reperibile dalle 9 ' +
      'alle 13.\n\nCordiali saluti\nMario Rossi\nUfficio Tecnico - Comune di Rimini\nTel. 0541 123456';
    expect(
      rulesOf(body, 'Nuova utenza Cityware', 'sistemistica@ticket.palitalsoft.example'),
    ).not.toContain('on-behalf');
  });
  test("a long sentence that named the vendor's number still relays the geometra", () => {
    const body = signed(
      'ho provato a chiamare il vostro numero stamattina ma era sempre occupato e allora vi scrivo ' +
        "perché la geometra Sara Lodi dell'ufficio tecnico mi ha chiesto di segnalarvi che le " +
        'pratiche SUE del 2025 non si aprono e compare un errore di timeout',
    );
    expect(
      rulesOf(body, 'Pratiche SUE non si aprono', 'suap-sue@ticket.palitalsoft.example'),
    ).toContain('on-behalf');
  });
});

describe('files, chases and modules', () => {
  test("a forward whose words speak of the software's file promises nothing", () => {
    const body = signed(
      'vi giro la mail della tesoreria: dicono che il flusso non è arrivato e il file OPI del 3 ' +
        'marzo risulta scartato con firma non valida, ma in Cityware i mandati sono firmati.',
    );
    expect(
      rulesOf(body, 'Flusso OPI scartato', 'contabilita@ticket.palitalsoft.example'),
    ).not.toContain('attachment-mentioned-missing');
  });
  test('"Vi rimando il documento firmato per e-mail separata" sends it later', () => {
    expect(
      rulesOf(signed(`${problem}. Vi rimando il documento firmato per e-mail separata.`)),
    ).not.toContain('attachment-mentioned-missing');
  });
  test("the logo as the topic does not make the signature's logo the promised file", () => {
    const logo = { name: 'image001.png', size: 6_000, contentType: 'image/png' };
    const body = signed(
      "dopo l'aggiornamento di ieri i mandati stampati non riportano più il logo dell'Ente " +
        "nell'intestazione. Allego la stampa del mandato n. 1234.",
    );
    expect(
      rulesOf(body, 'Stampa mandati senza intestazione', 'contabilita@ticket.palitalsoft.example', [
        logo,
      ]),
    ).toContain('attachment-mentioned-missing');
  });
  test.each([
    `come vi ho già scritto tre volte, ${problem}.`,
    `vi scrivo di nuovo per il ticket n. 4512, di cui attendiamo ancora una risposta: ${problem}.`,
  ])('a chase after "come" or "di cui" is still one: %s', (text) => {
    expect(rulesOf(signed(text))).toContain('insistence');
  });
  test('"il nostro sistemista ha controllato il database" names no module', () => {
    const { module } = checkTicket({
      subject: 'Stampa preavvisi',
      to: [{ address: 'polizia-locale@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      from: { name: 'Mario Rossi', address: 'mario.rossi@comune.rimini.it' },
      bodyText: signed(
        'da stamattina la stampa dei preavvisi si ferma a metà pagina. Il nostro sistemista ha già ' +
          'controllato il database e dice che è tutto a posto.',
      ),
    });
    expect(module?.id).toBe('polizia-locale');
  });
});

describe('the kind of request', () => {
  const typeOf = (body: string) => classifyTicketType('Richiesta', prepareText(body));
  test("\"l'errore l'ha fatto il programma\" is no mistake of the writer's", () => {
    expect(
      typeOf(
        "la stampa esce con gli importi dell'anno scorso: l'errore l'ha fatto il programma, perché " +
          'le tariffe 2026 sono caricate correttamente.',
      ),
    ).toBe('anomalia');
  });
  test('"ho trasmesso i mandati, ma il programma li ha trasmessi due volte" is a fault', () => {
    expect(
      typeOf(
        'ho trasmesso ieri i mandati al tesoriere, ma il programma li ha trasmessi due volte: potete annullare il secondo invio?',
      ),
    ).toBe('anomalia');
  });
  test('"ho dimenticato di inserire l\'IBAN nella richiesta di rimborso" is the writer\'s slip', () => {
    expect(
      typeOf(
        "ho dimenticato di inserire l'IBAN nella richiesta di rimborso IMU del contribuente Bianchi, " +
          'che ho già approvato. Potete sbloccarla?',
      ),
    ).toBe('supporto');
  });
});
