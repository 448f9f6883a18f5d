import { checkTicket } from '../../../src/core';
import type { ComposeDetails } from '../../../src/hosts/thunderbird/tb-api';
import { createSendGuard, type SendGuardUi } from '../../../src/hosts/thunderbird/send-guard';
import { fakeMessenger, tab } from './fake-messenger';

const goodBody =
  'Buongiorno,\n\nnel modulo Tributi, calcolando il ravvedimento operoso IMU per un contribuente, ' +
  'il programma restituisce il messaggio di errore "importo non valido" e non permette di ' +
  'stampare il modello F24.\n\nSono reperibile dalle 9 alle 13.\n\nCordiali saluti\nMario Rossi\n' +
  'Comune di Prova\ntel. 0721 123456\n';

const good: ComposeDetails = {
  from: 'Mario Rossi <mario.rossi@comune.example>',
  to: ['tributi@ticket.palitalsoft.example'],
  subject: 'IMU: errore nel calcolo del ravvedimento operoso',
  isPlainText: true,
  plainTextBody: goodBody,
  type: 'new',
};
const bad: ComposeDetails = { ...good, subject: 'Richiesta assistenza', plainTextBody: 'Aiuto' };
const warned: ComposeDetails = {
  ...good,
  plainTextBody: goodBody.replace(
    'Sono',
    'Vi sollecito: è la terza volta che scrivo e nessuno risponde!!!\n\nSono',
  ),
};

function draftOf(d: ComposeDetails) {
  return {
    subject: d.subject!,
    bodyText: d.plainTextBody!,
    from: { name: 'Mario Rossi', address: 'mario.rossi@comune.example' },
    to: [{ address: (d.to as string[])[0]! }],
    cc: [],
    attachments: [],
  };
}

// A generous budget: on a busy machine the engine's first check can take a few hundred ms, and
// only the test of a slow check should ever run out of time.
function setup(
  details: ComposeDetails,
  options: Parameters<typeof fakeMessenger>[0] = {},
  budgetMs = 5000,
) {
  const tb = fakeMessenger({ tabs: { 1: details }, ...options });
  const ui = {
    ask: jest.fn<Promise<boolean>, Parameters<SendGuardUi['ask']>>(),
    explainBlock: jest
      .fn<Promise<void>, Parameters<SendGuardUi['explainBlock']>>()
      .mockResolvedValue(undefined),
    notifyFailure: jest
      .fn<Promise<void>, Parameters<SendGuardUi['notifyFailure']>>()
      .mockResolvedValue(undefined),
  };
  const guard = createSendGuard(tb.api, ui, { budgetMs });
  return { tb, ui, send: () => guard(tab(1), details) };
}

describe('onBeforeSend guard', () => {
  test('test data: good is ok, bad is blocked, warned only warns', () => {
    expect(checkTicket(draftOf(good)).verdict).toBe('ok');
    expect(checkTicket(draftOf(bad)).verdict).toBe('block');
    expect(checkTicket(draftOf(warned)).verdict).toBe('warn');
  });

  test('mail not addressed to the helpdesk is sent without a check', async () => {
    const { tb, ui, send } = setup({ ...bad, to: ['Anna <anna@comune.example>'] });
    expect(await send()).toEqual({});
    expect(tb.raw.compose.listAttachments).not.toHaveBeenCalled();
    expect(ui.ask).not.toHaveBeenCalled();
    expect(ui.explainBlock).not.toHaveBeenCalled();
  });

  test('a vendor address in Cc or Bcc makes it a ticket', async () => {
    const { send } = setup({ ...bad, to: ['anna@comune.example'], bcc: ['x@palitalsoft.example'] });
    expect(await send()).toEqual({ cancel: true });
  });

  test('a correct ticket goes out without a question', async () => {
    const { ui, send } = setup(good);
    expect(await send()).toEqual({});
    expect(ui.ask).not.toHaveBeenCalled();
  });

  test('errors cancel the send and explain why with the blocking findings', async () => {
    const { ui, send } = setup(bad);
    expect(await send()).toEqual({ cancel: true });
    expect(ui.explainBlock).toHaveBeenCalledTimes(1);
    const question = ui.explainBlock.mock.calls[0]![0];
    expect(question.kind).toBe('block');
    expect(question.findings.length).toBeGreaterThan(0);
    expect(question.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(question.summary).toMatch(/^Il ticket non verrebbe preso in carico:/);
  });

  test('warnings ask once: "Invia comunque" sends, "Correggi" cancels', async () => {
    const { ui, send } = setup(warned);
    ui.ask.mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    expect(await send()).toEqual({});
    expect(await send()).toEqual({ cancel: true });
    expect(ui.ask).toHaveBeenCalledTimes(2);
    expect(ui.ask.mock.calls[0]![0]).toMatchObject({ kind: 'prompt', tabId: 1, locale: 'it' });
  });

  test('admin warn-only: errors become a question, never a block', async () => {
    const managed = {
      officialListUrl: 'https://www.palitalsoft.it/indirizzi-per-ticket/',
      vendorDomains: ['palitalsoft.example'],
      modules: [
        {
          id: 'tributi',
          name: 'Tributi',
          address: 'tributi@ticket.palitalsoft.example',
          keywords: ['IMU'],
        },
      ],
      mode: 'warn-only',
    };
    const { ui, send } = setup(bad, { managed });
    ui.ask.mockResolvedValue(true);
    expect(await send()).toEqual({});
    expect(ui.explainBlock).not.toHaveBeenCalled();
    expect(ui.ask.mock.calls[0]![0].kind).toBe('prompt');
  });

  test("the dialog speaks the user's language, else Thunderbird's", async () => {
    const english = setup(bad, { uiLanguage: 'en-US' });
    await english.send();
    expect(english.ui.explainBlock.mock.calls[0]![0]).toMatchObject({ locale: 'en' });
    expect(english.ui.explainBlock.mock.calls[0]![0].summary).toMatch(/^The helpdesk would not/);
    const chosen = setup(bad, {
      uiLanguage: 'en-US',
      local: { preferences: { language: 'it' } },
    });
    await chosen.send();
    expect(chosen.ui.explainBlock.mock.calls[0]![0]).toMatchObject({ locale: 'it' });
  });

  test('our own failure lets the message go and tells the user', async () => {
    const { tb, ui, send } = setup(bad, { uiLanguage: 'en-GB' });
    tb.raw.compose.listAttachments.mockRejectedValue(new Error('attachments unavailable'));
    expect(await send()).toEqual({});
    expect(ui.notifyFailure).toHaveBeenCalledWith('attachments unavailable', 'en');
  });

  test("the failure notice uses the user's chosen language when it is known", async () => {
    const { tb, ui, send } = setup(bad, {
      uiLanguage: 'en-GB',
      local: { preferences: { language: 'it' } },
    });
    tb.raw.compose.listAttachments.mockRejectedValue(new Error('x'));
    expect(await send()).toEqual({});
    expect(ui.notifyFailure).toHaveBeenCalledWith('x', 'it');
  });

  test('a check slower than the limit lets the message go', async () => {
    const { tb, ui, send } = setup(bad, {}, 200);
    tb.raw.storage.managed.get.mockReturnValue(new Promise(() => undefined));
    const started = Date.now();
    expect(await send()).toEqual({});
    expect(Date.now() - started).toBeLessThan(2000);
    expect(ui.notifyFailure).toHaveBeenCalledWith('no answer within 200 ms', 'it');
  });

  test('a dialog that cannot open lets the message go', async () => {
    const { ui, send } = setup(warned);
    ui.ask.mockRejectedValue(new Error('windows.create failed'));
    expect(await send()).toEqual({});
    expect(ui.notifyFailure).toHaveBeenCalledWith('windows.create failed', 'it');
  });

  test('a failing explanation window does not turn a block into a crash', async () => {
    const { ui, send } = setup(bad);
    ui.explainBlock.mockRejectedValue(new Error('no window'));
    expect(await send()).toEqual({ cancel: true });
  });
});
