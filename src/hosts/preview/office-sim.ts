// The subset of Office.js the task pane uses, implemented in the page over the ComposeStore, so
// the preview runs the real task pane bundle unmodified. Callbacks are asynchronous and receive
// AsyncResult-shaped objects, as in Outlook. The body is plain text (CoercionType.Text).
import { formatAddressList, parseAddressList, type ComposeStore } from './compose-store';

const Succeeded = 'succeeded';
const Failed = 'failed';
const EventType = {
  RecipientsChanged: 'olkRecipientsChanged',
  AttachmentsChanged: 'olkAttachmentsChanged',
};
const CoercionType = { Text: 'text', Html: 'html' };
/** Highest Mailbox requirement set the simulation implements. */
const MAILBOX_VERSION = [1, 13];
const ROAMING_KEY = 'verifica-ticket-preview:roaming';

interface AsyncResult {
  status: string;
  value: unknown;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
  diagnostics?: unknown;
}
type Callback = (result: AsyncResult) => void;

export interface SimOptions {
  displayLanguage: string;
  profile: { displayName: string; emailAddress: string };
  /** Operations that fail, to try the pane's error handling (e.g. ?fail=body.getAsync). */
  failing?: string[];
  storage?: Storage;
}

/** Office.js style arguments: (…, options?, callback?) */
function splitArgs(args: unknown[]): { options: Record<string, unknown>; callback?: Callback } {
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? (last as Callback) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  const options = rest.find((a) => a && typeof a === 'object') as
    Record<string, unknown> | undefined;
  return { options: options ?? {}, callback };
}

function htmlFromText(text: string): string {
  const escape = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<html><body>${text
    .split('\n')
    .map((l) => `<div>${l ? escape(l) : '<br>'}</div>`)
    .join('')}</body></html>`;
}

function textFromHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  doc.querySelectorAll('div,p,li,tr').forEach((el) => el.append('\n'));
  return (doc.body.textContent ?? '').replace(/\n$/, '');
}

export function createOfficeSim(store: ComposeStore, sim: SimOptions) {
  const storage = sim.storage ?? window.localStorage;
  const failing = new Set(sim.failing ?? []);
  const handlers = new Map<string, Set<() => void>>();

  /** Runs `work` and answers the callback on a later tick, as Office.js does. */
  function answer(operation: string, args: unknown[], work: () => unknown = () => undefined) {
    const { options, callback } = splitArgs(args);
    setTimeout(() => {
      let result: AsyncResult;
      if (failing.has(operation)) {
        result = {
          status: Failed,
          value: undefined,
          error: {
            name: 'SimulatedFailure',
            message: `${operation} failed (simulated)`,
            code: 9002,
          },
          asyncContext: options.asyncContext,
        };
      } else {
        result = { status: Succeeded, value: work(), asyncContext: options.asyncContext };
      }
      callback?.(result);
    }, 0);
  }

  const recipients = (field: 'to' | 'cc') => ({
    getAsync: (...args: unknown[]) =>
      answer(`${field}.getAsync`, args, () =>
        parseAddressList(store.get()[field]).map((a) => ({ ...a, recipientType: 'other' })),
      ),
    setAsync: (
      list: Array<string | { displayName?: string; emailAddress: string }>,
      ...args: unknown[]
    ) =>
      answer(`${field}.setAsync`, args, () => {
        const addresses = list.map((r) =>
          typeof r === 'string'
            ? { displayName: r, emailAddress: r }
            : { displayName: r.displayName ?? r.emailAddress, emailAddress: r.emailAddress },
        );
        store.update({ [field]: formatAddressList(addresses) });
      }),
  });

  const item = {
    itemType: 'message',
    get conversationId() {
      return store.get().replyToNotification ? 'AAQkADsimulatedconversation' : null;
    },
    subject: {
      getAsync: (...args: unknown[]) => answer('subject.getAsync', args, () => store.get().subject),
      setAsync: (subject: string, ...args: unknown[]) =>
        answer('subject.setAsync', args, () => store.update({ subject })),
    },
    body: {
      getAsync: (type: string, ...args: unknown[]) =>
        answer(`body.getAsync`, args, () =>
          type === CoercionType.Html ? htmlFromText(store.get().body) : store.get().body,
        ),
      getTypeAsync: (...args: unknown[]) =>
        answer('body.getTypeAsync', args, () => CoercionType.Text),
      setAsync: (data: string, ...args: unknown[]) => {
        const { options } = splitArgs(args);
        answer('body.setAsync', args, () =>
          store.update({
            body: options.coercionType === CoercionType.Html ? textFromHtml(data) : data,
          }),
        );
      },
      prependAsync: (data: string, ...args: unknown[]) =>
        answer('body.prependAsync', args, () => store.update({ body: data + store.get().body })),
      setSelectedDataAsync: (data: string, ...args: unknown[]) =>
        answer('body.setSelectedDataAsync', args, () =>
          store.update({ body: store.get().body + data }),
        ),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    from: {
      getAsync: (...args: unknown[]) =>
        answer('from.getAsync', args, () => parseAddressList(store.get().from)[0]),
    },
    getAttachmentsAsync: (...args: unknown[]) =>
      answer('getAttachmentsAsync', args, () =>
        store.get().attachments.map((a) => ({ ...a, attachmentType: 'file', isInline: false })),
      ),
    internetHeaders: {
      getAsync: (names: string[], ...args: unknown[]) =>
        answer('internetHeaders.getAsync', args, () =>
          store.get().replyToNotification && names.includes('In-Reply-To')
            ? { 'In-Reply-To': '<ticket-48213@ticket.palitalsoft.example>' }
            : {},
        ),
    },
    getComposeTypeAsync: (...args: unknown[]) =>
      answer('getComposeTypeAsync', args, () => ({
        composeType: store.get().replyToNotification ? 'reply' : 'newMail',
        coercionType: CoercionType.Text,
      })),
    addHandlerAsync: (type: string, handler: () => void, ...args: unknown[]) =>
      answer('addHandlerAsync', args, () => {
        if (!handlers.has(type)) handlers.set(type, new Set());
        handlers.get(type)?.add(handler);
      }),
    removeHandlerAsync: (type: string, ...args: unknown[]) =>
      answer('removeHandlerAsync', args, () => handlers.delete(type)),
  };

  store.subscribe((kind) => {
    const type =
      kind === 'recipients'
        ? EventType.RecipientsChanged
        : kind === 'attachments'
          ? EventType.AttachmentsChanged
          : null;
    if (type) handlers.get(type)?.forEach((h) => setTimeout(() => h(), 0));
  });

  const roaming: Record<string, unknown> = JSON.parse(storage.getItem(ROAMING_KEY) ?? '{}');
  const roamingSettings = {
    get: (name: string) => roaming[name],
    set: (name: string, value: unknown) => {
      roaming[name] = value;
    },
    remove: (name: string) => {
      delete roaming[name];
    },
    saveAsync: (...args: unknown[]) =>
      answer('roamingSettings.saveAsync', args, () =>
        storage.setItem(ROAMING_KEY, JSON.stringify(roaming)),
      ),
  };

  const ready = { host: 'Outlook', platform: 'OfficeOnline' };
  return {
    AsyncResultStatus: { Succeeded, Failed },
    CoercionType,
    EventType,
    HostType: { Outlook: 'Outlook' },
    onReady(callback?: (info: typeof ready) => void) {
      return new Promise<typeof ready>((resolve) =>
        setTimeout(() => {
          callback?.(ready);
          resolve(ready);
        }, 0),
      );
    },
    context: {
      displayLanguage: sim.displayLanguage,
      requirements: {
        isSetSupported(name: string, version = '1.1') {
          const [major = 0, minor = 0] = version.split('.').map(Number);
          const [haveMajor = 0, haveMinor = 0] = MAILBOX_VERSION;
          return (
            name === 'Mailbox' && (major < haveMajor || (major === haveMajor && minor <= haveMinor))
          );
        },
      },
      roamingSettings,
      mailbox: { item, userProfile: sim.profile },
    },
  };
}

/** Stored preferences of the simulated Outlook, for seeding and resetting the preview. */
export function seedRoaming(storage: Storage, values: Record<string, unknown>): void {
  if (storage.getItem(ROAMING_KEY) === null) storage.setItem(ROAMING_KEY, JSON.stringify(values));
}

export function clearRoaming(storage: Storage): void {
  storage.removeItem(ROAMING_KEY);
}
