// Entry point of the pane for every host: mountPane(container, host).
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { MailHost } from '../core/host/mail-host';
import { PaneApp } from './pane-app';

export interface MountOptions {
  pollMs?: number;
}

/** Renders the pane into `container`; returns a function that unmounts it. */
export function mountPane(
  container: HTMLElement,
  host: MailHost,
  options: MountOptions = {},
): () => void {
  // A prefix keeps React ids (and Fluent's per-provider theme style tags) apart from any
  // other React root on the page, such as the preview's compose window.
  const root = createRoot(container, { identifierPrefix: 'vt-pane-' });
  root.render(
    <FluentProvider theme={webLightTheme}>
      <PaneApp host={host} pollMs={options.pollMs} />
    </FluentProvider>,
  );
  return () => root.unmount();
}
