// Message catalogues: rule texts kept apart from rule logic, Italian first, English second.
import type { Locale, RuleId } from '../types';
import { it } from './it';
import { en } from './en';

/** Per-rule sections keyed by message id, plus `common` for engine-level texts. */
export type Catalogue = Record<RuleId, Record<string, string>> & {
  common: Record<string, string>;
};

const catalogues: Record<Locale, Catalogue> = { it, en };

/** Replaces `{name}` placeholders; unknown placeholders are left visible rather than dropped. */
export function interpolate(template: string, data?: Record<string, string | number>): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

/** Looks a message up, falling back to Italian and then to the key itself. */
export function message(
  locale: Locale,
  section: RuleId | 'common',
  id: string,
  data?: Record<string, string | number>,
): string {
  const text =
    catalogues[locale][section]?.[id] ?? catalogues.it[section]?.[id] ?? `${section}.${id}`;
  return interpolate(text, data);
}
