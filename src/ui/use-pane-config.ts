// Loads the admin file and the user's preferences, and derives the check options and language.
// Stored preferences are read through the engine's own coercion (readPreferences): what the
// engine tolerates the pane tolerates, and a field nobody can read is named, not a crash.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { resolveConfig } from '../core';
import type { CheckOptions, EffectiveConfig, Locale, UserPreferences } from '../core';
import { readPreferences, type SettingsProblem } from '../core/config/coerce-settings';
import { HostError, type AdminConfigResult, type MailHost } from '../core/host/mail-host';
import { asHostError } from './host-error';

/** HostError operation of a failure to load the admin file or the user's preferences. */
export const SETTINGS_OPERATION = 'loadSettings';

export interface PaneConfig {
  admin: AdminConfigResult;
  /** null on first run (nothing saved yet). */
  prefs: UserPreferences | null;
  /** Stored fields that could not be read (the settings panel opens and names them). */
  problems: SettingsProblem[];
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

/** The pane's configuration from the admin file and the preferences as stored. */
export function paneConfig(admin: AdminConfigResult, stored: unknown, host: MailHost): PaneConfig {
  const { prefs, problems } = readPreferences(stored);
  const effective = resolveConfig(admin.config, prefs ?? {});
  const locale = effective.settings.language ?? host.displayLocale() ?? 'it';
  return {
    admin,
    prefs,
    problems,
    effective,
    locale,
    options: { ...effective.options, locale },
  };
}

/** `first`: already loaded and derived (by loadFirstReport), so the first render needs no load. */
export function usePaneConfig(
  host: MailHost,
  first?: { admin: AdminConfigResult; stored: unknown; config: PaneConfig },
): PaneConfigState {
  const [admin, setAdmin] = useState<AdminConfigResult | null>(first?.admin ?? null);
  const [stored, setStored] = useState<unknown>(first ? first.stored : undefined);
  const [error, setError] = useState<HostError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const preloaded = useRef(first !== undefined);

  useEffect(() => {
    if (preloaded.current) {
      preloaded.current = false;
      return undefined;
    }
    let live = true;
    Promise.all([host.loadAdminConfig(), host.loadPreferences()]).then(
      ([a, p]) => {
        if (!live) return;
        setAdmin(a);
        setStored(p ?? null);
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
      setStored(next);
    },
    [host],
  );

  // The first report's configuration is reused while admin file and preferences are the ones it
  // was derived from; any reload or save derives a new one.
  const config = useMemo<PaneConfig | null>(() => {
    if (first && admin === first.admin && stored === first.stored) return first.config;
    return admin && stored !== undefined ? paneConfig(admin, stored, host) : null;
  }, [admin, stored, host, first]);

  return { config, error, reload, save };
}
