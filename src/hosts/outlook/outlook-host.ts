// MailHost over Office.js for the Outlook task pane: the compose item, roaming settings for the
// user's preferences (the on-send handler reads the same key), Outlook's display language and
// profile, and the admin file hosted beside taskpane.html.
import type { UserPreferences } from '../../core/config/admin-config';
import type { FixEdit } from '../../core/types';
import { fetchText, loadAdminConfig, type FetchText } from '../shared/load-admin-config';
import type { AdminConfigResult, MailHost } from '../../core/host/mail-host';
import { applyEdits } from './apply-edits';
import { officeCall, supportsMailbox } from './office-async';
import { localeFromLanguage } from '../../core/locale';
import { PREFERENCES_KEY, storedRoamingPreferences } from './roaming-preferences';
import { ComposeReader } from './compose-reader';

export const ADMIN_FILE = 'ticket-directory.json';

function item(): Office.MessageCompose {
  return Office.context.mailbox.item as Office.MessageCompose;
}

/** Change events Outlook offers in compose mode (there is none for subject or body). */
function changeEvents(): Office.EventType[] {
  const events: Office.EventType[] = [];
  if (supportsMailbox('1.7')) events.push(Office.EventType.RecipientsChanged);
  if (supportsMailbox('1.8')) events.push(Office.EventType.AttachmentsChanged);
  return events;
}

export interface OutlookHostOptions {
  /** Address of the page, to find the admin file beside it. */
  pageUrl?: string;
  fetchText?: FetchText;
  /** The admin file already on its way (fetched while Office.js starts); used by the first load. */
  adminConfig?: Promise<AdminConfigResult>;
}

/** Loads the admin file beside the page. */
export function loadAdminFile(
  pageUrl: string,
  fetch: FetchText = fetchText,
): Promise<AdminConfigResult> {
  return loadAdminConfig(new URL(ADMIN_FILE, pageUrl).href, fetch);
}

export function outlookHost(options: OutlookHostOptions = {}): MailHost {
  const pageUrl = options.pageUrl ?? (typeof location !== 'undefined' ? location.href : '');
  const reader = new ComposeReader(item);
  let early = options.adminConfig;
  return {
    kind: 'outlook',
    displayLocale: () => localeFromLanguage(Office.context.displayLanguage),
    readDraft: () => reader.read(),
    applyEdits: async (edits: FixEdit[]) => {
      // Our own writes may not raise change events: read everything again afterwards.
      reader.markStale();
      try {
        await applyEdits(item(), edits);
      } finally {
        reader.markStale();
      }
    },
    onChange(listener) {
      const events = changeEvents();
      const handler = () => {
        reader.markStale();
        listener();
      };
      let registered = 0;
      let active = true;
      // A failed registration only costs the instant refresh and the light poll: full reads go on.
      for (const type of events) {
        item().addHandlerAsync(type, handler, (result) => {
          if (result.status !== Office.AsyncResultStatus.Failed) registered += 1;
          reader.watching = active && registered === 2;
        });
      }
      return () => {
        active = false;
        reader.watching = false;
        for (const type of events) item().removeHandlerAsync(type, () => undefined);
      };
    },
    async loadPreferences() {
      return storedRoamingPreferences();
    },
    async savePreferences(prefs: UserPreferences) {
      const settings = Office.context.roamingSettings;
      settings.set(PREFERENCES_KEY, prefs);
      await officeCall<void>('roamingSettings.saveAsync', (cb) => settings.saveAsync(cb));
    },
    profile() {
      const user = Office.context.mailbox.userProfile;
      return { name: user?.displayName || undefined, email: user?.emailAddress || undefined };
    },
    loadAdminConfig(): Promise<AdminConfigResult> {
      // The first load takes the file fetched early; a reload (after an error) fetches again.
      const pending = early ?? loadAdminFile(pageUrl, options.fetchText);
      early = undefined;
      return pending;
    },
  };
}
