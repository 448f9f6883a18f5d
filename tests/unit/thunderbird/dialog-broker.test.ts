import { createDialogBroker, type DialogApi } from '../../../src/hosts/thunderbird/dialog-broker';
import type { DialogContent } from '../../../src/hosts/thunderbird/dialog-protocol';
import type { SendQuestion } from '../../../src/hosts/thunderbird/send-guard';
import { FakeEvent } from './fake-messenger';

const question: SendQuestion = {
  kind: 'prompt',
  locale: 'it',
  summary: 'Prima di inviare, verifica:\n• Due richieste',
  findings: [
    {
      rule: 'multiple-topics',
      severity: 'warning',
      messageId: 'default',
      message: 'Due richieste',
    },
  ],
  tabId: 4,
};

function setup(createFails = false) {
  const onMessage = new FakeEvent();
  const onRemoved = new FakeEvent();
  let nextWindow = 10;
  const create = jest.fn(async (data: { url?: string | string[] }) => {
    if (createFails) throw new Error('no windows in this context');
    return { id: nextWindow++, url: data.url };
  });
  const api = {
    windows: { create, onRemoved },
    runtime: { onMessage },
  } as unknown as DialogApi;
  const broker = createDialogBroker(api);
  /** What the dialog page would get back for a message. */
  const message = (msg: unknown) => {
    const [listener] = [...onMessage.listeners] as ((m: unknown) => unknown)[];
    return listener!(msg) as Promise<unknown> | undefined;
  };
  const idOf = (call: number) =>
    new URL(`moz-extension://x/${create.mock.calls[call]![0].url}`).searchParams.get('id')!;
  return { broker, create, onRemoved, message, idOf };
}

describe('send dialog broker', () => {
  test('opens a small window and resolves with the answer given in it', async () => {
    const { broker, create, message, idOf } = setup();
    const answer = broker.ask(question);
    await Promise.resolve();
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'popup',
        url: expect.stringMatching(/^send-dialog\.html\?id=/),
      }),
    );
    const id = idOf(0);
    const content = (await message({ type: 'verifica-ticket/dialog-get', id })) as DialogContent;
    expect(content).toEqual({
      id,
      kind: 'prompt',
      locale: 'it',
      summary: question.summary,
      findings: question.findings,
      tabId: 4,
    });
    expect(await message({ type: 'verifica-ticket/dialog-keepalive', id })).toBe(true);
    await message({ type: 'verifica-ticket/dialog-answer', id, send: true });
    await expect(answer).resolves.toBe(true);
    expect(await message({ type: 'verifica-ticket/dialog-get', id })).toBeNull();
  });

  test('closing the window counts as "Correggi"', async () => {
    const { broker, onRemoved } = setup();
    const answer = broker.ask(question);
    await new Promise((r) => setTimeout(r, 0));
    onRemoved.fire(99); // another window
    onRemoved.fire(10);
    await expect(answer).resolves.toBe(false);
  });

  test('a window that cannot open is an error for the guard (which then sends)', async () => {
    const { broker } = setup(true);
    await expect(broker.ask(question)).rejects.toThrow('no windows in this context');
  });

  test('the failure notice carries the error in the chosen language', async () => {
    const { broker, message, idOf } = setup();
    void broker.notifyFailure('timeout', 'en');
    await new Promise((r) => setTimeout(r, 0));
    const content = (await message({
      type: 'verifica-ticket/dialog-get',
      id: idOf(0),
    })) as DialogContent;
    expect(content.kind).toBe('notice');
    expect(content.summary).toBe(
      'Verifica ticket could not check this message, which was sent unchecked. Detail: timeout',
    );
  });

  test('ignores messages that are not for it', () => {
    const { message } = setup();
    expect(message({ type: 'something-else' })).toBeUndefined();
    expect(message('text')).toBeUndefined();
  });
});
