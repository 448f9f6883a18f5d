// A signing device that fails ("nessun dispositivo di firma rilevato", "il token non viene più
// riconosciuto", "certificato di firma scaduto", "PIN bloccato", "l'OTP non arriva") is a problem
// of the device's module (sistemistica in the sample directory), whatever the user was signing:
// delibere, decreti, mandati, certificati. Writers agree on it (34 of 34 corpus tickets); the
// documents' words otherwise pull the module to atti, contabilità or demografici.
import type { ModuleScore } from './classify-module';
import { hasPresentProblem } from './classify-type';
import { fold } from '../text/fold';

const devices =
  'token|smart ?card|carta (?:di firma|operatore)|dispositivo di firma|' +
  'certificato(?: di firma)?(?: digitale)?|chiavetta(?: di firma)?|lettore(?: di smart ?card)?';
const device = `(?:${devices})`;
/** How a device is told failing, in folded text. */
const failing = new RegExp(
  [
    // "nessun dispositivo di firma rilevato", "Nessun certificato di firma valido trovato".
    '\\bnessun[oa]? (?:dispositivo|certificato|token)(?: di firma)?(?: digitale)?(?: valido)? (?:e |risulta )?(?:rilevat|trovat|disponibil|present|collegat)',
    // "il token … non viene più riconosciuto", "la smart card non viene letta".
    `\\b${device}\\b[^.;:!?\\n]{1,60}\\bnon (?:viene |e |risulta )?(?:piu |ancora )?(?:riconosciut|rilevat|lett[oa]\\b|trovat)`,
    // "il programma non legge il certificato della sua smart card".
    "\\bnon (?:legge|riconosce|rileva|trova) (?:piu )?(?:il |la |lo |l')?(?:token|smart ?card|certificato|dispositivo|chiavetta)",
    // "certificato di firma scaduto", "certificato non valido".
    '\\bcertificat[oi] (?:di firma )?(?:digitale )?(?:e |risulta |risultano )?(?:scadut|revocat|non valid)',
    // "ho sbagliato tre volte il PIN … la carta risulta bloccata".
    `\\b(?:pin|${devices})\\b[^.;\\n]{1,60}\\bbloccat`,
    // "il codice OTP parte ma … non arriva nessun SMS", "OTP non valido o scaduto".
    '\\botp\\b[^.;\\n]{1,80}\\b(?:non (?:gli |le |mi |ci )?(?:arriva|e arrivato|viene (?:inviato|accettato))|non valid|rifiutat)',
  ].join('|'),
);
/** A directory keyword that names a signing device. */
const deviceKeyword =
  /^(?:token|smart ?card|dispositivo di firma|firma remota|otp|pin|puk|certificato (?:di firma|digitale)(?: digitale)?)$/i;

/**
 * The module whose keywords name the device the text tells failing, or null: the failure must be
 * the text's first problem (a problem told before it, about anything but signing, is the
 * request's: "nel verbale non riesco ad aggiungere il veicolo; poi la smart card non viene letta").
 */
export function failingDeviceModule(content: string, scores: ModuleScore[]): ModuleScore | null {
  const text = fold(content);
  const m = failing.exec(text);
  if (!m) return null;
  const owner = scores.find((s) => s.hits.some((h) => deviceKeyword.test(h.keyword.trim())));
  if (!owner) return null;
  const clauseStart =
    Math.max(...['.', ';', ':', '?', '!', '\n'].map((c) => text.lastIndexOf(c, m.index))) + 1;
  // A signing device: the clause says what it signs ("…non viene riconosciuto quando firmo"),
  // not a CIE station's reader ("lettore smart card operatore non rilevato").
  const clauseEnd = text.slice(m.index).search(/[.;:?!\n]/);
  const clause = text.slice(clauseStart, clauseEnd < 0 ? text.length : m.index + clauseEnd);
  if (!/\bfirm|\botp\b|\bpin\b/.test(clause)) return null;
  // "non riesce a firmare le delibere": signing is the device's story, not another problem
  // ("il registro non va in conservazione: … certificato di firma automatica non trovato" is).
  const before = text.slice(0, clauseStart).split(/[.;:?!\n]/);
  if (before.some((s) => !/\bfirm/.test(s) && hasPresentProblem(s))) return null;
  return owner;
}
