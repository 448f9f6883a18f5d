// The Smart Alerts decision for one press of Send, independent of Office.js so every path can
// be tested: non-ticket mail → allow at once; errors → block with the summary and a "Correggi"
// button that opens the pane; warnings only → ask, the user may send anyway; our own failure or
// a slow check → let the mail go (a broken add-in must never stop someone's mail).
import { checkTicket } from '../../../core/engine';
import { resolveConfig, type UserPreferences } from '../../../core/config/admin-config';
import { decideSend, isTicketMail } from '../../../core/send-policy';
import type { Locale, Recipient, TicketDraft } from '../../../core/types';
import type { AdminConfigResult } from '../../shared/mail-host';
import { CANCEL_LABELS, CHECK_TIMEOUT_MS, PANE_COMMAND_ID } from './constants';
import { markdownMessage } from './markdown-message';

/** What the handler passes to `event.completed` (Office.SmartAlertsEventCompletedOptions). */
export interface SendCompletion {
  allowEvent: boolean;
  errorMessage?: string;
  /** Mailbox 1.15: the same message with a proper list. */
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: string;
}

export interface SendEvent {
  completed(options: SendCompletion): void;
}

/** Everything the handler needs from the mail client; Office-backed in office-environment.ts. */
export interface OnSendEnvironment {
  /** To and Cc of the message being sent. */
  readRecipients(): Promise<Recipient[]>;
  readDraft(): Promise<TicketDraft>;
  loadAdminConfig(): Promise<AdminConfigResult>;
  loadPreferences(): UserPreferences | null;
  displayLocale(): Locale | undefined;
  /**
   * Mailbox 1.14 options: the value of Office.MailboxEnums.SendModeOverride.PromptUser, or
   * undefined when this Outlook cannot show "Send anyway" / a custom cancel button.
   */
  promptUserOverride(): string | undefined;
  /** True when Outlook formats errorMessageMarkdown (Mailbox 1.15). */
  markdownMessages(): boolean;
  /** Diagnostics only (Outlook's runtime log); never user data beyond the error text. */
  log(message: string): void;
  timeoutMs?: number;
}

export function createOnSendHandler(env: OnSendEnvironment): (event: SendEvent) => Promise<void> {
  return async (event) => {
    let done = false;
    const complete = (options: SendCompletion): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      event.completed(options);
    };
    const timeoutMs = env.timeoutMs ?? CHECK_TIMEOUT_MS;
    // Assigned before `complete` can run: both callers are asynchronous.
    const timer = setTimeout(() => {
      env.log(`Verifica Ticket: check took more than ${timeoutMs} ms, mail sent unchecked`);
      complete({ allowEvent: true });
    }, timeoutMs);

    try {
      complete(await decide(env));
    } catch (err) {
      env.log(`Verifica Ticket: check failed, mail sent unchecked: ${(err as Error)?.message}`);
      complete({ allowEvent: true });
    }
  };
}

async function decide(env: OnSendEnvironment): Promise<SendCompletion> {
  const [recipients, admin] = await Promise.all([env.readRecipients(), env.loadAdminConfig()]);
  if (admin.error) env.log(`Verifica Ticket: ${admin.error} (bundled directory used)`);
  const config = resolveConfig(admin.config, env.loadPreferences() ?? {});
  if (!isTicketMail(recipients, admin.config)) return { allowEvent: true };

  const draft = await env.readDraft();
  const locale = config.settings.language ?? env.displayLocale() ?? 'it';
  const report = checkTicket(draft, { ...config.options, locale });
  const decision = decideSend(report, config.mode);
  if (decision.action === 'allow') return { allowEvent: true };

  const promptUser = env.promptUserOverride();
  if (promptUser === undefined) {
    // Before Mailbox 1.14 Outlook cannot offer "Send anyway": a warning must not stop the mail.
    if (decision.action === 'prompt') return { allowEvent: true };
    return { allowEvent: false, errorMessage: decision.summary };
  }
  const completion: SendCompletion = {
    allowEvent: false,
    errorMessage: decision.summary,
    cancelLabel: CANCEL_LABELS[report.locale],
    commandId: PANE_COMMAND_ID,
  };
  if (env.markdownMessages()) {
    const heading = decision.summary.split('\n')[0] ?? '';
    completion.errorMessageMarkdown = markdownMessage(
      heading,
      decision.findings.map((f) => f.message),
    );
  }
  if (decision.action === 'prompt') completion.sendModeOverride = promptUser;
  return completion;
}
