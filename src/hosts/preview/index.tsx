// Preview page: a simulated Outlook compose window beside the real task pane. This script runs
// first and installs the in-page Office.js subset; the unmodified task pane bundle runs next.
// URL options: ?lang=en (Outlook display language), ?firstRun=1 (no saved settings),
// ?fail=op1,op2 (simulate failing Office.js calls), ?empty=1 (start from an empty message),
// ?layout=pane (the pane alone, full width: open it in a 320 px window to see Outlook's pane).
import { createRoot } from 'react-dom/client';
import { FluentProvider, IdPrefixProvider, webLightTheme } from '@fluentui/react-components';
import { defaultDirectory } from '../../core/directory/load-directory';
import { PREFERENCES_KEY } from '../outlook/roaming-preferences';
import { ComposeForm } from './compose-form';
import { ComposeStore } from './compose-store';
import { badTicket, examplePreferences, goodTicket } from './examples';
import { createOfficeSim, notifyChange } from './office-sim';
import { clearRoaming, localRoaming, seedRoaming, storeMessage } from './store-message';

const params = new URLSearchParams(location.search);
const paneOnly = params.get('layout') === 'pane';
if (paneOnly) document.body.classList.add('pane-only');
const store = new ComposeStore(
  params.get('empty') ? { ...badTicket, to: '', subject: '', body: '' } : { ...badTicket },
);

if (params.get('firstRun')) clearRoaming(localStorage);
else seedRoaming(localStorage, { [PREFERENCES_KEY]: examplePreferences });

const handlers = new Map<string, () => void>();
const office = createOfficeSim(storeMessage(store), {
  displayLanguage: params.get('lang') ?? 'it-IT',
  profile: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.fano.example.it' },
  failing: new Set(params.get('fail')?.split(',').filter(Boolean)),
  roaming: localRoaming(localStorage),
  handlers,
});
// Outlook raises RecipientsChanged / AttachmentsChanged; the simulated compose window does too.
store.subscribe((kind) => notifyChange(handlers, kind));
(window as unknown as { Office: unknown }).Office = office;
// For tests and the console: the simulated message and the example messages.
(window as unknown as { previewStore: ComposeStore }).previewStore = store;
(window as unknown as { previewExamples: unknown }).previewExamples = { badTicket, goodTicket };

// The pane-only layout hides the compose form: it is not rendered at all, so the pane's first
// report does not wait for a form nobody sees.
const compose = paneOnly ? null : document.getElementById('compose');
if (compose) {
  // Ids apart from the pane's (see src/ui/mount.tsx).
  createRoot(compose).render(
    <IdPrefixProvider value="preview-">
      <FluentProvider theme={webLightTheme}>
        <ComposeForm
          store={store}
          notificationSender={defaultDirectory.notificationSenders?.[0] ?? 'noreply@ticket.example'}
        />
      </FluentProvider>
    </IdPrefixProvider>,
  );
}
