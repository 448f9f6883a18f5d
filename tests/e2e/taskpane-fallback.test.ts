// The production task pane page when the pane cannot start, in headless Chromium with the real
// Office.js library (@microsoft/office-js, served from node_modules in place of Microsoft's CDN,
// only here in the test): opened outside Outlook, with Office.js blocked, with Office.js slow,
// and with the pane's own script missing. Never a white page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import {
  axeViolations,
  openPreview,
  outputDir,
  root,
  startHarness,
  stopHarness,
  type Harness,
} from './preview-harness';

jest.setTimeout(60_000);

const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const officeDist = path.join(root, 'node_modules/@microsoft/office-js/dist');

let h: Harness | undefined;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(() => stopHarness(h));

/**
 * Answers requests for Microsoft's CDN from the @microsoft/office-js package; everything else
 * outside localhost (Office.js's telemetry frame) is refused, as on a machine behind a proxy.
 * `delay` holds back one file by name.
 */
async function serveOfficeJs(page: Page, delay: { file: string; ms: number } | null = null) {
  await page.route('https://**/*', async (route: Route) => {
    const url = route.request().url();
    const file = url.startsWith(CDN) ? path.join(officeDist, url.slice(CDN.length)) : '';
    if (!file || !existsSync(file)) return route.abort();
    if (delay && url.endsWith(delay.file)) await new Promise((r) => setTimeout(r, delay.ms));
    return route.fulfill({ path: file, contentType: 'text/javascript' });
  });
}

async function fallbackOf(page: Page) {
  const main = page.locator('#root main.fallback:not(.static)');
  await main.waitFor({ timeout: 15_000 });
  return {
    reason: await main.getAttribute('data-fallback'),
    text: (await main.textContent()) ?? '',
  };
}

describe('task pane page without a working Outlook', () => {
  it('opened outside Outlook, with the real Office.js, says to open it from Outlook', async () => {
    const { page, errors } = await openPreview(h!);
    await serveOfficeJs(page);
    await page.goto(`${h!.baseUrl}/taskpane.html`);
    const { reason, text } = await fallbackOf(page);
    expect(reason).toBe('outside');
    expect(text).toContain('Verifica Ticket funziona dentro Outlook');
    expect(text).toContain('Ticket Check works inside Outlook');
    expect(await page.locator('#root').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(outputDir, 'taskpane-outside-outlook.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('with Office.js blocked, says Office.js did not load', async () => {
    const { page } = await openPreview(h!);
    await page.route('https://**/*', (route) => route.abort());
    await page.goto(`${h!.baseUrl}/taskpane.html`);
    const { reason, text } = await fallbackOf(page);
    expect(reason).toBe('missing');
    expect(text).toContain('non ha caricato la libreria Office.js');
  });

  it('with Office.js slow to answer, says Outlook is still starting, then moves on', async () => {
    const { page } = await openPreview(h!);
    // office.js itself arrives; the file it needs next takes 7 s.
    await serveOfficeJs(page, { file: 'o15apptofilemappingtable.js', ms: 7000 });
    // Not waiting for "load": the page's load event waits for that slow file too.
    await page.goto(`${h!.baseUrl}/taskpane.html`, { waitUntil: 'domcontentloaded' });
    const slow = await fallbackOf(page);
    expect(slow.reason).toBe('slow');
    expect(slow.text).toContain('Outlook non ha ancora avviato Verifica Ticket');
    await page.locator('#root main[data-fallback="outside"]').waitFor({ timeout: 15_000 });
  });

  it('with the pane’s own script missing, the page still explains after a few seconds', async () => {
    const { page } = await openPreview(h!);
    await serveOfficeJs(page);
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404 }));
    await page.goto(`${h!.baseUrl}/taskpane.html`);
    const notice = page.locator('#root main[data-fallback="static"]');
    expect(await notice.isVisible()).toBe(false);
    await page.waitForFunction(
      () => {
        const el = document.querySelector('main[data-fallback="static"]');
        return el && getComputedStyle(el).visibility === 'visible';
      },
      null,
      { timeout: 15_000 },
    );
    expect(await notice.textContent()).toContain('Verifica Ticket non si è avviato');
  });
});
