// The simulated message being composed: plain state with subscribers. The compose form edits
// it and the in-page Office.js subset reads and writes it, like Outlook's compose window.
export interface SimAttachment {
  id: string;
  name: string;
  size: number;
}

export interface ComposeMessage {
  from: string;
  to: string;
  cc: string;
  subject: string;
  body: string;
  attachments: SimAttachment[];
  /** The message answers the ticketing system's automatic notification. */
  replyToNotification: boolean;
}

export type ChangeKind = 'recipients' | 'attachments' | 'other';

export class ComposeStore {
  private listeners = new Set<(kind: ChangeKind) => void>();

  constructor(private state: ComposeMessage) {}

  get(): ComposeMessage {
    return this.state;
  }

  update(patch: Partial<ComposeMessage>): void {
    const before = this.state;
    this.state = { ...before, ...patch };
    const kind: ChangeKind =
      patch.to !== undefined || patch.cc !== undefined
        ? 'recipients'
        : patch.attachments !== undefined
          ? 'attachments'
          : 'other';
    for (const l of this.listeners) l(kind);
  }

  subscribe(listener: (kind: ChangeKind) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export interface Address {
  displayName: string;
  emailAddress: string;
}

/** "Nome <a@b.it>; c@d.it" → addresses; what cannot be read is kept as typed. */
export function parseAddressList(text: string): Address[] {
  return text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /<([^<>]+)>$/.exec(part);
      if (m) {
        const name = part.slice(0, m.index).trim().replace(/^"|"$/g, '').trim();
        const email = (m[1] ?? '').trim();
        return { displayName: name || email, emailAddress: email };
      }
      return { displayName: part, emailAddress: part };
    });
}

export function formatAddressList(list: Address[]): string {
  return list
    .map((a) =>
      a.displayName && a.displayName !== a.emailAddress
        ? `${a.displayName} <${a.emailAddress}>`
        : a.emailAddress,
    )
    .join('; ');
}
