// The contract between the host-independent pane UI (src/ui) and a mail client. Outlook
// (Office.js), the preview page (Office.js subset in the page) and Thunderbird (compose API)
// each implement it; the UI never touches a host API directly. It lives below both (plain types,
// no host API) so that src/ui and src/hosts depend on it and never on each other, except for the
// hosts' entry points, which mount the pane.
import type { AdminConfig, UserPreferences } from '../config/admin-config';
import type { FixEdit, Locale, TicketDraft } from '../types';

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
  /** `error` in each UI language, when the host could word it so (the pane shows its own). */
  localizedError?: Partial<Record<Locale, string>>;
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
  /**
   * The preferences as stored, or null when nothing is stored. Not trusted: an older version or
   * a hand edit may have stored anything, so the pane reads them through readPreferences.
   */
  loadPreferences(): Promise<unknown>;
  savePreferences(prefs: UserPreferences): Promise<void>;
  /** Profile name/e-mail to prefill first-run settings. */
  profile(): { name?: string; email?: string };
  loadAdminConfig(): Promise<AdminConfigResult>;
}

/**
 * A fix refused because the field it was computed from changed since the check (the pane reads
 * the draft every few seconds; the user may have typed meanwhile). Nothing was written.
 */
export class StaleEditError extends HostError {
  constructor(readonly field: 'subject') {
    super('staleEdit', `the ${field} changed since the check; the fix was not applied`);
    this.name = 'StaleEditError';
  }
}

/** Throws StaleEditError when a subject edit was based on a subject other than `current`. */
export function assertSubjectUnchanged(current: string, edit: FixEdit): void {
  if (edit.kind !== 'set-subject' || edit.basedOn === undefined) return;
  if (edit.basedOn.trim() !== current.trim()) throw new StaleEditError('subject');
}
