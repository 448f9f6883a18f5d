// A fill-in ticket skeleton following the guidelines' "Esempi ticket corretti": Ente, module,
// what the user was doing, what happened, the exact error message, steps, availability.
import { message } from '../messages/catalogue';
import type { Locale, ModuleSuggestion, UserSettings } from '../types';
import { trimEndBlanks } from '../text/trim';
import { formatAvailability } from './signature-block';

export function buildTicketTemplate(
  settings: UserSettings,
  module: Pick<ModuleSuggestion, 'name'> | null,
  locale: Locale,
): string {
  const m = (id: string, data?: Record<string, string>) => message(locale, 'common', id, data);
  const enti = (settings.enti ?? []).filter((e) => e.trim() !== '');
  const lines = [
    m('templateEnte', { ente: enti.length === 1 ? enti[0]! : enti.join(' / ') }),
    m('templateModule', { module: module?.name ?? '' }),
    m('templateDoing'),
    m('templateHappened'),
    m('templateErrorMessage'),
    m('templateSteps'),
    '1. ',
    '2. ',
    '3. ',
    formatAvailability(settings.availability, locale) ?? m('templateAvailability'),
  ];
  return lines.map((l) => trimEndBlanks(l)).join('\n');
}
