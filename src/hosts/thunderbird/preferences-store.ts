// The user's own settings, kept in the extension's local storage (never leaves the machine).
import type { UserPreferences } from '../../core/config/admin-config';
import type { TbApi } from './tb-api';

const key = 'preferences';

/** The stored value as it is (the pane reads it through readPreferences, which names bad fields). */
export async function loadStoredPreferences(storage: TbApi['storage']): Promise<unknown> {
  const stored = (await storage.local.get(key)) as Record<string, unknown> | undefined;
  return stored?.[key] ?? null;
}

export async function loadPreferences(storage: TbApi['storage']): Promise<UserPreferences | null> {
  const value = await loadStoredPreferences(storage);
  return value && typeof value === 'object' ? (value as UserPreferences) : null;
}

export async function savePreferences(
  storage: TbApi['storage'],
  prefs: UserPreferences,
): Promise<void> {
  await storage.local.set({ [key]: prefs });
}
