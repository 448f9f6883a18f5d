// What the pane shows first, prepared before React renders anything: the admin file, the stored
// preferences and the draft are read at the same time (not one after the other from effects),
// and the first check runs as soon as all three are in. The pane then renders the report in its
// first commit, with no "loading" and "checking" renders in between (each one costs a React
// commit and Fluent style insertions on the way to the first verdict).
import { checkTicket } from '../core';
import type { AdminConfigResult, MailHost } from '../core/host/mail-host';
import type { Report, TicketDraft } from '../core/types';
import { paneConfig, type PaneConfig } from './use-pane-config';
import type { Checker } from './use-ticket-check';

export interface FirstReport {
  admin: AdminConfigResult;
  /** The preferences as stored (null when nothing is stored). */
  stored: unknown;
  /** The configuration the report was checked with; the pane starts from it. */
  config: PaneConfig;
  draft: TicketDraft;
  report: Report;
}

/** Reads everything the first report needs at once, then checks. Rejects like the host does. */
export async function loadFirstReport(
  host: MailHost,
  checker: Checker = checkTicket,
): Promise<FirstReport> {
  const [admin, stored, draft] = await Promise.all([
    host.loadAdminConfig(),
    host.loadPreferences(),
    host.readDraft(),
  ]);
  const config = paneConfig(admin, stored ?? null, host);
  return { admin, stored: stored ?? null, config, draft, report: checker(draft, config.options) };
}
