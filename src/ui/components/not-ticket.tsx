// The neutral state for ordinary mail: no helpdesk address among the recipients, so no verdict,
// no score and no error list, only a quiet hint with the module address and a way to check the
// message as a ticket anyway.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ModuleSuggestion } from '../../core';
import type { Translate } from '../i18n';
import { Breakable } from './breakable';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    outlineOffset: '2px',
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  action: { alignSelf: 'flex-start' },
});

interface Props {
  module: ModuleSuggestion | null;
  t: Translate;
  onCheckAnyway: () => void;
}

export function NotTicketState({ module, t, onCheckAnyway }: Props) {
  const styles = useStyles();
  const hint = module
    ? t('notTicketHint', { module: module.name, address: module.address })
    : t('notTicketHintNoModule');
  return (
    <div className={styles.box} data-testid="not-ticket" tabIndex={-1}>
      <span className={styles.title}>{t('notTicketTitle')}</span>
      <span>{t('notTicketText')}</span>
      <span className={styles.hint}>
        <Breakable text={hint} />
      </span>
      <Button className={styles.action} appearance="outline" onClick={onCheckAnyway}>
        {t('checkAnyway')}
      </Button>
    </div>
  );
}
