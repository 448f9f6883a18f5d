// Admin configuration (the hosted ticket-directory.json in Outlook, storage.managed in
// Thunderbird) merged over the user's own settings. Admin values win; locked keys cannot be
// changed by the user.
import type { CheckOptions, Directory, Locale, RuleId, RuleLevel, UserSettings } from '../types';

export type SendMode = 'block' | 'warn-only';
export type LockableSetting = 'name' | 'phone' | 'enti' | 'availability' | 'language' | 'mode';

/** The admin file: a Directory plus optional policy. */
export interface AdminConfig extends Directory {
  rules?: Partial<Record<RuleId, RuleLevel>>;
  genericSubjects?: string[];
  mode?: SendMode;
  settings?: {
    enti?: string[];
    language?: Locale;
    locked?: LockableSetting[];
  };
}

/** The user's stored preferences: their settings plus their own choice of send mode. */
export interface UserPreferences extends UserSettings {
  mode?: SendMode;
}

export interface EffectiveConfig {
  options: CheckOptions;
  mode: SendMode;
  /** Settings keys the user may not edit (shown read-only in the pane). */
  locked: LockableSetting[];
  settings: UserSettings;
}

/** Merges admin policy over user preferences. Admin-provided values always win. */
export function resolveConfig(admin: AdminConfig, user: UserPreferences = {}): EffectiveConfig {
  const locked = admin.settings?.locked ?? [];
  const settings: UserSettings = { ...user };
  delete (settings as UserPreferences).mode;
  if (admin.settings?.enti && (locked.includes('enti') || !user.enti?.length)) {
    settings.enti = admin.settings.enti;
  }
  if (admin.settings?.language && (locked.includes('language') || !user.language)) {
    settings.language = admin.settings.language;
  }
  const mode: SendMode =
    locked.includes('mode') || !user.mode ? (admin.mode ?? user.mode ?? 'block') : user.mode;
  const directory: Directory = {
    version: admin.version,
    officialListUrl: admin.officialListUrl,
    vendorDomains: admin.vendorDomains,
    notificationSenders: admin.notificationSenders,
    modules: admin.modules,
    placeholder: admin.placeholder,
  };
  return {
    options: {
      settings,
      directory,
      severities: admin.rules,
      genericSubjects: admin.genericSubjects,
      locale: settings.language,
    },
    mode,
    locked,
    settings,
  };
}
