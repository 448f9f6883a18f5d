// MailHost for a Thunderbird compose window: the shared pane reads and fixes the message through
// the compose API of the tab it belongs to.
import type { UserPreferences } from '../../core/config/admin-config';
import type { FixEdit, Locale, TicketDraft } from '../../core/types';
import { localeFromLanguage } from '../../core/locale';
import { HostError, type AdminConfigResult, type MailHost } from '../../core/host/mail-host';
import { draftFromDetails, recipientsFrom, type RelatedMessage } from './compose-draft';
import { detailsForEdits } from './compose-edits';
import { loadManagedAdminConfig } from './managed-config';
import { loadStoredPreferences, savePreferences } from './preferences-store';
import type { ComposeDetails, ComposeRecipientList, TbApi, Tab } from './tb-api';

function errorText(err: unknown): string {
  return (err as Error)?.message ?? String(err);
}

/** Reads the draft of compose tab `tabId` (details, attachments, the message answered). */
export async function readComposeDraft(
  api: TbApi,
  tabId: number,
  details?: ComposeDetails,
): Promise<TicketDraft> {
  const current = details ?? (await api.compose.getComposeDetails(tabId));
  const attachments = await api.compose.listAttachments(tabId);
  return draftFromDetails(current, attachments, await relatedMessage(api, current));
}

async function relatedMessage(
  api: TbApi,
  details: ComposeDetails,
): Promise<RelatedMessage | undefined> {
  if (details.type !== 'reply' || details.relatedMessageId === undefined) return undefined;
  try {
    const header = await api.messages.get(details.relatedMessageId);
    return {
      author: header.author,
      subject: header.subject,
      headerMessageId: header.headerMessageId,
    };
  } catch {
    // The original may have been deleted or moved meanwhile: check without the reply context.
    return undefined;
  }
}

export class ThunderbirdHost implements MailHost {
  readonly kind = 'thunderbird';

  private constructor(
    private readonly api: TbApi,
    readonly tabId: number,
    private readonly sender: { name?: string; email?: string },
  ) {}

  /** Reads the sender identity once, so `profile()` can answer synchronously. */
  static async create(api: TbApi, tabId: number): Promise<ThunderbirdHost> {
    let sender: { name?: string; email?: string } = {};
    try {
      const details = await api.compose.getComposeDetails(tabId);
      const from = recipientsFrom(details.from as ComposeRecipientList | undefined)[0];
      if (from) sender = { ...(from.name ? { name: from.name } : {}), email: from.address };
    } catch {
      // No identity yet: first-run settings simply start empty.
    }
    return new ThunderbirdHost(api, tabId, sender);
  }

  displayLocale(): Locale | undefined {
    return localeFromLanguage(this.api.i18n.getUILanguage());
  }

  async readDraft(): Promise<TicketDraft> {
    try {
      return await readComposeDraft(this.api, this.tabId);
    } catch (err) {
      throw new HostError('readDraft', `Thunderbird compose: ${errorText(err)}`, err);
    }
  }

  async applyEdits(edits: FixEdit[]): Promise<void> {
    try {
      const current = await this.api.compose.getComposeDetails(this.tabId);
      await this.api.compose.setComposeDetails(this.tabId, detailsForEdits(current, edits));
    } catch (err) {
      if (err instanceof HostError) throw err;
      throw new HostError('applyEdits', `Thunderbird compose: ${errorText(err)}`, err);
    }
  }

  onChange(listener: () => void): () => void {
    const forThisTab = (tab: Tab) => {
      if (tab.id === this.tabId) listener();
    };
    // Events this Thunderbird lacks are skipped: the pane's polling still sees every change.
    const events = [
      this.api.compose.onAttachmentAdded,
      this.api.compose.onAttachmentRemoved,
      this.api.compose.onComposeStateChanged,
    ].filter((event) => event !== undefined);
    for (const event of events) event.addListener(forThisTab);
    return () => {
      for (const event of events) event.removeListener(forThisTab);
    };
  }

  loadPreferences(): Promise<unknown> {
    return loadStoredPreferences(this.api.storage);
  }

  savePreferences(prefs: UserPreferences): Promise<void> {
    return savePreferences(this.api.storage, prefs);
  }

  profile(): { name?: string; email?: string } {
    return { ...this.sender };
  }

  loadAdminConfig(): Promise<AdminConfigResult> {
    return loadManagedAdminConfig(this.api.storage);
  }
}
