import { makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import type { Verdict } from '../../core';
import type { Translate } from '../i18n';

const useStyles = makeStyles({
  meter: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: {
    display: 'flex',
    justifyContent: 'space-between',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  // The native element: its role, value and label come with it, and it costs no bundle.
  bar: {
    width: '100%',
    height: '4px',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
  },
  ok: { accentColor: tokens.colorPaletteGreenForeground1 },
  warn: { accentColor: tokens.colorPaletteDarkOrangeForeground1 },
  block: { accentColor: tokens.colorPaletteRedForeground1 },
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
  const labelId = useId('score-');
  const value = t('scoreValue', { score });
  return (
    <div className={styles.meter} data-testid="score">
      <div className={styles.label}>
        <span id={labelId}>{t('score')}</span>
        <span>{value}</span>
      </div>
      <progress
        className={mergeClasses(styles.bar, styles[verdict])}
        value={score}
        max={100}
        aria-labelledby={labelId}
        aria-valuetext={value}
      />
    </div>
  );
}
