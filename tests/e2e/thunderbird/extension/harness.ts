/// <reference types="thunderbird-webext-browser" />
// Test-only module (dist/thunderbird-test/, never shipped): takes commands from the end-to-end
// test's HTTP server on 127.0.0.1 and answers with what Thunderbird and the extension's own
// modules report. The port comes from test-harness.json, added to the test xpi.
// Loaded as a second background script, it only opens harness.html, which runs the command
// loop: an extension page of its own, so the non-persistent background page can go idle and be
// woken by a send like in real use.
import { resolveConfig } from '../../../../src/core/config/admin-config';
import { readPreferences } from '../../../../src/core/config/coerce-settings';
import { checkTicket } from '../../../../src/core/engine';
import { resolveLocale } from '../../../../src/core/locale';
import type { FixEdit, UserPreferences } from '../../../../src/core';
import { loadManagedAdminConfig } from '../../../../src/hosts/thunderbird/managed-config';
import { savePreferences } from '../../../../src/hosts/thunderbird/preferences-store';
import { realApi } from '../../../../src/hosts/thunderbird/tb-api';
import { ThunderbirdHost } from '../../../../src/hosts/thunderbird/thunderbird-host';

type Details = messenger.compose.ComposeDetails & {
  attachmentFiles?: { name: string; content: string; type?: string }[];
};

interface Command {
  id: number;
  op: string;
  args: unknown[];
}

const api = realApi();
const sends: unknown[] = [];
messenger.compose.onAfterSend.addListener((tab, info) => {
  sends.push({ tabId: tab.id, mode: info.mode, error: info.error ?? null });
});

async function addFiles(tabId: number, files: Details['attachmentFiles']) {
  for (const f of files ?? []) {
    const file = new File([f.content], f.name, { type: f.type ?? 'application/octet-stream' });
    await messenger.compose.addAttachment(tabId, { file, name: f.name });
  }
}

/** The send dialog windows now open (extension pages of this same extension). */
function dialogViews(): Window[] {
  return messenger.extension
    .getViews()
    .filter((w) => w.location.pathname.endsWith('/send-dialog.html'));
}

function labelText(doc: Document, attribute: string): string | null {
  const id = doc.getElementById('app')?.getAttribute(attribute);
  return id ? (doc.getElementById(id)?.textContent ?? null) : null;
}

function describeDialog(w: Window) {
  const doc = w.document;
  return {
    lang: doc.documentElement.lang,
    title: doc.querySelector('h1')?.textContent ?? '',
    findings: [...doc.querySelectorAll('li')].map((li) => li.textContent ?? ''),
    buttons: [...doc.querySelectorAll('button')].map((b) => ({ id: b.id, label: b.textContent })),
    focused: (doc.activeElement as HTMLElement | null)?.id ?? null,
    role: doc.getElementById('app')?.getAttribute('role') ?? null,
    element: doc.getElementById('app')?.localName ?? null,
    // What a screen reader announces: the texts the dialog's aria attributes point at.
    label: labelText(doc, 'aria-labelledby'),
    description: labelText(doc, 'aria-describedby'),
  };
}

/** The pane windows (popup.html) now open. */
function paneViews(): Window[] {
  return messenger.extension.getViews().filter((w) => w.location.pathname.endsWith('/popup.html'));
}

function describePane(w: Window) {
  const doc = w.document;
  return {
    search: w.location.search,
    findings: [...doc.querySelectorAll('li[data-rule]')].map((li) => ({
      rule: li.getAttribute('data-rule'),
      message: li.querySelector('span')?.textContent ?? '',
      fix: li.querySelector('button')?.textContent ?? null,
    })),
    text: doc.body.textContent ?? '',
  };
}

const ops: Record<string, (...args: never[]) => Promise<unknown>> = {
  async beginNew(details: Details) {
    const { attachmentFiles, ...compose } = details;
    const tab = await messenger.compose.beginNew(compose);
    await addFiles(tab.id!, attachmentFiles);
    return tab.id;
  },
  async beginReply(messageId: number, details: Details = {}) {
    const tab = await messenger.compose.beginReply(messageId, 'replyToSender', details);
    return tab.id;
  },
  async importMessage(eml: string) {
    // A fresh profile's Local Folders has no folder yet: make one for the originals.
    const [account] = await messenger.accounts.list(false);
    if (!account?.rootFolder) throw new Error('no local account to import into');
    const folder =
      (await messenger.folders.getSubFolders(account.rootFolder.id!, false)).find(
        (f) => f.name === 'Originali',
      ) ?? (await messenger.folders.create(account.rootFolder.id!, 'Originali'));
    const file = new File([eml], 'original.eml', { type: 'message/rfc822' });
    const header = await messenger.messages.import(file, folder.id!);
    return header.id;
  },
  details: (tabId: number) => messenger.compose.getComposeDetails(tabId),
  async readDraft(tabId: number) {
    return (await ThunderbirdHost.create(api, tabId)).readDraft();
  },
  async check(tabId: number) {
    const host = await ThunderbirdHost.create(api, tabId);
    const [admin, prefs] = await Promise.all([host.loadAdminConfig(), host.loadPreferences()]);
    const draft = await host.readDraft();
    const effective = resolveConfig(admin.config, readPreferences(prefs).prefs ?? {});
    return {
      draft,
      report: checkTicket(draft, {
        ...effective.options,
        locale: resolveLocale(effective.settings.language, api.i18n.getUILanguage()),
      }),
      mode: effective.mode,
      admin: { source: admin.source, error: admin.error ?? null },
      profile: host.profile(),
    };
  },
  async applyEdits(tabId: number, edits: FixEdit[]) {
    await (await ThunderbirdHost.create(api, tabId)).applyEdits(edits);
    return messenger.compose.getComposeDetails(tabId);
  },
  async send(tabId: number, mode: messenger.compose._SendMessageOptionsMode) {
    try {
      const result = await messenger.compose.sendMessage(tabId, { mode });
      return { sent: true, mode: result.mode, headerMessageId: result.headerMessageId ?? null };
    } catch (err) {
      return { sent: false, error: (err as Error).message };
    }
  },
  /** Starts a send without waiting for it (it may wait on the dialog). */
  async sendInBackground(tabId: number, mode: messenger.compose._SendMessageOptionsMode) {
    void ops.send!(tabId as never, mode as never).then((r) => sends.push({ tabId, result: r }));
    return true;
  },
  sends: async () => sends,
  uiLanguage: async () => messenger.i18n.getUILanguage(),
  /** "admin" when an enterprise policy installed the extension, "development" when sideloaded. */
  installType: async () => (await messenger.management.getSelf()).installType,
  setPreferences: (prefs: UserPreferences) => savePreferences(api.storage, prefs),
  async adminConfig() {
    const r = await loadManagedAdminConfig(api.storage);
    return { source: r.source, error: r.error ?? null, vendorDomains: r.config.vendorDomains };
  },
  dialogs: async () => dialogViews().map(describeDialog),
  async clickDialog(buttonId: string) {
    const view = dialogViews()[0];
    const button = view?.document.getElementById(buttonId);
    if (!button) throw new Error(`no open send dialog with button #${buttonId}`);
    (button as HTMLButtonElement).click();
    return true;
  },
  async pressEscapeInDialog() {
    const view = dialogViews()[0];
    if (!view) throw new Error('no open send dialog');
    const ViewKeyboardEvent = (view as unknown as typeof globalThis).KeyboardEvent;
    view.document.dispatchEvent(new ViewKeyboardEvent('keydown', { key: 'Escape' }));
    return true;
  },
  async openPane(tabId: number) {
    const win = await messenger.windows.create({ type: 'popup', url: `popup.html?tabId=${tabId}` });
    return win.id;
  },
  /**
   * Makes compose.listAttachments fail for the extension's background code (same page), to
   * stand for an internal failure of the check; `false` restores it.
   */
  async breakAttachments(broken: boolean) {
    const background = (await messenger.runtime.getBackgroundPage()) as Window & {
      messenger: { compose: { listAttachments: unknown } };
      vtOriginalListAttachments?: unknown;
    };
    const compose = background.messenger.compose;
    background.vtOriginalListAttachments ??= compose.listAttachments;
    compose.listAttachments = broken
      ? () => Promise.reject(new Error('simulated failure'))
      : background.vtOriginalListAttachments;
    return compose.listAttachments !== background.vtOriginalListAttachments;
  },
  /** Whether the background page is running now (it is not while idle-suspended). */
  backgroundRunning: async () =>
    messenger.extension.getViews().some((w) => w.location.pathname.includes('background')),
  /** Presses the compose-action button of the compose window of `tabId`. */
  async openActionPopup(tabId: number) {
    const tab = await messenger.tabs.get(tabId);
    return messenger.composeAction.openPopup({ windowId: tab.windowId });
  },
  panes: async () => paneViews().map(describePane),
  async clickPaneFix(rule: string) {
    const button = paneViews()[0]?.document.querySelector<HTMLButtonElement>(
      `li[data-rule="${rule}"] button`,
    );
    if (!button) throw new Error(`no fix button for ${rule} in an open pane`);
    button.click();
    return true;
  },
  closeWindow: (windowId: number) => messenger.windows.remove(windowId),
  async closePanes() {
    for (const view of paneViews()) view.close();
    return true;
  },
  closeTab: (tabId: number) => messenger.tabs.remove(tabId),
};

async function run(base: string) {
  await fetch(`${base}/hello`, { method: 'POST', body: JSON.stringify({ ok: true }) });
  for (;;) {
    let command: Command;
    try {
      const res = await fetch(`${base}/next`, { cache: 'no-store' });
      if (res.status === 204) continue;
      if (res.status !== 200) return; // the test is over
      command = (await res.json()) as Command;
    } catch {
      return; // server gone
    }
    let reply: { id: number; ok: boolean; value?: unknown; error?: string };
    try {
      const op = ops[command.op];
      if (!op) throw new Error(`unknown op ${command.op}`);
      const value = await (op as (...a: unknown[]) => Promise<unknown>)(...command.args);
      reply = { id: command.id, ok: true, value: value ?? null };
    } catch (err) {
      reply = { id: command.id, ok: false, error: String((err as Error)?.message ?? err) };
    }
    await fetch(`${base}/result`, { method: 'POST', body: JSON.stringify(reply) });
  }
}

async function start() {
  let port: number;
  try {
    const res = await fetch(messenger.runtime.getURL('test-harness.json'));
    port = ((await res.json()) as { port: number }).port;
  } catch {
    return; // not a test profile
  }
  await run(`http://127.0.0.1:${port}`);
}

/** In the background page: open the harness page once (the background may be restarted). */
async function boot() {
  const open = messenger.extension
    .getViews()
    .some((w) => w.location.pathname.endsWith('/harness.html'));
  if (!open) await messenger.windows.create({ type: 'popup', url: 'harness.html' });
}

if (location.pathname.endsWith('/harness.html')) void start();
else void boot();
