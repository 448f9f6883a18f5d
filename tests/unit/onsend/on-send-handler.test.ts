import * as engine from '../../../src/core/engine';
import { goodTicket, pressSend, TICKET_ADDRESS } from './on-send-fixture';

const to = (address: string) => [{ displayName: address, emailAddress: address }];
const screenshot = [
  { id: 'a1', name: 'errore.png', size: 20480, attachmentType: 'file', isInline: false },
];

const goodMail = {
  to: to(TICKET_ADDRESS),
  subject: goodTicket.subject,
  bodyType: 'text' as const,
  bodyText: goodTicket.bodyText,
  attachments: screenshot,
};

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe('on-send handler (Smart Alerts)', () => {
  it('lets a mail that does not go to the helpdesk through at once, without reading it', async () => {
    const fail = new Set(['subject.getAsync', 'body.getAsync(Text)', 'body.getAsync(Html)']);
    const send = pressSend({ compose: { to: to('collega@comune.castelnuovo.it'), fail } });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(send.logs).toEqual([]);
  });

  it('blocks a ticket with errors, explains why and offers "Correggi" to open the pane', async () => {
    const send = pressSend({ compose: { to: to(TICKET_ADDRESS), subject: '   ' } });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({
      allowEvent: false,
      errorMessage: expect.stringMatching(
        /^Il ticket non verrebbe preso in carico:\n• [\s\S]*oggetto/,
      ),
      cancelLabel: 'Correggi',
      commandId: 'verificaTicketOpenPane',
    });
    const { errorMessage } = send.completed.mock.calls[0][0];
    expect(errorMessage.length).toBeLessThanOrEqual(500);
  });

  it('recognises a ticket mail when the helpdesk address is only in Cc', async () => {
    const send = pressSend({
      compose: { to: to('collega@comune.castelnuovo.it'), cc: to(TICKET_ADDRESS), subject: '' },
    });
    await send.run;
    expect(send.completed).toHaveBeenCalledWith(expect.objectContaining({ allowEvent: false }));
  });

  it('speaks English when Outlook is in English', async () => {
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      displayLanguage: 'en-GB',
    });
    await send.run;
    expect(send.completed).toHaveBeenCalledWith({
      allowEvent: false,
      errorMessage: expect.stringMatching(/^The helpdesk would not accept this ticket:\n• /),
      cancelLabel: 'Fix',
      commandId: 'verificaTicketOpenPane',
    });
  });

  it('speaks Italian when Outlook is in a language the add-in does not have', async () => {
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      displayLanguage: 'de-DE',
    });
    await send.run;
    expect(send.completed).toHaveBeenCalledWith({
      allowEvent: false,
      errorMessage: expect.stringMatching(/^Il ticket non verrebbe preso in carico:\n• /),
      cancelLabel: 'Correggi',
      commandId: 'verificaTicketOpenPane',
    });
  });

  it("follows the user's own language setting over Outlook's", async () => {
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      preferences: { language: 'en' },
    });
    await send.run;
    expect(send.completed.mock.calls[0][0].errorMessage).toMatch(/^The helpdesk would not/);
  });

  it('reads preferences stored as a JSON string, and checks with none when the string is broken', async () => {
    const english = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      preferences: JSON.stringify({ language: 'en' }),
    });
    await english.run;
    expect(english.completed.mock.calls[0][0].errorMessage).toMatch(/^The helpdesk would not/);
    const broken = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      preferences: '{"language": "en"',
    });
    await broken.run;
    expect(broken.completed).toHaveBeenCalledTimes(1);
    expect(broken.completed.mock.calls[0][0]).toMatchObject({
      allowEvent: false,
      errorMessage: expect.stringMatching(/^Il ticket non verrebbe preso in carico/),
    });
  });

  it('on Mailbox 1.15 also gives the message as a Markdown list', async () => {
    const send = pressSend({ compose: { to: to(TICKET_ADDRESS), subject: '', mailbox: '1.15' } });
    await send.run;
    const options = send.completed.mock.calls[0][0];
    expect(options.errorMessage).toMatch(/^Il ticket non verrebbe preso in carico:\n• /);
    expect(options.errorMessageMarkdown).toMatch(/^Il ticket non verrebbe preso in carico:\n\n- /);
    expect(
      options.errorMessageMarkdown
        .split('\n')
        .slice(2)
        .every((l: string) => l.startsWith('- ')),
    ).toBe(true);
    expect(options.errorMessageMarkdown.length).toBeLessThanOrEqual(500);
  });

  it('on Outlook before Mailbox 1.14 blocks with the message only (no custom buttons)', async () => {
    const send = pressSend({ compose: { to: to(TICKET_ADDRESS), subject: '', mailbox: '1.12' } });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({
      allowEvent: false,
      errorMessage: expect.stringMatching(/^Il ticket non verrebbe preso in carico:/),
    });
  });

  it('for warnings only asks the user, who may send anyway', async () => {
    // A good ticket without subject, and an admin file that makes that rule a warning.
    const send = pressSend({
      compose: { ...goodMail, subject: '' },
      admin: { rules: { 'subject-missing': 'warning' } },
    });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({
      allowEvent: false,
      errorMessage: expect.stringMatching(/^Prima di inviare, verifica:\n• [\s\S]*oggetto/),
      cancelLabel: 'Correggi',
      commandId: 'verificaTicketOpenPane',
      sendModeOverride: 'promptUser',
    });
  });

  it('lets warnings through where Outlook cannot offer "send anyway" (before 1.14)', async () => {
    const send = pressSend({
      compose: { ...goodMail, subject: '', mailbox: '1.13' },
      admin: { rules: { 'subject-missing': 'warning' } },
    });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it('in the admin "warn-only" mode never blocks: errors become a question', async () => {
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      admin: { mode: 'warn-only' },
    });
    await send.run;
    expect(send.completed).toHaveBeenCalledWith(
      expect.objectContaining({ allowEvent: false, sendModeOverride: 'promptUser' }),
    );
  });

  it('sends a ticket that follows the guidelines without asking anything', async () => {
    const send = pressSend({ compose: goodMail });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  it.each(['subject.getAsync', 'body.getAsync(Text)', 'to.getAsync'])(
    'lets the mail go when Outlook fails to give %s, and logs why',
    async (operation) => {
      const send = pressSend({
        compose: { to: to(TICKET_ADDRESS), subject: '', fail: new Set([operation]) },
      });
      await send.run;
      expect(send.completed).toHaveBeenCalledTimes(1);
      expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
      expect(send.logs.join('\n')).toContain(operation);
    },
  );

  it('lets the mail go when the check itself throws', async () => {
    jest.spyOn(engine, 'checkTicket').mockImplementation(() => {
      throw new Error('rule exploded');
    });
    const send = pressSend({ compose: { to: to(TICKET_ADDRESS), subject: '' } });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(send.logs.join('\n')).toContain('rule exploded');
  });

  it('answers Outlook before logging, so a logger that throws cannot leave it waiting', async () => {
    jest.spyOn(engine, 'checkTicket').mockImplementation(() => {
      throw new Error('rule exploded');
    });
    const order: string[] = [];
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS), subject: '' },
      env: {
        log: () => {
          order.push('log');
          throw new Error('console unavailable');
        },
      },
    });
    send.completed.mockImplementation(() => void order.push('completed'));
    await expect(send.run).resolves.toBeUndefined();
    expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(order[0]).toBe('completed');
    expect(order.filter((o) => o === 'completed')).toHaveLength(1);
    expect(order).toContain('log');
  });

  it('lets the mail go after 3 s when the check hangs, and ignores a late answer', async () => {
    jest.useFakeTimers();
    let answer: (draft: unknown) => void = () => {};
    const send = pressSend({
      compose: { to: to(TICKET_ADDRESS) },
      env: {
        readDraft: () =>
          new Promise((resolve) => {
            answer = resolve as (draft: unknown) => void;
          }),
      },
    });
    await jest.advanceTimersByTimeAsync(2999);
    expect(send.completed).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(send.completed).toHaveBeenCalledTimes(1);
    expect(send.completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(send.logs.join('\n')).toMatch(/3000 ms/);

    // The blocked verdict arriving afterwards must not call completed again.
    answer({
      subject: '',
      bodyText: '',
      to: [{ address: TICKET_ADDRESS }],
      cc: [],
      attachments: [],
    });
    await send.run;
    expect(send.completed).toHaveBeenCalledTimes(1);
  });
});
