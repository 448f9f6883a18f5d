// Replies typed inside the operator's quoted mail, tenth pass (blind set ZZZZZZZZZZZZZZC, and
// ZZZZZZZZZZZZZZA071, ZZZZZZZZZZZZZO049): a checklist ticked by the user, "confermo come sotto",
// a signature under the quote whose display name carries a title, and what stays the operator's
// (its own list of things done, its unticked options, "Le ricordiamo che…").
import { checkTicket } from '../../../src/core/engine';
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { prepareText } from '../../../src/core/text/prepare';
import type { TicketDraft } from '../../../src/core/types';

const check = (draft: Partial<TicketDraft>) =>
  checkTicket({ to: [], cc: [], attachments: [], ...draft });
const rulesOf = (draft: Partial<TicketDraft>): string[] => check(draft).findings.map((f) => f.rule);

const outlookHeader = (module: string, subject: string) => [
  `Da: Assistenza ${module} <${module.toLowerCase()}@ticket.palitalsoft.example>`,
  'Inviato: martedì 1 dicembre 2026 09:32',
  `Oggetto: ${subject}`,
  '',
];

describe('a checklist ticked by the user, announced', () => {
  const subject = '[Ticket #62948] Split payment - versamento IVA di novembre calcolato a zero';
  const draft = (announcement: string) => ({
    subject: `R: ${subject}`,
    to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
    bodyText: [
      `Buongiorno, ${announcement}`,
      '',
      'Leonardo Ciuffreda',
      'Servizio Finanziario - Comune di Vieste Monte',
      '',
      ...outlookHeader('Contabilità', subject),
      'Buonasera,',
      'prima di un collegamento verifichi per favore:',
      '[x] le fatture di novembre sono registrate con esigibilità IVA "S" (scissione) - sì, sono 37',
      '[x] i relativi mandati risultano emessi e quietanzati - tutti quietanzati entro il 30/11',
      '[ ] recapito per il collegamento - 0884 706 233, mattina 8-13:30',
      '',
      'Grazie',
      'Assistenza Contabilità',
    ].join('\n'),
  });
  test('"ho spuntato la vostra lista": the note after an item\'s dash gives phone and time', () => {
    const found = rulesOf(draft('ho spuntato la vostra lista, con qualche nota accanto.'));
    expect(found).not.toContain('phone-missing');
    expect(found).not.toContain('availability-missing');
  });
  test("unannounced, the operator's list gives no phone of the user's", () => {
    expect(rulesOf(draft('vi scrivo per il ticket.'))).toContain('phone-missing');
  });
});

describe('options ticked among others on a line', () => {
  const subject = '[Ticket #62760] Problema';
  const body = (announcement: string) =>
    [
      `Buongiorno, ${announcement}`,
      '',
      'Antonello Deiana',
      'CED - Comune di Bonnanaro',
      '079 845 102 - dalle 8 alle 14',
      '',
      ...outlookHeader('Sistemistica', subject),
      'Buongiorno, per capire di cosa si tratta ci indichi:',
      'Tipo di problema: ( ) errore  (X) lentezza  ( ) blocco',
      'Postazioni coinvolte: ( ) una sola  (X) tutte',
      'Da quando: ( ) oggi  (X) da più giorni, dopo il cambio del router',
      'Assistenza Sistemistica Palitalsoft',
    ].join('\n');
  test('"ho segnato con la X": the ticked options describe the problem', () => {
    const found = rulesOf({
      subject: `R: ${subject}`,
      to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
      bodyText: body('ho segnato con la X.'),
    });
    expect(found).not.toContain('body-too-vague');
    expect(found).toContain('subject-generic');
  });
});

describe("a proposed date ticked, and the operator's lines around it", () => {
  const subject = '[Ticket #58695] Formazione agenti sulla nuova app per i verbali';
  const draft = {
    subject: `R: ${subject}`,
    to: [{ address: 'polizia-locale@ticket.palitalsoft.example' }],
    bodyText: [
      'Buongiorno,',
      'scelgo la seconda data, indicata con la X qui sotto. Per organizzare chiamatemi pure di mattina.',
      '',
      'Comm. Claudio Brambilla',
      'Comando Polizia Locale - Comune di Desio',
      '0362 392 411',
      '',
      ...outlookHeader('Polizia Locale', subject),
      'Le proponiamo tre date per la sessione in presenza (mezza giornata, 8 agenti):',
      '[ ] martedì 2 febbraio, 9-13',
      '[X] giovedì 4 febbraio, 14-18',
      '[ ] lunedì 8 febbraio, 9-13',
      'Le ricordiamo che la formazione è a pagamento se non è attivo il servizio di assistenza straordinaria.',
    ].join('\n'),
  };
  test("the reply arranges the training: formazione, not the operator's words read as a problem", () => {
    expect(check(draft).ticketType).toBe('formazione');
  });
  test('"… qui sotto" pointing at answered lines is no forward to read', () => {
    const prepared = prepareText(draft.bodyText);
    expect(prepared.content.text).toContain('giovedì 4 febbraio');
    expect(prepared.content.text).not.toContain('martedì 2 febbraio');
    expect(prepared.content.text).not.toContain('Le ricordiamo');
    expect(classifyTicketType(draft.subject, prepared)).toBe('formazione');
  });
});

describe("the operator's own ticked list stays the operator's", () => {
  const subject = '[Ticket #60231] ANPR errore invio variazioni anagrafiche';
  test("a confirmation above the operator's list of things done reads none of it", () => {
    const prepared = prepareText(
      [
        'Confermo, da stamattina le variazioni partono regolarmente verso ANPR. Potete chiudere il ticket, grazie.',
        '',
        'Giuseppe Di Lorenzo',
        'Comune di Roccaviva',
        'tel. 0871 452210',
        '',
        ...outlookHeader('Demografici', subject),
        'Gentile utente,',
        'abbiamo eseguito i seguenti interventi sul vostro ambiente:',
        '[x] rinnovato il certificato di postazione ANPR scaduto il 09/11',
        '[x] riavviato il servizio di invio automatico',
        "[ ] verifica esiti domani mattina (a cura dell'Ente)",
        'Cordiali saluti',
        'Servizio Assistenza Demografici',
      ].join('\n'),
    );
    expect(prepared.content.text).not.toContain('rinnovato il certificato');
  });
});

describe('a signature under the quote, the display name with a title', () => {
  const subject = '[Ticket #62560] Firma remota ordinanze non funziona';
  test('"Dott.ssa Immacolata Guerriero" signs under the operator\'s mail', () => {
    const found = rulesOf({
      subject: `R: ${subject}`,
      from: {
        name: 'Dott.ssa Immacolata Guerriero',
        address: 'segretario@comune.arianovecchio.av.example',
      },
      to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
      bodyText: [
        'Buongiorno,',
        'scrivo per il Sindaco, che non riesce a firmare le ordinanze con la firma remota. Vi rispondo sotto per quanto so.',
        '',
        ...outlookHeader('Sistemistica', subject),
        'Buongiorno,',
        'ci servono queste informazioni:',
        'Che messaggio compare al momento della firma?',
        'R: "OTP non valido o scaduto", anche inserendo subito il codice appena arrivato',
        'Da quale dispositivo firma il Sindaco?',
        'R: dal portatile del Comune, da casa, con la VPN',
        '',
        'Grazie',
        'Assistenza Sistemistica',
        '',
        'Dott.ssa Immacolata Guerriero',
        'Segretario Comunale - Comune di Ariano Vecchio',
        '0825 871 003, entro le 13',
      ].join('\n'),
    });
    expect(found).not.toContain('signature-missing');
    expect(found).not.toContain('phone-missing');
  });
});

describe('an office mailbox that fills "Referente:" with the office', () => {
  const subject = '[Ticket #62778] Fatture elettroniche SDI non scaricate dal 27/11';
  const draft = (referente: string) => ({
    subject: `R: ${subject}`,
    from: { name: 'Ufficio Ragioneria', address: 'ragioneria@comune.teglioalto.so.example' },
    to: [{ address: 'contabilita@ticket.palitalsoft.example' }],
    bodyText: [
      'Buongiorno, compilato sotto.',
      '',
      ...outlookHeader('Contabilità', subject),
      'Ente: Comune di Teglio Alto',
      'Messaggio nel log di scarico: "Canale SDICoop: risposta non valida"',
      `Referente: ${referente}`,
      'Telefono: 0342 786 330',
      'Orari: 8-13',
      '',
      'Grazie',
      'Assistenza Contabilità Palitalsoft',
    ].join('\n'),
  });
  test('"Referente: Ufficio Ragioneria" names nobody', () => {
    expect(rulesOf(draft('Ufficio Ragioneria'))).toContain('signature-missing');
  });
  test('"Referente: Paola Sertori" names the writer', () => {
    expect(rulesOf(draft('Paola Sertori'))).not.toContain('signature-missing');
  });
});

// Eleventh pass (ZZZZZZZZZZZZZZP001): a long list item of the operator's, answered after its colon.
describe('a long request item answered after its colon, announced', () => {
  const subject = '[Ticket #48213] Accertamenti IMU 2021 - interessi calcolati male';
  const body = (item: string) =>
    [
      'Buongiorno, rispondo direttamente sotto in maiuscolo.',
      'Giorgio Zanon',
      '',
      ...outlookHeader('Tributi', subject),
      'Gentile sig. Zanon,',
      'per analizzare la segnalazione avremmo bisogno di alcune informazioni:',
      '',
      '- codice contribuente di almeno un paio di casi: 00012877 E 00031450',
      item,
      '',
      'Resto in attesa di un suo riscontro.',
      'Cordiali saluti',
      'Assistenza Tributi - Palitalsoft',
    ].join('\n');
  test("phone and time typed after the item are the writer's", () => {
    const found = rulesOf({
      subject: `R: ${subject}`,
      bodyText: body(
        '- un recapito telefonico diretto e una fascia oraria in cui possiamo contattarla: 0444 720 318, DALLE 9 ALLE 12:30',
      ),
    });
    expect(found).not.toContain('phone-missing');
    expect(found).not.toContain('availability-missing');
  });
  test('the item left unanswered gives no phone', () => {
    expect(
      rulesOf({
        subject: `R: ${subject}`,
        bodyText: body(
          '- un recapito telefonico diretto e una fascia oraria in cui possiamo contattarla:',
        ),
      }),
    ).toContain('phone-missing');
  });
});
