import {
  abbreviationWords,
  blankAbbreviationDots,
} from '../../../src/core/classify/abbreviation-dots';
import { abbreviationDot } from '../../../src/core/classify/type-cues';

const byPattern = (text: string) => text.replace(abbreviationDot, '$1 ');

describe('blankAbbreviationDots', () => {
  it('blanks the dot of an abbreviation, keeping the length', () => {
    const text = 'prot. n. 12345/2024 dal dott. Rossi, ing.Bianchi. Fine. nr.3 art.12';
    expect(blankAbbreviationDots(text)).toBe(
      'prot  n  12345/2024 dal dott  Rossi, ing Bianchi. Fine. nr 3 art 12',
    );
    expect(blankAbbreviationDots(text)).toBe(byPattern(text));
  });

  it('leaves longer words, capitals and words glued to others as they are', () => {
    for (const text of ['protocollo. dottore. avvocato.', 'Prot. N. DOTT.', 'xn. n_. 2n. èn.']) {
      expect(blankAbbreviationDots(text)).toBe(byPattern(text));
    }
  });

  it('answers as the pattern on random text', () => {
    const alphabet = [
      'n',
      'r',
      '.',
      ' ',
      'prot',
      'sig',
      'dott',
      'geom',
      'avv',
      'x',
      '_',
      '9',
      'è',
      'N',
      '\n',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length;
    for (let k = 0; k < 5000; k++) {
      let text = '';
      for (let i = next() + next(); i > 0; i--) text += alphabet[next()];
      expect(blankAbbreviationDots(text)).toBe(byPattern(text));
    }
  });
});

it('reads the abbreviations from the pattern (no fallback to running it)', () => {
  expect(abbreviationWords).not.toBeNull();
  expect([...abbreviationWords!]).toEqual(expect.arrayContaining(['n', 'prot', 'dott', 'avv']));
});
