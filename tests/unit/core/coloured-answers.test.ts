// Answers typed in colour into the helpdesk's quoted HTML mail, at the end of the operator's own
// lines or in a table's empty cells (blind set ZZZZZZZZZZZZZZP, #11 and #45): the plain text no
// longer shows where they start, the HTML's colour does.
import { checkTicket } from '../../../src/core/engine';
import { colouredRuns, isMarkingColour } from '../../../src/core/text/coloured-runs';
import { htmlToText } from '../../../src/core/text/html-to-text';
import type { TicketDraft } from '../../../src/core/types';

const rulesOf = (draft: Partial<TicketDraft>): string[] =>
  checkTicket({ to: [], cc: [], attachments: [], ...draft }).findings.map((f) => f.rule);

describe('which colours mark text', () => {
  test.each(['#C00000', '#c00', 'red', 'rgb(0, 112, 192)', '#2F5597', 'Blue'])('%s marks', (c) =>
    expect(isMarkingColour(c)).toBe(true),
  );
  test.each(['black', '#000000', '#1f1f1f', '#808080', 'windowtext', 'gray', 'white', 'inherit'])(
    '%s is plain text',
    (c) => expect(isMarkingColour(c)).toBe(false),
  );
});

describe('coloured runs of an HTML body', () => {
  test('one run per coloured piece of a line; links and backgrounds are no marking', () => {
    const html =
      '<p>Numero pratica <span style="color:#C00000">SUE 88/2026</span></p>' +
      '<p>Sito <a href="https://x.example"><span style="color:#0563C1">x.example</span></a></p>' +
      '<p><span style="background-color:yellow">evidenziato</span> e <font color="blue">in blu</font></p>' +
      '<p><span style="color:red">prima riga<br>seconda riga</span></p>';
    expect(colouredRuns(html).map((r) => r.text)).toEqual([
      'SUE 88/2026',
      'in blu',
      'prima riga',
      'seconda riga',
    ]);
  });
  test('black text inside a coloured span ends the run', () => {
    const html =
      '<p><span style="color:blue">sì <span style="color:black">(vostro)</span> no</span></p>';
    expect(colouredRuns(html).map((r) => r.text)).toEqual(['sì', 'no']);
  });
});

const quoted = (answer: (text: string) => string, announcement: string) =>
  [
    '<div class="WordSection1">',
    `<p class="MsoNormal">Buongiorno,</p><p class="MsoNormal">${announcement}</p>`,
    '<p class="MsoNormal">Saluti</p><p class="MsoNormal">Ornella Tagliaferri<br>Ufficio Tecnico - Comune di Rocca Sorana</p>',
    '<div style="border:none;border-top:solid #E1E1E1 1.0pt">',
    '<p class="MsoNormal"><b>Da:</b> Assistenza SUAP-SUE Palitalsoft &lt;suap-sue@ticket.palitalsoft.example&gt;<br>',
    '<b>Inviato:</b> lunedì 30 novembre 2026 16:05<br>',
    '<b>Oggetto:</b> [Ticket #70215] Pratiche edilizie senza numero di protocollo</p></div>',
    '<p class="MsoNormal">Gentile utente, per la verifica ci servono:</p>',
    `<p class="MsoNormal">1. il numero di una pratica senza protocollo ${answer('PdC 2026/0311, presentata il 24/11')}</p>`,
    `<p class="MsoNormal">2. l'orario in cui la pratica è stata inviata ${answer('intorno alle 10 di mattina')}</p>`,
    `<p class="MsoNormal">3. un recapito e una fascia oraria per richiamarla ${answer('0766 842 519, dalle 9 alle 12')}</p>`,
    '<p class="MsoNormal">Cordiali saluti<br>Assistenza SUAP-SUE</p>',
    '</div>',
  ].join('\n');
const red = (t: string) => `<span style="color:#C00000"><b>${t}</b></span>`;
const plain = (t: string) => t;

const reply = (html: string, withText: boolean): Partial<TicketDraft> => ({
  subject: 'R: [Ticket #70215] Pratiche edilizie senza numero di protocollo',
  to: [{ address: 'suap-sue@ticket.palitalsoft.example' }],
  from: { name: 'Ornella Tagliaferri', address: 'o.tagliaferri@comune.roccasorana.example' },
  // Outlook hands the engine its own plain text besides the HTML; the CLI, the HTML alone.
  bodyText: withText ? htmlToText(html).replace(/ {1}(\d{4} \d{3})/, '  $1') : '',
  bodyHtml: html,
});

describe('answers in red on the operator\'s lines, announced ("risposte in rosso")', () => {
  const announcement = 'trovate le risposte in rosso qui sotto.';
  test.each([true, false])('they give phone and time (host plain text given: %s)', (withText) => {
    const found = rulesOf(reply(quoted(red, announcement), withText));
    expect(found).not.toContain('phone-missing');
    expect(found).not.toContain('availability-missing');
  });
  test("the same words not coloured stay the operator's: no phone of the user's", () => {
    expect(rulesOf(reply(quoted(plain, announcement), false))).toContain('phone-missing');
  });
});

describe('a table the operator sent, its answer cells filled in blue', () => {
  const table = (cell: (t: string) => string) =>
    [
      '<p>Buonasera, ecco fatto.</p><p>Michele Santangelo<br>Tributi - Comune di Vallemaio</p>',
      '<div style="border-top:solid #E1E1E1 1.0pt"><p><b>Da:</b> Assistenza Tributi &lt;tributi@ticket.palitalsoft.example&gt;<br>',
      '<b>Inviato:</b> martedì 1 dicembre 2026 11:20<br><b>Oggetto:</b> [Ticket #70388] Avvisi TARI</p></div>',
      '<p>Gentile utente, compili per favore la tabella:</p>',
      '<table><tr><td>Domanda</td><td>Risposta</td></tr>',
      `<tr><td>Quanti avvisi risultano senza importo</td><td>${cell('circa 120, tutti utenze domestiche')}</td></tr>`,
      `<tr><td>Recapito telefonico e orario</td><td>${cell('0776 95 12 03, pomeriggio dalle 15')}</td></tr>`,
      '</table><p>Grazie<br>Assistenza Tributi</p>',
    ].join('\n');
  const blue = (t: string) => `<span style="color:#2F5597">${t}</span>`;
  const draft = (cell: (t: string) => string): Partial<TicketDraft> => ({
    subject: 'R: [Ticket #70388] Avvisi TARI',
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    from: { name: 'Michele Santangelo', address: 'm.santangelo@comune.vallemaio.example' },
    bodyText: '',
    bodyHtml: table(cell),
  });
  test('two coloured cells answer even unannounced', () => {
    const found = rulesOf(draft(blue));
    expect(found).not.toContain('phone-missing');
    expect(found).not.toContain('availability-missing');
  });
  test("left black, the cells are read as the operator's", () => {
    expect(rulesOf(draft(plain))).toContain('phone-missing');
  });
});

describe("the operator's own coloured words", () => {
  test("one coloured number in the operator's text, nothing announced: not the user's", () => {
    const html = [
      '<p>Buongiorno, il problema si ripresenta anche oggi sulle pratiche nuove.</p>',
      '<p>Ornella Tagliaferri<br>Ufficio Tecnico - Comune di Rocca Sorana</p>',
      '<div style="border-top:solid #E1E1E1 1.0pt"><p><b>Da:</b> Assistenza SUAP-SUE &lt;suap-sue@ticket.palitalsoft.example&gt;<br>',
      '<b>Inviato:</b> lunedì 30 novembre 2026 16:05<br><b>Oggetto:</b> [Ticket #70215] Pratiche</p></div>',
      '<p>Gentile utente, abbiamo corretto la configurazione.</p>',
      '<p>Se il problema si ripresenta ci contatti al numero <span style="color:red">0541 900 100</span></p>',
      '<p>Cordiali saluti<br>Assistenza SUAP-SUE</p>',
    ].join('\n');
    const found = rulesOf({
      subject: 'R: [Ticket #70215] Pratiche',
      to: [{ address: 'suap-sue@ticket.palitalsoft.example' }],
      from: { name: 'Ornella Tagliaferri', address: 'o.tagliaferri@comune.roccasorana.example' },
      bodyText: '',
      bodyHtml: html,
    });
    expect(found).toContain('phone-missing');
  });
});

describe('answers in bold, when the text above says so', () => {
  const html = (announcement: string) =>
    [
      `<p>Buongiorno, ${announcement}</p><p>Marisa Pintus<br>Ufficio Tributi - Comune di Genoni Alto</p>`,
      '<hr><p><b>Da:</b> Assistenza Tributi &lt;tributi@ticket.palitalsoft.example&gt;<br>',
      '<b>Inviato:</b> mercoledì 2 dicembre 2026 10:12<br><b>Oggetto:</b> [Ticket #70511] Canone unico</p>',
      '<p>Buongiorno, per verificare le chiediamo:</p>',
      "<div>- quanti avvisi hanno l'importo doppio? <b>tutti i 140 dei passi carrabili</b></div>",
      '<div>- un recapito per sentirci <b>il fisso non va, chiamatemi al 347 220 9184 dopo le 15</b></div>',
      '<p>Cordiali saluti<br>Assistenza Tributi</p>',
    ].join('\n');
  const draft = (announcement: string): Partial<TicketDraft> => ({
    subject: 'R: [Ticket #70511] Canone unico',
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    from: { name: 'Marisa Pintus', address: 'm.pintus@comune.genonialto.example' },
    bodyText: '',
    bodyHtml: html(announcement),
  });
  test('"rispondo in grassetto": the bold tail of the operator\'s line gives phone and time', () => {
    const found = rulesOf(draft('rispondo in grassetto.'));
    expect(found).not.toContain('phone-missing');
    expect(found).not.toContain('availability-missing');
  });
  test("bold without saying so is the operator's emphasis", () => {
    expect(rulesOf(draft('vi rispondo sotto.'))).toContain('phone-missing');
  });
});

test('answers in red on the "> " lines of a Thunderbird-style quote', () => {
  const html = [
    '<p>Buongiorno,</p><p>Rosanna Ferri<br>Stato Civile - Comune di Monte Lupone<br>071 78 20 316</p>',
    '<p>Il 01/12/2026 15:51, Assistenza Demografici ha scritto:</p><blockquote>',
    "Buongiorno,<br>per la numerazione dell'atto ci indichi:<br>",
    '- il numero assegnato e quello atteso <span style="color:#FF0000">assegnato il n. 1, doveva essere il 4</span><br>',
    '- se l\'atto è già firmato <span style="color:#FF0000">no, è in bozza. Chiamatemi oggi pomeriggio, sono in ufficio fino alle 18</span><br>',
    'Cordiali saluti<br>Assistenza Demografici</blockquote>',
  ].join('\n');
  const found = rulesOf({
    subject: 'Re: [Ticket #70602] Trascrizione atto di nascita',
    to: [{ address: 'demografici@ticket.palitalsoft.example' }],
    from: { name: 'Rosanna Ferri', address: 'statocivile@comune.montelupone.example' },
    bodyText: '',
    bodyHtml: html,
  });
  expect(found).not.toContain('availability-missing');
  expect(found).not.toContain('body-too-vague');
});
