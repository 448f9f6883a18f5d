// A module's texts in both UI languages, Italian first. The English set must have exactly the
// Italian keys (checked by the compiler), and a text is looked up by a typed key, so a wrong id
// does not compile instead of showing "rule.someKey" to a clerk.
import type { Locale } from '../types';
import { interpolate, type MessageData } from './interpolate';

export type MessageSet = Readonly<Record<string, string>>;

/** Italian texts and their English counterparts with the same keys. */
export interface Bilingual<M extends MessageSet> {
  readonly it: M;
  readonly en: { readonly [K in keyof M]: string };
}

export type Translate<K extends string> = (locale: Locale, id: K, data?: MessageData) => string;

export function defineMessages<M extends MessageSet>(
  messages: Bilingual<M>,
): Translate<keyof M & string> & { readonly messages: Bilingual<M> } {
  const translate = (locale: Locale, id: keyof M & string, data?: MessageData) =>
    interpolate((messages[locale] ?? messages.it)[id] ?? messages.it[id]!, data);
  return Object.assign(translate, { messages });
}
