// The built preview page in headless Chromium: the real task pane bundle over the in-page
// Office.js subset. A user types a bad ticket, sees the findings, applies fixes and completes
// the ticket until the pane says it is ready. Screenshots go to test-output/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  axeViolations,
  openPreview,
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

const pane = (page: Page) => page.locator('#root');
const finding = (page: Page, rule: string) => pane(page).locator(`[data-rule="${rule}"]`);

async function verdict(page: Page, expected: 'ok' | 'warn' | 'block') {
  await pane(page)
    .locator(`[data-testid="verdict"][data-verdict="${expected}"]`)
    .waitFor({ timeout: 15_000 });
}

async function gone(page: Page, rule: string) {
  await finding(page, rule).first().waitFor({ state: 'detached', timeout: 15_000 });
}

const field = (page: Page, label: string) =>
  page.locator('#compose').getByLabel(label, { exact: true });

describe('preview page', () => {
  it('guides a bad ticket to a good one through findings and fixes', async () => {
    const { page, errors, external } = await openPreview(h!, '?empty=1');
    await verdict(page, 'block');

    // The user writes a ticket that breaks the guidelines.
    await field(page, 'A').fill('Marco Bianchi <marco.bianchi@palitalsoft.example>');
    await field(page, 'Oggetto').pressSequentially('Richiesta assistenza');
    await field(page, 'Testo del messaggio').pressSequentially(
      'Buongiorno,\nil calcolo IMU non funziona!!! URGENTE\nvedi allegato\n\nGrazie',
    );
    const expected = [
      'subject-generic', // "Richiesta assistenza" says nothing about the problem
      'body-too-vague', // a handful of words
      'signature-missing', // no name under the text
      'phone-missing', // no number to call back
      'personal-recipient', // an operator's own mailbox
      'wrong-module-address', // IMU belongs to Tributi
      'insistence', // "!!!" and URGENTE
      'attachment-mentioned-missing', // "vedi allegato" without attachments
    ];
    for (const rule of expected) await finding(page, rule).first().waitFor({ timeout: 15_000 });
    await verdict(page, 'block');
    expect(await pane(page).getByTestId('module').textContent()).toContain(
      'Tributi – tributi@ticket.palitalsoft.example',
    );
    await pane(page).screenshot({ path: path.join(outputDir, 'pane-bad-ticket.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Fix: the module's address replaces the operator's mailbox.
    await finding(page, 'wrong-module-address').getByRole('button').click();
    await gone(page, 'wrong-module-address');
    await gone(page, 'personal-recipient');
    expect(await field(page, 'A').inputValue()).toContain('tributi@ticket.palitalsoft.example');
    expect(await field(page, 'A').inputValue()).not.toContain('marco.bianchi');

    // Fix: the signature block from the settings, under the user's text.
    await finding(page, 'signature-missing').getByRole('button').click();
    await gone(page, 'signature-missing');
    await gone(page, 'phone-missing');
    const body = await field(page, 'Testo del messaggio').inputValue();
    expect(body.startsWith('Buongiorno,\nil calcolo IMU non funziona!!! URGENTE')).toBe(true);
    expect(body).toContain('Mario Rossi');
    expect(body).toContain('0721 887654');

    // The user completes subject and text and attaches the screenshot.
    const signature = body.trim().split('\n\n').pop()!;
    await field(page, 'Oggetto').fill(
      'Tributi - Comune di Fano: errore nel calcolo dell’acconto IMU',
    );
    await field(page, 'Testo del messaggio').fill(
      [
        'Buongiorno,',
        'nel modulo Tributi del Comune di Fano, calcolando l’acconto IMU 2025 per i fabbricati di categoria D,',
        'il programma mostra il messaggio "Aliquota non trovata" e non genera il modello F24.',
        'Succede da ieri su tutte le posizioni provate; allego la schermata dell’errore.',
        'Sono reperibile dal lunedì al venerdì dalle 9 alle 13.',
        '',
        signature,
      ].join('\n'),
    );
    await page.locator('#compose input[type="file"]').setInputFiles({
      name: 'errore-aliquota.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a', 'hex'),
    });
    await verdict(page, 'ok');
    for (const rule of expected) expect(await finding(page, rule).count()).toBe(0);
    await pane(page).screenshot({ path: path.join(outputDir, 'pane-good-ticket.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(external).toEqual([]); // no office.js, no telemetry: everything stays local
  });

  it('loads the bad example at first and the good one on request', async () => {
    const { page } = await openPreview(h!);
    await verdict(page, 'block');
    await page.getByRole('button', { name: 'Carica un ticket corretto' }).click();
    await verdict(page, 'ok');
  });

  it('warns about a reply to the ticketing system’s notification', async () => {
    const { page } = await openPreview(h!);
    await page.getByRole('button', { name: 'Carica un ticket corretto' }).click();
    await verdict(page, 'ok');
    await page.getByRole('switch', { name: 'Risposta a una mail di notifica ticket' }).check();
    await finding(page, 'reply-to-ticket-notification').waitFor({ timeout: 15_000 });
  });

  it('asks for the user’s details on first run and uses them', async () => {
    const { page } = await openPreview(h!, '?firstRun=1');
    const settings = pane(page).getByTestId('settings');
    await settings.waitFor();
    expect(await settings.getByLabel('Nome e cognome').inputValue()).toBe('Mario Rossi');
    await settings.getByLabel('Telefono diretto').fill('0721 555123');
    await settings.getByLabel('Enti per cui lavori (uno per riga)').fill('Comune di Pesaro');
    expect(await axeViolations(page)).toEqual([]);
    await settings.getByRole('button', { name: 'Salva' }).click();
    await verdict(page, 'block');
    await finding(page, 'phone-missing').getByRole('button').click();
    await gone(page, 'phone-missing');
    expect(await field(page, 'Testo del messaggio').inputValue()).toContain('0721 555123');
  });

  it('shows a failing Outlook call with Retry and leaves the message alone', async () => {
    const { page } = await openPreview(h!, '?fail=body.getAsync');
    const alert = pane(page).getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.textContent()).toContain('body.getAsync(Text)');
    expect(await alert.getByRole('button', { name: 'Riprova' }).isVisible()).toBe(true);
    expect(await field(page, 'Oggetto').inputValue()).toBe('Richiesta assistenza');
  });
});
