// Messages between the background script and the send dialog window.
import type { Finding, Locale } from '../../core/types';

export type DialogKind = 'prompt' | 'block' | 'notice';

/** What the dialog shows; `id` ties the window to the send waiting for it. */
export interface DialogContent {
  id: string;
  kind: DialogKind;
  locale: Locale;
  summary: string;
  findings: Finding[];
  /** The compose tab the send came from (for "show details"). */
  tabId?: number;
}

export type DialogMessage =
  | { type: 'verifica-ticket/dialog-get'; id: string }
  | { type: 'verifica-ticket/dialog-answer'; id: string; send: boolean }
  /** Sent while the dialog is open: keeps the (non-persistent) background page alive. */
  | { type: 'verifica-ticket/dialog-keepalive'; id: string };

export function isDialogMessage(value: unknown): value is DialogMessage {
  const type = (value as { type?: unknown })?.type;
  return typeof type === 'string' && type.startsWith('verifica-ticket/dialog-');
}
