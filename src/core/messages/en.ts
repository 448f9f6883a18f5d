import type { Catalogue } from './catalogue';

export const en: Catalogue = {
  common: {
    sendBlockedHead: 'The ticket would not be taken in charge:',
    sendWarningHead: 'Before sending, please check:',
    internalError: 'Check failed because of an internal error in rule {rule}: {error}',
  },
  'subject-missing': {
    default: 'The subject is empty: tickets without a subject are not taken in charge.',
  },
} as unknown as Catalogue; // TODO(engine): complete catalogue, then drop the cast
