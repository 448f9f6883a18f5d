// What happens when the user presses Send, decided once for every host (Outlook's on-send
// handler and Thunderbird's onBeforeSend listener are thin adapters around runSendCheck):
// - only mail to the helpdesk is checked: a module address or any vendor address in To, Cc or
//   Bcc (the ticketing system opens a ticket for a blind copy as well);
// - errors block (or only ask, under the admin's warn-only mode), warnings ask;
// - our own failure, or a check that does not finish within the time budget, lets the mail go
//   unchecked with a notice: a broken add-in must never stop someone's mail.
import { errorText } from './error-text';
import type { EffectiveConfig, SendMode } from './config/admin-config';
import { isVendorAddress, normalizeAddress } from './directory/addresses';
import { checkTicket } from './engine';
import { resolveLocale } from './locale';
import { defineMessages } from './messages/define-messages';
import type { Directory, Finding, Locale, Recipient, Report, TicketDraft } from './types';

/**
 * Longest a send check may take, host calls included. Outlook shows "taking longer than
 * expected" after 5 s counting its own start-up, so both hosts stay well under that.
 */
export const SEND_CHECK_BUDGET_MS = 3000;
/** Kept back from the budget for what follows the engine (building the answer, the host). */
const ENGINE_MARGIN_MS = 200;
/** Smart Alerts caps its message at 500 characters; the Thunderbird dialog uses the same text. */
export const SUMMARY_MAX_LENGTH = 500;

const texts = defineMessages({
  it: {
    blockedHead: 'Il ticket non verrebbe preso in carico:',
    warningHead: 'Prima di inviare, verifica:',
  },
  en: {
    blockedHead: 'The helpdesk would not accept this ticket:',
    warningHead: 'Before sending, please check:',
  },
});

/** The recipients that can make a mail a ticket. */
export function ticketRecipients(draft: Pick<TicketDraft, 'to' | 'cc' | 'bcc'>): Recipient[] {
  return [...draft.to, ...draft.cc, ...(draft.bcc ?? [])];
}

/** True when the mail goes to the helpdesk (a module address or any vendor address). */
export function isTicketMail(recipients: Recipient[], directory: Directory): boolean {
  const moduleAddresses = new Set(directory.modules.map((m) => normalizeAddress(m.address)));
  return recipients.some(
    (r) =>
      moduleAddresses.has(normalizeAddress(r.address)) || isVendorAddress(r.address, directory),
  );
}

export type SendDecision =
  | { action: 'allow' }
  /** Stop the send; the user must correct the ticket. */
  | { action: 'block'; summary: string; findings: Finding[] }
  /** Ask the user, who may send anyway. */
  | { action: 'prompt'; summary: string; findings: Finding[] };

/**
 * Turns a report into the send decision. `warn-only` (admin policy) downgrades a block to a
 * question. The summary fits Outlook's 500-character Smart Alerts limit.
 */
export function decideSend(report: Report, mode: SendMode = 'block'): SendDecision {
  if (report.verdict === 'ok') return { action: 'allow' };
  const blocking = report.verdict === 'block';
  const listed = report.findings.filter((f) => f.severity === (blocking ? 'error' : 'warning'));
  const summary = summarize(report.locale, blocking, listed);
  if (blocking && mode === 'block') return { action: 'block', summary, findings: listed };
  return { action: 'prompt', summary, findings: listed };
}

function summarize(locale: Locale, blocking: boolean, findings: Finding[]): string {
  let text = texts(locale, blocking ? 'blockedHead' : 'warningHead');
  for (const f of findings) {
    const line = `\n• ${f.message}`;
    if (text.length + line.length > SUMMARY_MAX_LENGTH - 2) {
      text += '\n…';
      break;
    }
    text += line;
  }
  return text.slice(0, SUMMARY_MAX_LENGTH);
}

/** What the mail client offers the send check; each host implements it over its own API. */
export interface SendCheckHost {
  /** To, Cc and Bcc of the message being sent. */
  readRecipients(): Promise<Recipient[]>;
  readDraft(): Promise<TicketDraft>;
  /** Admin policy merged over the user's preferences. */
  loadConfig(): Promise<EffectiveConfig>;
  /** The mail client's display language ("it-IT"), when known. */
  clientLanguage(): string | undefined;
}

export type SendOutcome =
  | { kind: 'send' }
  /** Let the mail go and tell the user it went out unchecked (our failure or out of time). */
  | { kind: 'unchecked'; reason: string; locale: Locale }
  | { kind: 'block' | 'prompt'; summary: string; findings: Finding[]; locale: Locale };

export interface SendCheckOptions {
  budgetMs?: number;
  /** Milliseconds clock (tests pass a double). */
  clock?: () => number;
}

class OutOfTime extends Error {}

/** The hosts' timers (every JavaScript host has them; the engine's lib declares no host API). */
const timers = globalThis as unknown as {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** Runs the send check within the time budget; never rejects. */
export async function runSendCheck(
  host: SendCheckHost,
  options: SendCheckOptions = {},
): Promise<SendOutcome> {
  const clock = options.clock ?? Date.now;
  const budget = options.budgetMs ?? SEND_CHECK_BUDGET_MS;
  const started = clock();
  let locale = resolveLocale(
    undefined,
    safe(() => host.clientLanguage()),
  );
  let timer: unknown;
  const outOfTime = new Promise<never>((_, reject) => {
    timer = timers.setTimeout(() => reject(new OutOfTime(`no answer within ${budget} ms`)), budget);
  });
  try {
    return await Promise.race([check(), outOfTime]);
  } catch (err) {
    return { kind: 'unchecked', reason: errorText(err), locale };
  } finally {
    timers.clearTimeout(timer);
  }

  async function check(): Promise<SendOutcome> {
    const [recipients, config] = await Promise.all([host.readRecipients(), host.loadConfig()]);
    locale = resolveLocale(
      config.settings.language,
      safe(() => host.clientLanguage()),
    );
    if (!isTicketMail(recipients, config.options.directory!)) return { kind: 'send' };
    const draft = await host.readDraft();
    // The engine runs synchronously: the timer above cannot interrupt it, so it gets what is
    // left of the budget as its deadline, and a result that still comes late does not count.
    const report = checkTicket(draft, {
      ...config.options,
      locale,
      clock,
      deadline: started + budget - Math.min(ENGINE_MARGIN_MS, budget / 10),
    });
    const elapsed = clock() - started;
    if (report.skippedRules.length > 0 || elapsed > budget) {
      return { kind: 'unchecked', reason: `out of time after ${elapsed} ms`, locale };
    }
    const decision = decideSend(report, config.mode);
    if (decision.action === 'allow') return { kind: 'send' };
    return {
      kind: decision.action,
      summary: decision.summary,
      findings: decision.findings,
      locale,
    };
  }
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
