// The Smart Alerts answer for one press of Send. The decision is the shared send check
// (core/send-check.ts); this maps it onto Office.js: non-ticket mail → allow at once; errors →
// block with the summary and a "Correggi" button that opens the pane; warnings only → ask, the
// user may send anyway; our own failure or a slow check → let the mail go (Smart Alerts cannot
// show a notice on a mail it lets through, so it is logged).
import { resolveConfig, type UserPreferences } from '../../../core/config/admin-config';
import { runSendCheck, type SendOutcome } from '../../../core/send-check';
import type { Recipient, TicketDraft } from '../../../core/types';
import type { AdminConfigResult } from '../../../core/host/mail-host';
import { CANCEL_LABELS, PANE_COMMAND_ID } from './constants';
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
  /** To, Cc and Bcc of the message being sent. */
  readRecipients(): Promise<Recipient[]>;
  readDraft(): Promise<TicketDraft>;
  loadAdminConfig(): Promise<AdminConfigResult>;
  loadPreferences(): UserPreferences | null;
  /** Outlook's display language ("it-IT"). */
  clientLanguage(): string | undefined;
  /**
   * Mailbox 1.14 options: the value of Office.MailboxEnums.SendModeOverride.PromptUser, or
   * undefined when this Outlook cannot show "Send anyway" / a custom cancel button.
   */
  promptUserOverride(): string | undefined;
  /** True when Outlook formats errorMessageMarkdown (Mailbox 1.15). */
  markdownMessages(): boolean;
  /** Diagnostics only (Outlook's runtime log); never user data beyond the error text. */
  log(message: string): void;
  /** Time budget of the whole check (default: the shared send-check budget). */
  budgetMs?: number;
  /** Milliseconds clock of the budget (tests pass a double). */
  clock?: () => number;
}

export function createOnSendHandler(env: OnSendEnvironment): (event: SendEvent) => Promise<void> {
  return async (event) => {
    const notes: string[] = [];
    const outcome = await runSendCheck(
      {
        readRecipients: () => env.readRecipients(),
        readDraft: () => env.readDraft(),
        loadConfig: async () => {
          const admin = await env.loadAdminConfig();
          if (admin.error) notes.push(`${admin.error} (bundled directory used)`);
          return resolveConfig(admin.config, env.loadPreferences() ?? {});
        },
        clientLanguage: () => env.clientLanguage(),
      },
      { budgetMs: env.budgetMs, clock: env.clock },
    );
    let completion: SendCompletion = { allowEvent: true };
    try {
      completion = completionFor(outcome, env);
    } catch (err) {
      notes.push(`answer failed, mail sent unchecked: ${(err as Error)?.message}`);
    }
    // Outlook waits for this call: it comes first, and nothing before it can throw.
    event.completed(completion);
    if (outcome.kind === 'unchecked') notes.push(`mail sent unchecked: ${outcome.reason}`);
    for (const note of notes) {
      try {
        env.log(`Verifica Ticket: ${note}`);
      } catch {
        // A broken logger must not matter once the send is answered.
      }
    }
  };
}

function completionFor(outcome: SendOutcome, env: OnSendEnvironment): SendCompletion {
  if (outcome.kind === 'send' || outcome.kind === 'unchecked') return { allowEvent: true };
  const promptUser = env.promptUserOverride();
  if (promptUser === undefined) {
    // Before Mailbox 1.14 Outlook cannot offer "Send anyway": a warning must not stop the mail.
    if (outcome.kind === 'prompt') return { allowEvent: true };
    return { allowEvent: false, errorMessage: outcome.summary };
  }
  const completion: SendCompletion = {
    allowEvent: false,
    errorMessage: outcome.summary,
    cancelLabel: CANCEL_LABELS[outcome.locale],
    commandId: PANE_COMMAND_ID,
  };
  if (env.markdownMessages()) {
    const heading = outcome.summary.split('\n')[0] ?? '';
    completion.errorMessageMarkdown = markdownMessage(
      heading,
      outcome.findings.map((f) => f.message),
    );
  }
  if (outcome.kind === 'prompt') completion.sendModeOverride = promptUser;
  return completion;
}
