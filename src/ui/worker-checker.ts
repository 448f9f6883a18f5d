// Runs checks in the engine worker (check-worker.ts) and falls back to the pane's own thread
// whenever the worker cannot help: it could not start (no Worker, CSP), it failed, it did not
// answer in time, or the draft could not be sent. The user always gets a report; the worker
// only makes the first one come sooner.
import type { CheckOptions, Report, TicketDraft } from '../core';

export type SyncChecker = (draft: TicketDraft, options: CheckOptions) => Report;
export type AsyncChecker = (draft: TicketDraft, options: CheckOptions) => Promise<Report>;

/** The part of a Worker this module uses (a fake in unit tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: unknown) => void) | null;
  onmessageerror: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

/** Longest wait for one answer, including the worker's start and warm-up on a slow machine. */
export const WORKER_TIMEOUT_MS = 5000;

/** Said once on the console when the checks move to the pane's own thread. */
export const WORKER_UNAVAILABLE =
  "Verifica Ticket: the engine worker is unavailable; checks run on the pane's own thread.";

interface Pending {
  draft: TicketDraft;
  options: CheckOptions;
  resolve: (report: Report) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * A checker over a worker made by `create`. `fallback` is the engine's checkTicket on this
 * thread; after the first failure every check uses it.
 */
export function workerChecker(
  create: () => WorkerLike,
  fallback: SyncChecker,
  timeoutMs: number = WORKER_TIMEOUT_MS,
): AsyncChecker {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const settle = (id: number, report: Report | null) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    clearTimeout(p.timer);
    p.resolve(report ?? fallback(p.draft, p.options));
  };

  const giveUp = () => {
    if (worker) {
      console.warn(WORKER_UNAVAILABLE);
      worker.onmessage = worker.onerror = worker.onmessageerror = null;
      worker.terminate();
      worker = null;
    }
    for (const id of [...pending.keys()]) settle(id, null);
  };

  try {
    worker = create();
    worker.onmessage = (event: MessageEvent) => {
      const data = event.data as { id?: unknown; report?: Report };
      if (typeof data?.id !== 'number') return;
      settle(data.id, data.report ?? null);
    };
    worker.onerror = giveUp;
    worker.onmessageerror = giveUp;
  } catch {
    console.warn(WORKER_UNAVAILABLE);
    worker = null;
  }

  return (draft, options) => {
    const w = worker;
    if (!w) return Promise.resolve(fallback(draft, options));
    return new Promise<Report>((resolve) => {
      const id = nextId++;
      pending.set(id, { draft, options, resolve, timer: setTimeout(giveUp, timeoutMs) });
      try {
        w.postMessage({ id, draft, options });
      } catch {
        // Not cloneable (a function in the options): this check runs here, the worker stays.
        settle(id, null);
      }
    });
  };
}
