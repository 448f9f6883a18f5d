// The pane's English reads as English: no Italian quotation marks, no calques, no Italian left.
// The settings panel's texts (which load with the panel) are held to the same.
import { messageKeys, translator } from '../../../src/ui/i18n';
import { settingsKeys, settingsTranslator } from '../../../src/ui/settings/settings-i18n';

const en = translator('en');
const italian = translator('it');
const settingsEn = settingsTranslator('en');
const settingsIt = settingsTranslator('it');

/** Every text of the pane and of its settings panel, as [key, English, Italian]. */
const texts: Array<[string, string, string]> = [
  ...messageKeys.map((key): [string, string, string] => [key, en(key), italian(key)]),
  ...settingsKeys.map((key): [string, string, string] => [key, settingsEn(key), settingsIt(key)]),
];

describe('English pane texts', () => {
  it.each([
    ['Italian quotation marks', /[«»]/],
    ['"taken in charge" (a calque of "presa in carico")', /taken in charge/i],
    ['Italian words', /\b(?:il|della|non|pronto|modulo|ticket pronto)\b/i],
  ])('use no %s', (_, pattern) => {
    expect(texts.filter(([, english]) => pattern.test(english)).map(([key]) => key)).toEqual([]);
  });

  it('are not the Italian texts left untranslated', () => {
    const same = texts.filter(([, english, it]) => english === it).map(([key]) => key);
    // Names and symbols that are the same in both languages.
    expect(same.sort()).toEqual(['fieldCc', 'settingsTimePlaceholder'].sort());
  });

  it('the pane and its settings panel use different keys', () => {
    expect(settingsKeys.filter((key) => (messageKeys as string[]).includes(key))).toEqual([]);
    expect(texts.length).toBe(messageKeys.length + settingsKeys.length);
  });
});
