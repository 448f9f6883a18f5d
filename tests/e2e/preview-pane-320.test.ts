// The pane as a clerk sees it in Outlook: 320 px wide, 700 px tall (the preview with
// ?layout=pane shows the real pane bundle alone). For each state (a bad ticket, a good one, an
// empty message, a mail that is not a ticket, the settings) a screenshot goes to test-output/
// once animations have settled, and axe-core finds nothing. The first screen must show the
// verdict and the first error with its fix, and the pane has one primary button at most.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  outputDir,
  startHarness,
  stopHarness,
  type Harness,
} from './preview-harness';

jest.setTimeout(90_000);

let h: Harness | undefined;

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  h = await startHarness();
});

afterAll(() => stopHarness(h));

const viewport = { width: 320, height: 700 };

async function openPane(query = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await h!.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h!.baseUrl}/preview/?layout=pane${query}`);
  return { page, errors };
}

/** Waits until every CSS animation and transition has finished and two frames were drawn. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: path.join(outputDir, `pane-320-${name}.png`), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
}

/** Buttons drawn with the brand background: Fluent's primary appearance. */
function primaryButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const probe = document.createElement('button');
    probe.className = 'fui-Button';
    const brand = 'rgb(15, 108, 189)'; // webLightTheme colorBrandBackground #0f6cbd
    return [...document.querySelectorAll<HTMLButtonElement>('#root button')]
      .filter((b) => getComputedStyle(b).backgroundColor === brand)
      .map((b) => b.textContent ?? '');
  });
}

async function setMessage(page: Page, message: Record<string, unknown>): Promise<void> {
  await page.evaluate((m) => {
    (window as unknown as { previewStore: { update(p: unknown): void } }).previewStore.update(m);
  }, message);
}

const verdict = (page: Page, value: string) =>
  page
    .locator(`#root [data-testid="verdict"][data-verdict="${value}"]`)
    .waitFor({ timeout: 15_000 });

describe('the pane at 320 × 700', () => {
  it('bad ticket: verdict and first error with its fix on the first screen, one primary button', async () => {
    const { page, errors } = await openPane();
    await verdict(page, 'block');
    await settle(page);
    const firstError = page.locator('#root section[aria-labelledby="findings-error"] li').first();
    const fix = firstError.getByRole('button');
    for (const box of [
      await page.locator('#root [data-testid="verdict"]').boundingBox(),
      await firstError.boundingBox(),
      await fix.boundingBox(),
    ]) {
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    }
    expect(await primaryButtons(page)).toEqual([await fix.textContent()]);
    // Suggestions folded; no internal figure such as a confidence percentage.
    expect(await page.locator('#root [data-testid="suggestions"]').getAttribute('open')).toBeNull();
    expect(await page.locator('#root [data-testid="module"]').textContent()).not.toContain('%');
    // Nothing wider than the pane: addresses wrap at "@" and ".".
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await shoot(page, 'bad');
    expect(errors).toEqual([]);
  });

  it('good ticket: ready, nothing primary to press', async () => {
    const { page, errors } = await openPane();
    await verdict(page, 'block');
    await page.evaluate(() => {
      const w = window as unknown as {
        previewStore: { update(p: unknown): void };
        previewExamples: { goodTicket: unknown };
      };
      w.previewStore.update(w.previewExamples.goodTicket);
    });
    await verdict(page, 'ok');
    expect(await primaryButtons(page)).toEqual([]);
    await shoot(page, 'good');
    expect(errors).toEqual([]);
  });

  it('empty message: checked as a ticket, the missing module address said in words', async () => {
    const { page, errors } = await openPane('&empty=1');
    await verdict(page, 'block');
    expect(await page.locator('#root [data-testid="no-recipients"]').textContent()).toContain(
      'Manca ancora il destinatario',
    );
    expect((await primaryButtons(page)).length).toBeLessThanOrEqual(1);
    await shoot(page, 'empty');
    expect(errors).toEqual([]);
  });

  it('mail to a colleague: the neutral not-a-ticket state', async () => {
    const { page, errors } = await openPane();
    await verdict(page, 'block');
    await setMessage(page, {
      to: 'Laura Verdi <laura.verdi@comune.fano.example.it>',
      subject: 'Riunione di giovedì',
      body: 'Ciao Laura,\nci vediamo giovedì alle 10 in sala giunta per il calcolo IMU.\n\nMario',
    });
    const state = page.locator('#root [data-testid="not-ticket"]');
    await state.waitFor({ timeout: 15_000 });
    expect(await page.locator('#root [data-testid="verdict"]').count()).toBe(0);
    expect(await page.locator('#root [data-testid="score"]').count()).toBe(0);
    expect(await primaryButtons(page)).toEqual([]);
    await shoot(page, 'not-ticket');
    await state.getByRole('button', { name: 'Controlla comunque come ticket' }).click();
    await verdict(page, 'block');
    expect(errors).toEqual([]);
  });

  it('settings: one primary button (Save), 24-hour times, closes on Esc', async () => {
    const { page, errors } = await openPane();
    await verdict(page, 'block');
    await page.getByRole('button', { name: 'Impostazioni' }).click();
    const settings = page.locator('#root [data-testid="settings"]');
    await settings.waitFor({ timeout: 15_000 });
    expect(await primaryButtons(page)).toEqual(['Salva']);
    // The example preferences have a slot 09:00–13:00, shown as such in any system locale.
    expect(await settings.getByRole('textbox', { name: 'Dalle' }).inputValue()).toBe('09:00');
    await shoot(page, 'settings');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
