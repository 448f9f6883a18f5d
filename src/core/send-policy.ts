// What a host does when the user presses Send. Shared by the Outlook on-send handler and the
// Thunderbird onBeforeSend listener so both behave the same way.
import type { SendMode } from './config/admin-config';
import { isVendorAddress, normalizeAddress } from './directory/addresses';
import { message } from './messages/catalogue';
import type { Directory, Finding, Locale, Recipient, Report } from './types';

export type SendDecision =
  | { action: 'allow' }
  /** Stop the send; the user must correct the ticket. */
  | { action: 'block'; summary: string; findings: Finding[] }
  /** Ask the user, who may send anyway. */
  | { action: 'prompt'; summary: string; findings: Finding[] };

/** True when the mail goes to the helpdesk (a module address or any vendor address). */
export function isTicketMail(recipients: Recipient[], directory: Directory): boolean {
  const moduleAddresses = new Set(directory.modules.map((m) => normalizeAddress(m.address)));
  return recipients.some(
    (r) =>
      moduleAddresses.has(normalizeAddress(r.address)) || isVendorAddress(r.address, directory),
  );
}

/**
 * Turns a report into the send decision. `warn-only` (admin policy) downgrades a block to a
 * question. The summary is short enough for Outlook's 500-character Smart Alerts limit.
 */
export function decideSend(
  report: Report,
  mode: SendMode = 'block',
  maxLength = 500,
): SendDecision {
  if (report.verdict === 'ok') return { action: 'allow' };
  const blocking = report.verdict === 'block';
  const listed = report.findings.filter((f) => f.severity === (blocking ? 'error' : 'warning'));
  const summary = summarize(report.locale, blocking, listed, maxLength);
  if (blocking && mode === 'block') return { action: 'block', summary, findings: listed };
  return { action: 'prompt', summary, findings: listed };
}

function summarize(
  locale: Locale,
  blocking: boolean,
  findings: Finding[],
  maxLength: number,
): string {
  const head = message(locale, 'common', blocking ? 'sendBlockedHead' : 'sendWarningHead');
  let text = head;
  for (const f of findings) {
    const line = `\n• ${f.message}`;
    if (text.length + line.length > maxLength - 2) {
      text += '\n…';
      break;
    }
    text += line;
  }
  return text.slice(0, maxLength);
}
