// The subset of Office.js the task pane and the on-send handler use, over a message held in
// plain data. One fake for everything that cannot run real Outlook: the preview page runs the
// real task pane bundle over it (a ComposeStore behind it), and the unit tests of the Outlook
// adapter and the on-send handler install it as `global.Office` (tests/unit/outlook/
// office-mock.ts). Callbacks receive AsyncResult-shaped objects, on a later tick as in Outlook
// (or at once, for tests that want it); any call can be made to fail by name. No DOM here.

export const Succeeded = 'succeeded';
export const Failed = 'failed';
export const EventType = {
  RecipientsChanged: 'olkRecipientsChanged',
  AttachmentsChanged: 'olkAttachmentsChanged',
};
export const CoercionType = { Text: 'text', Html: 'html' } as const;
export type BodyType = (typeof CoercionType)[keyof typeof CoercionType];

export interface SimRecipient {
  displayName: string;
  emailAddress: string;
  recipientType?: string;
}

export interface SimAttachmentDetails {
  id: string;
  name: string;
  size: number;
  attachmentType: string;
  isInline: boolean;
}

/** The message being composed, as the fake reads and writes it. */
export interface SimMessage {
  getSubject(): string;
  setSubject(subject: string): void;
  bodyType(): BodyType;
  getBody(type: BodyType): string;
  setBody(type: BodyType, value: string): void;
  getRecipients(field: RecipientField): SimRecipient[];
  setRecipients(field: RecipientField, list: SimRecipient[]): void;
  getFrom(): SimRecipient | undefined;
  getAttachments(): SimAttachmentDetails[];
  getHeaders(names: string[]): Record<string, string>;
  composeType(): 'newMail' | 'reply' | 'forward';
  conversationId(): string | null;
  /**
   * For an item in a shared folder or shared mailbox: what item.getSharedPropertiesAsync
   * answers. Outlook defines that method only there, so the fake does too.
   */
  sharedProperties?(): { owner: string; delegatePermissions: number };
}

export type RecipientField = 'to' | 'cc' | 'bcc';

/** Where roamingSettings.saveAsync keeps the values (localStorage in the preview). */
export interface RoamingStore {
  load(): Record<string, unknown>;
  save(values: Record<string, unknown>): void;
}

export interface SimOptions {
  displayLanguage: string;
  profile: { displayName: string; emailAddress: string };
  /**
   * Operations whose callback reports failure, by name: "to.getAsync", "body.getAsync(Html)"…
   * A name without the "(…)" part fails every variant ("body.getAsync"). Read at each call, so
   * a test may change it at any time.
   */
  failing?: Set<string>;
  /** Every async call made, in order (for tests). */
  calls?: string[];
  /** Highest Mailbox requirement set supported, e.g. "1.13". */
  mailbox?: string;
  roaming?: RoamingStore;
  /** Handlers registered with item.addHandlerAsync, by event type (one per type). */
  handlers?: Map<string, () => void>;
  /** Answer callbacks at once instead of on a later tick. */
  synchronous?: boolean;
}

interface AsyncResult {
  status: string;
  value: unknown;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}
type Callback = (result: AsyncResult) => void;

/** Office.js style arguments: (…, options?, callback?) */
function splitArgs(args: unknown[]): { options: Record<string, unknown>; callback?: Callback } {
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? (last as Callback) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  const options = rest.find((a) => a && typeof a === 'object' && !Array.isArray(a)) as
    Record<string, unknown> | undefined;
  return { options: options ?? {}, callback };
}

function versionAtLeast(have: string, want: string): boolean {
  const [h1 = 0, h2 = 0] = have.split('.').map(Number);
  const [w1 = 0, w2 = 0] = want.split('.').map(Number);
  return h1 > w1 || (h1 === w1 && h2 >= w2);
}

const label = (type: unknown) => (type === CoercionType.Html ? 'Html' : 'Text');

export function createOfficeSim(message: SimMessage, sim: SimOptions) {
  const failing = sim.failing ?? new Set<string>();
  const calls = sim.calls ?? [];
  const handlers = sim.handlers ?? new Map<string, () => void>();
  const mailboxVersion = sim.mailbox ?? '1.13';
  const fails = (op: string) =>
    failing.has(op) ||
    failing.has(op.endsWith(')') && op.includes('(') ? op.slice(0, op.indexOf('(')) : op);

  /** Runs `work` and answers the callback (on a later tick unless synchronous). */
  function answer(operation: string, args: unknown[], work: () => unknown = () => undefined) {
    const { options, callback } = splitArgs(args);
    calls.push(operation);
    const respond = () => {
      const result: AsyncResult = fails(operation)
        ? {
            status: Failed,
            value: undefined,
            error: { name: 'SimulatedFailure', message: `${operation} denied`, code: 9002 },
            asyncContext: options.asyncContext,
          }
        : { status: Succeeded, value: work(), asyncContext: options.asyncContext };
      callback?.(result);
    };
    if (sim.synchronous) respond();
    else setTimeout(respond, 0);
  }

  const recipients = (field: RecipientField) => ({
    getAsync: (...args: unknown[]) =>
      answer(`${field}.getAsync`, args, () => message.getRecipients(field)),
    setAsync: (list: Array<string | SimRecipient>, ...args: unknown[]) =>
      answer(`${field}.setAsync`, args, () =>
        message.setRecipients(
          field,
          list.map((r) =>
            typeof r === 'string'
              ? { displayName: r, emailAddress: r }
              : { ...r, displayName: r.displayName ?? r.emailAddress },
          ),
        ),
      ),
  });

  const item = {
    itemType: 'message',
    get conversationId() {
      return message.conversationId();
    },
    subject: {
      getAsync: (...args: unknown[]) => answer('subject.getAsync', args, message.getSubject),
      setAsync: (subject: string, ...args: unknown[]) =>
        answer('subject.setAsync', args, () => message.setSubject(subject)),
    },
    body: {
      getAsync: (type: BodyType, ...args: unknown[]) =>
        answer(`body.getAsync(${label(type)})`, args, () => message.getBody(type)),
      getTypeAsync: (...args: unknown[]) => answer('body.getTypeAsync', args, message.bodyType),
      setAsync: (data: string, ...args: unknown[]) => {
        const type = splitArgs(args).options.coercionType === CoercionType.Html ? 'html' : 'text';
        answer(`body.setAsync(${label(type)})`, args, () => message.setBody(type, data));
      },
      prependAsync: (data: string, ...args: unknown[]) =>
        answer('body.prependAsync', args, () =>
          message.setBody(message.bodyType(), data + message.getBody(message.bodyType())),
        ),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (...args: unknown[]) => answer('from.getAsync', args, message.getFrom) },
    ...(message.sharedProperties
      ? {
          getSharedPropertiesAsync: (...args: unknown[]) =>
            answer('getSharedPropertiesAsync', args, () => message.sharedProperties?.()),
        }
      : {}),
    getAttachmentsAsync: (...args: unknown[]) =>
      answer('getAttachmentsAsync', args, message.getAttachments),
    internetHeaders: {
      getAsync: (names: string[], ...args: unknown[]) =>
        answer('internetHeaders.getAsync', args, () => message.getHeaders(names)),
    },
    getComposeTypeAsync: (...args: unknown[]) =>
      answer('getComposeTypeAsync', args, () => ({
        composeType: message.composeType(),
        coercionType: message.bodyType(),
      })),
    addHandlerAsync: (type: string, handler: () => void, ...args: unknown[]) =>
      answer('addHandlerAsync', args, () => handlers.set(type, handler)),
    removeHandlerAsync: (type: string, ...args: unknown[]) =>
      answer('removeHandlerAsync', args, () => handlers.delete(type)),
  };

  const store = sim.roaming;
  const values: Record<string, unknown> = { ...(store?.load() ?? {}) };
  const roamingSettings = {
    get: (name: string) => values[name],
    set: (name: string, value: unknown) => {
      values[name] = value;
    },
    remove: (name: string) => {
      delete values[name];
    },
    saveAsync: (...args: unknown[]) =>
      answer('roamingSettings.saveAsync', args, () => store?.save({ ...values })),
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
        isSetSupported: (name: string, version = '1.1') =>
          name === 'Mailbox' && versionAtLeast(mailboxVersion, version),
      },
      roamingSettings,
      mailbox: { item, userProfile: sim.profile },
    },
  };
}

/** Fires the handler Outlook would call for a change of `kind`. */
export function notifyChange(
  handlers: Map<string, () => void>,
  kind: 'recipients' | 'attachments' | 'other',
): void {
  const type =
    kind === 'recipients'
      ? EventType.RecipientsChanged
      : kind === 'attachments'
        ? EventType.AttachmentsChanged
        : null;
  const handler = type ? handlers.get(type) : undefined;
  if (handler) setTimeout(handler, 0);
}
