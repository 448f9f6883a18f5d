import type { Catalogue } from './catalogue';

export const it: Catalogue = {
  common: {
    sendBlockedHead: 'Il ticket non verrebbe preso in carico:',
    sendWarningHead: 'Prima di inviare, verifica:',
    internalError: 'Controllo non riuscito per un errore interno della regola {rule}: {error}',
  },
  'subject-missing': {
    default: "L'oggetto è vuoto: i ticket senza oggetto non vengono presi in carico.",
  },
} as unknown as Catalogue; // TODO(engine): complete catalogue, then drop the cast
