// Buttons for the engine's builders: signature block, ticket template (empty body only) and a
// proposed subject. Each goes through the host like any fix; nothing is written without a click.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { buildSignatureBlock, buildTicketTemplate, proposeSubject } from '../../core';
import type { FixEdit, Locale, Report, TicketDraft, UserSettings } from '../../core';
import { isBlankBody } from '../../hosts/shared/blank-body';
import type { Translate } from '../i18n';

const useStyles = makeStyles({
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  draft: TicketDraft;
  report: Report;
  settings: UserSettings;
  locale: Locale;
  t: Translate;
  applying: string | null;
  onApply: (id: string, edits: FixEdit[]) => void;
}

export function BuilderButtons({ draft, report, settings, t, applying, onApply }: Props) {
  const styles = useStyles();
  const bodyEmpty = isBlankBody(draft.bodyText, draft.bodyHtml);
  // While a change is applied the buttons stay focusable (aria-disabled): a natively disabled
  // button would drop the keyboard focus to the page.
  const busy = applying !== null;
  return (
    <div role="group" aria-labelledby="tools-label" className={styles.tools}>
      <span id="tools-label" className={styles.label}>
        {t('toolsTitle')}:
      </span>
      <Button
        size="small"
        disabledFocusable={busy}
        onClick={() =>
          onApply('insert-signature', [
            { kind: 'append-to-body', text: buildSignatureBlock(settings) },
          ])
        }
      >
        {t('insertSignature')}
      </Button>
      <Button
        size="small"
        disabled={!bodyEmpty}
        disabledFocusable={busy}
        title={bodyEmpty ? undefined : t('insertTemplateHint')}
        onClick={() =>
          onApply('insert-template', [
            { kind: 'set-body', text: buildTicketTemplate(settings, report.module) },
          ])
        }
      >
        {t('insertTemplate')}
      </Button>
      <Button
        size="small"
        disabledFocusable={busy}
        onClick={() =>
          onApply('propose-subject', [
            { kind: 'set-subject', subject: proposeSubject(draft, report.module) },
          ])
        }
      >
        {t('proposeSubject')}
      </Button>
    </div>
  );
}
