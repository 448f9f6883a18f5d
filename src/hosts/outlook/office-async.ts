// Promise wrappers for Office.js callback APIs. Every failure becomes a HostError that names the
// call, so the pane (and the on-send handler) can say exactly what went wrong. No DOM here: this
// module also runs in Outlook's DOM-less JavaScript runtime.
import { HostError } from '../../core/host/mail-host';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Runs one Office.js async call; rejects with HostError(operation) on failure or exception. */
export function officeCall<T>(
  operation: string,
  start: (callback: Callback<T>) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === Office.AsyncResultStatus.Failed) {
          const detail = result.error?.message || result.error?.name || 'unknown error';
          reject(new HostError(operation, `${operation} failed: ${detail}`, result.error));
        } else {
          resolve(result.value);
        }
      });
    } catch (err) {
      // A missing API (old Outlook) throws synchronously instead of calling back.
      reject(new HostError(operation, `${operation} failed: ${(err as Error).message}`, err));
    }
  });
}

/** True when the running Outlook supports Mailbox requirement set `version`. */
export function supportsMailbox(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}
