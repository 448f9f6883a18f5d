// someMatch: every match of a global pattern, read with a guard in code.
import { someMatch } from '../../../src/core/text/matches';

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
