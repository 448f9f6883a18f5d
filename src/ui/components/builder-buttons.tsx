// Quiet tools beside the findings: the signature block, the ticket template and, when the
// subject needs one and no fix offers it, a proposed subject. Each goes through the host like any
// fix; nothing is written without a click. What they insert is Italian whatever the pane's
// language (the engine's builders write Italian only): the helpdesk reads Italian. A tool that would only duplicate text says why, in
// words on screen (a tooltip is not enough for touch or keyboard users).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { buildSignatureBlock, buildTicketTemplate, proposeSubject } from '../../core';
import type { Finding, FixEdit, Report, TicketDraft, UserSettings } from '../../core';
import { isBlankBody } from '../../core/text/blank-body';
import type { Translate } from '../i18n';

const useStyles = makeStyles({
  tools: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  label: { fontWeight: tokens.fontWeightSemibold },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Rules whose finding means the signature block would add something missing. */
const signatureRules = new Set(['signature-missing', 'phone-missing']);
const subjectRules = new Set(['subject-missing', 'subject-generic']);

/** Lines of the template that are headings to fill in ("Cosa è successo:"). */
function headings(template: string): string[] {
  return template
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.endsWith(':'));
}

/** The template is there when at least two of its headings start a line of the body. */
export function hasTemplate(bodyText: string, template: string): boolean {
  const lines = new Set(bodyText.split(/\r?\n/).map((l) => l.trim()));
  const found = headings(template).filter((h) =>
    [...lines].some((l) => l.startsWith(h.slice(0, -1))),
  );
  return found.length >= 2;
}

interface Props {
  draft: TicketDraft;
  report: Report;
  settings: UserSettings;
  t: Translate;
  applying: string | null;
  onApply: (id: string, edits: FixEdit[]) => void;
}

export function BuilderButtons({ draft, report, settings, t, applying, onApply }: Props) {
  const styles = useStyles();
  const has = (rules: Set<string>) => report.findings.some((f: Finding) => rules.has(f.rule));
  // The rules' own template fix, when offered, is the one behaviour of "Modello di ticket".
  const ruleTemplate = report.findings.find((f) => f.fix?.id === 'insert-template')?.fix;
  const template = buildTicketTemplate(settings, report.module);
  const templateThere = hasTemplate(draft.bodyText, template);
  const templateEdits: FixEdit[] = ruleTemplate?.edits ?? [
    // On a blank body the template is the body; otherwise it goes under the user's text and
    // above a quoted reply (both hosts place appended text there).
    isBlankBody(draft.bodyText, draft.bodyHtml)
      ? { kind: 'set-body', text: template }
      : { kind: 'append-to-body', text: template },
  ];
  const signatureNeeded = has(signatureRules);
  const subjectNeeded =
    has(subjectRules) && !report.findings.some((f) => subjectRules.has(f.rule) && f.fix);
  // Null when the text says too little to name the problem: then only the user can write it.
  const proposedSubject = subjectNeeded ? proposeSubject(draft, report.module) : null;
  // While a change is applied the buttons stay focusable (aria-disabled): a natively disabled
  // button would drop the keyboard focus to the page.
  const busy = applying !== null;
  return (
    <div role="group" aria-labelledby="tools-label" className={styles.tools} data-testid="tools">
      <span id="tools-label" className={styles.label}>
        {t('toolsTitle')}
      </span>
      <div className={styles.row}>
        <Button
          size="small"
          appearance="subtle"
          disabledFocusable={busy || !signatureNeeded}
          aria-describedby={signatureNeeded ? undefined : 'signature-reason'}
          onClick={() =>
            onApply('insert-signature', [
              { kind: 'append-to-body', text: buildSignatureBlock(settings) },
            ])
          }
        >
          {t('insertSignature')}
        </Button>
        {!signatureNeeded && (
          <span id="signature-reason" className={styles.reason}>
            {t('signaturePresent')}
          </span>
        )}
      </div>
      <div className={styles.row}>
        <Button
          size="small"
          appearance="subtle"
          disabledFocusable={busy || templateThere}
          aria-describedby={templateThere ? 'template-reason' : undefined}
          onClick={() => onApply('insert-template', templateEdits)}
        >
          {t('insertTemplate')}
        </Button>
        {templateThere && (
          <span id="template-reason" className={styles.reason}>
            {t('templatePresent')}
          </span>
        )}
      </div>
      {subjectNeeded && proposedSubject && (
        <div className={styles.row}>
          <Button
            size="small"
            appearance="subtle"
            disabledFocusable={busy}
            onClick={() =>
              onApply('propose-subject', [
                { kind: 'set-subject', subject: proposedSubject, basedOn: draft.subject },
              ])
            }
          >
            {t('proposeSubject')}
          </Button>
        </div>
      )}
    </div>
  );
}
