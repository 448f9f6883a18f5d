/// <reference types="thunderbird-webext-browser" />
// The compose-action popup (and the details window opened from the send dialog): the shared
// pane for one compose window. `?tabId=N` names the compose tab; without it, the active tab.
import { mountPane } from '../../ui/mount';
import { realApi } from './tb-api';
import { ThunderbirdHost } from './thunderbird-host';

async function composeTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await messenger.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function start() {
  const container = document.getElementById('app')!;
  const tabId = await composeTabId();
  if (tabId === undefined) {
    container.textContent =
      'Verifica ticket: nessuna finestra di scrittura. / No message is being composed.';
    return;
  }
  mountPane(container, await ThunderbirdHost.create(realApi(), tabId));
}

void start();
