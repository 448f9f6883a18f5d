// Notices about the configuration and host failures; each is a MessageBar.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { HostError } from '../../hosts/shared/mail-host';
import type { Translate } from '../i18n';
import { SETTINGS_OPERATION } from '../use-pane-config';

export function PlaceholderNotice({ t }: { t: Translate }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="placeholder-notice">
      <MessageBarBody>
        <MessageBarTitle>{t('placeholderTitle')}</MessageBarTitle>
        {t('placeholderNotice')}
      </MessageBarBody>
    </MessageBar>
  );
}

export function AdminErrorNotice({ error, t }: { error: string; t: Translate }) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid="admin-error">
      <MessageBarBody>
        <MessageBarTitle>{t('adminErrorTitle')}</MessageBarTitle>
        {t('adminErrorNotice', { error })}
      </MessageBarBody>
    </MessageBar>
  );
}

export function InfoNotice({ text }: { text: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
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
