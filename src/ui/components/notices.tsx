// Notices about the configuration and host failures; each is a MessageBar.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { HostError } from '../../core/host/mail-host';
import type { Translate } from '../i18n';
import { SETTINGS_OPERATION } from '../use-pane-config';

/** Clerk words first; what the administrator must do is folded away for whoever needs it. */
function AdminDetails({ t, children }: { t: Translate; children: string }) {
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>{t('adminDetails')}</summary>
      <span style={{ overflowWrap: 'anywhere' }}>{children}</span>
    </details>
  );
}

export function PlaceholderNotice({ t }: { t: Translate }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="placeholder-notice">
      <MessageBarBody>
        <MessageBarTitle>{t('placeholderTitle')}</MessageBarTitle> {t('placeholderNotice')}
        <AdminDetails t={t}>{t('placeholderAdmin')}</AdminDetails>
      </MessageBarBody>
    </MessageBar>
  );
}

export function AdminErrorNotice({ error, t }: { error: string; t: Translate }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="admin-error">
      <MessageBarBody>
        <MessageBarTitle>{t('adminErrorTitle')}</MessageBarTitle> {t('adminErrorNotice')}
        <AdminDetails t={t}>{error}</AdminDetails>
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * The engine could not run every check (a rule failed, or the time ran out): the report may be
 * missing findings. Said plainly; what failed is folded away for the administrator.
 */
export function IncompleteCheckNotice({ details, t }: { details: string; t: Translate }) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="incomplete-check">
      <MessageBarBody>
        <MessageBarTitle>{t('incompleteTitle')}</MessageBarTitle> {t('incompleteNotice')}
        <AdminDetails t={t}>{details}</AdminDetails>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A short confirmation that fades from relevance: "Impostazioni salvate". */
export function SavedNotice({ text }: { text: string }) {
  return (
    <MessageBar intent="success" layout="multiline" data-testid="saved-notice">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

const writeOperation = /set|apply|save|prepend|append/i;

/** A host failure: what failed, the reassurance that the text is untouched, and Retry. */
export function HostErrorNotice({
  error,
  onRetry,
  t,
}: {
  error: HostError;
  onRetry: () => void;
  t: Translate;
}) {
  if (error.operation === 'staleEdit') {
    // Not a failure: the user typed meanwhile. The pane checks again by itself; nothing to retry.
    return (
      <MessageBar intent="warning" layout="multiline" role="alert" data-testid="host-error">
        <MessageBarBody>{t('subjectChanged')}</MessageBarBody>
      </MessageBar>
    );
  }
  const text =
    error.operation === 'checkTicket'
      ? 'checkFailed'
      : error.operation === SETTINGS_OPERATION
        ? 'hostErrorSettings'
        : writeOperation.test(error.operation)
          ? 'hostErrorWrite'
          : 'hostErrorRead';
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="host-error">
      <MessageBarBody>
        <MessageBarTitle>{t('hostErrorTitle')}</MessageBarTitle>
        {t(text, { operation: error.operation })} {t('hostErrorOther', { message: error.message })}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
