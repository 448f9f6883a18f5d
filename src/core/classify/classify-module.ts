// Picks the Cityware module a request is about from its subject and own content.
import type { PreparedText } from '../text/prepare';
import type { Directory, Locale, ModuleSuggestion } from '../types';

export function classifyModule(
  subject: string,
  body: PreparedText,
  directory: Directory,
  locale: Locale,
): ModuleSuggestion | null {
  void subject;
  void body;
  void directory;
  void locale;
  return null;
}
