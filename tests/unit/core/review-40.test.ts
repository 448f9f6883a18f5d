// The review of this stop's change (review-40a): what the coloured answers, the postscript, the
// call-back wording and the narrowed exceptions must not do on good tickets, and what they must
// still catch.
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { checkTicket } from '../../../src/core/engine';
import { prepareText } from '../../../src/core/text/prepare';
import type { TicketDraft } from '../../../src/core/types';

const check = (draft: Partial<TicketDraft>) =>
  checkTicket({ subject: '', to: [], cc: [], attachments: [], bodyText: '', ...draft });
const rulesOf = (draft: Partial<TicketDraft>) => check(draft).findings.map((f) => f.rule);

const tari = (body: string, from = 'Lucia Ferretti'): Partial<TicketDraft> => ({
  subject: 'Avvisi TARI 2026 senza quota variabile',
  to: [{ address: 'tributi@ticket.palitalsoft.example' }],
  from: { name: from, address: 'l.ferretti@comune.sangiusto.example' },
  bodyText: body,
});
const problem =
  'Buongiorno,\nnegli avvisi TARI 2026 le utenze non domestiche della categoria 14 risultano ' +
  'senza la quota variabile, mentre fino a ottobre venivano calcolate.\n\n';

describe('a postscript between the closing and the name', () => {
  test.each([
    'Grazie\nPS: sono in ufficio fino alle 14 al 0541 723 456\nLucia',
    'Grazie mille\nP.S. chiamatemi pure al cellulare 333 1234567\nLucia\nComune di San Giusto',
    'CORDIALI SALUTI\nPS. IL MIO CELLULARE È 333 1234567\nLUCIA FERRETTI',
  ])('the name under it still signs: %s', (ending) => {
    expect(rulesOf(tari(problem + ending))).not.toContain('signature-missing');
  });
  test('a postscript in capitals under the signature is no shouting', () => {
    const body = `${problem}Lucia Ferretti\nUfficio Tributi - Comune di San Giusto\n0541 723 456\n\nPS: SONO IN UFFICIO SOLO LA MATTINA DALLE 8 ALLE 14`;
    expect(rulesOf(tari(body))).not.toContain('insistence');
  });
  test('"P.S. se non rispondo al fisso chiamate pure il 333 …" asks nothing else', () => {
    const body = `${problem}Cordiali saluti\n\nPS: se non rispondo al fisso chiamate pure il 333 1234567\n\nLucia Ferretti\nComune di San Giusto\n0541 723 456`;
    expect(rulesOf(tari(body))).not.toContain('multiple-topics');
  });
});

describe('a citizen who calls the writer', () => {
  test("the writer's number offered after it stays the writer's", () => {
    const body =
      'Buongiorno,\nla contribuente Rosati ha ricevuto due avvisi TARI 2026 con importi diversi. È una ' +
      "signora anziana che ci chiama ogni giorno: per favore chiamate me all'ufficio, 0541 723 456, " +
      'dalle 9 alle 13.\n\nGrazie\nLucia Ferretti\nUfficio Tributi - Comune di San Giusto';
    expect(rulesOf(tari(body))).not.toContain('phone-missing');
  });
});

/** An Outlook reply: the user's paragraphs, then the helpdesk's mail with `lines`. */
const outlookReply = (
  own: string[],
  lines: string[],
  from = 'Assistenza Sistemistica &lt;sistemistica@ticket.palitalsoft.example&gt;',
) =>
  [
    ...own.map((p) => `<p class="MsoNormal">${p}</p>`),
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt">',
    `<p class="MsoNormal"><b>Da:</b> ${from}<br>`,
    '<b>Inviato:</b> lunedì 30 novembre 2026 16:05<br>',
    '<b>Oggetto:</b> [Ticket #70300] Abilitazione nuova collega</p></div>',
    ...lines.map((l) => `<p class="MsoNormal">${l}</p>`),
    '<p class="MsoNormal">Cordiali saluti<br>Assistenza</p>',
  ].join('\n');
const blue = (t: string) => `<span style="color:#0070C0"><b>${t}</b></span>`;
const red = (t: string) => `<span style="color:#C00000">${t}</span>`;
const signed = [
  'Cordiali saluti',
  'Mario Rossi',
  'Comune di San Giusto',
  'Tel. 0541 723 456, mattina',
];

describe("the operator's own coloured words are not the user's answers", () => {
  test('its coloured menu paths push no module on a good reply', () => {
    const html = outlookReply(
      ['Buongiorno,', 'grazie, ora funziona tutto, potete chiudere il ticket.', ...signed],
      [
        'Gentile utente,',
        `abbiamo abilitato la nuova utenza ai menu ${blue('Protocollo &gt; Registrazione &gt; Arrivo')}`,
        `e ${blue('Protocollo &gt; Assegnazione documenti &gt; Scrivania')}`,
        `con il profilo ${blue('Operatore protocollo PEC')}`,
      ],
    );
    const found = rulesOf({
      subject: 'R: [Ticket #70300] Abilitazione nuova collega',
      to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
      from: { name: 'Mario Rossi', address: 'm.rossi@comune.sangiusto.example' },
      bodyHtml: html,
    });
    expect(found).not.toContain('wrong-module-address');
  });
  test("its technician's coloured number is not the user's phone", () => {
    const html = outlookReply(
      [
        'Buongiorno,',
        'le utenze della categoria 14 continuano a uscire senza quota variabile anche dopo la vostra correzione.',
        'Cordiali saluti',
        'Mario Rossi',
        'Ufficio Tributi - Comune di San Giusto',
      ],
      [
        'Gentile utente,',
        `abbiamo verificato la configurazione della tariffa ${red('TARI 2026')}`,
        `se il problema persiste chiami il tecnico di turno al ${red('0733 123456')}`,
      ],
      'Assistenza Tributi &lt;tributi@ticket.palitalsoft.example&gt;',
    );
    const found = rulesOf({
      subject: 'R: [Ticket #70215] Avvisi TARI senza quota variabile',
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      from: { name: 'Mario Rossi', address: 'm.rossi@comune.sangiusto.example' },
      bodyHtml: html,
    });
    expect(found).toContain('phone-missing');
  });
});

test('announced answers under "ci indichi…" lines, after the operator\'s thanks, are read', () => {
  const html = outlookReply(
    ['Buongiorno, trovate le risposte in rosso qui sotto.', 'Ornella Tagliaferri'],
    [
      'Grazie per la segnalazione.',
      `Ci indichi il numero di una pratica senza protocollo ${red('PdC 2026/0311, presentata il 24/11')}`,
      `Ci indichi un recapito e un orario per richiamarla ${red('0766 842 519, dalle 9 alle 12')}`,
    ],
    'Assistenza SUAP-SUE &lt;suap-sue@ticket.palitalsoft.example&gt;',
  );
  const found = rulesOf({
    subject: 'R: [Ticket #70215] Pratiche edilizie senza protocollo',
    to: [{ address: 'suap-sue@ticket.palitalsoft.example' }],
    from: { name: 'Ornella Tagliaferri', address: 'o.tagliaferri@comune.roccasorana.example' },
    bodyHtml: html,
  });
  expect(found).not.toContain('phone-missing');
  expect(found).not.toContain('body-too-vague');
});

describe('"urgente" narrowed', () => {
  const atti = (subject: string, body: string) =>
    rulesOf({ subject, to: [{ address: 'atti@ticket.palitalsoft.example' }], bodyText: body });
  const body =
    'Buongiorno,\nla determina 233 non compare nella sezione trasparenza anche se risulta pubblicata da lunedì.';
  test('"NON E\' URGENTE" says it is not', () => {
    expect(
      atti('Determina 233 trasparenza', `${body} NON E' URGENTE, ma va sistemata.`),
    ).not.toContain('insistence');
  });
  test('"DELIBERA URGENTE, DOVETE RISOLVERE OGGI" is pressure', () => {
    expect(
      atti('Determina 233 trasparenza', `${body} DELIBERA URGENTE, DOVETE RISOLVERE OGGI.`),
    ).toContain('insistence');
  });
  test('"PROCEDURA URGENTE" in capitals is pressure', () => {
    expect(atti('PROCEDURA URGENTE - determina 233 trasparenza', body)).toContain('insistence');
  });
});

describe('one request or two, narrowed', () => {
  test('"Approfitto della stessa mail per segnalarvi…" opens another matter', () => {
    const body = `${problem}Approfitto della stessa mail per segnalarvi che il protocollo non scarica più le PEC in arrivo da lunedì.\n\nLucia Ferretti`;
    expect(rulesOf(tari(body))).toContain('multiple-topics');
  });
  test('a shared verb alone does not tie "Inoltre…" to the matter before', () => {
    const body =
      'Buongiorno,\nnon riesco a stampare gli avvisi TARI 2026 della categoria 14. Inoltre non riesco ' +
      'a stampare il registro giornaliero di protocollo da lunedì.\n\nLucia Ferretti';
    expect(rulesOf(tari(body))).toContain('multiple-topics');
  });
  test.each([
    "Dimenticavo: vi mando in allegato la schermata dell'avviso.",
    'Dimenticavo di dirvi che abbiamo già provato a rilanciare il calcolo delle tariffe, senza risultato.',
  ])('"%s" adds to the matter', (more) => {
    expect(rulesOf(tari(`${problem}${more}\n\nLucia Ferretti`))).not.toContain('multiple-topics');
  });
  test('"sugli avvisi … i problemi sono tre:" lists one thing\'s symptoms', () => {
    const body =
      'Buongiorno,\nsugli avvisi TARI 2026 della categoria 14 i problemi sono tre:\n1. manca la quota variabile;\n' +
      '2. la scadenza della seconda rata è vuota;\n3. il totale non corrisponde al ruolo.\n\nLucia Ferretti';
    expect(rulesOf(tari(body))).not.toContain('multiple-topics');
  });
});

describe('kind of request, narrowed', () => {
  const typeOf = (subject: string, body: string) => classifyTicketType(subject, prepareText(body));
  test('"non capisco come si possa sistemare" after a failure is a fault', () => {
    const body =
      'Buongiorno,\nda lunedì non riesco ad aprire il calcolo IMU 2025: la schermata resta bianca. ' +
      'Non capisco come si possa sistemare, ieri andava.';
    expect(typeOf('Calcolo IMU', body)).toBe('anomalia');
  });
  test('a fix asked before training ("più che intervenire…, chiediamo che sistemiate…") is a fault', () => {
    const body =
      'Buongiorno,\nda stamattina il calcolo IMU 2025 si blocca con errore 500 su tutti i contribuenti. ' +
      'Più che intervenire sui singoli casi, chiediamo che sistemiate la procedura entro venerdì e poi ' +
      'una giornata di formazione sul ricalcolo.';
    expect(typeOf('Calcolo IMU bloccato', body)).toBe('anomalia');
  });
});
