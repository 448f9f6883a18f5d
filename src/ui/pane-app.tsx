// The task pane: verdict, score, findings with fixes, module and type, notices and settings.
// Host-independent: everything goes through MailHost.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Settings20Regular } from '@fluentui/react-icons';
import { isTicketMail } from '../core';
import type { FixEdit, UserPreferences } from '../core';
import type { HostError, MailHost } from '../hosts/shared/mail-host';
import { BuilderButtons } from './components/builder-buttons';
import { FindingsList } from './components/findings-list';
import { ModuleCard } from './components/module-card';
import {
  AdminErrorNotice,
  HostErrorNotice,
  InfoNotice,
  PlaceholderNotice,
} from './components/notices';
import { ScoreMeter } from './components/score-meter';
import { VerdictBanner } from './components/verdict-banner';
import { asHostError } from './host-error';
import { translator } from './i18n';
import { usePaneConfig } from './use-pane-config';
import { useTicketCheck, type Checker } from './use-ticket-check';

const SettingsPanel = lazy(() => import('./settings/settings-panel'));

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  status: { color: tokens.colorNeutralForeground2 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface PaneAppProps {
  host: MailHost;
  /** Poll interval in ms (0 disables polling; tests drive changes themselves). */
  pollMs?: number;
  /** The engine's checkTicket; replaceable so tests can show a given report. */
  checker?: Checker;
}

interface FailedAction {
  error: HostError;
  retry: () => void;
}

/** A quiet progress line (a spinner would cost bundle size for a sub-second wait). */
function Status({ text }: { text: string }) {
  const styles = useStyles();
  return (
    <div role="status" className={styles.status}>
      {text}
    </div>
  );
}

export function PaneApp({ host, pollMs, checker }: PaneAppProps) {
  const styles = useStyles();
  const { config, error: configError, reload, save } = usePaneConfig(host);
  const check = useTicketCheck(host, config?.options ?? null, pollMs, checker);
  const [settingsOpen, setSettingsOpen] = useState<boolean | null>(null);
  const [applying, setApplying] = useState<string | null>(null);
  const [failed, setFailed] = useState<FailedAction | null>(null);
  const t = translator(config?.locale ?? host.displayLocale() ?? 'it');
  const settingsButton = useRef<HTMLButtonElement>(null);
  const settingsWereOpen = useRef(false);
  const verdictRef = useRef<HTMLDivElement>(null);
  const focusAfterApply = useRef(false);
  const showSettings = config ? (settingsOpen ?? config.prefs === null) : false;

  // Keyboard users land back on the settings button when the panel closes.
  useEffect(() => {
    if (settingsWereOpen.current && !showSettings) settingsButton.current?.focus();
    settingsWereOpen.current = showSettings;
  }, [showSettings]);

  // A fix that worked usually removes its own button, and the focus with it: keyboard users
  // land on the new verdict instead of the top of the page.
  useEffect(() => {
    if (!focusAfterApply.current || applying !== null) return;
    focusAfterApply.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) verdictRef.current?.focus();
  });

  const apply = useCallback(
    async (id: string, edits: FixEdit[]) => {
      setApplying(id);
      setFailed(null);
      try {
        await host.applyEdits(edits);
        await check.refresh();
      } catch (err) {
        setFailed({ error: asHostError(err, 'applyEdits'), retry: () => void apply(id, edits) });
      } finally {
        focusAfterApply.current = true;
        setApplying(null);
      }
    },
    [host, check],
  );

  const saveSettings = useCallback(
    async (prefs: UserPreferences) => {
      await save(prefs);
      setSettingsOpen(false);
    },
    [save],
  );

  if (configError) {
    return (
      <main className={styles.pane} aria-label={t('appTitle')}>
        <HostErrorNotice error={configError} onRetry={reload} t={t} />
      </main>
    );
  }
  if (!config) {
    return (
      <main className={styles.pane} aria-label={t('appTitle')}>
        <Status text={t('loading')} />
      </main>
    );
  }

  const firstRun = config.prefs === null;
  const directory = config.options.directory;
  const { report, draft } = check;
  const hostError =
    failed ?? (check.error ? { error: check.error, retry: () => void check.refresh() } : null);

  // Configuration notices follow the verdict: they matter, but less than the ticket itself.
  const notices = (
    <>
      {config.admin.error && <AdminErrorNotice error={config.admin.error} t={t} />}
      {directory?.placeholder && <PlaceholderNotice t={t} />}
    </>
  );

  return (
    <main className={styles.pane} aria-label={t('appTitle')}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t('appTitle')}</h1>
        <Button
          ref={settingsButton}
          appearance="subtle"
          icon={<Settings20Regular />}
          aria-label={t('settings')}
          title={t('settings')}
          aria-expanded={showSettings}
          onClick={() => setSettingsOpen(!showSettings)}
        />
      </div>
      {hostError && <HostErrorNotice error={hostError.error} onRetry={hostError.retry} t={t} />}
      {showSettings ? (
        <Suspense fallback={<Status text={t('loading')} />}>
          <SettingsPanel
            t={t}
            prefs={config.prefs}
            effective={{ ...config.effective.settings, mode: config.effective.mode }}
            locked={config.effective.locked}
            profile={host.profile()}
            firstRun={firstRun}
            onSave={saveSettings}
            onCancel={() => setSettingsOpen(false)}
          />
        </Suspense>
      ) : (
        <>
          {/* One live region that exists before the first verdict and outlives every change,
              so screen readers announce the verdict each time it is replaced. */}
          <div aria-live="polite" aria-atomic="true">
            {report ? (
              <VerdictBanner ref={verdictRef} verdict={report.verdict} t={t} />
            ) : (
              !hostError && <span className={styles.status}>{t('checking')}</span>
            )}
          </div>
          {report ? (
            <>
              <ScoreMeter score={report.score} verdict={report.verdict} t={t} />
              {notices}
              {draft && directory && !isTicketMail([...draft.to, ...draft.cc], directory) && (
                <InfoNotice text={t('notTicketMail')} />
              )}
              {draft && (
                <BuilderButtons
                  draft={draft}
                  report={report}
                  settings={config.effective.settings}
                  locale={config.locale}
                  t={t}
                  applying={applying}
                  onApply={(id, edits) => void apply(id, edits)}
                />
              )}
              <FindingsList
                findings={report.findings}
                t={t}
                applying={applying}
                onFix={(fix) => void apply(fix.id, fix.edits)}
              />
              <ModuleCard
                module={report.module}
                ticketType={report.ticketType}
                officialListUrl={directory?.officialListUrl ?? ''}
                t={t}
              />
            </>
          ) : (
            notices
          )}
        </>
      )}
    </main>
  );
}
