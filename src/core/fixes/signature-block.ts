// The signature block the guidelines ask for: name, phone, Ente(s) and, when given, the hours
// in which the user can be reached. Missing values become bracketed placeholders to fill in.
import type { AvailabilitySlot, UserSettings } from '../types';
import { isValidPhoneSetting } from '../phone/phone-setting';
import { inserted } from './inserted-text';

export function formatAvailability(slots: AvailabilitySlot[] | undefined): string | null {
  const valid = (slots ?? []).filter((s) => s && (s.days || s.from || s.to));
  if (valid.length === 0) return null;
  const parts = valid.map((s) =>
    inserted('availabilitySlot', { days: s.days ?? '', from: s.from ?? '', to: s.to ?? '' }).trim(),
  );
  return inserted('availabilityLine', { slots: parts.join(', ') });
}

/** What the mail already has, so the block does not add it a second time. */
export interface SignatureParts {
  phone?: boolean;
  availability?: boolean;
  /** The Enti already named in the user's text (as written in the settings). */
  enti?: readonly string[];
}

/**
 * Name, Enti, phone and availability from the settings, without what `have` says the mail holds
 * already. A phone that the settings hold but the engine cannot read as a number is left out: it
 * would not make a reachable ticket (a placeholder asks for one instead).
 */
export function buildSignatureBlock(settings: UserSettings, have: SignatureParts = {}): string {
  const lines: string[] = [inserted('signatureClosing')];
  lines.push(settings.name?.trim() || inserted('namePlaceholder'));
  for (const ente of settings.enti ?? []) {
    if (ente.trim() && !have.enti?.includes(ente)) lines.push(ente.trim());
  }
  if (!have.phone) {
    const phone = settings.phone?.trim();
    const usable = phone && isValidPhoneSetting(phone) ? phone : inserted('phonePlaceholder');
    lines.push(inserted('phoneLine', { phone: usable }));
  }
  const availability = have.availability ? null : formatAvailability(settings.availability);
  if (availability) lines.push(availability);
  return lines.join('\n');
}
