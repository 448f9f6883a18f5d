// Guidelines (consigli, 6): say when you can be reached; after two failed calls the ticket is
// closed.
import { formatAvailability } from '../fixes/signature-block';
import { findInBody, endOfOwnText } from './text-locations';
import type { Rule } from './rule';

// Also a bare range of clock times ("9:00 - 12:30", "08.30-13.30"): office hours; and a part of
// the day or a range of hours in brackets after a phone number ("0541 618402 (solo mattina)",
// "(8-14)").
const availability =
  /\b(?:reperibil[ei]|raggiungibil[ei]|contattabil[ei]|rintracciabil[ei])\b|\borari[oa]? (?:di (?:servizio|lavoro|ufficio|apertura) )?:?\s*(?:dalle )?(?:ore )?\d{1,2}(?:[:.]\d{2})?\s*(?:-|alle)|\b(?:tutte le mattine|tutti i pomeriggi|ogni mattina|ogni pomeriggio)\b|(?:^|\n)[ \t]*(?:orari[oa]?|reperibilita|disponibilita|fascia oraria|fasce orarie)[ \t]*:|\bdal (?:lunedi|martedi|mercoledi|giovedi) al (?:giovedi|venerdi|sabato)\b|\b(?:disponibil[ei]|present[ei] in ufficio|in ufficio|chiamare|chiamarmi|chiamatemi|contattarmi|contattatemi|richiamarmi|richiamatemi|telefonarmi|contattare|trovarmi|trovarci|rintracciarmi|rintracciarci|sentirmi|sentirci)\b[^.\n]{0,60}\b(?:mattin[oa]|mattinata|pomeriggio|dalle|ore \d|fino alle|entro le|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|tutti i giorni|tutto il giorno|ogni giorno|sempre|orario|orari)\b|\((?:solo |preferibilmente |di |la |il )?(?:mattin[oae]|mattinata|pomeriggio|pomeriggi)\b|\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s*[-\u2013]\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b(?:dalle|dale) (?:ore )?\d{1,2}(?:[:.]\d{2})? (?:alle|a) (?:ore )?\d{1,2}\b|\b(?:orari[oa]?|fascia oraria|fasce orarie|ore)\s*:?\s*\d{1,2}(?:[:.]\d{2})?\s*-\s*\d{1,2}\b|\b(?:lun|mar|mer|gio|ven|lunedi|venerdi)\.?\s*[-/\u2013]\s*(?:ven|sab|venerdi|sabato)\b|\(\s*(?:ore\s*)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*[-\u2013]\s*(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*\)|\b(?:la|di|in|nella|al|il) (?:mattina|mattinata|pomeriggio)\b[^.\n]{0,40}\b(?:disponibil|reperibil|in ufficio|present|chiamare|contattar|richiamar|telefonar)/;

export const availabilityMissing: Rule = {
  id: 'availability-missing',
  defaultSeverity: 'info',
  check(ctx) {
    const { own } = ctx.body;
    if (findInBody(ctx, { ...own, end: Math.min(own.end, own.start + 100000) }, availability))
      return [];
    const text = formatAvailability(ctx.settings.availability, ctx.locale);
    return [
      {
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
};
