// A press of Send in Outlook: the compose item (office-addin-mock, shared with the Outlook adapter
// tests) plus what the on-send runtime adds — Smart Alerts enums, roaming settings, display
// language — and an event whose `completed` calls are recorded.
import type { AdminConfig } from '../../../src/core/config/admin-config';
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import {
  createOnSendHandler,
  type SendEvent,
} from '../../../src/hosts/outlook/onsend/on-send-handler';
import { officeEnvironment } from '../../../src/hosts/outlook/onsend/office-environment';
import { PREFERENCES_KEY } from '../../../src/hosts/outlook/roaming-preferences';
import type { OnSendEnvironment } from '../../../src/hosts/outlook/onsend/on-send-handler';
import { composeState, installOffice, type ComposeState } from '../outlook/office-mock';

/** The first module's ticket address in the bundled directory: a ticket mail goes there. */
export const TICKET_ADDRESS = defaultDirectory.modules[0]!.address;

export interface SendSetup {
  compose?: Partial<ComposeState>;
  displayLanguage?: string;
  /** Admin file hosted beside the add-in; default: none (the bundled directory). */
  admin?: Partial<AdminConfig>;
  preferences?: unknown;
  env?: Partial<OnSendEnvironment>;
}

export function pressSend(setup: SendSetup = {}) {
  const state = composeState({ mailbox: '1.14', ...setup.compose });
  installOffice(state);
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office as {
    context: Record<string, unknown>;
    MailboxEnums?: unknown;
  };
  office.MailboxEnums = { SendModeOverride: { PromptUser: 'promptUser' } };
  office.context.displayLanguage = setup.displayLanguage ?? 'it-IT';
  office.context.roamingSettings = {
    get: (key: string) => (key === PREFERENCES_KEY ? setup.preferences : undefined),
  };
  const logs: string[] = [];
  const env: OnSendEnvironment = {
    ...officeEnvironment('https://addin.example.org/verifica/'),
    // No network in unit tests: the hosted admin file is given directly.
    loadAdminConfig: async () =>
      setup.admin
        ? { config: { ...(defaultDirectory as AdminConfig), ...setup.admin }, source: 'test' }
        : { config: defaultDirectory as AdminConfig, source: 'bundled' },
    log: (message) => logs.push(message),
    ...setup.env,
  };
  const completed = jest.fn();
  const event: SendEvent = { completed };
  const run = createOnSendHandler(env)(event);
  return { state, completed, logs, run };
}

export { goodTicket } from '../../fixtures/good-ticket';
