// The user's preferences in Outlook's roaming settings: the task pane writes them, the pane and
// the on-send handler read them. No DOM: this also runs in the JavaScript-only runtime.
import type { UserPreferences } from '../../core/config/admin-config';

/** roamingSettings key of the user's preferences. */
export const PREFERENCES_KEY = 'preferences';

/**
 * The stored preferences, or null when nothing is stored. Older versions stored a JSON string;
 * a string that is not JSON throws (SyntaxError), so each caller decides how to fail.
 */
export function readRoamingPreferences(): UserPreferences | null {
  const value: unknown = Office.context.roamingSettings.get(PREFERENCES_KEY);
  if (typeof value === 'string') return JSON.parse(value) as UserPreferences;
  return value && typeof value === 'object' ? (value as UserPreferences) : null;
}

/** The stored value as it is (the pane reads it through readPreferences, which names bad fields). */
export function storedRoamingPreferences(): unknown {
  return Office.context.roamingSettings.get(PREFERENCES_KEY) ?? null;
}
