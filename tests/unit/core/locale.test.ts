// One mapping of the mail client's language and one order of preference for every host, so
// Outlook's pane and on-send check, Thunderbird's pane and send dialog, and the CLI agree.
import { localeFromLanguage, resolveLocale } from '../../../src/core/locale';

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
    expect(localeFromLanguage(language)).toBe(locale);
  });
});

describe('report language', () => {
  it('is the language chosen in the settings, whatever the client speaks', () => {
    expect(resolveLocale('it', 'en-US')).toBe('it');
    expect(resolveLocale('en', 'it-IT')).toBe('en');
  });
  it("is the client's language when none is chosen", () => {
    expect(resolveLocale(undefined, 'en-GB')).toBe('en');
  });
  it('is Italian for a client in another language', () => {
    expect(resolveLocale(undefined, 'de-DE')).toBe('it');
    expect(resolveLocale(undefined, undefined)).toBe('it');
  });
});
