// Findings grouped by severity: message, the part of the message concerned, and the fix button.
// Calm by design: one primary button in the whole pane (the most useful fix, chosen by the
// pane), the other fixes outlined, and suggestions folded away until the user opens them.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Finding, Fix, Severity } from '../../core';
import { fieldKeys, severityGroupKeys, type Translate } from '../i18n';
import { Breakable } from './breakable';

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0 0` },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  summary: {
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    marginBottom: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  where: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fix: { alignSelf: 'flex-start', maxWidth: '100%', textAlign: 'start' },
});

const icons = {
  error: <ErrorCircle16Filled primaryFill={tokens.colorPaletteRedForeground1} aria-hidden />,
  warning: <Warning16Filled primaryFill={tokens.colorPaletteDarkOrangeForeground1} aria-hidden />,
  info: <Info16Filled primaryFill={tokens.colorPaletteBlueForeground2} aria-hidden />,
};

function excerpt(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

interface Props {
  findings: Finding[];
  t: Translate;
  onFix: (fix: Fix) => void;
  /** Id of the fix being applied (every fix button waits meanwhile). */
  applying: string | null;
  /** The one fix shown as the primary button. */
  primary: Fix | null;
}

export function FindingsList({ findings, t, onFix, applying, primary }: Props) {
  const styles = useStyles();

  const list = (severity: Severity, group: Finding[]) => (
    <ul className={styles.list}>
      {group.map((f, i) => (
        <li
          key={`${f.rule}-${i}`}
          className={`${styles.item} ${styles[severity]}`}
          data-rule={f.rule}
        >
          <span>
            <Breakable text={f.message} />
          </span>
          {f.where && (
            <span className={styles.where}>
              {t(fieldKeys[f.where.field])}
              {f.where.excerpt ? ': ' : ''}
              {f.where.excerpt && (
                <Breakable text={t('quoted', { text: excerpt(f.where.excerpt) })} />
              )}
            </span>
          )}
          {f.fix && (
            <Button
              className={styles.fix}
              size="small"
              appearance={f.fix === primary ? 'primary' : 'outline'}
              disabledFocusable={applying !== null}
              onClick={() => f.fix && onFix(f.fix)}
            >
              {applying === f.fix.id ? t('applying') : <Breakable text={f.fix.label} />}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );

  const section = (severity: Severity) => {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) return null;
    const title = `${t(severityGroupKeys[severity])} (${group.length})`;
    if (severity === 'info') {
      // Suggestions never stop a ticket: folded, so errors and warnings stay on the first screen.
      return (
        <details key={severity} className={styles.group} data-testid="suggestions">
          <summary className={styles.summary}>
            {icons.info} {title}
          </summary>
          {list(severity, group)}
        </details>
      );
    }
    const headingId = `findings-${severity}`;
    return (
      <section key={severity} className={styles.group} aria-labelledby={headingId}>
        <h2 id={headingId} className={styles.heading}>
          {icons[severity]}
          {title}
        </h2>
        {list(severity, group)}
      </section>
    );
  };

  return <>{(['error', 'warning', 'info'] as const).map(section)}</>;
}

/** The most useful fix: the first one offered, errors before warnings before suggestions. */
export function primaryFix(findings: Finding[]): Fix | null {
  for (const severity of ['error', 'warning', 'info'] as const) {
    const found = findings.find((f) => f.severity === severity && f.fix);
    if (found?.fix) return found.fix;
  }
  return null;
}
