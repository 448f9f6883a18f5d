// The mail client's display language mapped to the add-in's languages. Shared by Outlook (pane
// and on-send check) and Thunderbird (pane and send dialog), so every screen of one client
// speaks the same language; callers fall back to Italian when this says nothing.
import type { Locale } from '../../core/types';

/** 'it' or 'en' for "it", "it-IT", "en_GB"…; undefined for any other or unknown language. */
export function localeOf(language: string | undefined): Locale | undefined {
  const match = /^(it|en)(?:[-_]|$)/i.exec(language ?? '');
  return match ? (match[1]!.toLowerCase() as Locale) : undefined;
}
