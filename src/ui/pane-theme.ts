// The pane's Fluent UI theme: webLightTheme. The Outlook pane and the preview are built with
// pane-theme-trimmed.ts in its place, the same values for only the tokens their CSS reads
// (build/webpack/pane-theme.cjs); tests and the Thunderbird build use this whole theme.
export { webLightTheme as paneTheme } from '@fluentui/react-components';
