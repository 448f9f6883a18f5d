// The on-send handler's view of Outlook through Office.js. Runs in the DOM-less JavaScript
// runtime of classic Outlook on Windows as well as in the HTML runtime (web, new Outlook, Mac):
// only Office.js and fetch, no document/window/localStorage.
import type { UserPreferences } from '../../../core/config/admin-config';
import { parseDirectory } from '../../../core/directory/load-directory';
import type { Recipient } from '../../../core/types';
import type { FetchText } from '../../shared/load-admin-config';
import type { AdminConfigResult } from '../../../core/host/mail-host';
import { supportsMailbox } from '../office-async';
import { readComposeItem, readRecipients } from '../read-item';
import { readRoamingPreferences } from '../roaming-preferences';
import { DIRECTORY_TIMEOUT_MS } from './constants';
import type { OnSendEnvironment } from './on-send-handler';

const DIRECTORY_FILE = 'ticket-directory.json';

function composeItem(): Office.MessageCompose {
  return Office.context.mailbox.item as Office.MessageCompose;
}

/** To, Cc and Bcc: the helpdesk in any of them makes the mail a ticket (core/send-check.ts). */
async function readAllRecipients(): Promise<Recipient[]> {
  const item = composeItem();
  const lists = await Promise.all(
    (['to', 'cc', 'bcc'] as const).map((field) => readRecipients(item, field)),
  );
  return lists.flat();
}

/**
 * Where the add-in's files are hosted: the HTML runtime's own page, the JavaScript runtime's
 * file (Mailbox 1.14), else the address the bundle was built for.
 */
export function hostedFileUrl(file: string, builtForUrl: string): string {
  let base = builtForUrl;
  const page = typeof location !== 'undefined' ? String(location.href) : '';
  if (/^https?:/.test(page)) {
    base = page;
  } else {
    try {
      const js = Office.context.urls?.javascriptRuntimeUrl;
      if (js && /^https?:/.test(js)) base = js;
    } catch {
      // Office.context.urls is missing before Mailbox 1.14: keep the build-time address.
    }
  }
  // Cut with indexOf: /[?#].*$/ and /[^/]*$/ rescan the address from every start.
  const query = base.search(/[?#]/);
  const path = query < 0 ? base : base.slice(0, query);
  return path.slice(0, path.lastIndexOf('/') + 1) + file;
}

/** fetch with a deadline, so a slow web server cannot eat the whole on-send budget. */
function fetchWithDeadline(timeoutMs: number): FetchText {
  return (url) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      // No Promise.prototype.finally: it is ES2018, newer than the oldest runtime.
      fetch(url, { cache: 'no-cache' })
        .then(async (res) => ({ status: res.status, text: await res.text() }))
        .then(
          (answer) => {
            clearTimeout(timer);
            resolve(answer);
          },
          (err: unknown) => {
            clearTimeout(timer);
            reject(err);
          },
        );
    });
}

/**
 * The admin's ticket-directory.json hosted beside the add-in's files (the build puts the default
 * one there), validated like everywhere else. onsend.js carries no copy of its own (2.5 KB gzip
 * less; build/webpack/onsend.cjs): when the file cannot be read or is invalid this rejects with
 * the reason, and the mail goes unchecked with it in the log. The task pane reads the same file
 * and shows its problem to the user.
 */
async function loadHostedDirectory(url: string): Promise<AdminConfigResult> {
  if (typeof fetch !== 'function') throw new Error(`${url}: fetch is not available`);
  let response: { status: number; text: string };
  try {
    response = await fetchWithDeadline(DIRECTORY_TIMEOUT_MS)(url);
  } catch (err) {
    throw new Error(`${url}: could not be loaded (${(err as Error)?.message})`);
  }
  if (response.status < 200 || response.status >= 300) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return { config: parseDirectory(response.text, url), source: url };
}

/** Loads the hosted admin file once per runtime (it may serve several sends); retries failures. */
function hostedAdminConfigLoader(builtForUrl: string): () => Promise<AdminConfigResult> {
  let cached: Promise<AdminConfigResult> | undefined;
  return () => {
    cached ??= loadHostedDirectory(hostedFileUrl(DIRECTORY_FILE, builtForUrl)).catch(
      (err: unknown) => {
        cached = undefined; // try again at the next send
        throw err;
      },
    );
    return cached;
  };
}

function loadPreferences(): UserPreferences | null {
  try {
    return readRoamingPreferences();
  } catch {
    return null; // unreadable preferences: check with the admin settings only
  }
}

function promptUserOverride(): string | undefined {
  if (!supportsMailbox('1.14')) return undefined;
  return Office.MailboxEnums?.SendModeOverride?.PromptUser;
}

export function officeEnvironment(builtForUrl: string): OnSendEnvironment {
  return {
    readRecipients: readAllRecipients,
    readDraft: () => readComposeItem(composeItem()),
    loadAdminConfig: hostedAdminConfigLoader(builtForUrl),
    loadPreferences,
    clientLanguage: () => Office.context.displayLanguage,
    promptUserOverride,
    markdownMessages: () => supportsMailbox('1.15'),
    log: (message) => console.error(message),
  };
}
