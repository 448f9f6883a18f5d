/// <reference types="thunderbird-webext-browser" />
// The part of Thunderbird's `messenger` API the extension uses. Modules take it as a parameter
// (instead of reaching for the global) so unit tests can hand them a small fake.

type Compose = typeof messenger.compose;

export interface TbApi {
  compose: Pick<
    Compose,
    | 'getComposeDetails'
    | 'setComposeDetails'
    | 'listAttachments'
    | 'onAttachmentAdded'
    | 'onAttachmentRemoved'
    | 'onComposeStateChanged'
  >;
  messages: Pick<typeof messenger.messages, 'get'>;
  storage: {
    local: Pick<messenger.storage.StorageArea, 'get' | 'set'>;
    managed: Pick<messenger.storage.StorageArea, 'get'>;
  };
  i18n: Pick<typeof messenger.i18n, 'getUILanguage'>;
}

export type ComposeDetails = messenger.compose.ComposeDetails;
export type ComposeRecipientList = messenger.compose.ComposeRecipientList;
export type ComposeRecipient = messenger.compose.ComposeRecipient;
export type ComposeAttachment = messenger.compose.ComposeAttachment;
export type Tab = messenger.tabs.Tab;

/** The real API, for extension pages and the background script. */
export function realApi(): TbApi {
  return messenger as unknown as TbApi;
}
