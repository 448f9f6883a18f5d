import { forwardRef } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Verdict } from '../../core';
import { verdictKeys, type Translate } from '../i18n';

const intents = { ok: 'success', warn: 'warning', block: 'error' } as const;

/**
 * The overall verdict. It sits inside the pane's live region (see pane-app) and can take the
 * focus (tabIndex -1), so keyboard users land on the new verdict when a fix removes its button.
 */
export const VerdictBanner = forwardRef<HTMLDivElement, { verdict: Verdict; t: Translate }>(
  function VerdictBanner({ verdict, t }, ref) {
    const keys = verdictKeys[verdict];
    return (
      <div ref={ref} tabIndex={-1} data-testid="verdict" data-verdict={verdict}>
        <MessageBar intent={intents[verdict]} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(keys.title)}</MessageBarTitle>
            {t(keys.text)}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  },
);
