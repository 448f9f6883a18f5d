// The task pane: verdict, findings with fixes, tools, module and type, notices and settings.
// Host-independent: everything goes through MailHost. Calm at 320 px: the verdict and the first
// error with its fix come first, one primary button, suggestions folded, configuration notices
// last. Ordinary mail (no helpdesk recipient) gets a neutral state instead of a verdict.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Settings20Regular } from '@fluentui/react-icons';
import { isTicketMail, ticketRecipients } from '../core';
import type { FixEdit, Recipient, Report, TicketDraft, UserPreferences } from '../core';
import { StaleEditError, type HostError, type MailHost } from '../core/host/mail-host';
import { BuilderButtons } from './components/builder-buttons';
import { Breakable } from './components/breakable';
import { FindingsList, primaryFix } from './components/findings-list';
import { ModuleCard } from './components/module-card';
import { NotTicketState } from './components/not-ticket';
import {
  AdminErrorNotice,
  HostErrorNotice,
  IncompleteCheckNotice,
  PlaceholderNotice,
  SavedNotice,
} from './components/notices';
import { ScoreMeter } from './components/score-meter';
import { VerdictBanner } from './components/verdict-banner';
import type { FirstReport } from './first-report';
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
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
  status: { color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface PaneAppProps {
  host: MailHost;
  /** Poll interval in ms (0 disables polling; tests drive changes themselves). */
  pollMs?: number;
  /** The engine's checkTicket; replaceable so tests can show a given report. */
  checker?: Checker;
  /** Configuration, draft and report loaded before mounting: the first render shows them. */
  first?: FirstReport;
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

/** Who the mail goes to, as a key: "check anyway" holds for these recipients only. */
function recipientsKey(draft: TicketDraft): string {
  return ticketRecipients(draft)
    .map((r: Recipient) => r.address.trim().toLowerCase())
    .sort()
    .join(',');
}

export function PaneApp({ host, pollMs, checker, first }: PaneAppProps) {
  const styles = useStyles();
  const { config, error: configError, reload, save } = usePaneConfig(host, first);
  const check = useTicketCheck(host, config?.options ?? null, pollMs, checker, first);
  const [settingsOpen, setSettingsOpen] = useState<boolean | null>(null);
  const [applying, setApplying] = useState<string | null>(null);
  const [failed, setFailed] = useState<FailedAction | null>(null);
  const [saved, setSaved] = useState(false);
  // "Check as a ticket anyway", for the recipients it was asked for.
  const [checkAnywayFor, setCheckAnywayFor] = useState<string | null>(null);
  const t = translator(config?.locale ?? host.displayLocale() ?? 'it');
  const settingsButton = useRef<HTMLButtonElement>(null);
  const settingsWereOpen = useRef(false);
  const verdictRef = useRef<HTMLDivElement>(null);
  const focusAfterApply = useRef(false);
  // Opens by itself on first run and when stored settings could not be read (to repair them).
  const showSettings = config
    ? (settingsOpen ?? (config.prefs === null || config.problems.length > 0))
    : false;

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

  // "Impostazioni salvate" stays a few seconds, long enough to read, then makes room.
  useEffect(() => {
    if (!saved) return undefined;
    const timer = setTimeout(() => setSaved(false), 5000);
    return () => clearTimeout(timer);
  }, [saved]);

  const apply = useCallback(
    async (id: string, edits: FixEdit[]) => {
      setApplying(id);
      setFailed(null);
      setSaved(false);
      try {
        await host.applyEdits(edits);
        await check.refresh();
      } catch (err) {
        if (err instanceof StaleEditError) {
          // The user typed meanwhile: say so and check again, so the next proposal is current.
          setFailed({ error: err, retry: () => void check.refresh() });
          void check.refresh();
        } else {
          setFailed({ error: asHostError(err, 'applyEdits'), retry: () => void apply(id, edits) });
        }
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
      setSaved(true);
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
  // The same recipients the send check looks at (To, Cc and Bcc).
  const recipients = draft ? ticketRecipients(draft) : [];
  // Ordinary mail: it has recipients and none of them is the helpdesk. With no recipient yet the
  // user is most likely writing a ticket, so it is checked as one.
  const notTicket =
    !!draft &&
    !!directory &&
    recipients.length > 0 &&
    !isTicketMail(recipients, directory) &&
    checkAnywayFor !== recipientsKey(draft);

  const notices = (
    <>
      {config.admin.error && (
        <AdminErrorNotice
          error={config.admin.localizedError?.[config.locale] ?? config.admin.error}
          t={t}
        />
      )}
      {directory?.placeholder && !notTicket && <PlaceholderNotice t={t} />}
    </>
  );

  const module = report?.module ?? null;
  const ticketView = report && draft && !notTicket && (
    <>
      {recipients.length === 0 && (
        <span className={styles.hint} data-testid="no-recipients">
          <Breakable
            text={
              module
                ? t('noRecipients', { module: module.name, address: module.address })
                : t('noRecipientsNoModule')
            }
          />
        </span>
      )}
      <FindingsList
        findings={report.findings}
        t={t}
        applying={applying}
        primary={primaryFix(report.findings)}
        onFix={(fix) => void apply(fix.id, fix.edits)}
      />
      <BuilderButtons
        draft={draft}
        report={report}
        settings={config.effective.settings}
        t={t}
        applying={applying}
        onApply={(id, edits) => void apply(id, edits)}
      />
      <ModuleCard
        module={report.module}
        ticketType={report.ticketType}
        officialListUrl={directory?.officialListUrl ?? ''}
        t={t}
      />
      {(report.internalErrors.length > 0 || report.skippedRules.length > 0) && (
        <IncompleteCheckNotice details={incompleteDetails(report)} t={t} />
      )}
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
          onClick={() => {
            setSaved(false);
            setSettingsOpen(!showSettings);
          }}
        />
      </div>
      {saved && !showSettings && <SavedNotice text={t('settingsSaved')} />}
      {hostError && <HostErrorNotice error={hostError.error} onRetry={hostError.retry} t={t} />}
      {showSettings ? (
        <Suspense fallback={<Status text={t('loading')} />}>
          <SettingsPanel
            locale={config.locale}
            prefs={config.prefs}
            problems={config.problems}
            effective={{ ...config.effective.settings, mode: config.effective.mode }}
            locked={config.effective.locked}
            profile={host.profile()}
            firstRun={firstRun}
            focusOnOpen={settingsOpen === true}
            onSave={saveSettings}
            onCancel={() => setSettingsOpen(false)}
          />
        </Suspense>
      ) : (
        <>
          {/* One live region that exists before the first verdict and outlives every change,
              so screen readers announce the verdict each time it is replaced. */}
          <div aria-live="polite" aria-atomic="true">
            {report && notTicket ? (
              <NotTicketState
                module={module}
                t={t}
                onCheckAnyway={() => draft && setCheckAnywayFor(recipientsKey(draft))}
              />
            ) : report ? (
              <VerdictBanner ref={verdictRef} verdict={report.verdict} t={t} />
            ) : (
              !hostError && <span className={styles.status}>{t('checking')}</span>
            )}
          </div>
          {/* Outside the live region: a score that moves while typing is not worth announcing. */}
          {report && !notTicket && (
            <ScoreMeter score={report.score} verdict={report.verdict} t={t} />
          )}
          {ticketView}
          {/* Configuration notices come last: they matter, but less than the ticket itself. */}
          {notices}
        </>
      )}
    </main>
  );
}

/** What did not run, for the administrator: "rule personal-recipient: …", "not run in time: …". */
function incompleteDetails(report: Report): string {
  const failed = report.internalErrors.map(
    (e) => `${e.stage === 'rule' ? `rule ${e.rule ?? ''}` : e.stage}: ${e.message}`,
  );
  const skipped = report.skippedRules.length
    ? [`not run in time: ${report.skippedRules.join(', ')}`]
    : [];
  return [...failed, ...skipped].join('; ');
}
