// onsend.js's stand-in for the fix builders of core/fixes (propose-subject, signature-block,
// ticket-template; swapped in by build/webpack/onsend.cjs). On Send a finding only needs its
// verdict and message: the text a fix would put into the mail (a proposed subject, the
// signature block, the ticket template) is offered by the task pane, which has the real ones.
// So here no subject is proposed and no text is built; what a rule detects is unchanged.
import type * as ProposeSubject from '../../../core/fixes/propose-subject';
import type * as SignatureBlock from '../../../core/fixes/signature-block';
import type * as TicketTemplate from '../../../core/fixes/ticket-template';

export const MAX_SUBJECT = 80;

export function proposeSubject(): string | null {
  return null;
}

export function formatAvailability(): string | null {
  return null;
}

export function buildSignatureBlock(): string {
  return '';
}

export function buildTicketTemplate(): string {
  return '';
}

// The type checker keeps the stand-in callable wherever the real builders are.
const sameShape: Pick<typeof ProposeSubject, 'proposeSubject' | 'MAX_SUBJECT'> &
  Pick<typeof SignatureBlock, 'formatAvailability' | 'buildSignatureBlock'> &
  Pick<typeof TicketTemplate, 'buildTicketTemplate'> = {
  MAX_SUBJECT,
  proposeSubject,
  formatAvailability,
  buildSignatureBlock,
  buildTicketTemplate,
};
void sameShape;
