// The suggested module with its ticket address, plus the ticket type. The reasons are folded
// away: a clerk needs the address, not the evidence (it is there for whoever wonders why).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ModuleSuggestion, TicketType } from '../../core';
import { ticketTypeKey, type Translate } from '../i18n';
import { Breakable } from './breakable';

const useStyles = makeStyles({
  card: {
    marginTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  address: { fontWeight: tokens.fontWeightSemibold },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer', fontSize: tokens.fontSizeBase200 },
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
  // The same reason twice (two forms of one word) says nothing more.
  const reasons = module ? [...new Set(module.reasons)] : [];
  return (
    <section className={styles.card} aria-labelledby="module-heading" data-testid="module">
      <h2 id="module-heading" className={styles.heading}>
        {t('moduleTitle')}
      </h2>
      {module ? (
        <>
          <span>
            {module.name}
            {' – '}
            <span className={styles.address} data-testid="module-address">
              <Breakable text={module.address} />
            </span>
          </span>
          {reasons.length > 0 && (
            <details>
              <summary className={styles.summary}>{t('moduleReasons')}</summary>
              <ul className={styles.reasons}>
                {reasons.map((r) => (
                  <li key={r} className={styles.small}>
                    {r}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : (
        <span>{t('moduleNone')}</span>
      )}
      <span>
        {t('ticketTypeTitle')}:{' '}
        <span data-testid="ticket-type">{t(ticketTypeKey(ticketType))}</span>
      </span>
      <a className={styles.link} href={officialListUrl} target="_blank" rel="noopener noreferrer">
        {t('officialList')}
      </a>
    </section>
  );
}
