// Loads the admin file and the user's preferences, and derives the check options and language.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { resolveConfig } from '../core';
import type { CheckOptions, EffectiveConfig, Locale, UserPreferences } from '../core';
import { HostError, type AdminConfigResult, type MailHost } from '../hosts/shared/mail-host';
import { asHostError } from './host-error';

/** HostError operation of a failure to load the admin file or the user's preferences. */
export const SETTINGS_OPERATION = 'loadSettings';

export interface PaneConfig {
  admin: AdminConfigResult;
  /** null on first run (nothing saved yet). */
  prefs: UserPreferences | null;
  effective: EffectiveConfig;
  locale: Locale;
  options: CheckOptions;
}

export interface PaneConfigState {
  config: PaneConfig | null;
  error: HostError | null;
  reload: () => void;
  save: (prefs: UserPreferences) => Promise<void>;
}

export function usePaneConfig(host: MailHost): PaneConfigState {
  const [admin, setAdmin] = useState<AdminConfigResult | null>(null);
  const [prefs, setPrefs] = useState<UserPreferences | null | undefined>(undefined);
  const [error, setError] = useState<HostError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([host.loadAdminConfig(), host.loadPreferences()]).then(
      ([a, p]) => {
        if (!live) return;
        setAdmin(a);
        setPrefs(p);
        setError(null);
      },
      (err: unknown) => {
        // Named as a whole: the user should read "settings", not a storage call's name.
        if (live) setError(new HostError(SETTINGS_OPERATION, asHostError(err, '').message, err));
      },
    );
    return () => {
      live = false;
    };
  }, [host, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const save = useCallback(
    async (next: UserPreferences) => {
      await host.savePreferences(next);
      setPrefs(next);
    },
    [host],
  );

  const config = useMemo<PaneConfig | null>(() => {
    if (!admin || prefs === undefined) return null;
    const effective = resolveConfig(admin.config, prefs ?? {});
    const locale = effective.settings.language ?? host.displayLocale() ?? 'it';
    return {
      admin,
      prefs,
      effective,
      locale,
      options: { ...effective.options, locale },
    };
  }, [admin, prefs, host]);

  return { config, error, reload, save };
}
