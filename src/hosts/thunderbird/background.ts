/// <reference types="thunderbird-webext-browser" />
// Background script: the send check. Listeners are registered at the top level so that the
// non-persistent background page is woken up by a send.
import { createDialogBroker } from './dialog-broker';
import { createSendGuard } from './send-guard';
import { realApi } from './tb-api';

const guard = createSendGuard(realApi(), createDialogBroker(messenger));

// Thunderbird accepts a Promise from this listener; the typings only describe the plain value.
messenger.compose.onBeforeSend.addListener(
  guard as unknown as Parameters<typeof messenger.compose.onBeforeSend.addListener>[0],
);
