// someMatch and allMatches: every match of a global pattern, read without a copy of it.
import { allMatches, someMatch } from '../../../src/core/text/matches';

describe('someMatch', () => {
  test('finds a later match when the first is refused', () => {
    const seen: number[] = [];
    const found = someMatch(
      /\bho importato\b/g,
      'non ho importato; poi ho importato due volte',
      (m) => {
        seen.push(m.index);
        return m.index > 10;
      },
    );
    expect(found).toBe(true);
    expect(seen).toEqual([4, 22]);
  });

  test('starts from the beginning whatever lastIndex a previous call left', () => {
    const re = /\bsollecito\b/g;
    expect(someMatch(re, 'sollecito e sollecito', () => true)).toBe(true);
    expect(re.lastIndex).toBeGreaterThan(0);
    expect(someMatch(re, 'sollecito', () => true)).toBe(true);
  });

  test('is false when every match is refused or there is none', () => {
    expect(someMatch(/\bx\b/g, 'a x b x', () => false)).toBe(false);
    expect(someMatch(/\bz\b/g, 'a x b x', () => true)).toBe(false);
  });

  test('moves past an empty match instead of looping on it', () => {
    let calls = 0;
    expect(
      someMatch(/(?:)/g, 'abc', () => {
        calls++;
        return false;
      }),
    ).toBe(false);
    expect(calls).toBe(4);
  });
});

describe('allMatches', () => {
  test('gives the same matches, indices and groups as matchAll', () => {
    const text = 'prot. n. 12 del 3/4, prot. n. 7; e prot. n. 140';
    const re = /\bprot\. n\. (\d+)/g;
    const ours = allMatches(re, text).map((m) => [m.index, m[0], m[1]]);
    const theirs = [...text.matchAll(new RegExp(re.source, 'g'))].map((m) => [m.index, m[0], m[1]]);
    expect(ours).toEqual([
      [0, 'prot. n. 12', '12'],
      [21, 'prot. n. 7', '7'],
      [35, 'prot. n. 140', '140'],
    ]);
    expect(ours).toEqual(theirs);
  });

  test('starts from the beginning whatever lastIndex was left, and leaves it at 0', () => {
    const re = /\bx\b/g;
    re.lastIndex = 3;
    expect(allMatches(re, 'x a x').map((m) => m.index)).toEqual([0, 4]);
    expect(re.lastIndex).toBe(0);
  });

  test('refuses a pattern without the g flag, as matchAll does, instead of looping', () => {
    expect(() => allMatches(/\bx\b/, 'x a x')).toThrow(TypeError);
  });

  test('moves past empty matches and finds none in an empty text', () => {
    expect(allMatches(/(?:)/g, 'abc')).toHaveLength(4);
    expect(allMatches(/\bz\b/g, '')).toEqual([]);
  });
});
