// The preview's simulated message (a ComposeStore edited by the compose form) as the message the
// Office.js fake works on, and the preview's roaming settings in localStorage. The simulated
// Outlook writes plain-text bodies, like Outlook with a plain-text message.
import { escapeHtml } from '../shared/escape-html';
import { formatAddressList, parseAddressList, type ComposeStore } from './compose-store';
import type { RoamingStore, SimMessage } from './office-sim';

const ROAMING_KEY = 'verifica-ticket-preview:roaming';

function htmlFromText(text: string): string {
  const lines = text.split('\n').map((l) => `<div>${l ? escapeHtml(l) : '<br>'}</div>`);
  return `<html><body>${lines.join('')}</body></html>`;
}

function textFromHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc.querySelectorAll('div,p,li,tr').forEach((el) => el.append('\n'));
  return (doc.body.textContent ?? '').replace(/\n$/, '');
}

export function storeMessage(store: ComposeStore): SimMessage {
  const state = () => store.get();
  return {
    getSubject: () => state().subject,
    setSubject: (subject) => store.update({ subject }),
    bodyType: () => 'text',
    getBody: (type) => (type === 'html' ? htmlFromText(state().body) : state().body),
    setBody: (type, value) => store.update({ body: type === 'html' ? textFromHtml(value) : value }),
    // The simulated compose window has no Bcc field.
    getRecipients: (field) =>
      field === 'bcc'
        ? []
        : parseAddressList(state()[field]).map((a) => ({ ...a, recipientType: 'other' })),
    setRecipients: (field, list) => {
      if (field !== 'bcc') store.update({ [field]: formatAddressList(list) });
    },
    getFrom: () => parseAddressList(state().from)[0],
    getAttachments: () =>
      state().attachments.map((a) => ({ ...a, attachmentType: 'file', isInline: false })),
    getHeaders: (names): Record<string, string> =>
      state().replyToNotification && names.includes('In-Reply-To')
        ? { 'In-Reply-To': '<ticket-48213@ticket.palitalsoft.example>' }
        : {},
    composeType: () => (state().replyToNotification ? 'reply' : 'newMail'),
    conversationId: () => (state().replyToNotification ? 'AAQkADsimulatedconversation' : null),
  };
}

/** The simulated Outlook's roaming settings, kept in the page's localStorage. */
export function localRoaming(storage: Storage): RoamingStore {
  return {
    load: () => JSON.parse(storage.getItem(ROAMING_KEY) ?? '{}') as Record<string, unknown>,
    save: (values) => storage.setItem(ROAMING_KEY, JSON.stringify(values)),
  };
}

/** Stored preferences of the simulated Outlook, for seeding and resetting the preview. */
export function seedRoaming(storage: Storage, values: Record<string, unknown>): void {
  if (storage.getItem(ROAMING_KEY) === null) storage.setItem(ROAMING_KEY, JSON.stringify(values));
}

export function clearRoaming(storage: Storage): void {
  storage.removeItem(ROAMING_KEY);
}
