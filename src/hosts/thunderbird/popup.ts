/// <reference types="thunderbird-webext-browser" />
// The compose-action popup: the report and fixes for the compose window it was opened from.
import { mountBasicPane } from './basic-pane';
import { realApi } from './tb-api';
import { ThunderbirdHost } from './thunderbird-host';

async function start() {
  const container = document.getElementById('app')!;
  const [tab] = await messenger.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) {
    container.textContent = 'Verifica ticket: nessuna finestra di scrittura / no compose window.';
    return;
  }
  const host = await ThunderbirdHost.create(realApi(), tab.id);
  mountBasicPane(container, host);
}

void start();
