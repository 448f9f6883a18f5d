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
