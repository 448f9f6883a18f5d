// onsend.js's stand-in for core/classify/context-type.ts (swapped in by
// build/webpack/onsend.cjs): on Send the ticket type is not classified. Only advisory rules read
// it (attachment-suggested, paid-service: info or off, never raised), so no verdict and no
// message of Send depends on it; the pane, the CLI and Thunderbird classify it as always.
import type * as ContextType from '../../../core/classify/context-type';
import type { TicketType } from '../../../core/types';

export function classifyTicketType(): TicketType | null {
  return null;
}

// The type checker keeps the stand-in callable wherever the real one is.
const sameShape: typeof ContextType = { classifyTicketType };
void sameShape;
