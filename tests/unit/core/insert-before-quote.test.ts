// Appending a signature or template to a plain-text reply: it must land under the user's own
// words and above the quoted message, for every way mail clients introduce a quote.
import { insertBeforeQuote } from '../../../src/core/text/insert-before-quote';
import { prepareText } from '../../../src/core/text/prepare';

const signature = 'Mario Rossi\nTel. 0541 123456';

describe('insertBeforeQuote', () => {
  test('an Italian reply header ("Il giorno … ha scritto:") stays below the new text', () => {
    const body = [
      'Buongiorno, il ruolo TARI 2025 non si genera.',
      '',
      'Il giorno mar 12 mar 2025 alle ore 10:15 Ufficio Tributi <tributi@comune.example> ha scritto:',
      '> Vi inoltro la richiesta.',
    ].join('\n');
    const out = insertBeforeQuote(body, signature);
    expect(out.indexOf(signature)).toBeGreaterThan(out.indexOf('non si genera'));
    expect(out.indexOf(signature)).toBeLessThan(out.indexOf('Il giorno mar 12 mar'));
    expect(out).toContain('> Vi inoltro la richiesta.');
  });

  test('an Outlook header block with its ruler stays below the new text', () => {
    const body = [
      'Il mandato 123 non si firma.',
      '________________________________',
      'Da: Ufficio Ragioneria <rag@comune.example>',
      'Inviato: lunedì 3 marzo 2025 09:12',
      'A: Mario Rossi',
      'Oggetto: mandato',
    ].join('\n');
    const out = insertBeforeQuote(body, signature);
    expect(out).toMatch(/non si firma\.\n\nMario Rossi\nTel\. 0541 123456\n\n_{32}\nDa: /);
  });

  test('without a quote the text goes at the end, after a blank line, and nothing is lost', () => {
    const body = 'Buongiorno,\nla stampa dei certificati si blocca.   \n\n';
    expect(insertBeforeQuote(body, signature)).toBe(
      `Buongiorno,\nla stampa dei certificati si blocca.\n\n${signature}\n`,
    );
  });

  test('an empty body gets just the text', () => {
    expect(insertBeforeQuote('', signature)).toBe(`${signature}\n`);
  });

  test('"Il contribuente ha scritto:" in the user\'s own words is not a quote', () => {
    const body = 'Il contribuente ha scritto:\n"la cartella è sbagliata"\nChiedo verifica.';
    expect(insertBeforeQuote(body, signature)).toBe(`${body}\n\n${signature}\n`);
  });
});

describe('a bottom-posted reply (quote above, the user writes below it)', () => {
  const body = [
    'Il 04/03/2026 09:12, Assistenza Tributi ha scritto:',
    '> Buongiorno, ci indica il codice di un contribuente con l’avviso errato?',
    '> Grazie',
    '',
    'Buongiorno,',
    'ecco un caso: il contribuente 20417 ha ricevuto l’avviso TARI con la superficie del vecchio',
    'immobile, anche se la variazione è registrata dal 1° febbraio.',
  ].join('\n');

  test('the added text goes under the user’s words, not above the quote', () => {
    const out = insertBeforeQuote(body, signature);
    expect(out.indexOf(signature)).toBeGreaterThan(out.indexOf('registrata dal 1° febbraio'));
    expect(out.startsWith('Il 04/03/2026 09:12')).toBe(true);
  });

  test('the own text is what is written under the quote; the quote is the block above', () => {
    const prepared = prepareText(body);
    expect(prepared.own.text).toMatch(/^Buongiorno,\necco un caso/);
    expect(prepared.content.text).toContain('il contribuente 20417');
    expect(prepared.quoted?.text).toMatch(/^Il 04\/03\/2026.*\n> Buongiorno, ci indica/);
  });

  test('answers written between quoted lines are not read as a bottom post', () => {
    const interleaved = [
      'Il 04/03/2026 09:12, Assistenza Tributi ha scritto:',
      '> Ci indica il codice del contribuente?',
      '',
      'Il 20417.',
      '',
      '> E la data della variazione?',
      '',
      'Il 1° febbraio.',
    ].join('\n');
    expect(prepareText(interleaved).quoted?.start).toBe(0);
  });
});

// ZZZZZZZZZZM: answers written between the operator's questions are the user's text.
describe('answers written between the lines of the quote', () => {
  const body = [
    'Buongiorno,',
    'rispondo sotto alle vostre domande.',
    '',
    'Il 22/05/2026 12:40, Assistenza Contabilità ha scritto:',
    '> 1) numero e data dei mandati respinti;',
    '',
    'Mandati 1842 e 1843 del 21/05/2026.',
    '',
    '> 2) il messaggio di esito del tesoriere;',
    '',
    '"Codice 012 - codice beneficiario non coerente".',
    '',
    '> Cordiali saluti',
    '> Lorenzo Baldoni',
    '',
    'Sono in ufficio dalle 8 alle 14.',
  ].join('\n');

  test('the answers are own text, the quoted lines are not', () => {
    const prepared = prepareText(body);
    expect(prepared.own.text).toContain('Mandati 1842 e 1843');
    expect(prepared.own.text).toContain('Sono in ufficio dalle 8 alle 14.');
    expect(prepared.own.text).not.toContain('Lorenzo Baldoni');
    expect(prepared.own.text).not.toContain('ha scritto');
    expect(prepared.quoted?.text).toMatch(/^Il 22\/05\/2026.*\n> 1\) numero/);
  });

  test('an added signature goes under the last answer', () => {
    const out = insertBeforeQuote(body, 'Mario Rossi\nTel. 071 7249305');
    expect(out.trimEnd().endsWith('Mario Rossi\nTel. 071 7249305')).toBe(true);
    expect(out).toContain('> Lorenzo Baldoni');
  });

  test('a quote that runs to the end is still the quote', () => {
    const topPosted = [
      'Grazie, ora va.',
      '',
      'Il 22/05/2026 12:40, Assistenza ha scritto:',
      '> Provi ora.',
    ].join('\n');
    expect(prepareText(topPosted).own.text).toBe('Grazie, ora va.');
  });
});

// Review of stop 34: the shapes of a quote among the user's lines.
describe('a quote among the user’s lines, as clients leave it', () => {
  const header = 'Il 22/05/2026 12:40, Assistenza Contabilità ha scritto:';
  test('the operator’s sign-off quoted under the last answer stays quoted', () => {
    const body = [
      'rispondo sotto.',
      header,
      '> 1) il numero dei mandati',
      '',
      'Sono i mandati dal 1200 al 1210 del 2025.',
      '',
      'Mario Rossi - Ragioneria Comune di Rimini - 0541 123456',
      '',
      '> Cordiali saluti',
      '> Assistenza Palitalsoft',
    ].join('\n');
    const prepared = prepareText(body);
    expect(prepared.own.text).toContain('Sono i mandati dal 1200 al 1210');
    expect(prepared.own.text).toContain('Mario Rossi - Ragioneria');
    expect(prepared.own.text).not.toContain('Assistenza Palitalsoft');
  });
  test('a signature the client put under the quote is the user’s', () => {
    const body = [
      'Ora funziona, grazie.',
      '',
      header,
      '> Provi ora.',
      '',
      '--',
      'Mario Rossi',
      'Tel. 0541 123456',
    ].join('\n');
    const prepared = prepareText(body);
    expect(prepared.signature?.text).toContain('Mario Rossi');
    expect(prepared.own.text).not.toContain('Provi ora');
  });
  test('an answer that opens with "Da:" is an answer, not a header', () => {
    const body = [
      'rispondo sotto.',
      header,
      '> 1) il periodo interessato',
      '',
      'Da: 01/01/2025 al 28/02/2025',
      '',
      '> 2) il capitolo',
      '',
      'Il 10450.',
    ].join('\n');
    expect(prepareText(body).own.text).toContain('Da: 01/01/2025 al 28/02/2025');
  });
  test('a line the client wrapped out of a quoted line stays quoted', () => {
    const body = [
      'Potete chiudere il ticket, grazie.',
      header,
      '> abbiamo corretto la tabella delle tariffe anche per il Comune di',
      'Riccione, che usa la stessa banca dati.',
      '> Cordiali saluti',
      '',
      'Mario Rossi',
    ].join('\n');
    expect(prepareText(body).own.text).not.toContain('Riccione');
  });
});

// Third review of stop 34: an answer typed on the line under the question, and a quote that
// opens with Outlook's separator and header before its "> " lines.
describe('answers as phones and Outlook leave them', () => {
  test('an answer right under a quoted question is the user’s', () => {
    const body = [
      'Buongiorno, rispondo sotto.',
      '',
      'Il giorno 12/06/2025 alle 10:15 Assistenza Contabilità ha scritto:',
      '> 1) Quanti mandati non risultano trasmessi?',
      'sono 45, tutti del 10 giugno',
      '> 2) Un recapito per richiamarla?',
      '0541 123456 tutte le mattine',
    ].join('\n');
    const prepared = prepareText(body);
    expect(prepared.own.text).toContain('sono 45, tutti del 10 giugno');
    expect(prepared.own.text).toContain('0541 123456 tutte le mattine');
  });
  test('answers under an Outlook separator and header are the user’s', () => {
    const body = [
      'Buongiorno, rispondo sotto.',
      '',
      '-----Messaggio originale-----',
      'Da: Assistenza Contabilità <contabilita@ticket.palitalsoft.example>',
      'Inviato: giovedì 12 giugno 2025 10:15',
      'Oggetto: [Ticket #48213] mandati non trasmessi',
      '',
      '> 1) Quanti mandati non risultano trasmessi?',
      '',
      'sono 45, tutti del 10 giugno',
    ].join('\n');
    const prepared = prepareText(body);
    expect(prepared.own.text).toContain('sono 45, tutti del 10 giugno');
    expect(prepared.read.slice(prepared.own.start, prepared.own.end)).not.toContain('Inviato:');
  });
});
