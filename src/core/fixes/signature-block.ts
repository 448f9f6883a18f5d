// The signature block the guidelines ask for: name, phone, Ente(s) and, when given, the hours
// in which the user can be reached. Missing values become bracketed placeholders to fill in.
import { message } from '../messages/catalogue';
import type { AvailabilitySlot, Locale, UserSettings } from '../types';

export function formatAvailability(
  slots: AvailabilitySlot[] | undefined,
  locale: Locale,
): string | null {
  const valid = (slots ?? []).filter((s) => s && (s.days || s.from || s.to));
  if (valid.length === 0) return null;
  const parts = valid.map((s) =>
    message(locale, 'common', 'availabilitySlot', {
      days: s.days ?? '',
      from: s.from ?? '',
      to: s.to ?? '',
    }).trim(),
  );
  return message(locale, 'common', 'availabilityLine', { slots: parts.join(', ') });
}

export function buildSignatureBlock(settings: UserSettings, locale: Locale): string {
  const lines = [message(locale, 'common', 'signatureClosing')];
  lines.push(settings.name?.trim() || message(locale, 'common', 'namePlaceholder'));
  for (const ente of settings.enti ?? []) if (ente.trim()) lines.push(ente.trim());
  lines.push(
    message(locale, 'common', 'phoneLine', {
      phone: settings.phone?.trim() || message(locale, 'common', 'phonePlaceholder'),
    }),
  );
  const availability = formatAvailability(settings.availability, locale);
  if (availability) lines.push(availability);
  return lines.join('\n');
}
