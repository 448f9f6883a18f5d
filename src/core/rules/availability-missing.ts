// Guidelines (consigli, 6): say when you can be reached; after two failed calls the ticket is
// closed.
import { formatAvailability } from '../fixes/signature-block';
import { anyOf, pattern } from '../text/word-list';
import { defineRule } from './rule';
import { endOfOwnText, findIn } from './text-locations';

const reachable = ['reperibil[ei]', 'raggiungibil[ei]', 'contattabil[ei]', 'rintracciabil[ei]'];
const callMe = [
  'disponibil[ei]',
  'present[ei] in ufficio',
  'in ufficio',
  'chiamare',
  'chiamarmi',
  'chiamatemi',
  'contattarmi',
  'contattatemi',
  'richiamarmi',
  'richiamatemi',
  'telefonarmi',
  'contattare',
  'trovarmi',
  'trovarci',
  'rintracciarmi',
  'rintracciarci',
  'sentirmi',
  'sentirci',
];
const timeWords = [
  'mattin[oa]',
  'mattinata',
  'pomeriggio',
  'dalle',
  /ore \d/,
  'fino alle',
  'entro le',
  'lunedi',
  'martedi',
  'mercoledi',
  'giovedi',
  'venerdi',
  'sabato',
  'tutti i giorni',
  'tutto il giorno',
  'ogni giorno',
  'sempre',
  'orario',
  'orari',
];
const dayParts = ['mattina', 'mattinata', 'pomeriggio'];
const reachVerbs = [
  'disponibil',
  'reperibil',
  'in ufficio',
  'present',
  'chiamare',
  'contattar',
  'richiamar',
  'telefonar',
];
const hour = String.raw`(?:[01]?\d|2[0-3])`;

/** Ways of saying when one can be called back; any one of them is enough. */
const availability = new RegExp(
  anyOf([
    pattern`\b${reachable}\b`,
    // "orario di servizio: 8-14", "orari 9 - 13"
    /\borari[oa]? (?:di (?:servizio|lavoro|ufficio|apertura) )?:?\s*(?:dalle )?(?:ore )?\d{1,2}(?:[:.]\d{2})?\s*(?:-|alle)/,
    /\b(?:tutte le mattine|tutti i pomeriggi|ogni mattina|ogni pomeriggio)\b/,
    // an "Orario:" / "Reperibilità:" line
    /(?:^|\n)[ \t]*(?:orari[oa]?|reperibilita|disponibilita|fascia oraria|fasce orarie)[ \t]*:/,
    /\bdal (?:lunedi|martedi|mercoledi|giovedi) al (?:giovedi|venerdi|sabato)\b/,
    // "potete chiamarmi in mattinata", "sono disponibile fino alle 14"
    pattern`\b${callMe}\b[^.\n]{0,60}\b${timeWords}\b`,
    // "0541 618402 (solo mattina)"
    /\((?:solo |preferibilmente |di |la |il )?(?:mattin[oae]|mattinata|pomeriggio|pomeriggi)\b/,
    // clock-time ranges: "9:00 - 12:30", "14.30–17.00"
    pattern`\b${hour}[:.][0-5]\d\s*[-\u2013]\s*${hour}[:.][0-5]\d\b`,
    /\b(?:dalle|dale) (?:ore )?\d{1,2}(?:[:.]\d{2})? (?:alle|a) (?:ore )?\d{1,2}\b/,
    /\b(?:orari[oa]?|fascia oraria|fasce orarie|ore)\s*:?\s*\d{1,2}(?:[:.]\d{2})?\s*-\s*\d{1,2}\b/,
    // day ranges: "lun-ven", "lun/ven"
    /\b(?:lun|mar|mer|gio|ven|lunedi|venerdi)\.?\s*[-/\u2013]\s*(?:ven|sab|venerdi|sabato)\b/,
    // an hour range in brackets after a number: "(8-14)"
    pattern`\(\s*(?:ore\s*)?${hour}(?:[:.][0-5]\d)?\s*[-\u2013]\s*${hour}(?:[:.][0-5]\d)?\s*\)`,
    pattern`\b(?:la|di|in|nella|al|il) ${dayParts}\b[^.\n]{0,40}\b${reachVerbs}`,
  ]),
);

export const availabilityMissing = defineRule({
  id: 'availability-missing',
  severity: 'info',
  summary: 'The own text gives no time at which the user can be called back.',
  messages: {
    it: {
      default:
        'Indica quando sei reperibile (es. «reperibile dalle 9 alle 13»): dopo due tentativi a vuoto il ticket viene chiuso.',
      fix: 'Aggiungi la reperibilità',
    },
    en: {
      default:
        'Say when you can be reached (e.g. "available 9 to 13"): after two failed calls the ticket is closed.',
      fix: 'Add your availability',
    },
  },
  check(ctx) {
    if (findIn(ctx.own, availability)) return [];
    const text = formatAvailability(ctx.settings.availability);
    return [
      {
        messageId: 'default',
        where: endOfOwnText(ctx),
        ...(text
          ? {
              fix: {
                id: 'append-availability',
                labelId: 'fix',
                edits: [{ kind: 'append-to-body' as const, text }],
              },
            }
          : {}),
      },
    ];
  },
});
