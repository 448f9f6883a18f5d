// Outlook task pane entry: waits for Office.js, then mounts the shared pane over Office.js.
// The preview page runs this same file over its in-page Office.js subset.
import { mountPane } from '../../../ui/mount';
import { outlookHost } from '../outlook-host';

function container(): HTMLElement {
  const el = document.getElementById('root');
  if (!el) throw new Error('taskpane.html has no #root element');
  return el;
}

void Office.onReady(() => {
  mountPane(container(), outlookHost());
});
