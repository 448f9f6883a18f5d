// A compose item for office-addin-mock: Office.js-shaped async calls over a plain state object,
// with any call made to fail by name, so adapter tests check reading, writing and failures.
import { OfficeMockObject } from 'office-addin-mock';

export interface ComposeState {
  subject: string;
  bodyType: 'text' | 'html';
  bodyText: string;
  bodyHtml: string;
  to: Array<{ displayName: string; emailAddress: string }>;
  cc: Array<{ displayName: string; emailAddress: string }>;
  bcc: Array<{ displayName: string; emailAddress: string }>;
  from?: { displayName: string; emailAddress: string };
  /** The signed-in user (Office.context.mailbox.userProfile). */
  userProfile: { displayName: string; emailAddress: string };
  /**
   * For an item in a shared folder (delegate access) or shared mailbox: its owner, answered by
   * item.getSharedPropertiesAsync (Mailbox 1.8/1.13). Outlook defines that method only there.
   */
  sharedOwner?: string;
  attachments: Array<{
    id: string;
    name: string;
    size: number;
    attachmentType: string;
    isInline: boolean;
  }>;
  headers: Record<string, string>;
  composeType: 'newMail' | 'reply' | 'forward';
  conversationId: string | null;
  /** Highest Mailbox requirement set supported, e.g. "1.8". */
  mailbox: string;
  /** Operation names whose callback reports failure (e.g. "to.getAsync"). */
  fail: Set<string>;
  /** Saved roaming settings, and those set but not yet saved. */
  roaming: Record<string, unknown>;
  pendingRoaming: Record<string, unknown>;
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
    pendingRoaming: {},
    handlers: new Map(),
    calls: [],
    userProfile: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.example.it' },
    ...overrides,
  };
}

type Cb = (r: {
  status: string;
  value?: unknown;
  error?: { name: string; message: string };
}) => void;

function versionAtLeast(have: string, want: string): boolean {
  const [h1 = 0, h2 = 0] = have.split('.').map(Number);
  const [w1 = 0, w2 = 0] = want.split('.').map(Number);
  return h1 > w1 || (h1 === w1 && h2 >= w2);
}

/** Installs `global.Office` backed by `state`; returns the mock item. */
export function installOffice(state: ComposeState): Office.MessageCompose {
  const reply = (op: string, cb: Cb, value?: () => unknown) => {
    state.calls.push(op);
    if (state.fail.has(op)) {
      cb({ status: 'failed', error: { name: 'GenericResponseError', message: `${op} denied` } });
    } else {
      cb({ status: 'succeeded', value: value?.() });
    }
  };
  const lastCb = (args: unknown[]) => args[args.length - 1] as Cb;
  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (...args: unknown[]) => reply(`${field}.getAsync`, lastCb(args), () => state[field]),
    setAsync: (list: Array<{ displayName: string; emailAddress: string }>, ...rest: unknown[]) =>
      reply(`${field}.setAsync`, lastCb(rest), () => {
        state[field] = list.map((r) => ({ ...r }));
      }),
  });
  const item = {
    // The mock cannot hold null values; Outlook gives null for a new message.
    ...(state.conversationId ? { conversationId: state.conversationId } : {}),
    subject: {
      getAsync: (...args: unknown[]) =>
        reply('subject.getAsync', lastCb(args), () => state.subject),
      setAsync: (value: string, ...rest: unknown[]) =>
        reply('subject.setAsync', lastCb(rest), () => {
          state.subject = value;
        }),
    },
    body: {
      getAsync: (type: string, ...rest: unknown[]) =>
        reply(`body.getAsync(${type === 'html' ? 'Html' : 'Text'})`, lastCb(rest), () =>
          type === 'html' ? state.bodyHtml : state.bodyText,
        ),
      getTypeAsync: (...args: unknown[]) =>
        reply('body.getTypeAsync', lastCb(args), () => state.bodyType),
      setAsync: (value: string, options: { coercionType: string }, cb: Cb) =>
        reply(`body.setAsync(${options.coercionType === 'html' ? 'Html' : 'Text'})`, cb, () => {
          if (options.coercionType === 'html') {
            state.bodyHtml = value;
            state.bodyText = value.replace(/<\/div>/g, '\n').replace(/<[^>]+>/g, '');
          } else {
            state.bodyText = value;
          }
        }),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: {
      getAsync: (...args: unknown[]) => reply('from.getAsync', lastCb(args), () => state.from),
    },
    ...(state.sharedOwner !== undefined
      ? {
          getSharedPropertiesAsync: (...args: unknown[]) =>
            reply('getSharedPropertiesAsync', lastCb(args), () => ({
              owner: state.sharedOwner,
              delegatePermissions: 3,
            })),
        }
      : {}),
    getAttachmentsAsync: (...args: unknown[]) =>
      reply('getAttachmentsAsync', lastCb(args), () => state.attachments),
    internetHeaders: {
      getAsync: (names: string[], ...rest: unknown[]) =>
        reply('internetHeaders.getAsync', lastCb(rest), () =>
          Object.fromEntries(
            names.filter((n) => n in state.headers).map((n) => [n, state.headers[n]]),
          ),
        ),
    },
    getComposeTypeAsync: (...args: unknown[]) =>
      reply('getComposeTypeAsync', lastCb(args), () => ({
        composeType: state.composeType,
        coercionType: state.bodyType,
      })),
    addHandlerAsync: (type: string, handler: () => void, ...rest: unknown[]) =>
      reply('addHandlerAsync', lastCb(rest), () => {
        state.handlers.set(type, handler);
      }),
    removeHandlerAsync: (type: string, ...rest: unknown[]) =>
      reply('removeHandlerAsync', lastCb(rest), () => {
        state.handlers.delete(type);
      }),
  };
  const mock = new OfficeMockObject(
    {
      context: {
        displayLanguage: 'it-IT',
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === 'Mailbox' && versionAtLeast(state.mailbox, version),
        },
        mailbox: {
          item,
          userProfile: state.userProfile,
        },
        roamingSettings: {
          get: (name: string) => state.roaming[name],
          set: (name: string, value: unknown) => {
            state.pendingRoaming[name] = value;
          },
          remove: (name: string) => {
            delete state.pendingRoaming[name];
          },
          saveAsync: (...args: unknown[]) =>
            reply('roamingSettings.saveAsync', lastCb(args), () => {
              state.roaming = { ...state.pendingRoaming };
            }),
        },
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      CoercionType: { Text: 'text', Html: 'html' },
      EventType: {
        RecipientsChanged: 'olkRecipientsChanged',
        AttachmentsChanged: 'olkAttachmentsChanged',
      },
    },
    'outlook' as never,
  );
  (globalThis as unknown as { Office: unknown }).Office = mock;
  return (mock as unknown as { context: { mailbox: { item: Office.MessageCompose } } }).context
    .mailbox.item;
}
