// A signing device that fails ("nessun dispositivo di firma rilevato", "il token non viene più
// riconosciuto", "certificato di firma scaduto", "PIN bloccato", "l'OTP non arriva") is a problem
// of the device's module (sistemistica in the sample directory), whatever the user was signing:
// delibere, decreti, mandati, certificati. Writers agree on it (34 of 34 corpus tickets); the
// documents' words otherwise pull the module to atti, contabilità or demografici.
import type { ModuleScore } from './classify-module';
import { hasPresentProblem } from './classify-type';
import { fold } from '../text/fold';
import { sentenceBounds } from '../text/sentence';
import { unwrapLinesInPlace } from '../text/unwrap';

const devices =
  'token|smart ?card|carta (?:di firma|operatore)|dispositivo di firma|' +
  'certificato(?: di firma)?(?: digitale)?|chiavetta(?: di firma)?|lettore(?: di smart ?card)?|' +
  // "ho sbagliato tre volte il PIN della firma remota: PIN bloccato".
  'pin(?: della firma(?: remota| digitale)?)?';
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
    `\\b${device}\\b[^.;\\n]{1,60}\\bbloccat`,
    // "il codice OTP parte ma … non arriva nessun SMS", "OTP non valido o scaduto".
    '\\botp\\b[^.;\\n]{1,80}\\b(?:non (?:gli |le |mi |ci )?(?:arriva|e arrivato|viene (?:inviato|accettato))|non valid|rifiutat)',
    // "al sindaco non arriva più l'SMS con l'OTP della firma remota".
    "\\bnon (?:gli |le |mi |ci )?(?:arriva|arrivano|e arrivato) (?:piu )?(?:l'|il |lo )?(?:sms (?:con (?:l'|il )?)?|codice )?otp\\b",
  ].join('|'),
);
/** A signature that is someone else's: a citizen's, a technician's, a sender's. */
const thirdParty = new RegExp(
  '\\bfirmat[oaie] (?:digitalmente )?(?:da|dal|dalla|dai|dagli|dall)\\b|' +
    '\\b(?:mittente|professionist[ai]|cittadin[oaie]|contribuent[ei]|richiedente|dichiarante)\\b',
);
/** A stage after the signature that refuses or loses the signed file: the module's own. */
const laterStage = new RegExp(
  '\\b(?:pubblicazione (?:all|sull|nell|in)|non (?:vengono |viene )?(?:piu )?pubblicat|pubblicat[oaie] ' +
    '(?:all|sull|in)|albo|conservazion|firma automatica|scartat|rifiutat[oaie] dal)',
);
/** Signing told as the action that fails. */
const signingStory =
  /\bfirm(?!at)|\bnon (?:vengono |viene |sono |risultano |risulta )?(?:piu )?firmat/;
/** A directory keyword that names a signing device. */
const deviceKeyword =
  /^(?:token|smart ?card|dispositivo di firma|firma remota|otp|pin|puk|certificato (?:di firma|digitale)(?: digitale)?)$/i;

/**
 * The module whose keywords name the device the text tells failing, or null: the failure must be
 * the text's first problem (a problem told before it, about anything but signing, is the
 * request's: "nel verbale non riesco ad aggiungere il veicolo; poi la smart card non viene letta").
 */
export function failingDeviceModule(content: string, scores: ModuleScore[]): ModuleScore | null {
  // Lines a plain-text client wrapped inside a sentence are one sentence (same offsets).
  const raw = fold(content);
  const text = unwrapLinesInPlace(raw);
  const m = failing.exec(text);
  if (!m) return null;
  const owner = scores.find((s) => s.hits.some((h) => deviceKeyword.test(h.keyword.trim())));
  if (!owner) return null;
  const { from: sentenceStart, to: sentenceEnd } = sentenceBounds(
    text,
    m.index,
    m.index,
    Infinity,
    /[.;?!\n]/,
  );
  const sentence = text.slice(sentenceStart, sentenceEnd);
  // The writer's signing: the sentence says they sign ("non riesce a firmare i decreti: il token
  // non viene riconosciuto"), not an OTP of a portal or of the bank, a CIE's PIN or a badge's.
  if (
    !/\bfirm/.test(sentence) ||
    /\bcie\b|carta d.identita|\bbanca\b|tesorer|home banking/.test(sentence)
  ) {
    return null;
  }
  // Someone else's signature on a document ("firmata dal tecnico con un certificato scaduto", "il
  // file firmato dal mittente"), a later stage refusing a signed file (the albo, the treasurer,
  // the conservation's automatic signature), or a device already replaced ("dopo il rinnovo del
  // certificato di firma scaduto").
  if (thirdParty.test(sentence) || laterStage.test(sentence)) return null;
  const justBefore = text.slice(Math.max(0, m.index - 30), m.index);
  if (/\b(?:rinnov|sostituit|cambiat|nuov)[a-z]*\b[^.;]{0,30}$/.test(justBefore)) return null;
  // "non riesce a firmare le delibere", "i certificati non vengono più firmati": the signing is
  // the device's story, not another problem; "le determine firmate ieri non vengono pubblicate"
  // is one.
  // Read on the lines as written: a problem on a line of its own before ("…il pulsante non fa
  // niente" / "poi la mia smart card non viene più letta") is one, whatever the wrap.
  const lineStart = Math.max(sentenceStart, raw.lastIndexOf('\n', m.index) + 1);
  const before = raw.slice(0, lineStart).split(/[.;?!\n]/);
  if (before.some((b) => !signingStory.test(b) && hasPresentProblem(b))) return null;
  return owner;
}
