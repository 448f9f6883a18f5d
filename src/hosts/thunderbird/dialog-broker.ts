/// <reference types="thunderbird-webext-browser" />
// Background side of the send dialog: opens a small window per question and resolves with the
// user's answer. Closing the window counts as "Correggi" (do not send).
import type { Locale } from '../../core/types';
import { isDialogMessage, type DialogContent, type DialogKind } from './dialog-protocol';
import type { SendGuardUi, SendQuestion } from './send-guard';
import { text } from './texts';

export interface DialogApi {
  windows: Pick<typeof messenger.windows, 'create' | 'onRemoved'>;
  runtime: Pick<typeof messenger.runtime, 'onMessage'>;
}

interface Pending {
  content: DialogContent;
  windowId?: number;
  resolve(send: boolean): void;
}

export function createDialogBroker(api: DialogApi): SendGuardUi {
  const pending = new Map<string, Pending>();
  let counter = 0;

  api.runtime.onMessage.addListener((message: unknown) => {
    if (!isDialogMessage(message)) return undefined;
    const entry = pending.get(message.id);
    switch (message.type) {
      case 'verifica-ticket/dialog-get':
        return Promise.resolve(entry?.content ?? null);
      case 'verifica-ticket/dialog-answer':
        if (entry) {
          pending.delete(message.id);
          entry.resolve(message.send);
        }
        return Promise.resolve(true);
      case 'verifica-ticket/dialog-keepalive':
        return Promise.resolve(entry !== undefined);
    }
  });

  api.windows.onRemoved.addListener((windowId: number) => {
    for (const [id, entry] of pending) {
      if (entry.windowId === windowId) {
        pending.delete(id);
        entry.resolve(false);
      }
    }
  });

  async function open(
    kind: DialogKind,
    locale: Locale,
    summary: string,
    findings: SendQuestion['findings'],
    tabId?: number,
  ) {
    const id = `${Date.now().toString(36)}-${++counter}`;
    const content: DialogContent = { id, kind, locale, summary, findings, tabId };
    const answer = new Promise<boolean>((resolve) => {
      pending.set(id, { content, resolve });
    });
    try {
      const win = await api.windows.create({
        type: 'popup',
        url: `send-dialog.html?id=${encodeURIComponent(id)}`,
        width: 560,
        height: 460,
        allowScriptsToClose: true,
      });
      const entry = pending.get(id);
      if (entry) entry.windowId = win.id;
    } catch (err) {
      pending.delete(id);
      throw err;
    }
    return answer;
  }

  return {
    ask: (q) => open('prompt', q.locale, q.summary, q.findings, q.tabId),
    explainBlock: async (q) => {
      await open('block', q.locale, q.summary, q.findings, q.tabId);
    },
    notifyFailure: async (error, locale) => {
      await open('notice', locale, text(locale, 'failureNotice', { error }), []);
    },
  };
}
