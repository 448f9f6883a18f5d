// A recipients fix is computed from the draft the last check read, which can be a few seconds
// old (hosts poll). Applied as-is it would drop an address the user typed in the meantime; so it
// is applied to the field as it is now: the fix's list, plus every current recipient the check
// had not seen.
import type { FixEdit, Recipient } from '../types';

const key = (r: Recipient) => r.address.trim().toLowerCase();

export function mergeRecipientEdit(
  current: Recipient[],
  edit: Extract<FixEdit, { kind: 'set-recipients' }>,
): Recipient[] {
  if (!edit.basedOn) return edit.recipients;
  const seen = new Set(edit.basedOn.map(key));
  const result = new Set(edit.recipients.map(key));
  const added = current.filter((r) => !seen.has(key(r)) && !result.has(key(r)));
  return [...edit.recipients, ...added];
}
