/** The message of anything thrown, for logs and notices; never throws itself. */
export function errorText(err: unknown): string {
  try {
    // Errors from another realm (an extension page, a vm) fail instanceof: read the message.
    const message = (err as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : String(err);
  } catch {
    return 'unknown error';
  }
}
