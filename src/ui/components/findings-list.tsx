// Findings grouped by severity: message, the part of the message concerned, and the fix button.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Finding, Fix, Severity } from '../../core';
import { fieldKeys, severityGroupKeys, type Translate } from '../i18n';

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalM} 0 0` },
  heading: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0 },
  item: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    marginBottom: tokens.spacingVerticalS,
    background: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  where: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fix: { alignSelf: 'flex-start' },
});

const icons = {
  error: <ErrorCircle16Filled primaryFill={tokens.colorPaletteRedForeground1} aria-hidden />,
  warning: <Warning16Filled primaryFill={tokens.colorPaletteDarkOrangeForeground1} aria-hidden />,
  info: <Info16Filled primaryFill={tokens.colorPaletteBlueForeground2} aria-hidden />,
};

const order: Severity[] = ['error', 'warning', 'info'];

function excerpt(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

interface Props {
  findings: Finding[];
  t: Translate;
  onFix: (fix: Fix) => void;
  /** Id of the fix being applied (its button is disabled meanwhile). */
  applying: string | null;
}

export function FindingsList({ findings, t, onFix, applying }: Props) {
  const styles = useStyles();
  return (
    <>
      {order.map((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} className={styles.group} aria-labelledby={headingId}>
            <h2 id={headingId} className={styles.heading}>
              {icons[severity]}
              {t(severityGroupKeys[severity])} ({group.length})
            </h2>
            <ul className={styles.list}>
              {group.map((f, i) => (
                <li
                  key={`${f.rule}-${i}`}
                  className={`${styles.item} ${styles[severity]}`}
                  data-rule={f.rule}
                >
                  <span>{f.message}</span>
                  {f.where && (
                    <span className={styles.where}>
                      {t(fieldKeys[f.where.field])}
                      {f.where.excerpt ? `: «${excerpt(f.where.excerpt)}»` : ''}
                    </span>
                  )}
                  {f.fix && (
                    <Button
                      className={styles.fix}
                      size="small"
                      appearance="primary"
                      disabledFocusable={applying !== null}
                      onClick={() => f.fix && onFix(f.fix)}
                    >
                      {applying === f.fix.id ? t('applying') : f.fix.label}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
