// Loads the admin's ticket-directory.json hosted beside the add-in's files. A missing file
// means "use the bundled directory"; an invalid one is reported (for the admin) and the bundled
// directory is used, so a bad deployment never stops users from working.
import type { AdminConfig } from '../../core/config/admin-config';
import { defaultDirectory, parseDirectory } from '../../core/directory/load-directory';
import type { AdminConfigResult } from '../../core/host/mail-host';
import type { Locale } from '../../core/types';

export type FetchText = (url: string) => Promise<{ status: number; text: string }>;

export const bundledAdminConfig: AdminConfigResult = {
  config: defaultDirectory as AdminConfig,
  source: 'bundled',
};

export async function loadAdminConfig(
  url: string,
  fetchText: FetchText,
): Promise<AdminConfigResult> {
  let response: { status: number; text: string };
  try {
    response = await fetchText(url);
  } catch (err) {
    const reason = (err as Error).message;
    return failed({
      en: `${url}: could not be loaded (${reason})`,
      it: `${url}: impossibile caricarlo (${reason})`,
    });
  }
  if (response.status === 404) return bundledAdminConfig;
  if (response.status < 200 || response.status >= 300) {
    const error = `${url}: HTTP ${response.status}`;
    return failed({ en: error, it: error });
  }
  try {
    return { config: parseDirectory(response.text, url), source: url };
  } catch (err) {
    // Worded again in Italian only on this rare path: the pane shows the user's language.
    return failed({ en: (err as Error).message, it: parseError(response.text, url, 'it') });
  }
}

/** The bundled directory, with the problem of the admin's file in both UI languages. */
function failed(error: Record<Locale, string>): AdminConfigResult {
  return { ...bundledAdminConfig, error: error.en, localizedError: error };
}

function parseError(text: string, url: string, locale: Locale): string {
  try {
    parseDirectory(text, url, locale);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

/** FetchText over the platform's fetch (browsers, Outlook runtimes, Thunderbird). */
export const fetchText: FetchText = async (url) => {
  const res = await fetch(url, { cache: 'no-cache' });
  return { status: res.status, text: await res.text() };
};
