// The contract between the host-independent pane UI (src/ui) and a mail client. Outlook
// (Office.js), the preview page (Office.js subset in the page) and Thunderbird (compose API)
// each implement it; the UI never touches a host API directly.
import type { AdminConfig, UserPreferences } from '../../core/config/admin-config';
import type { FixEdit, Locale, TicketDraft } from '../../core/types';

/** A host failure the pane shows with a retry button; `operation` names what failed. */
export class HostError extends Error {
  constructor(
    readonly operation: string,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export interface AdminConfigResult {
  config: AdminConfig;
  /** Where it came from: "bundled", a URL, "policies.json"… */
  source: string;
  /** Admin-facing problem when a provided file was invalid and the bundled one is used. */
  error?: string;
}

export interface MailHost {
  /** Short id for logs and tests: "outlook", "preview", "thunderbird". */
  readonly kind: string;
  /** The mail client's display language, when known. */
  displayLocale(): Locale | undefined;
  /** Reads the message being composed. Rejects with HostError. */
  readDraft(): Promise<TicketDraft>;
  /** Applies fix edits to the message, keeping the user's text and formatting. */
  applyEdits(edits: FixEdit[]): Promise<void>;
  /**
   * Calls `listener` when the host reports a change (recipients, attachments…). Hosts without
   * such events for subject/body rely on the pane's polling. Returns an unsubscribe function.
   */
  onChange(listener: () => void): () => void;
  loadPreferences(): Promise<UserPreferences | null>;
  savePreferences(prefs: UserPreferences): Promise<void>;
  /** Profile name/e-mail to prefill first-run settings. */
  profile(): { name?: string; email?: string };
  loadAdminConfig(): Promise<AdminConfigResult>;
}
