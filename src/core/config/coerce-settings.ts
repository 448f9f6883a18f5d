// Stored settings come from older versions, hand-edited files and admin tools: "enti" as one
// string, a phone stored as a number, availability as an object, an unknown language. The
// engine and the pane read them through this one coercion, so both see the same values.
import type { AvailabilitySlot, Locale, UserSettings } from '../types';
import type { UserPreferences } from './admin-config';

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

/** A stored settings field (the user's preferences: their settings and their send mode). */
export type SettingsField = keyof UserPreferences;

export interface SettingsProblem {
  /** The field whose stored value could not be read (it is ignored), or null for the whole. */
  field: SettingsField | null;
}

export interface ReadPreferences {
  /** What could be read, exactly as coerceSettings reads it; null when nothing is stored. */
  prefs: UserPreferences | null;
  /** Fields whose stored value could not be read; empty when everything was fine. */
  problems: SettingsProblem[];
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '';

/**
 * Reads stored preferences for the pane: the values through coerceSettings (the engine's own
 * reading) plus the send mode, and the fields it had to drop, so the pane can name them and open
 * its settings instead of failing. Older Outlook versions stored a JSON string: it is parsed.
 */
export function readPreferences(value: unknown): ReadPreferences {
  if (value === null || value === undefined) return { prefs: null, problems: [] };
  let stored = value;
  if (typeof stored === 'string') {
    try {
      stored = JSON.parse(stored);
    } catch {
      return { prefs: {}, problems: [{ field: null }] };
    }
  }
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) {
    return { prefs: {}, problems: [{ field: null }] };
  }
  const s = stored as Record<string, unknown>;
  const problems: SettingsProblem[] = [];
  const bad = (field: SettingsField) => problems.push({ field });
  if (present(s.name) && asText(s.name) === undefined) bad('name');
  if (present(s.phone) && asText(s.phone) === undefined) bad('phone');
  if (present(s.enti)) {
    const list = Array.isArray(s.enti) ? s.enti : typeof s.enti === 'string' ? [] : null;
    if (list === null || list.some((e) => e !== null && asText(e) === undefined)) bad('enti');
  }
  if (present(s.availability)) {
    const list = Array.isArray(s.availability) ? s.availability : [s.availability];
    const readable = (a: unknown) =>
      !!a &&
      typeof a === 'object' &&
      ['days', 'from', 'to'].some((k) => asText((a as Record<string, unknown>)[k]) !== undefined);
    if (list.some((a) => a !== null && !readable(a))) bad('availability');
  }
  if (present(s.language) && !asLocale(s.language)) bad('language');

  const { enti, availability, ...rest } = coerceSettings(s);
  const prefs: UserPreferences = { ...rest };
  if (present(s.enti) && enti?.length) prefs.enti = enti;
  // Only slots with something in them: an unreadable one is named, not shown empty.
  const slots = (availability ?? []).filter((a) => a.days || a.from || a.to);
  if (slots.length) prefs.availability = slots;
  if (s.mode === 'block' || s.mode === 'warn-only') prefs.mode = s.mode;
  else if (present(s.mode)) bad('mode');
  return { prefs, problems };
}
