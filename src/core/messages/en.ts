import type { Catalogue } from './catalogue';

export const en: Catalogue = {
  common: {
    internalError: 'Check failed because of an internal error in rule {rule}: {error}',
  },
  'subject-missing': {
    default: 'The subject is empty: tickets without a subject are not taken in charge.',
  },
} as unknown as Catalogue; // TODO(engine): complete catalogue, then drop the cast
