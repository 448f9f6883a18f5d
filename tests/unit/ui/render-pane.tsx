import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PaneApp, type PaneAppProps } from '../../../src/ui/pane-app';

/** Renders the pane as mountPane does, with polling off unless a test asks for it. */
export function renderPane(props: PaneAppProps) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneApp pollMs={0} {...props} />
    </FluentProvider>,
  );
}
