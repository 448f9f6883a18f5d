// Names shared by the manifest, the on-send bundle and `npm run validate` (which checks that
// manifest.xml uses exactly these values).

/** LaunchEvent FunctionName in manifest.xml; registered with Office.actions.associate. */
export const ON_SEND_FUNCTION_NAME = 'onMessageSendHandler';

/** Id of the task pane button (Control id) in manifest.xml; Smart Alerts opens it on "Correggi". */
export const PANE_COMMAND_ID = 'verificaTicketOpenPane';

/** Longest wait for the admin's ticket-directory.json before the mail goes unchecked. */
export const DIRECTORY_TIMEOUT_MS = 1500;

/** Smart Alerts "Don't send" button text, by language; Outlook allows at most 20 characters. */
export const CANCEL_LABELS = { it: 'Correggi', en: 'Fix' } as const;
