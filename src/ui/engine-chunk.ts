// The rules engine is most of the pane's code, so it ships as a chunk of its own: the pane's
// entry script starts loading it at once (see the hosts' pane entries), it arrives while the
// host starts and reads the draft, and the script that paints the pane stays small.
import type { CheckOptions, Report, TicketDraft } from '../core/types';

export type Checker = (draft: TicketDraft, options: CheckOptions) => Report;

let loading: Promise<Checker> | null = null;

/** The engine's checkTicket, loaded once; a failed load is tried again on the next call. */
export function loadChecker(): Promise<Checker> {
  if (!loading) {
    loading = import(/* webpackChunkName: "engine" */ '../core/engine').then(
      (engine) => engine.checkTicket,
      (err: unknown) => {
        loading = null;
        throw err;
      },
    );
  }
  return loading;
}

/** Starts loading the engine now, so it is in by the time the draft is read. */
export function preloadChecker(): void {
  // A failure is reported by the check that needs the engine, which loads it again.
  loadChecker().catch(() => undefined);
}
