// Which language a report speaks: the user's choice in the settings, else the mail client's
// display language when it is Italian or English, else Italian. One rule for every host and
// screen, so the pane, the send dialog and the CLI of one user agree.
import type { Locale } from './types';

/** 'it' or 'en' for "it", "it-IT", "en_GB"…; undefined for any other or unknown language. */
export function localeFromLanguage(language: string | undefined): Locale | undefined {
  const match = /^(it|en)(?:[-_]|$)/i.exec(language ?? '');
  return match ? (match[1]!.toLowerCase() as Locale) : undefined;
}

export function resolveLocale(chosen: Locale | undefined, clientLanguage?: string): Locale {
  return chosen ?? localeFromLanguage(clientLanguage) ?? 'it';
}
