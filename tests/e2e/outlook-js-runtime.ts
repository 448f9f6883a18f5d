// Classic Outlook's JavaScript-only runtime, as far as the built on-send file can tell: one script
// in a bare context (Node's vm) with no DOM, no URL, no module loader, only the Office object,
// console, timers and fetch, which serves the files built beside it (ticket-directory.json).
// Shared by the on-send e2e tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { htmlToText } from '../../src/core/text/html-to-text';
import type { TicketDraft } from '../../src/core/types';

export const bundlePath = path.join(__dirname, '../../dist/outlook/onsend.js');
export const ADDIN_URL = 'https://addin.comune.example.it/verifica/onsend.js';

type Callback = (result: unknown) => void;

/**
 * A compose item holding `draft`, as Outlook hands it over. `fail` names one call (as
 * "body.getAsync") that Outlook refuses.
 */
export function composeItem(draft: TicketDraft, fail?: string) {
  const answer = (op: string, value: unknown) => (cb: Callback) =>
    cb(
      fail === op
        ? { status: 'failed', error: { name: 'GenericError', message: `${op} refused` } }
        : { status: 'succeeded', value },
    );
  const people = (list: { address: string; name?: string }[] = []) =>
    list.map((r) => ({ emailAddress: r.address, displayName: r.name ?? r.address }));
  // Outlook always gives the body as text too; an HTML-only mail is converted like a client does.
  const text =
    draft.bodyText.trim() === '' && draft.bodyHtml ? htmlToText(draft.bodyHtml) : draft.bodyText;
  return {
    to: { getAsync: answer('to.getAsync', people(draft.to)) },
    cc: { getAsync: answer('cc.getAsync', people(draft.cc)) },
    bcc: { getAsync: answer('bcc.getAsync', people(draft.bcc)) },
    from: { getAsync: answer('from.getAsync', draft.from ? people([draft.from])[0] : null) },
    subject: { getAsync: answer('subject.getAsync', draft.subject) },
    body: {
      getAsync: (type: string, cb: Callback) =>
        answer('body.getAsync', type === 'html' ? draft.bodyHtml : text)(cb),
      getTypeAsync: answer('body.getTypeAsync', draft.bodyHtml ? 'html' : 'text'),
    },
    getAttachmentsAsync: answer(
      'getAttachmentsAsync',
      draft.attachments.map((a) => ({
        name: a.name,
        size: a.size ?? 0,
        isInline: a.inline === true,
        attachmentType: 'file',
      })),
    ),
    internetHeaders: {
      getAsync: (_names: string[], cb: Callback) =>
        answer('internetHeaders.getAsync', {
          ...(draft.inReplyTo ? { 'In-Reply-To': draft.inReplyTo } : {}),
          ...(draft.references?.length ? { References: draft.references.join(' ') } : {}),
        })(cb),
    },
    getComposeTypeAsync: answer('getComposeTypeAsync', {
      composeType: draft.inReplyTo ? 'reply' : 'newMail',
    }),
  };
}

/** The Office object: one compose item, the user's settings, the language, Mailbox 1.`minor`. */
export function officeStub(item: unknown, minor = 15) {
  const office = {
    actions: {
      associate: (name: string, fn: unknown) => {
        office.registered[name] = fn;
      },
    },
    registered: {} as Record<string, unknown>,
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context: {
      displayLanguage: 'it-IT',
      requirements: {
        isSetSupported: (_set: string, v: string) => Number(v.split('.')[1]) <= minor,
      },
      urls: { javascriptRuntimeUrl: ADDIN_URL },
      roamingSettings: { get: (_key: string): unknown => undefined },
      mailbox: { item, userProfile: { emailAddress: '' } },
    },
  };
  return office;
}

/** The web server of the add-in's files: what `npm run build` put beside onsend.js. */
export async function builtFiles(url: string) {
  const folder = ADDIN_URL.slice(0, ADDIN_URL.lastIndexOf('/') + 1);
  const file = path.join(path.dirname(bundlePath), url.slice(folder.length));
  const found = url.startsWith(folder) && existsSync(file);
  return {
    status: found ? 200 : 404,
    text: async () => (found ? readFileSync(file, 'utf8') : 'not found'),
  };
}

/**
 * Runs the built file in a fresh bare context with `office`; `extra` adds or replaces globals
 * (another fetch, or `fetch: undefined`).
 * Returns what the bundle wrote to the console (Outlook's runtime log).
 */
export function runBundle(
  office: ReturnType<typeof officeStub>,
  extra: Record<string, unknown> = {},
): { logs: string[] } {
  const logs: string[] = [];
  const log = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  const console = { log, info: log, warn: log, error: log };
  const context = vm.createContext({
    Office: office,
    console,
    setTimeout,
    clearTimeout,
    fetch: builtFiles,
    ...extra,
  });
  vm.runInContext(readFileSync(bundlePath, 'utf8'), context, { filename: 'onsend.js' });
  return { logs };
}
