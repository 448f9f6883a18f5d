// The one way a message gets its values: "{name}" placeholders. Used by the engine, the pane,
// the CLI and the Thunderbird texts. An unknown placeholder stays visible rather than dropped, so
// a missing value shows in review instead of silently producing a wrong sentence.

import { allMatches } from '../text/matches';

const placeholder = /\{(\w+)\}/g;

export type MessageData = Readonly<Record<string, string | number>>;

export function interpolate(template: string, data?: MessageData): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** The `{placeholders}` a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set(allMatches(placeholder, template).map((m) => m[1]!))];
}
