// A recipients fix is computed from the draft the last check read, which can be a few seconds
// old (hosts poll), and from recipients as the engine understands them (one address each). The
// field in the mail client holds more than that: address-book lists, groups, names without an
// address, "undisclosed-recipients:;", names quoted the user's way. So the fix is applied to the
// field's entries as they are at the click, and changes only what it means to change:
// - an entry whose address the fix removes goes, and the fix's new addresses take its place;
// - every other entry stays exactly as it was (same object, same text), in its place;
// - an entry that is not a single address is never touched.
import type { FixEdit, Recipient } from '../types';

export type RecipientsEdit = Extract<FixEdit, { kind: 'set-recipients' }>;

/** The address as a comparison key, or undefined when it is not a single e-mail address. */
export function addressKey(address: string | undefined): string | undefined {
  const a = (address ?? '').trim().toLowerCase();
  return /^[^\s@<>,;:"]+@[^\s@<>,;:"]+$/.test(a) ? a : undefined;
}

/**
 * Applies `edit` to the entries of a recipient field in any host's shape. `keyOf` gives an
 * entry's address key (undefined for anything that is not one plain address: kept verbatim);
 * `make` turns one of the fix's recipients into an entry.
 */
export function applyRecipientEdit<T>(
  current: readonly T[],
  edit: RecipientsEdit,
  keyOf: (entry: T) => string | undefined,
  make: (recipient: Recipient) => T,
): T[] {
  const keyOfRecipient = (r: Recipient) => addressKey(r.address) ?? r.address.trim().toLowerCase();
  const target = new Set(edit.recipients.map(keyOfRecipient));
  // What the check saw; without it, the field as it is now.
  const seen = new Set(
    edit.basedOn
      ? edit.basedOn.map(keyOfRecipient)
      : current.map(keyOf).filter((k): k is string => k !== undefined),
  );
  const removed = new Set([...seen].filter((k) => !target.has(k)));
  const additions = edit.recipients.filter((r) => !seen.has(keyOfRecipient(r)));
  const added = new Set(additions.map(keyOfRecipient));

  const out: T[] = [];
  let inserted = false;
  const insert = () => {
    if (inserted) return;
    inserted = true;
    out.push(...additions.map(make));
  };
  for (const entry of current) {
    const key = keyOf(entry);
    if (key === undefined) out.push(entry);
    else if (removed.has(key)) insert();
    // Typed since the check and added by the fix too: one entry, the fix's.
    else if (added.has(key)) insert();
    else out.push(entry);
  }
  if (!inserted) out.unshift(...additions.map(make));
  return out;
}

/** The same for a list of engine recipients (an entry with no usable address is kept as is). */
export function mergeRecipientEdit(current: Recipient[], edit: RecipientsEdit): Recipient[] {
  return applyRecipientEdit(
    current,
    edit,
    (r) => addressKey(r.address),
    (r) => r,
  );
}
