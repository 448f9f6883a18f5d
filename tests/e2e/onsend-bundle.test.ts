// The BUILT on-send file, run the way classic Outlook on Windows runs it (outlook-js-runtime.ts:
// one script in a bare context with only the Office object, console and timers). Needs
// `npm run build` first.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { bundlePath, composeItem, officeStub, runBundle } from './outlook-js-runtime';

const directory = JSON.parse(
  readFileSync(path.join(__dirname, '../../assets/directory/ticket-directory.json'), 'utf8'),
);
const ticketAddress: string = directory.modules[0].address;

interface Mail {
  to: string[];
  subject: string;
  body: string;
  /** An Office call that fails, as "body.getAsync". */
  fail?: string;
}

interface Outlook {
  handlers: Record<string, (event: unknown) => void>;
  send(): Promise<unknown[]>;
  /** What the bundle wrote to the console (Outlook's runtime log). */
  logs: string[];
}

/** Loads the bundle in a fresh context whose Office object (Mailbox 1.14) holds `mail`. */
function loadInOutlook(mail: Mail, extra: Record<string, unknown> = {}): Outlook {
  const draft = {
    subject: mail.subject,
    bodyText: mail.body,
    to: mail.to.map((address) => ({ address })),
    cc: [],
    attachments: [],
  };
  const office = officeStub(composeItem(draft, mail.fail), 14);
  const { logs } = runBundle(office, extra);
  const handlers = office.registered as Outlook['handlers'];
  return {
    handlers,
    logs,
    send: () =>
      new Promise((resolve) => {
        const calls: unknown[] = [];
        handlers.onMessageSendHandler!({
          completed: (options: unknown) => {
            calls.push(JSON.parse(JSON.stringify(options)));
            // Give a second (wrong) call the chance to happen before answering.
            setTimeout(() => resolve(calls), 50);
          },
        });
      }),
  };
}

beforeAll(() => {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} missing: run npm run build first`);
});

describe('dist/outlook/onsend.js in a bare JavaScript runtime', () => {
  it('is one ES2016 script without eval, new Function or import', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(code).not.toMatch(/\beval\s*\(|\bnew Function\b|\bimport\s*\(/);
  });

  it('carries no HTML parser: Outlook hands the body over as text (htmlparser2 would add ~25 KB)', () => {
    const outlookBundles = readdirSync(path.dirname(bundlePath)).filter((f) => f.endsWith('.js'));
    for (const file of outlookBundles) {
      const code = readFileSync(path.join(path.dirname(bundlePath), file), 'utf8');
      // htmlparser2's tokenizer callbacks survive minification as property names.
      expect({ file, parser: /onopentagname|onattribname/.test(code) }).toEqual({
        file,
        parser: false,
      });
    }
  });

  it('registers onMessageSendHandler with Office.actions.associate when loaded', () => {
    const outlook = loadInOutlook({ to: [ticketAddress], subject: '', body: '' });
    expect(Object.keys(outlook.handlers)).toEqual(['onMessageSendHandler']);
  });

  it('lets a mail to a colleague go', async () => {
    const outlook = loadInOutlook({ to: ['collega@comune.example.it'], subject: '', body: '' });
    expect(await outlook.send()).toEqual([{ allowEvent: true }]);
  });

  it('stops a ticket without subject, explaining why, with "Correggi" opening the pane', async () => {
    const outlook = loadInOutlook({ to: [ticketAddress], subject: '', body: 'Buongiorno' });
    const calls = (await outlook.send()) as Array<Record<string, unknown>>;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual({
      allowEvent: false,
      errorMessage: expect.stringMatching(/^Il ticket non verrebbe preso in carico:\n• /),
      cancelLabel: 'Correggi',
      commandId: 'verificaTicketOpenPane',
    });
  });

  it('lets the mail go when Outlook cannot give the body', async () => {
    const outlook = loadInOutlook({
      to: [ticketAddress],
      subject: '',
      body: '',
      fail: 'body.getAsync',
    });
    expect(await outlook.send()).toEqual([{ allowEvent: true }]);
    expect(outlook.logs.join('\n')).toContain('body.getAsync(Text) failed: body.getAsync refused');
  });

  it("reads the admin's ticket-directory.json beside the JavaScript file when fetch exists", async () => {
    const requested: string[] = [];
    const fetch = async (url: string) => {
      requested.push(url);
      return { status: 200, text: async () => JSON.stringify({ ...directory, mode: 'warn-only' }) };
    };
    const outlook = loadInOutlook({ to: [ticketAddress], subject: '', body: '' }, { fetch });
    const calls = (await outlook.send()) as Array<Record<string, unknown>>;
    expect(requested).toEqual(['https://addin.comune.example.it/verifica/ticket-directory.json']);
    expect(calls).toEqual([expect.objectContaining({ sendModeOverride: 'promptUser' })]);
  });

  it("lets the mail go unchecked when the admin's file is invalid, logging where", async () => {
    const invalid = {
      ...directory,
      modules: directory.modules.map((m: object, i: number) =>
        i === 1 ? { ...m, address: 'a@b.it, c@d.it' } : m,
      ),
    };
    const fetch = async () => ({ status: 200, text: async () => JSON.stringify(invalid) });
    const outlook = loadInOutlook({ to: [ticketAddress], subject: '', body: '' }, { fetch });
    // Not checked: the file carries no directory of its own to check with instead.
    expect(await outlook.send()).toEqual([{ allowEvent: true }]);
    expect(outlook.logs.join('\n')).toMatch(
      /mail sent unchecked: .*ticket-directory\.json: invalid directory file:\n {2}at \/modules\/1\/address \(module "[^"]+"\): fails the schema's "pattern"/,
    );
  });

  it('lets the mail go unchecked, logging why, when there is no ticket-directory.json or no fetch', async () => {
    const missing = async () => ({ status: 404, text: async () => 'not found' });
    for (const extra of [{ fetch: missing }, { fetch: undefined }]) {
      const outlook = loadInOutlook({ to: [ticketAddress], subject: '', body: '' }, extra);
      expect(await outlook.send()).toEqual([{ allowEvent: true }]);
      expect(outlook.logs.join('\n')).toMatch(
        /mail sent unchecked: https:\/\/addin\.comune\.example\.it\/verifica\/ticket-directory\.json: (?:HTTP 404|fetch is not available)/,
      );
    }
  });

  it('carries no directory of its own (the one beside it is read): no helpdesk address inside', () => {
    const code = readFileSync(bundlePath, 'utf8');
    expect(code).not.toContain(ticketAddress);
  });
});
