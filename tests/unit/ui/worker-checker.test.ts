// The pane's engine worker: its reports are used when it answers, and the pane's own thread
// checks instead whenever it cannot (no worker, a failure, no answer in time, data it cannot
// take). The user always gets a report.
import { checkTicket } from '../../../src/core';
import type { CheckOptions, Report, TicketDraft } from '../../../src/core';
import { WORKER_UNAVAILABLE, workerChecker, type WorkerLike } from '../../../src/ui/worker-checker';

const draft: TicketDraft = {
  subject: 'Tributi: errore nella stampa degli avvisi TARI',
  bodyText: 'La stampa degli avvisi si blocca con "Errore 512".\nMario Rossi\nTel. 0721 123456',
  to: [{ address: 'tributi@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [],
};

/** A worker double: answers with the engine's report after a tick, or as a test scripts it. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  posted: { id: number; draft: TicketDraft; options: CheckOptions }[] = [];
  terminated = false;
  /** What the worker does with a message; default: answer with a marked report. */
  behaviour: 'answer' | 'silent' | 'error-reply' | 'throw-on-post' = 'answer';

  postMessage(message: { id: number; draft: TicketDraft; options: CheckOptions }): void {
    if (this.behaviour === 'throw-on-post') throw new Error('DataCloneError');
    this.posted.push(message);
    if (this.behaviour === 'silent') return;
    setTimeout(() => {
      const data =
        this.behaviour === 'error-reply'
          ? { id: message.id, error: 'boom' }
          : {
              id: message.id,
              report: { ...checkTicket(message.draft, message.options), score: -1 },
            };
      this.onmessage?.({ data } as MessageEvent);
    }, 1);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** The engine on this thread, recognisable: its reports carry score -2. */
const fallback = jest.fn((d: TicketDraft, o: CheckOptions): Report => ({
  ...checkTicket(d, o),
  score: -2,
}));

let warn: jest.SpyInstance;
beforeEach(() => {
  fallback.mockClear();
  warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

describe('workerChecker', () => {
  it('uses the report the worker sends back, for each check in turn', async () => {
    const worker = new FakeWorker();
    const check = workerChecker(() => worker, fallback);
    const [a, b] = await Promise.all([check(draft, {}), check(draft, { locale: 'en' })]);
    expect([a.score, b.score]).toEqual([-1, -1]);
    expect(b.locale).toBe('en');
    expect(worker.posted.map((m) => m.id)).toEqual([1, 2]);
    expect(fallback).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('checks on this thread when the worker cannot be created (no Worker, blocked by CSP)', async () => {
    const check = workerChecker(() => {
      throw new Error('Worker is not defined');
    }, fallback);
    expect((await check(draft, {})).score).toBe(-2);
    expect(warn).toHaveBeenCalledWith(WORKER_UNAVAILABLE);
  });

  it('answers pending and later checks on this thread after the worker fails', async () => {
    const worker = new FakeWorker();
    worker.behaviour = 'silent';
    const check = workerChecker(() => worker, fallback);
    const pending = check(draft, {});
    worker.onerror?.(new Event('error'));
    expect((await pending).score).toBe(-2);
    expect(worker.terminated).toBe(true);
    expect((await check(draft, {})).score).toBe(-2);
    expect(worker.posted).toHaveLength(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('gives up on a worker that does not answer in time', async () => {
    jest.useFakeTimers();
    try {
      const worker = new FakeWorker();
      worker.behaviour = 'silent';
      const check = workerChecker(() => worker, fallback, 1000);
      const pending = check(draft, {});
      jest.advanceTimersByTime(999);
      expect(fallback).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect((await pending).score).toBe(-2);
      expect(worker.terminated).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('checks one draft here when the worker cannot take it, and keeps the worker', async () => {
    const worker = new FakeWorker();
    const check = workerChecker(() => worker, fallback);
    worker.behaviour = 'throw-on-post';
    expect((await check(draft, {})).score).toBe(-2);
    worker.behaviour = 'answer';
    expect((await check(draft, {})).score).toBe(-1);
    expect(worker.terminated).toBe(false);
  });

  it('checks here when the worker reports its own failure for a draft', async () => {
    const worker = new FakeWorker();
    worker.behaviour = 'error-reply';
    const check = workerChecker(() => worker, fallback);
    const report = await check(draft, {});
    expect(report.score).toBe(-2);
    expect(report.verdict).toBe(checkTicket(draft, {}).verdict);
  });
});
