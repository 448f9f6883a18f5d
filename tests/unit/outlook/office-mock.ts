// The Office.js fake of the preview page (src/hosts/preview/office-sim.ts) over a plain state
// object, installed as `global.Office`: adapter tests (and the on-send tests) read and write a
// compose item and make any call fail by name. Same fake as the preview, so what the preview
// shows and what the tests check cannot drift apart.
import {
  createOfficeSim,
  type SimAttachmentDetails,
  type SimMessage,
} from '../../../src/hosts/preview/office-sim';
export interface ComposeState {
  subject: string;
  bodyType: 'text' | 'html';
  bodyText: string;
  bodyHtml: string;
  to: Array<{ displayName: string; emailAddress: string; recipientType?: string }>;
  cc: Array<{ displayName: string; emailAddress: string; recipientType?: string }>;
  bcc: Array<{ displayName: string; emailAddress: string; recipientType?: string }>;
  from?: { displayName: string; emailAddress: string };
  /** The signed-in user (Office.context.mailbox.userProfile). */
  userProfile: { displayName: string; emailAddress: string };
  /**
   * For an item in a shared folder (delegate access) or shared mailbox: its owner, answered by
   * item.getSharedPropertiesAsync (Mailbox 1.8/1.13). Outlook defines that method only there.
   */
  sharedOwner?: string;
  attachments: SimAttachmentDetails[];
  headers: Record<string, string>;
  composeType: 'newMail' | 'reply' | 'forward';
  conversationId: string | null;
  /** Highest Mailbox requirement set supported, e.g. "1.8". */
  mailbox: string;
  /** Operation names whose callback reports failure (e.g. "to.getAsync"). */
  fail: Set<string>;
  /** Roaming settings as saved by roamingSettings.saveAsync. */
  roaming: Record<string, unknown>;
  /** Handlers registered with item.addHandlerAsync, by event type. */
  handlers: Map<string, () => void>;
  /** Every async call made, in order. */
  calls: string[];
}

export function composeState(overrides: Partial<ComposeState> = {}): ComposeState {
  return {
    subject: '',
    bodyType: 'html',
    bodyText: '',
    bodyHtml: '<html><body></body></html>',
    to: [],
    cc: [],
    bcc: [],
    attachments: [],
    headers: {},
    composeType: 'newMail',
    conversationId: null,
    mailbox: '1.13',
    fail: new Set(),
    roaming: {},
    handlers: new Map(),
    calls: [],
    userProfile: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.example.it' },
    ...overrides,
  };
}

/** The state as the message the fake works on. */
function stateMessage(state: ComposeState): SimMessage {
  return {
    getSubject: () => state.subject,
    setSubject: (subject) => {
      state.subject = subject;
    },
    bodyType: () => state.bodyType,
    getBody: (type) => (type === 'html' ? state.bodyHtml : state.bodyText),
    setBody: (type, value) => {
      if (type === 'html') {
        state.bodyHtml = value;
        state.bodyText = value.replace(/<\/div>/g, '\n').replace(/<[^>]+>/g, '');
      } else {
        state.bodyText = value;
      }
    },
    getRecipients: (field) => state[field],
    setRecipients: (field, list) => {
      state[field] = list.map((r) => ({ ...r }));
    },
    getFrom: () => state.from,
    getAttachments: () => state.attachments,
    getHeaders: (names) =>
      Object.fromEntries(
        names.filter((n) => n in state.headers).map((n) => [n, state.headers[n]!]),
      ),
    composeType: () => state.composeType,
    conversationId: () => state.conversationId,
    ...(state.sharedOwner !== undefined
      ? { sharedProperties: () => ({ owner: state.sharedOwner!, delegatePermissions: 3 }) }
      : {}),
  };
}

/** Installs `global.Office` backed by `state`; returns the compose item. */
export function installOffice(state: ComposeState): Office.MessageCompose {
  const office = createOfficeSim(stateMessage(state), {
    displayLanguage: 'it-IT',
    profile: state.userProfile,
    failing: state.fail,
    calls: state.calls,
    mailbox: state.mailbox,
    handlers: state.handlers,
    roaming: {
      load: () => ({ ...state.roaming }),
      save: (values) => {
        state.roaming = { ...values };
      },
    },
    synchronous: true,
  });
  (globalThis as unknown as { Office: unknown }).Office = office;
  return office.context.mailbox.item as unknown as Office.MessageCompose;
}
