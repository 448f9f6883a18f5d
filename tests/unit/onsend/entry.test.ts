// The registered on-send function (onsend/entry.ts) must answer Outlook whatever fails around
// the check: an engine that cannot load, a console that throws, a handler that rejects. An
// unanswered event leaves Outlook waiting and, under SoftBlock, stops the mail (issue 11, 15).
import type { SendCompletion, SendEvent } from '../../../src/hosts/outlook/onsend/on-send-handler';

const handlerModule = '../../../src/hosts/outlook/onsend/on-send-handler';
const environmentModule = '../../../src/hosts/outlook/onsend/office-environment';

type Registered = (event: SendEvent) => void;

/** Loads entry.ts afresh with `handler` as the on-send handler module; returns what it registered. */
function loadEntry(handler: () => unknown): Registered {
  let registered: Registered | undefined;
  const g = globalThis as Record<string, unknown>;
  g.__ADDIN_URL__ = 'https://addin.example.org/verifica/';
  g.Office = { actions: { associate: (_name: string, fn: Registered) => (registered = fn) } };
  jest.isolateModules(() => {
    jest.doMock(handlerModule, handler);
    jest.doMock(environmentModule, () => ({ officeEnvironment: () => ({}) }));
    require('../../../src/hosts/outlook/onsend/entry');
  });
  if (!registered) throw new Error('entry.ts registered no handler');
  return registered;
}

function sendEvent() {
  const calls: SendCompletion[] = [];
  const event: SendEvent = { completed: (options) => void calls.push(options) };
  return { event, calls };
}

afterEach(() => {
  jest.restoreAllMocks();
  jest.resetModules();
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).__ADDIN_URL__;
});

describe('onMessageSendHandler (registered with Office.actions)', () => {
  it('lets the mail go when the engine cannot load, even with a console that throws', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {
      throw new Error('console unavailable');
    });
    const onSend = loadEntry(() => {
      throw new Error('engine failed to start');
    });
    const { event, calls } = sendEvent();
    expect(() => onSend(event)).not.toThrow();
    expect(calls).toEqual([{ allowEvent: true }]);
  });

  it('answers first and logs after when the engine cannot load', () => {
    const order: string[] = [];
    jest.spyOn(console, 'error').mockImplementation(() => void order.push('log'));
    const onSend = loadEntry(() => {
      throw new Error('engine failed to start');
    });
    onSend({ completed: () => void order.push('completed') });
    expect(order).toEqual(['completed', 'log']);
  });

  it('lets the mail go when the handler rejects before answering', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {
      throw new Error('console unavailable');
    });
    const onSend = loadEntry(() => ({
      createOnSendHandler: () => () => Promise.reject(new Error('unexpected')),
    }));
    const { event, calls } = sendEvent();
    onSend(event);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual([{ allowEvent: true }]);
  });

  it('does not answer twice when the handler rejects after answering', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const onSend = loadEntry(() => ({
      createOnSendHandler: () => async (e: SendEvent) => {
        e.completed({ allowEvent: false, errorMessage: 'Manca il telefono' });
        throw new Error('after the answer');
      },
    }));
    const { event, calls } = sendEvent();
    onSend(event);
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual([{ allowEvent: false, errorMessage: 'Manca il telefono' }]);
  });
});
