import { Field, ProgressBar } from '@fluentui/react-components';
import type { Verdict } from '../../core';
import type { Translate } from '../i18n';

const colors = { ok: 'success', warn: 'warning', block: 'error' } as const;

export function ScoreMeter({
  score,
  verdict,
  t,
}: {
  score: number;
  verdict: Verdict;
  t: Translate;
}) {
  return (
    <Field label={t('score')} hint={t('scoreValue', { score })}>
      <ProgressBar value={score / 100} max={1} color={colors[verdict]} thickness="large" />
    </Field>
  );
}
