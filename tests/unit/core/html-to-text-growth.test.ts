// HTML-to-text stays linear on hostile bodies (issue 11, point 3): an entity flood makes one
// text event per entity, and thousands of nested elements, closed or not, make htmlparser2's
// element stack slow. Ratios of 10× input; linear is about 10.
import { htmlToText } from '../../../src/core/text/html-to-text';
import { htmlToTextLight } from '../../../src/core/text/html-to-text-light';
import { growthRatio } from '../../support/growth';

const bodies: Record<string, (n: number) => string> = {
  'an entity flood (&lsaquo;)': (n) => '&lsaquo;'.repeat(n),
  'an entity flood between words': (n) => 'a&amp;b '.repeat(n),
  'deep nesting, closed': (n) => '<blockquote>'.repeat(n) + 'x' + '</blockquote>'.repeat(n),
  'deep nesting with text on every level': (n) => '<blockquote>x'.repeat(n),
  'deep nesting of self-closed voids between divs': (n) => '<div><br/>x'.repeat(n),
  'many cells on one line': (n) => '<table><tr>' + '<td>a</td>'.repeat(n) + '</tr></table>',
};

describe.each([
  ['htmlToText', htmlToText],
  ['htmlToTextLight', htmlToTextLight],
])('%s', (_name, convert) => {
  it.each(Object.entries(bodies))('stays linear on %s', (_body, make) => {
    expect(growthRatio(make, convert, 10_000)).toBeLessThanOrEqual(40);
  });
});

test('nested quotes keep their text and a bounded "> " prefix', () => {
  const text = htmlToText('<blockquote>'.repeat(5000) + 'fine' + '</blockquote>'.repeat(5000));
  expect(text.endsWith('fine')).toBe(true);
  expect(text.startsWith('> '.repeat(20) + 'fine')).toBe(true);
  expect(text.length).toBeLessThan(100);
});

test('an entity flood is decoded, not dropped', () => {
  expect(htmlToText('<p>' + '&lsaquo;'.repeat(3) + 'ok</p>')).toBe('‹‹‹ok');
});
