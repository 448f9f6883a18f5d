// webLightTheme's values for the tokens the built pane reads, in place of pane-theme.ts in the
// Outlook pane and the preview: see build/webpack/pane-theme.cjs, which checks the list at every
// build and regenerates it (`node build/webpack/pane-theme.cjs`).
import type { PartialTheme } from '@fluentui/react-components';
import tokens from './generated/pane-theme-tokens.json';

export const paneTheme: PartialTheme = tokens;
