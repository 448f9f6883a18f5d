// The production task pane (dist/outlook/taskpane.html) in headless Chromium. Outlook cannot
// run here, so the request for office.js from Microsoft's CDN is answered with a small stand-in
// for the Office.js calls the pane makes. This checks what the preview page cannot: the
// production HTML asks for office.js from the CDN and its bundle and lazy chunks load and run.
import { openPreview, startHarness, stopHarness, type Harness } from './preview-harness';

jest.setTimeout(60_000);

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// Runs in the page: a compose item with a ticket sent to an operator's own mailbox.
const officeStandIn = `
(() => {
  const ok = (value) => ({ status: 'succeeded', value });
  const later = (cb, value) => setTimeout(() => cb(ok(value)), 0);
  const last = (args) => args[args.length - 1];
  const state = {
    subject: 'Richiesta assistenza',
    body: 'Buongiorno, il calcolo IMU non funziona. Grazie',
    to: [{ displayName: 'Marco', emailAddress: 'marco.bianchi@palitalsoft.example' }],
  };
  const roaming = { preferences: { name: 'Mario Rossi', phone: '0721 887654' } };
  window.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged', AttachmentsChanged: 'olkAttachmentsChanged' },
    onReady: (cb) => new Promise((resolve) => setTimeout(() => { cb && cb({ host: 'Outlook' }); resolve({ host: 'Outlook' }); }, 0)),
    context: {
      displayLanguage: 'it-IT',
      requirements: { isSetSupported: (name, v) => name === 'Mailbox' && Number(String(v).split('.')[1] || 0) <= 8 },
      roamingSettings: { get: (k) => roaming[k], set: (k, v) => { roaming[k] = v; }, saveAsync: (cb) => later(cb) },
      mailbox: {
        userProfile: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.example.it' },
        item: {
          subject: { getAsync: (...a) => later(last(a), state.subject), setAsync: (v, ...a) => { state.subject = v; later(last(a)); } },
          body: {
            getAsync: (type, ...a) => later(last(a), state.body),
            getTypeAsync: (...a) => later(last(a), 'text'),
            setAsync: (v, o, cb) => { state.body = v; later(cb); },
          },
          to: { getAsync: (...a) => later(last(a), state.to), setAsync: (v, ...a) => { state.to = v; later(last(a)); } },
          cc: { getAsync: (...a) => later(last(a), []), setAsync: (v, ...a) => later(last(a)) },
          from: { getAsync: (...a) => later(last(a), { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.example.it' }) },
          getAttachmentsAsync: (...a) => later(last(a), []),
          internetHeaders: { getAsync: (n, ...a) => later(last(a), {}) },
          addHandlerAsync: (t, h, ...a) => later(last(a)),
          removeHandlerAsync: (t, ...a) => later(last(a)),
        },
      },
    },
  };
  window.officeState = state;
})();
`;

let h: Harness | undefined;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(() => stopHarness(h));

describe('production task pane', () => {
  it('loads office.js from the CDN, mounts over it and applies a fix', async () => {
    const { page, errors } = await openPreview(h!);
    const requested: string[] = [];
    await page.route('https://**/*', (route) => {
      requested.push(route.request().url());
      if (route.request().url() === OFFICE_JS) {
        return route.fulfill({ contentType: 'text/javascript', body: officeStandIn });
      }
      return route.abort();
    });
    await page.goto(`${h!.baseUrl}/taskpane.html`);
    const pane = page.locator('#root');
    await pane
      .locator('[data-testid="verdict"][data-verdict="block"]')
      .waitFor({ timeout: 15_000 });
    expect(requested).toEqual([OFFICE_JS]);
    await pane.locator('[data-rule="personal-recipient"]').waitFor();

    await pane.locator('[data-rule="personal-recipient"]').getByRole('button').click();
    await pane
      .locator('[data-rule="personal-recipient"]')
      .waitFor({ state: 'detached', timeout: 15_000 });
    const to = await page.evaluate(
      () =>
        (window as unknown as { officeState: { to: Array<{ emailAddress: string }> } }).officeState
          .to,
    );
    expect(to.map((r) => r.emailAddress)).toEqual(['tributi@ticket.palitalsoft.example']);

    // The settings panel is a lazy chunk served from dist/outlook/chunks/.
    await pane.getByRole('button', { name: 'Impostazioni' }).click();
    await pane.getByTestId('settings').waitFor({ timeout: 15_000 });
    expect(await pane.getByLabel('Telefono diretto').inputValue()).toBe('0721 887654');
    expect(errors).toEqual([]);
  });

  it('fetches the admin file once, by the page preload, and shows the verdict first', async () => {
    const { page, errors } = await openPreview(h!);
    await page.route('https://**/*', (route) =>
      route.request().url() === OFFICE_JS
        ? route.fulfill({ contentType: 'text/javascript', body: officeStandIn })
        : route.abort(),
    );
    // Every text the pane shows until the verdict (a "loading" line would be one more render).
    await page.addInitScript(() => {
      const w = window as unknown as { paneTexts: string[] };
      w.paneTexts = [];
      new MutationObserver(() => {
        const root = document.getElementById('root');
        if (root && !root.querySelector('.fallback')) w.paneTexts.push(root.textContent ?? '');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${h!.baseUrl}/taskpane.html`);
    await page.locator('#root [data-testid="verdict"]').waitFor({ timeout: 15_000 });
    const loads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => r.name.endsWith('/ticket-directory.json'))
        .map((r) => (r as PerformanceResourceTiming).initiatorType),
    );
    expect(loads).toEqual(['link']);
    const texts = await page.evaluate(
      () => (window as unknown as { paneTexts: string[] }).paneTexts,
    );
    expect(texts.filter((t) => t !== '')[0]).toMatch(/Da correggere/);
    expect(errors).toEqual([]);
  });

  it('after a fix pressed with the keyboard, the focus is on the new verdict, visibly', async () => {
    const { page, errors } = await openPreview(h!);
    await page.route('https://**/*', (route) =>
      route.request().url() === OFFICE_JS
        ? route.fulfill({ contentType: 'text/javascript', body: officeStandIn })
        : route.abort(),
    );
    await page.goto(`${h!.baseUrl}/taskpane.html`);
    const pane = page.locator('#root');
    const fix = pane.locator('[data-rule="personal-recipient"]').getByRole('button');
    await fix.waitFor({ timeout: 15_000 });
    await fix.focus();
    await page.keyboard.press('Enter');
    await pane
      .locator('[data-rule="personal-recipient"]')
      .waitFor({ state: 'detached', timeout: 15_000 });
    const focused = await page.waitForFunction(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el?.dataset.testid !== 'verdict') return null;
      return {
        live: el.closest('[aria-live]') !== null,
        outline: getComputedStyle(el).outlineStyle,
      };
    });
    const { live, outline } = (await focused.jsonValue())!;
    expect(live).toBe(true);
    expect(outline).not.toBe('none');
    expect(errors).toEqual([]);
  });
});
