import { configure, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PaneApp, type PaneAppProps } from '../../../src/ui/pane-app';

// The first check of a test file compiles the engine's patterns: on a busy 2-core machine the
// default 1 s wait for the first report is too tight.
configure({ asyncUtilTimeout: 5000 });

/**
 * jsdom's built-in style sheet lacks <wbr> (browsers render it inline), so accessible names
 * would get spaces where the pane lets an address wrap ("tributi@ ticket"). Added once.
 */
export function inlineWbr(): void {
  if (document.getElementById('jsdom-wbr')) return;
  const style = document.createElement('style');
  style.id = 'jsdom-wbr';
  style.textContent = 'wbr { display: inline; }';
  document.head.append(style);
}

/** Renders the pane as mountPane does, with polling off unless a test asks for it. */
export function renderPane(props: PaneAppProps) {
  inlineWbr();
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneApp pollMs={0} {...props} />
    </FluentProvider>,
  );
}
