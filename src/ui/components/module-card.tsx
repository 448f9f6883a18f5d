// The suggested module with its ticket address and the reasons, plus the ticket type.
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ModuleSuggestion, TicketType } from '../../core';
import { ticketTypeKey, type Translate } from '../i18n';

const useStyles = makeStyles({
  card: {
    marginTop: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  address: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

interface Props {
  module: ModuleSuggestion | null;
  ticketType: TicketType | null;
  officialListUrl: string;
  t: Translate;
}

export function ModuleCard({ module, ticketType, officialListUrl, t }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-labelledby="module-heading" data-testid="module">
      <h3 id="module-heading" className={styles.heading}>
        {t('moduleTitle')}
      </h3>
      {module ? (
        <>
          <Text weight="semibold">{module.name}</Text>
          <Text>
            {t('moduleAddress')}: <span className={styles.address}>{module.address}</span>
          </Text>
          <Text size={200}>
            {t('moduleConfidence', { percent: Math.round(module.confidence * 100) })}
          </Text>
          {module.reasons.length > 0 && (
            <ul className={styles.reasons} aria-label={t('moduleReasons')}>
              {module.reasons.map((r) => (
                <li key={r}>
                  <Text size={200}>{r}</Text>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <Text>{t('moduleNone')}</Text>
      )}
      <h3 className={styles.heading}>{t('ticketTypeTitle')}</h3>
      <Text data-testid="ticket-type">{t(ticketTypeKey(ticketType))}</Text>
      <Link href={officialListUrl} target="_blank" rel="noopener noreferrer">
        {t('officialList')}
      </Link>
    </section>
  );
}
