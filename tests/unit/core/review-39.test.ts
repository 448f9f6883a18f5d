// The review of stop 39's readings: wordings next to the new ones that must keep their old
// outcome (a telephone and fax label, the writer's number left with the helpdesk, a notice wrapped
// by the client, an operator's options, a software flag ticked, courtesies taken as the chance).
import { checkTicket } from '../../../src/core/engine';
import type { TicketDraft } from '../../../src/core/types';

const rulesOf = (draft: Partial<TicketDraft>): string[] =>
  checkTicket({ to: [], cc: [], attachments: [], ...draft }).findings.map((f) => f.rule);

const request =
  'Buongiorno,\nda lunedì la stampa massiva dei verbali da notificare si ferma dopo il primo verbale del lotto. Sono in ufficio dalle 8 alle 14.';
const signed = (phoneLine: string) =>
  `${request}\n\nDistinti saluti\nIsp. Capo Luca Ferraresi\nComando Polizia Locale - Comune di Portomaggiore\n${phoneLine}`;
const verbali = {
  subject: 'Stampa massiva verbali si ferma al primo verbale',
  to: [{ address: 'polizia-locale@ticket.palitalsoft.example' }],
  attachments: [{ name: 'errore.png', contentType: 'image/png', size: 1000 }],
};

describe('one number for telephone and fax, however the label is written', () => {
  test.each(['Tel. Fax 0532 418877', 'Tel.Fax 0532 418877', 'Centralino e fax 0532 418877'])(
    '%s is a phone',
    (line) => {
      expect(rulesOf({ ...verbali, bodyText: signed(line) })).not.toContain('phone-missing');
    },
  );
});

describe("the writer's number left with the helpdesk", () => {
  test('"ho lasciato il numero al vostro centralino: 0541 …" is the writer\'s', () => {
    const found = rulesOf({
      ...verbali,
      bodyText: `Buongiorno,\nstamattina ho già lasciato il numero al vostro centralino: 0541 704111, aspetto di essere richiamato.\nDa lunedì la stampa massiva dei verbali si ferma dopo il primo verbale. Sono in ufficio dalle 8 alle 14.\n\nSaluti\nIsp. Capo Luca Ferraresi\nComando Polizia Locale - Comune di Portomaggiore`,
    });
    expect(found).not.toContain('phone-missing');
  });
});

describe('a notice wrapped by the client, then a separator and the name', () => {
  const body = [
    request,
    '',
    'Cordiali saluti',
    '______________________________________________________________________',
    'AVVISO DI RISERVATEZZA: IL PRESENTE MESSAGGIO E GLI EVENTUALI ALLEGATI SONO',
    'DESTINATI ESCLUSIVAMENTE AL DESTINATARIO. QUALORA LO RICEVESTE PER ERRORE',
    'SIETE PREGATI DI DARNE IMMEDIATA NOTIZIA AL MITTENTE E DI CANCELLARLO SENZA',
    'FARNE ALCUNA COPIA.',
    '______________________________________________________________________',
    'Luca Ferraresi',
    'Comando Polizia Locale - Comune di Portomaggiore',
    'Tel. 0532 418870',
  ].join('\n');
  test('the wrapped lines are the notice: no insistence, the signature is read', () => {
    const found = rulesOf({ ...verbali, bodyText: body });
    expect(found).not.toContain('insistence');
    expect(found).not.toContain('signature-missing');
    expect(found).not.toContain('phone-missing');
  });
  test('a DPO line wrapped under a notice with no separator is not the signature', () => {
    const found = rulesOf({
      ...verbali,
      bodyText: [
        request,
        '',
        'Cordiali saluti',
        'Luca Ferraresi',
        'Comando Polizia Locale - Comune di Portomaggiore',
        '',
        'Ai sensi del Regolamento UE 2016/679 la informiamo che il Responsabile della',
        "protezione dei dati è l'Avv. Luca Bianchi, contattabile al n. 0532 704999",
        "o all'indirizzo dpo@comune.portomaggiore.it.",
      ].join('\n'),
    });
    expect(found).toContain('phone-missing');
  });
});

describe("the operator's options and lines around them", () => {
  const quote = [
    'Da: Assistenza Sistemistica <sistemistica@ticket.palitalsoft.example>',
    'Inviato: martedì 1 dicembre 2026 09:32',
    'Oggetto: [Ticket #62811] Aggiornamento server Cityware',
    '',
    "per l'aggiornamento del server ci indichi la fascia oraria preferita:",
    '[ ] martedì 9-13',
    '[X] mercoledì 14-18',
    '[ ] giovedì 9-13',
    "In allegato la procedura da seguire prima dell'aggiornamento.",
    'Cordiali saluti',
    'Assistenza Sistemistica',
  ];
  test('the line under an unticked option is the operator\'s ("In allegato la procedura")', () => {
    const found = rulesOf({
      subject: 'R: [Ticket #62811] Aggiornamento server Cityware',
      to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
      bodyText: [
        'Buongiorno,',
        "vi rispondo sotto. Per l'aggiornamento va bene mercoledì pomeriggio, il server sarà libero.",
        '',
        'Cordiali saluti',
        'Antonello Deiana',
        'CED - Comune di Bonnanaro',
        '079 845 102 - dalle 8 alle 14',
        '',
        ...quote,
      ].join('\n'),
    });
    expect(found).not.toContain('attachment-mentioned-missing');
  });
  test('"ho spuntato il flag" is a setting, no announcement: the operator\'s number stays its own', () => {
    const found = rulesOf({
      subject: 'R: [Ticket #62948] Ruolo TARI 2026 vuoto dopo elaborazione',
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      bodyText: [
        "Buongiorno, ho spuntato il flag e rilanciato l'elaborazione, ma il ruolo TARI 2026 resta vuoto: zero posizioni.",
        '',
        'Mario Rossi',
        'Ufficio Tributi - Comune di Rimini',
        '',
        'Da: Assistenza Tributi <tributi@ticket.palitalsoft.example>',
        'Inviato: martedì 1 dicembre 2026 09:32',
        'Oggetto: [Ticket #62948] Ruolo TARI 2026 vuoto dopo elaborazione',
        '',
        'ha provato a rilanciare l\'elaborazione del ruolo con il flag "Includi cessati" attivo?',
        'Per un controllo più rapido il tecnico di turno è raggiungibile allo 0541 918400 dalle 9 alle 13.',
        'Assistenza Tributi',
      ].join('\n'),
    });
    expect(found).toContain('phone-missing');
  });
});

describe('courtesies taken as the chance are no second request', () => {
  test.each([
    "Colgo l'occasione per porgere distinti saluti.",
    "Cogliamo l'occasione per augurare a tutto lo staff un sereno Natale.",
    'Approfitto per scusarmi del ritardo nella risposta.',
  ])('%s', (line) => {
    expect(rulesOf({ ...verbali, bodyText: signed(`Tel. 0532 418870\n\n${line}`) })).not.toContain(
      'multiple-topics',
    );
  });
});

describe("a colleague's problem the writer does not share", () => {
  test.each([
    'Scrivo per conto della collega Anna Neri, che oggi è assente: da lunedì non riesce a stampare gli avvisi TARI. Né io né lei riusciamo a capire il motivo, dalla mia postazione stampo regolarmente.',
    'La collega Anna Neri non riesce a generare il ruolo TARI: è un problema che abbiamo tutti gli anni a dicembre.',
    'Il vostro tecnico è andato via e la collega Anna Neri mi ha chiesto di scrivervi perché non riesce più a stampare gli avvisi TARI.',
  ])('%s', (body) => {
    expect(
      rulesOf({
        subject: 'Stampa avvisi TARI non funziona',
        to: [{ address: 'tributi@ticket.palitalsoft.example' }],
        bodyText: `Buongiorno,\n${body}\n\nMario Rossi\nUfficio Tributi - Comune di Rimini\nTel. 0541 704111, mattina`,
      }),
    ).toContain('on-behalf');
  });
});
