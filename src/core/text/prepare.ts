// Splits a body into the parts the rules work on: the user's own text (quoted replies removed),
// the greeting, the content and the signature block. Offsets refer to `text`.
import { htmlToText } from './html-to-text';

export interface TextPart {
  start: number;
  end: number;
  text: string;
}

export interface PreparedText {
  /** The whole body as plain text (HTML converted when only HTML was given). */
  text: string;
  /** The user's own writing: `text` up to the first quoted reply/forward block. */
  own: TextPart;
  /** Opening salutation line(s) ("Buongiorno,"), if any. */
  greeting: TextPart | null;
  /** Closing/signature block (closing formula, name, role, phone…), if any. */
  signature: TextPart | null;
  /** The own text without greeting and signature: what the request says. */
  content: TextPart;
  /** The quoted reply / forwarded part, if any. */
  quoted: TextPart | null;
}

export function prepareText(bodyText: string, bodyHtml?: string): PreparedText {
  const text = bodyText.trim() === '' && bodyHtml ? htmlToText(bodyHtml) : bodyText;
  const whole: TextPart = { start: 0, end: text.length, text };
  // Placeholder: the engine issue replaces this with real quote and signature detection.
  return { text, own: whole, greeting: null, signature: null, content: whole, quoted: null };
}
