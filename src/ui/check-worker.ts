// The engine in a Web Worker: the pane's first check runs on the second core while the main
// thread starts React and Fluent UI. The engine's first run in a fresh runtime is its slowest
// (every pattern is compiled on first use), so the worker warms up on a sample ticket as soon as
// it loads: by the time the pane has read the draft, the real check is a warm one.
// Protocol: { id, draft, options } in; { id, report } or { id, error } out (worker-checker.ts).
import { checkTicket } from '../core';
import type { CheckOptions, TicketDraft } from '../core';

interface WorkerScope {
  onmessage:
    ((event: { data: { id: number; draft: TicketDraft; options: CheckOptions } }) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, report: checkTicket(data.draft, data.options) });
  } catch (err) {
    // checkTicket does not throw; a failure here (e.g. a report that cannot be cloned) makes the
    // pane check on its own thread instead.
    scope.postMessage({ id: data.id, error: err instanceof Error ? err.message : String(err) });
  }
};

/** A short ordinary ticket that runs every rule and both classifiers once. */
const warmUp: TicketDraft = {
  subject: 'Tributi - errore nella stampa degli avvisi TARI',
  bodyText:
    'Buongiorno,\ndal modulo Tributi la stampa degli avvisi TARI 2026 si blocca con il messaggio ' +
    '"Errore 512". Vi allego la schermata.\nSono reperibile dalle 9 alle 13.\n\n' +
    'Cordiali saluti\nMario Rossi\nUfficio Tributi - Comune di Fano\nTel. 0721 123456\n',
  to: [{ address: 'tributi@ticket.example' }],
  cc: [],
  attachments: [{ name: 'errore.png' }],
};
checkTicket(warmUp, {});
