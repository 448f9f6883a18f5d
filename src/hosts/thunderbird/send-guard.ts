// compose.onBeforeSend: checks mail to the helpdesk and stops or questions a send the way the
// shared send policy says. Our own failure or a slow check never stops a send: it goes out and
// the user sees a notice.
import { resolveConfig, type EffectiveConfig } from '../../core/config/admin-config';
import { checkTicket } from '../../core/engine';
import { decideSend, isTicketMail } from '../../core/send-policy';
import type { CheckOptions, Finding, Locale } from '../../core/types';
import { recipientsFrom } from './compose-draft';
import { loadManagedAdminConfig } from './managed-config';
import { loadPreferences } from './preferences-store';
import type { ComposeDetails, TbApi, Tab } from './tb-api';
import { localeOf } from '../shared/display-locale';
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
  /** Longest time the check may take before the message is sent unchecked. */
  timeoutMs?: number;
}

/**
 * The engine options for this user: the report speaks the user's chosen language, else
 * Thunderbird's, else Italian (as the pane does, so pane and send dialog agree).
 */
export function checkOptionsFor(effective: EffectiveConfig, api: TbApi): CheckOptions {
  const locale = effective.settings.language ?? localeOf(api.i18n.getUILanguage()) ?? 'it';
  return { ...effective.options, locale };
}

class CheckTimeout extends Error {
  constructor(ms: number) {
    super(`check timed out after ${ms} ms`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeout(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function report(err: unknown): string {
  return (err as Error)?.message ?? String(err);
}

export function createSendGuard(
  api: TbApi,
  ui: SendGuardUi,
  options: SendGuardOptions = {},
): (tab: Tab, details: ComposeDetails) => Promise<BeforeSendResult> {
  const timeoutMs = options.timeoutMs ?? 5000;

  /** `said.locale` follows what is known so far, for a failure notice in the right language. */
  async function evaluate(tab: Tab, details: ComposeDetails, said: { locale: Locale }) {
    const [admin, prefs] = await Promise.all([
      loadManagedAdminConfig(api.storage),
      loadPreferences(api.storage),
    ]);
    const effective = resolveConfig(admin.config, prefs ?? {});
    said.locale = checkOptionsFor(effective, api).locale ?? said.locale;
    const directory = effective.options.directory!;
    const recipients = [
      ...recipientsFrom(details.to),
      ...recipientsFrom(details.cc),
      ...recipientsFrom(details.bcc),
    ];
    if (!isTicketMail(recipients, directory)) return null;
    const draft = await readComposeDraft(api, tab.id!, details);
    const result = checkTicket(draft, checkOptionsFor(effective, api));
    return { decision: decideSend(result, effective.mode), locale: result.locale };
  }

  return async (tab, details) => {
    let outcome: Awaited<ReturnType<typeof evaluate>>;
    const said = { locale: (localeOf(api.i18n.getUILanguage()) ?? 'it') as Locale };
    try {
      outcome = await withTimeout(evaluate(tab, details, said), timeoutMs);
    } catch (err) {
      void ui.notifyFailure(report(err), said.locale).catch(() => undefined);
      return {};
    }
    if (!outcome || outcome.decision.action === 'allow') return {};
    const { decision, locale } = outcome;
    const question: SendQuestion = {
      kind: decision.action,
      locale,
      summary: decision.summary,
      findings: decision.findings,
      tabId: tab.id!,
    };
    if (decision.action === 'block') {
      void ui.explainBlock(question).catch(() => undefined);
      return { cancel: true };
    }
    try {
      return (await ui.ask(question)) ? {} : { cancel: true };
    } catch (err) {
      void ui.notifyFailure(report(err), locale).catch(() => undefined);
      return {};
    }
  };
}
