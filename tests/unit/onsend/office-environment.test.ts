import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  hostedFileUrl,
  officeEnvironment,
} from '../../../src/hosts/outlook/onsend/office-environment';
import { composeState, installOffice } from '../outlook/office-mock';
import { pressSend, TICKET_ADDRESS } from './on-send-fixture';

const BUILT_FOR = 'https://addin.example.org/verifica/';
const to = (address: string) => [{ displayName: address, emailAddress: address }];
const realFetch = globalThis.fetch;

function serve(files: Record<string, { status: number; body: string } | 'hang'>) {
  const requested: string[] = [];
  globalThis.fetch = jest.fn(async (url: string | URL | Request) => {
    requested.push(String(url));
    const file = files[String(url)];
    if (file === 'hang') return new Promise<Response>(() => {});
    const { status, body } = file ?? { status: 404, body: 'not found' };
    return new Response(body, { status });
  }) as typeof fetch;
  return requested;
}

afterEach(() => {
  globalThis.fetch = realFetch;
  jest.useRealTimers();
});

describe('where the admin file is looked for', () => {
  beforeEach(() => installOffice(composeState()));

  it('beside the JavaScript file that classic Outlook runs (Mailbox 1.14)', () => {
    const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } })
      .Office;
    office.context.urls = { javascriptRuntimeUrl: 'https://srv.comune.it/addin/onsend.js?v=3' };
    expect(hostedFileUrl('ticket-directory.json', BUILT_FOR)).toBe(
      'https://srv.comune.it/addin/ticket-directory.json',
    );
  });

  it('at the address the bundle was built for when Outlook does not say', () => {
    expect(hostedFileUrl('ticket-directory.json', BUILT_FOR)).toBe(
      'https://addin.example.org/verifica/ticket-directory.json',
    );
  });
});

describe('the hosted ticket-directory.json', () => {
  const adminUrl = `${BUILT_FOR}ticket-directory.json`;
  const bundled = JSON.parse(
    readFileSync(path.join(__dirname, '../../../assets/directory/ticket-directory.json'), 'utf8'),
  );

  it('applies the admin policy it contains (here: warn-only)', async () => {
    const requested = serve({
      [adminUrl]: { status: 200, body: JSON.stringify({ ...bundled, mode: 'warn-only' }) },
    });
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      env: { loadAdminConfig: officeEnvironment(BUILT_FOR).loadAdminConfig },
    });
    await send.run;
    expect(requested).toEqual([adminUrl]);
    expect(send.completed).toHaveBeenCalledWith(
      expect.objectContaining({ allowEvent: false, sendModeOverride: 'promptUser' }),
    );
  });

  it('recognises the helpdesk addresses the admin put in it', async () => {
    const admin = {
      ...bundled,
      placeholder: false,
      vendorDomains: ['fornitore.example.it'],
      modules: [{ ...bundled.modules[0], address: 'contabilita@ticket.fornitore.example.it' }],
    };
    serve({ [adminUrl]: { status: 200, body: JSON.stringify(admin) } });
    const env = { loadAdminConfig: officeEnvironment(BUILT_FOR).loadAdminConfig };
    const real = pressSend({
      compose: { to: to('contabilita@ticket.fornitore.example.it'), subject: '' },
      env,
    });
    await real.run;
    expect(real.completed).toHaveBeenCalledWith(expect.objectContaining({ allowEvent: false }));
  });

  // onsend.js carries no directory of its own: without the hosted file it cannot tell a ticket
  // from any other mail, so the mail goes, unchecked, with the reason in Outlook's log.
  it.each([
    ['is missing (404)', { status: 404, body: 'not found' }, /ticket-directory\.json: HTTP 404/],
    ['is not valid JSON', { status: 200, body: '{ "modules": [' }, /not valid JSON/],
    [
      'breaks the schema',
      { status: 200, body: '{ "modules": [] }' },
      /ticket-directory\.json: invalid directory file:\n {2}at \//,
    ],
    ['gives a server error', { status: 500, body: 'oops' }, /ticket-directory\.json: HTTP 500/],
  ] as const)(
    'lets the mail go unchecked, logging why, when it %s',
    async (_case, file, reason) => {
      serve({ [adminUrl]: file });
      const send = pressSend({
        compose: { to: to(TICKET_ADDRESS), subject: '' },
        env: { loadAdminConfig: officeEnvironment(BUILT_FOR).loadAdminConfig },
      });
      await send.run;
      expect(send.completed).toHaveBeenCalledTimes(1);
      expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
      expect(send.logs.join('\n')).toMatch(/mail sent unchecked: /);
      expect(send.logs.join('\n')).toMatch(reason);
    },
  );

  it('stops waiting for a web server that does not answer and lets the mail go', async () => {
    jest.useFakeTimers();
    serve({ [adminUrl]: 'hang' });
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      env: { loadAdminConfig: officeEnvironment(BUILT_FOR).loadAdminConfig },
    });
    await jest.advanceTimersByTimeAsync(1500);
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(send.logs.join('\n')).toMatch(/no answer within 1500 ms/);
  });
});
