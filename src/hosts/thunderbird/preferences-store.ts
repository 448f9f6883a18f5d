// The user's own settings, kept in the extension's local storage (never leaves the machine).
import type { UserPreferences } from '../../core/config/admin-config';
import type { TbApi } from './tb-api';

const key = 'preferences';

export async function loadPreferences(storage: TbApi['storage']): Promise<UserPreferences | null> {
  const stored = (await storage.local.get(key)) as Record<string, unknown>;
  const value = stored?.[key];
  return value && typeof value === 'object' ? (value as UserPreferences) : null;
}

export async function savePreferences(
  storage: TbApi['storage'],
  prefs: UserPreferences,
): Promise<void> {
  await storage.local.set({ [key]: prefs });
}
