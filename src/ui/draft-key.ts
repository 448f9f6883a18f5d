// A fingerprint of everything the engine looks at, so a poll that finds the same draft does no
// work and the pane does not re-render.
import type { TicketDraft } from '../core/types';

export function draftKey(draft: TicketDraft): string {
  return JSON.stringify([
    draft.subject,
    draft.bodyText,
    draft.bodyHtml ?? null,
    draft.from ?? null,
    draft.to,
    draft.cc,
    draft.attachments,
    draft.inReplyTo ?? null,
    draft.replyContext ?? null,
  ]);
}
