import { useId } from 'react';
import { makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { Verdict } from '../../core';
import type { Translate } from '../i18n';

const colors = { ok: 'success', warn: 'warning', block: 'error' } as const;

const useStyles = makeStyles({
  meter: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: {
    display: 'flex',
    justifyContent: 'space-between',
    fontWeight: tokens.fontWeightSemibold,
  },
  value: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
});

/** Quality meter; a plain label instead of Fluent's Field keeps the initial bundle smaller. */
export function ScoreMeter({
  score,
  verdict,
  t,
}: {
  score: number;
  verdict: Verdict;
  t: Translate;
}) {
  const styles = useStyles();
  const labelId = useId();
  const value = t('scoreValue', { score });
  return (
    <div className={styles.meter} data-testid="score">
      <div className={styles.label}>
        <span id={labelId}>{t('score')}</span>
        <span className={styles.value}>{value}</span>
      </div>
      <ProgressBar
        value={score / 100}
        max={1}
        color={colors[verdict]}
        thickness="large"
        aria-labelledby={labelId}
        aria-valuetext={value}
      />
    </div>
  );
}
