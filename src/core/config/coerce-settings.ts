// Stored settings come from older versions, hand-edited files and admin tools: "enti" as one
// string, a phone stored as a number, availability as an object, an unknown language. The
// engine and the pane read them through this one coercion, so both see the same values.
import type { AvailabilitySlot, Locale, UserSettings } from '../types';

/** A string, a number written as text, or undefined for anything else. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function asLocale(value: unknown): Locale | undefined {
  return value === 'it' || value === 'en' ? value : undefined;
}

/** Keeps the settings values of the expected types; drops the rest. */
export function coerceSettings(value: unknown): UserSettings {
  if (!value || typeof value !== 'object') return {};
  const s = value as Record<string, unknown>;
  const enti = typeof s.enti === 'string' ? [s.enti] : Array.isArray(s.enti) ? s.enti : [];
  const slots = Array.isArray(s.availability)
    ? s.availability
    : s.availability && typeof s.availability === 'object'
      ? [s.availability]
      : [];
  const out: UserSettings = {
    enti: enti.map(asText).filter((e): e is string => e !== undefined),
    availability: slots
      .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
      .map((a): AvailabilitySlot => ({
        days: asText(a.days) ?? '',
        from: asText(a.from) ?? '',
        to: asText(a.to) ?? '',
      })),
  };
  const name = asText(s.name);
  const phone = asText(s.phone);
  const language = asLocale(s.language);
  if (name !== undefined) out.name = name;
  if (phone !== undefined) out.phone = phone;
  if (language) out.language = language;
  return out;
}
