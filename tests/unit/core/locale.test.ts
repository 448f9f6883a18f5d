// One mapping of the mail client's language for every host, so Outlook's pane and on-send
// check, and Thunderbird's pane and send dialog, agree.
import { localeOf } from '../../../src/hosts/shared/display-locale';

describe('display language', () => {
  it.each([
    // Outlook's Office.context.displayLanguage
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['it-IT', 'it'],
    ['de-DE', undefined],
    // Thunderbird's i18n.getUILanguage()
    ['en', 'en'],
    ['en_GB', 'en'],
    ['it', 'it'],
    ['fr', undefined],
    [undefined, undefined],
    ['', undefined],
  ])('%s → %s', (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});
