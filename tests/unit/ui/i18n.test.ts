// The pane's English reads as English: no Italian quotation marks, no calques, no Italian left.
import { messageKeys, translator } from '../../../src/ui/i18n';

const en = translator('en');
const italian = translator('it');

describe('English pane texts', () => {
  it.each([
    ['Italian quotation marks', /[«»]/],
    ['"taken in charge" (a calque of "presa in carico")', /taken in charge/i],
    ['Italian words', /\b(?:il|della|non|pronto|modulo|ticket pronto)\b/i],
  ])('use no %s', (_, pattern) => {
    expect(messageKeys.filter((key) => pattern.test(en(key)))).toEqual([]);
  });

  it('are not the Italian texts left untranslated', () => {
    const same = messageKeys.filter((key) => en(key) === italian(key));
    // Names and symbols that are the same in both languages.
    expect(same.sort()).toEqual(['fieldCc', 'settingsTimePlaceholder'].sort());
  });
});
