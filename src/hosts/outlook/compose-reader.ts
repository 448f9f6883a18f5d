// Keeps the pane's poll light in Outlook: a full read is about eight Office.js calls, but while
// Outlook reports recipient and attachment changes through events, a poll only needs subject,
// body text and the From address to know whether anything changed (From has no event: a user
// may switch it to a shared mailbox while writing). Nothing is cached without those events.
import type { TicketDraft } from '../../core/types';
import { officeCall, supportsMailbox } from './office-async';
import { readComposeItem } from './read-item';

/** The From address (Mailbox 1.7), or undefined where Outlook cannot tell it. */
async function fromAddress(item: Office.MessageCompose): Promise<string | undefined> {
  if (!supportsMailbox('1.7') || !item.from) return undefined;
  try {
    const from = await officeCall<Office.EmailAddressDetails>('from.getAsync', (cb) =>
      item.from.getAsync(cb),
    );
    return from?.emailAddress?.trim() || undefined;
  } catch {
    return undefined;
  }
}

export class ComposeReader {
  private cached: TicketDraft | null = null;
  private stale = true;
  /** True while RecipientsChanged and AttachmentsChanged handlers are registered. */
  watching = false;

  constructor(private readonly item: () => Office.MessageCompose) {}

  /** Recipients or attachments changed: the next read is a full one. */
  markStale(): void {
    this.stale = true;
  }

  async read(): Promise<TicketDraft> {
    const item = this.item();
    const cached = this.cached;
    if (this.watching && !this.stale && cached) {
      const [subject, bodyText, from] = await Promise.all([
        officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
        officeCall<string>('body.getAsync(Text)', (cb) =>
          item.body.getAsync(Office.CoercionType.Text, cb),
        ),
        fromAddress(item),
      ]);
      const sameFrom = from === undefined || from === cached.from?.address;
      if ((subject ?? '') === cached.subject && (bodyText ?? '') === cached.bodyText && sameFrom) {
        return cached;
      }
    }
    // Cleared before reading, so an event that arrives during the read marks it stale again.
    this.stale = false;
    try {
      this.cached = await readComposeItem(item);
      return this.cached;
    } catch (err) {
      this.stale = true;
      throw err;
    }
  }
}
