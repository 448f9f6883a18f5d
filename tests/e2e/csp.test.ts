// Every page the add-in serves carries a Content-Security-Policy meta tag (default-src 'self',
// plus office.js's CDN where office.js is loaded), and the pages still work under it in Chromium:
// no policy violation while the task pane and the preview check a ticket. Needs `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { openPreview, root, startHarness, stopHarness, type Harness } from './preview-harness';

jest.setTimeout(60_000);

const pages = [
  'outlook/taskpane.html',
  'outlook/onsend.html',
  'outlook/support.html',
  'preview/index.html',
  'thunderbird/popup.html',
  'thunderbird/send-dialog.html',
];

/** Every HTML page of the build, as "outlook/taskpane.html" (test-only harnesses left out). */
function builtPages(): string[] {
  return readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('thunderbird-test/'))
    .sort();
}

function policyOf(file: string): string {
  return policyIn(readFileSync(path.join(root, 'dist', file), 'utf8'));
}

function policyIn(html: string): string {
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html);
  return meta?.[1] ?? '';
}

/** Records CSP violations in the page (the browser reports them as DOM events). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe('Content-Security-Policy of the served pages', () => {
  test('the pages checked here are every page the build serves', () => {
    expect(builtPages()).toEqual([...pages].sort());
    // What Outlook opens is in the manifest; what Thunderbird opens is in the .xpi.
    const manifest = readFileSync(path.join(root, 'dist/outlook/manifest.xml'), 'utf8');
    const opened = [...manifest.matchAll(/DefaultValue="https:\/\/[^"]*\/([^"/?#]+\.html)/g)];
    expect(opened.length).toBeGreaterThan(0);
    for (const [, page] of opened) expect(pages).toContain(`outlook/${page}`);
    const xpi = unzipSync(readFileSync(path.join(root, 'dist/verifica-ticket.xpi')));
    const xpiPages = Object.keys(xpi).filter((f) => f.endsWith('.html'));
    expect(xpiPages.length).toBeGreaterThan(0);
    for (const page of xpiPages) {
      expect(pages).toContain(`thunderbird/${page}`);
      expect(policyIn(strFromU8(xpi[page]!))).toBe(policyOf(`thunderbird/${page}`));
    }
  });

  test.each(pages)('%s has a policy: default-src self, no eval, no inline script', (file) => {
    const policy = policyOf(file);
    expect(policy).toMatch(/^default-src 'self';/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? "'self'";
    // office.js and its own scripts are the only outside code, and only where office.js loads.
    const outside = scriptSrc.split(' ').filter((s) => s !== "'self'");
    expect(outside).toEqual(
      file.startsWith('outlook/') && file !== 'outlook/support.html'
        ? ['https://appsforoffice.microsoft.com', 'https://ajax.aspnetcdn.com']
        : [],
    );
  });

  describe('in Chromium', () => {
    let h: Harness | undefined;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(async () => {
      if (h) await stopHarness(h);
    });

    test('the preview checks a ticket with no violation, and an inline script is refused', async () => {
      const { page, errors } = await openPreview(h!);
      const violations = await watchViolations(page);
      await page.reload();
      await page.locator('#root [data-testid="verdict"]').waitFor({ timeout: 15_000 });
      expect(await violations()).toEqual([]);
      // The policy is in force: an inline script put into the page does not run.
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
        return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
      });
      expect(ran).toBe(false);
      expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem inline$/)]);
      expect(errors).toEqual([]);
    });

    test('the production task pane runs under its policy (office.js answered locally)', async () => {
      const { page, errors } = await openPreview(h!);
      const violations = await watchViolations(page);
      await page.route('https://**/*', (route) =>
        route.request().url().startsWith('https://appsforoffice.microsoft.com/')
          ? route.fulfill({ contentType: 'text/javascript', body: officeStandIn })
          : route.abort(),
      );
      await page.goto(`${h!.baseUrl}/taskpane.html`);
      await page.locator('#root [data-testid="verdict"]').waitFor({ timeout: 15_000 });
      // The settings panel is a lazy chunk: loading it must not break the policy either.
      await page.locator('#root').getByRole('button', { name: 'Impostazioni' }).click();
      await page.locator('#root').getByTestId('settings').waitFor({ timeout: 15_000 });
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    });

    test('the on-send page (Outlook on the web, new Outlook, Mac) registers its handler and stops a bad ticket under its policy', async () => {
      const { page, errors } = await openPreview(h!);
      const violations = await watchViolations(page);
      const served: string[] = [];
      page.on('request', (r) => served.push(new URL(r.url()).pathname));
      await page.route('https://**/*', (route) =>
        route.request().url().startsWith('https://appsforoffice.microsoft.com/')
          ? route.fulfill({
              contentType: 'text/javascript',
              body: `${officeStandIn}
window.Office.actions = { associate: (name, fn) => { window.onSendHandlers = { [name]: fn }; } };`,
            })
          : route.abort(),
      );
      await page.goto(`${h!.baseUrl}/onsend.html`);
      const answer = await page.evaluate(
        () =>
          new Promise<{ allowEvent: boolean; errorMessage?: string }>((resolve) => {
            const handlers = (
              window as unknown as { onSendHandlers: Record<string, (e: unknown) => void> }
            ).onSendHandlers;
            handlers.onMessageSendHandler!({ completed: resolve });
          }),
      );
      // "Buongiorno" to the tributi address: no signature, no phone: the send is stopped.
      expect(answer.allowEvent).toBe(false);
      expect(answer.errorMessage).toMatch(/telefono/i);
      expect(served).toContain('/ticket-directory.json');
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});

const officeStandIn = `
window.Office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Text: 'text', Html: 'html' },
  EventType: { RecipientsChanged: 'a', AttachmentsChanged: 'b' },
  onReady: (cb) => new Promise((r) => setTimeout(() => { cb && cb({ host: 'Outlook' }); r({ host: 'Outlook' }); }, 0)),
  context: {
    displayLanguage: 'it-IT',
    requirements: { isSetSupported: () => true },
    roamingSettings: { get: (k) => (k === 'preferences' ? { name: 'Mario Rossi', phone: '0721 887654' } : undefined), set: () => {}, saveAsync: (cb) => cb({ status: 'succeeded' }) },
    mailbox: {
      userProfile: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.example.it' },
      item: (() => {
        const ok = (cb, value) => setTimeout(() => cb({ status: 'succeeded', value }), 0);
        const last = (a) => a[a.length - 1];
        return {
          subject: { getAsync: (...a) => ok(last(a), 'IMU: errore nel calcolo'), setAsync: (v, ...a) => ok(last(a)) },
          body: { getAsync: (t, ...a) => ok(last(a), 'Buongiorno'), getTypeAsync: (...a) => ok(last(a), 'text'), setAsync: (v, o, cb) => ok(cb) },
          to: { getAsync: (...a) => ok(last(a), [{ displayName: 'Tributi', emailAddress: 'tributi@ticket.palitalsoft.example' }]), setAsync: (v, ...a) => ok(last(a)) },
          cc: { getAsync: (...a) => ok(last(a), []), setAsync: (v, ...a) => ok(last(a)) },
          bcc: { getAsync: (...a) => ok(last(a), []), setAsync: (v, ...a) => ok(last(a)) },
          from: { getAsync: (...a) => ok(last(a), { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.example.it' }) },
          getAttachmentsAsync: (...a) => ok(last(a), []),
          internetHeaders: { getAsync: (n, ...a) => ok(last(a), {}) },
          addHandlerAsync: (t, h, ...a) => ok(last(a)),
          removeHandlerAsync: (t, ...a) => ok(last(a)),
        };
      })(),
    },
  },
};
`;
