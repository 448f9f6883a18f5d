// Loads the admin's ticket-directory.json hosted beside the add-in's files. A missing file
// means "use the bundled directory"; an invalid one is reported (for the admin) and the bundled
// directory is used, so a bad deployment never stops users from working.
import type { AdminConfig } from '../../core/config/admin-config';
import { defaultDirectory, parseDirectory } from '../../core/directory/load-directory';
import type { AdminConfigResult } from '../../core/host/mail-host';

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
    return {
      ...bundledAdminConfig,
      error: `${url}: could not be loaded (${(err as Error).message})`,
    };
  }
  if (response.status === 404) return bundledAdminConfig;
  if (response.status < 200 || response.status >= 300) {
    return { ...bundledAdminConfig, error: `${url}: HTTP ${response.status}` };
  }
  try {
    return { config: parseDirectory(response.text, url), source: url };
  } catch (err) {
    return { ...bundledAdminConfig, error: (err as Error).message };
  }
}

/** FetchText over the platform's fetch (browsers, Outlook runtimes, Thunderbird). */
export const fetchText: FetchText = async (url) => {
  const res = await fetch(url, { cache: 'no-cache' });
  return { status: res.status, text: await res.text() };
};
