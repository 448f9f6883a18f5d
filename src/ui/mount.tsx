// Entry point of the pane for every host: mountPane(container, host).
import { createRoot } from 'react-dom/client';
import { FluentProvider, IdPrefixProvider } from '@fluentui/react-components';
import type { MailHost } from '../core/host/mail-host';
import { loadFirstReport, type FirstReport } from './first-report';
import { PaneApp } from './pane-app';
import { paneTheme } from './pane-theme';

/**
 * How long the pane waits for its first report before it renders anyway (then it says it is
 * loading and reads again). Reading and checking take well under a second; a host that does
 * not answer must not leave the pane empty.
 */
export const FIRST_REPORT_WAIT_MS = 1500;

export interface MountOptions {
  pollMs?: number;
  /** See FIRST_REPORT_WAIT_MS. */
  firstReportWaitMs?: number;
}

/** Renders the pane into `container`; returns a function that unmounts it. */
export function mountPane(
  container: HTMLElement,
  host: MailHost,
  options: MountOptions = {},
): () => void {
  // A prefix keeps element ids (and Fluent's per-provider theme style tags) apart from any
  // other root on the page, such as the preview's compose window: Preact, which the browser
  // builds use in React's place, numbers ids per root from zero and ignores createRoot's
  // identifierPrefix, so Fluent's IdPrefixProvider sets it (every id comes from Fluent's useId).
  const root = createRoot(container);
  let rendered = false;
  // Called only from a promise callback or the timer, so `timer` below is always set by then.
  function render(first?: FirstReport) {
    if (rendered) return;
    rendered = true;
    clearTimeout(timer);
    root.render(
      <IdPrefixProvider value="vt-pane-">
        <FluentProvider theme={paneTheme}>
          <PaneApp host={host} pollMs={options.pollMs} first={first} />
        </FluentProvider>
      </IdPrefixProvider>,
    );
  }
  // A failure here is shown by the pane itself: it renders without a first report and its own
  // reads name what went wrong, with a Retry button.
  loadFirstReport(host).then(render, () => render());
  const timer = setTimeout(render, options.firstReportWaitMs ?? FIRST_REPORT_WAIT_MS);
  return () => {
    rendered = true;
    clearTimeout(timer);
    root.unmount();
  };
}
