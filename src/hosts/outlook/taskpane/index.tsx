// Outlook task pane entry: waits for Office.js, then mounts the shared pane over Office.js.
// The preview page runs this same file over its in-page Office.js subset. When Office.js is
// missing, slow, or reports no Outlook (the page opened in a browser), the page says what to do
// instead of staying white.
import { mountPane } from '../../../ui/mount';
import { loadAdminFile, outlookHost } from '../outlook-host';
import { showFallback } from './fallback';

/** After this long without Office.onReady, the user is told Outlook is still starting. */
const SLOW_MS = 4000;

function container(): HTMLElement {
  const el = document.getElementById('root');
  if (!el) throw new Error('taskpane.html has no #root element');
  return el;
}

function start(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== 'function') {
    showFallback(container(), 'missing');
    return;
  }
  // The admin file does not depend on Office.js: fetch it while Office.js starts, so the first
  // check does not wait for one more round trip after the pane mounts.
  const adminConfig = loadAdminFile(location.href);
  const slow = setTimeout(() => showFallback(container(), 'slow'), SLOW_MS);
  void office.onReady((info) => {
    clearTimeout(slow);
    // HostType.Outlook is the string "Outlook"; null outside any Office client.
    const outlook = office.HostType?.Outlook ?? 'Outlook';
    if (info?.host !== outlook || !office.context?.mailbox) {
      showFallback(container(), 'outside');
      return;
    }
    container().replaceChildren();
    mountPane(container(), outlookHost({ adminConfig }));
  });
}

start();
