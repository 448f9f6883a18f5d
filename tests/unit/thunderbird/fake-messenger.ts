// An in-memory stand-in for Thunderbird's `messenger` (compose tabs, storage, events), enough
// for the adapter and the send guard; the real API is exercised by tests/e2e/thunderbird.
import type {
  ComposeAttachment,
  ComposeDetails,
  Tab,
  TbApi,
} from '../../../src/hosts/thunderbird/tb-api';

type Listener = (...args: never[]) => unknown;

export class FakeEvent {
  readonly listeners = new Set<Listener>();
  addListener = (l: Listener) => void this.listeners.add(l);
  removeListener = (l: Listener) => void this.listeners.delete(l);
  hasListener = (l: Listener) => this.listeners.has(l);
  fire(...args: unknown[]) {
    for (const l of this.listeners) (l as (...a: unknown[]) => unknown)(...args);
  }
}

export interface FakeOptions {
  tabs?: Record<number, ComposeDetails>;
  attachments?: Record<number, ComposeAttachment[]>;
  messages?: Record<number, { author: string; subject: string; headerMessageId: string }>;
  /** storage.managed data; an Error is thrown by get(); undefined = no managed storage. */
  managed?: Record<string, unknown> | Error;
  local?: Record<string, unknown>;
  uiLanguage?: string;
}

export function fakeMessenger(options: FakeOptions = {}) {
  const tabs: Record<number, ComposeDetails> = structuredClone(options.tabs ?? {});
  const local: Record<string, unknown> = structuredClone(options.local ?? {});
  const setCalls: { tabId: number; details: ComposeDetails }[] = [];
  const events = {
    onAttachmentAdded: new FakeEvent(),
    onAttachmentRemoved: new FakeEvent(),
    onComposeStateChanged: new FakeEvent(),
  };
  const tabDetails = (tabId: number) => {
    const details = tabs[tabId];
    if (!details) throw new Error(`Invalid tab ID: ${tabId}`);
    return details;
  };

  const api = {
    compose: {
      getComposeDetails: jest.fn(async (tabId: number) => structuredClone(tabDetails(tabId))),
      setComposeDetails: jest.fn(async (tabId: number, details: ComposeDetails) => {
        setCalls.push({ tabId, details });
        Object.assign(tabDetails(tabId), details);
      }),
      listAttachments: jest.fn(async (tabId: number) => {
        tabDetails(tabId);
        return options.attachments?.[tabId] ?? [];
      }),
      ...events,
    },
    messages: {
      get: jest.fn(async (id: number) => {
        const m = options.messages?.[id];
        if (!m) throw new Error(`Message not found: ${id}.`);
        return m;
      }),
    },
    storage: {
      local: {
        get: jest.fn(async (key?: string) =>
          key === undefined ? { ...local } : key in local ? { [key]: local[key] } : {},
        ),
        set: jest.fn(async (items: Record<string, unknown>) => {
          Object.assign(local, structuredClone(items));
        }),
      },
      managed: {
        get: jest.fn(async () => {
          if (options.managed instanceof Error) throw options.managed;
          if (options.managed === undefined) throw new Error('Managed storage manifest not found');
          return structuredClone(options.managed);
        }),
      },
    },
    i18n: { getUILanguage: () => options.uiLanguage ?? 'it' },
  };
  return { api: api as unknown as TbApi, raw: api, tabs, local, setCalls, events };
}

export function tab(id: number): Tab {
  return { id, index: 0, highlighted: true, active: true } as Tab;
}
