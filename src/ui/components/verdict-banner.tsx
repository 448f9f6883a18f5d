import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Verdict } from '../../core';
import { verdictKeys, type Translate } from '../i18n';

const intents = { ok: 'success', warn: 'warning', block: 'error' } as const;

/** The overall verdict; announced politely to screen readers when it changes. */
export function VerdictBanner({ verdict, t }: { verdict: Verdict; t: Translate }) {
  const keys = verdictKeys[verdict];
  return (
    <div aria-live="polite" aria-atomic="true" data-testid="verdict" data-verdict={verdict}>
      <MessageBar intent={intents[verdict]} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(keys.title)}</MessageBarTitle>
          {t(keys.text)}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
