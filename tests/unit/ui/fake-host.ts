// An in-memory MailHost for pane tests: a draft the test edits, recorded writes, and failures
// injected per call.
import type { AdminConfig, FixEdit, Locale, TicketDraft, UserPreferences } from '../../../src/core';
import { bundledAdminConfig } from '../../../src/hosts/shared/load-admin-config';
import {
  assertSubjectUnchanged,
  HostError,
  type AdminConfigResult,
  type MailHost,
} from '../../../src/core/host/mail-host';

export class FakeHost implements MailHost {
  readonly kind = 'fake';
  draft: TicketDraft = { subject: '', bodyText: '', to: [], cc: [], attachments: [] };
  /** As stored: tests may store anything, as an older version or a hand edit could. */
  prefs: unknown = { name: 'Mario Rossi', phone: '0721 123456' };
  admin: AdminConfigResult = bundledAdminConfig;
  locale: Locale | undefined = 'it';
  readFailures: HostError[] = [];
  applyFailures: HostError[] = [];
  readCount = 0;
  readonly applied: FixEdit[][] = [];
  readonly saved: UserPreferences[] = [];
  private listeners = new Set<() => void>();

  constructor(init: Partial<Pick<FakeHost, 'draft' | 'prefs' | 'admin' | 'locale'>> = {}) {
    Object.assign(this, init);
  }

  withAdmin(patch: Partial<AdminConfig>, error?: string): this {
    this.admin = {
      config: { ...bundledAdminConfig.config, ...patch },
      source: 'test',
      ...(error ? { error } : {}),
    };
    return this;
  }

  displayLocale() {
    return this.locale;
  }
  async readDraft() {
    this.readCount += 1;
    const failure = this.readFailures.shift();
    if (failure) throw failure;
    return JSON.parse(JSON.stringify(this.draft)) as TicketDraft;
  }
  async applyEdits(edits: FixEdit[]) {
    const failure = this.applyFailures.shift();
    if (failure) throw failure;
    // Like both real hosts: a subject proposal based on an older subject is refused.
    for (const edit of edits) assertSubjectUnchanged(this.draft.subject, edit);
    this.applied.push(edits);
    for (const edit of edits) {
      if (edit.kind === 'set-subject') this.draft.subject = edit.subject;
      if (edit.kind === 'append-to-body') this.draft.bodyText += `\n\n${edit.text}`;
      if (edit.kind === 'set-body') this.draft.bodyText = edit.text;
      if (edit.kind === 'set-recipients') this.draft[edit.field] = edit.recipients;
    }
  }
  onChange(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Simulates a host change event (recipients/attachments changed). */
  emitChange() {
    for (const l of this.listeners) l();
  }
  async loadPreferences(): Promise<unknown> {
    return this.prefs;
  }
  async savePreferences(prefs: UserPreferences) {
    this.saved.push(prefs);
    this.prefs = prefs;
  }
  profile() {
    return { name: 'Maria Bianchi', email: 'maria.bianchi@comune.example.it' };
  }
  async loadAdminConfig() {
    return this.admin;
  }
}
