import fc from 'fast-check';
import { boundaryLookaheads, pattern, patternWith } from '../../../src/core/text/word-list';

describe('pattern', () => {
  it('joins word lists into groups and keeps regular expressions as written', () => {
    const re = pattern`^${['ciao', /salv[eo]/]} ${'mondo'}$`;
    expect(re.test('ciao mondo')).toBe(true);
    expect(re.test('salvo mondo')).toBe(true);
    expect(re.test('addio mondo')).toBe(false);
  });

  it('applies the flags of patternWith', () => {
    const re = patternWith('g')`\b${['ab', 'cd']}(?=\b)`;
    expect('ab cd abcd'.match(re)).toEqual(['ab', 'cd']);
  });
});

describe('boundaryLookaheads', () => {
  it('writes a boundary after a group as a lookahead, and leaves the others', () => {
    expect(boundaryLookaheads('\\b(?:uno|due)\\b')).toBe('\\b(?:uno|due)(?=\\b)');
    expect(boundaryLookaheads('\\buno\\b')).toBe('\\buno\\b');
    // An escaped backslash before "b" is no boundary.
    expect(boundaryLookaheads('(?:a)\\\\b')).toBe('(?:a)\\\\b');
  });

  it('leaves a source alone when a character class holds ")\\b" (a backspace there)', () => {
    for (const source of [
      '(?:a)\\b[)\\b]',
      '(?:a)\\b[\\)\\b]',
      '(?:a)\\b[\\\\)\\b]',
      '(?:a)\\b[\\])\\b]',
    ])
      expect(boundaryLookaheads(source)).toBe(source);
    // An escaped "[" opens no class.
    expect(boundaryLookaheads('\\[(?:a)\\b')).toBe('\\[(?:a)(?=\\b)');
  });

  it('finds exactly what the bare boundary finds', () => {
    const words = ['e', 'e poi', 'sig', 'sig.', "l'", 'non', 'nonna', '1', '12'];
    const sources = [
      `\\b(?:${words.map((w) => w.replace('.', '\\.')).join('|')})\\b`,
      `(?:${words.map((w) => w.replace('.', '\\.')).join('|')})\\b(?: [a-z]+)?`,
      '\\b(?:sig\\.?|dott\\.?)\\b\\s*(?:[a-z]+)\\b',
    ];
    const text = fc
      .array(fc.constantFrom(...words, ' ', '.', "'", 'x', 'poi', '\n', 'à'), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...sources), (t, source) => {
        const bare = [...t.matchAll(new RegExp(source, 'g'))].map((m) => [m.index, m[0]]);
        const rewritten = new RegExp(boundaryLookaheads(source), 'g');
        expect([...t.matchAll(rewritten)].map((m) => [m.index, m[0]])).toEqual(bare);
      }),
      { numRuns: 2000 },
    );
  });
});
