// The suggested module with its ticket address and the reasons, plus the ticket type.
import { makeStyles, tokens } from '@fluentui/react-components';
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
  name: { fontWeight: tokens.fontWeightSemibold },
  small: { fontSize: tokens.fontSizeBase200 },
  link: {
    color: tokens.colorBrandForegroundLink,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
  },
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
      <h2 id="module-heading" className={styles.heading}>
        {t('moduleTitle')}
      </h2>
      {module ? (
        <>
          <span className={styles.name}>{module.name}</span>
          <span>
            {t('moduleAddress')}: <span className={styles.address}>{module.address}</span>
          </span>
          <span className={styles.small}>
            {t('moduleConfidence', { percent: Math.round(module.confidence * 100) })}
          </span>
          {module.reasons.length > 0 && (
            <ul className={styles.reasons} aria-label={t('moduleReasons')}>
              {module.reasons.map((r) => (
                <li key={r}>
                  <span className={styles.small}>{r}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <span>{t('moduleNone')}</span>
      )}
      <h2 className={styles.heading}>{t('ticketTypeTitle')}</h2>
      <span data-testid="ticket-type">{t(ticketTypeKey(ticketType))}</span>
      <a className={styles.link} href={officialListUrl} target="_blank" rel="noopener noreferrer">
        {t('officialList')}
      </a>
    </section>
  );
}
