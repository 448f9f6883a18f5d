// The signature block the guidelines ask for: name, phone, Ente(s) and, when given, the hours
// in which the user can be reached. Missing values become bracketed placeholders to fill in.
import type { AvailabilitySlot, UserSettings } from '../types';
import { inserted } from './inserted-text';

export function formatAvailability(slots: AvailabilitySlot[] | undefined): string | null {
  const valid = (slots ?? []).filter((s) => s && (s.days || s.from || s.to));
  if (valid.length === 0) return null;
  const parts = valid.map((s) =>
    inserted('availabilitySlot', { days: s.days ?? '', from: s.from ?? '', to: s.to ?? '' }).trim(),
  );
  return inserted('availabilityLine', { slots: parts.join(', ') });
}

export function buildSignatureBlock(settings: UserSettings): string {
  const lines: string[] = [inserted('signatureClosing')];
  lines.push(settings.name?.trim() || inserted('namePlaceholder'));
  for (const ente of settings.enti ?? []) if (ente.trim()) lines.push(ente.trim());
  lines.push(
    inserted('phoneLine', { phone: settings.phone?.trim() || inserted('phonePlaceholder') }),
  );
  const availability = formatAvailability(settings.availability);
  if (availability) lines.push(availability);
  return lines.join('\n');
}
