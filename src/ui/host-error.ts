import { HostError } from '../core/host/mail-host';

/** Any failure as a HostError, so the pane shows one kind of message with a Retry button. */
export function asHostError(err: unknown, operation: string): HostError {
  if (err instanceof HostError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new HostError(operation, message, err);
}
