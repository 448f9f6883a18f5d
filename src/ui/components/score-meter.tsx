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
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** Quality meter, one small line under the verdict; a plain label keeps the bundle smaller. */
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
        <span>{value}</span>
      </div>
      <ProgressBar
        value={score / 100}
        max={1}
        color={colors[verdict]}
        thickness="medium"
        aria-labelledby={labelId}
        aria-valuetext={value}
      />
    </div>
  );
}
