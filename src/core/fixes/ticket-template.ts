// A fill-in ticket skeleton following the guidelines' "Esempi ticket corretti": Ente, module,
// what the user was doing, what happened, the exact error message, steps, availability.
import type { ModuleSuggestion, UserSettings } from '../types';
import { trimEndBlanks } from '../text/trim';
import { inserted } from './inserted-text';
import { formatAvailability } from './signature-block';

export function buildTicketTemplate(
  settings: UserSettings,
  module: Pick<ModuleSuggestion, 'name'> | null,
): string {
  const enti = (settings.enti ?? []).filter((e) => e.trim() !== '');
  const lines = [
    inserted('templateEnte', { ente: enti.length === 1 ? enti[0]! : enti.join(' / ') }),
    inserted('templateModule', { module: module?.name ?? '' }),
    inserted('templateDoing'),
    inserted('templateHappened'),
    inserted('templateErrorMessage'),
    inserted('templateSteps'),
    '1. ',
    '2. ',
    '3. ',
    formatAvailability(settings.availability) ?? inserted('templateAvailability'),
  ];
  return lines.map((l) => trimEndBlanks(l)).join('\n');
}
