// compose.onBeforeSend: checks mail to the helpdesk and stops or questions a send the way the
// shared send check (core/send-check.ts) says. Our own failure or a slow check never stops a send: it goes out and
// the user sees a notice.
import { resolveConfig } from '../../core/config/admin-config';
import { runSendCheck } from '../../core/send-check';
import type { Finding, Locale } from '../../core/types';
import { recipientsFrom } from './compose-draft';
import { loadManagedAdminConfig } from './managed-config';
import { loadPreferences } from './preferences-store';
import type { ComposeDetails, TbApi, Tab } from './tb-api';
import { readComposeDraft } from './thunderbird-host';

export interface SendQuestion {
  kind: 'prompt' | 'block';
  locale: Locale;
  summary: string;
  findings: Finding[];
  tabId: number;
}

/** The windows the guard opens; the real one is the send dialog (dialog-broker.ts). */
export interface SendGuardUi {
  /** Asks whether to send anyway; resolves true to send. */
  ask(question: SendQuestion): Promise<boolean>;
  /** Explains why the send was stopped (not awaited by the send). */
  explainBlock(question: SendQuestion): Promise<void>;
  /** Tells the user the message went out unchecked because of our failure. */
  notifyFailure(message: string, locale: Locale): Promise<void>;
}

export type BeforeSendResult = { cancel?: boolean };

export interface SendGuardOptions {
  /** Time budget of the whole check (default: the shared send-check budget). */
  budgetMs?: number;
  /** Milliseconds clock of the budget (tests pass a double). */
  clock?: () => number;
}

export function createSendGuard(
  api: TbApi,
  ui: SendGuardUi,
  options: SendGuardOptions = {},
): (tab: Tab, details: ComposeDetails) => Promise<BeforeSendResult> {
  return async (tab, details) => {
    const outcome = await runSendCheck(
      {
        readRecipients: async () => [
          ...recipientsFrom(details.to),
          ...recipientsFrom(details.cc),
          ...recipientsFrom(details.bcc),
        ],
        readDraft: () => readComposeDraft(api, tab.id!, details),
        loadConfig: async () => {
          const [admin, prefs] = await Promise.all([
            loadManagedAdminConfig(api.storage),
            loadPreferences(api.storage),
          ]);
          return resolveConfig(admin.config, prefs ?? {});
        },
        clientLanguage: () => api.i18n.getUILanguage(),
      },
      { budgetMs: options.budgetMs, clock: options.clock },
    );
    if (outcome.kind === 'send') return {};
    if (outcome.kind === 'unchecked') {
      void ui.notifyFailure(outcome.reason, outcome.locale).catch(() => undefined);
      return {};
    }
    const question: SendQuestion = {
      kind: outcome.kind,
      locale: outcome.locale,
      summary: outcome.summary,
      findings: outcome.findings,
      tabId: tab.id!,
    };
    if (outcome.kind === 'block') {
      void ui.explainBlock(question).catch(() => undefined);
      return { cancel: true };
    }
    try {
      return (await ui.ask(question)) ? {} : { cancel: true };
    } catch (err) {
      void ui
        .notifyFailure((err as Error)?.message ?? String(err), outcome.locale)
        .catch(() => undefined);
      return {};
    }
  };
}
