// Keeps a report of the draft up to date: checks on host change events and on a gentle poll
// (Outlook has no subject/body change event). The previous report stays on screen until the
// new one is ready, so the pane never flickers; an unchanged draft costs one read and no check.
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkTicket } from '../core';
import type { CheckOptions, Report, TicketDraft } from '../core';
import type { HostError, MailHost } from '../core/host/mail-host';
import { draftKey } from './draft-key';
import { asHostError } from './host-error';

export interface TicketCheckState {
  report: Report | null;
  draft: TicketDraft | null;
  /** The last read failed; the report shown (if any) is from the last successful read. */
  error: HostError | null;
}

export interface TicketCheck extends TicketCheckState {
  /** Reads and checks now, even when the draft looks unchanged. */
  refresh: () => Promise<void>;
}

export const defaultPollMs = 2000;

function isVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

export type Checker = (draft: TicketDraft, options: CheckOptions) => Report;

export function useTicketCheck(
  host: MailHost,
  options: CheckOptions | null,
  pollMs: number = defaultPollMs,
  checker: Checker = checkTicket,
  /** The first report, already checked with these options (by loadFirstReport). */
  first?: { draft: TicketDraft; report: Report },
): TicketCheck {
  const [state, setState] = useState<TicketCheckState>(() =>
    first
      ? { report: first.report, draft: first.draft, error: null }
      : { report: null, draft: null, error: null },
  );
  const lastKey = useRef<string | null>(first ? draftKey(first.draft) : null);
  const firstDone = useRef(first !== undefined);
  const running = useRef(false);
  const pending = useRef<'none' | 'soft' | 'force'>('none');

  const run = useCallback(
    async (force: boolean): Promise<void> => {
      if (!options) return;
      if (running.current) {
        // One read at a time; remember that another is wanted once this one ends.
        if (force || pending.current === 'none') pending.current = force ? 'force' : 'soft';
        return;
      }
      running.current = true;
      try {
        let forceThis = force;
        for (;;) {
          const draft = await host.readDraft();
          const key = draftKey(draft);
          if (forceThis || key !== lastKey.current) {
            let report: Report;
            try {
              report = checker(draft, options);
            } catch (err) {
              // Our own failure, not the host's: named so the pane says so.
              throw asHostError(err, 'checkTicket');
            }
            lastKey.current = key;
            setState({ report, draft, error: null });
          } else {
            setState((s) => (s.error ? { ...s, error: null } : s));
          }
          if (pending.current === 'none') break;
          forceThis = pending.current === 'force';
          pending.current = 'none';
        }
      } catch (err) {
        pending.current = 'none';
        setState((s) => ({ ...s, error: asHostError(err, 'readDraft') }));
      } finally {
        running.current = false;
      }
    },
    [host, options, checker],
  );

  // New options (settings saved, language, admin file): check again from scratch.
  useEffect(() => {
    // The report given at mount is this check already.
    if (firstDone.current) {
      firstDone.current = false;
      return;
    }
    lastKey.current = null;
    void run(true);
  }, [run]);

  // Subscribed once per host: in Outlook every unsubscribe is a removeHandlerAsync that drops
  // all handlers of the event type, so re-subscribing on each settings change would race.
  const latestRun = useRef(run);
  latestRun.current = run;
  useEffect(() => host.onChange(() => void latestRun.current(false)), [host]);

  useEffect(() => {
    if (!options || pollMs <= 0) return undefined;
    const timer = setInterval(() => {
      if (isVisible()) void run(false);
    }, pollMs);
    const onVisible = () => {
      if (isVisible()) void run(false);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [options, pollMs, run]);

  const refresh = useCallback(() => run(true), [run]);
  return { ...state, refresh };
}
