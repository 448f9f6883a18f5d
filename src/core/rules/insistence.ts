// Guidelines (errato 3): insistent pressure on the operators takes them away from real urgencies.
import { unwrapLinesInPlace } from '../text/unwrap';
import { fold } from '../text/fold';
import { splitLines } from '../text/lines';
import { closingFormula } from '../text/signature';
import { anyOf, boundaryLookaheads, pattern } from '../text/word-list';
import type { Location } from '../types';
import { defineRule, type Region, type RuleContext } from './rule';
import {
  bodyWhere,
  findIn,
  hitAt,
  matchesIn,
  quoting,
  subjectWhere,
  type Hit,
} from './text-locations';

// A payment reminder sent to a taxpayer ("sollecito di pagamento") is a document of the case.
// "Sollecito IMU 2022", "solleciti TARI": the tax reminder is the topic; so is a supplier's
// "Sollecito pagamento fattura n. 118".
const paymentReminder =
  ' (?:(?:di )?(?:pagamento|versamento)|fattur\\w*|bonari[oa]|al contribuente|ai contribuenti|imu|tari|tasi|ici|tosap|cosap|canone|rett[ae]|tribut\\w*|\\d{4})';
// Reported to someone of the Ente ("ho già segnalato il problema al mio responsabile"), not to us.
// Sent on in the workflow: "l'ho già inviato in notifica al trasgressore".
const toSomeoneElse =
  "(?:(?: [a-z']+){0,3} (?:al|alla|ai|alle|all') ?(?:mi[oa] |nostr[oa] )?" +
  '(?:responsabile|dirigente|collega|colleghi|segretari|sindac|ufficio|cittadin|contribuent|ced|sistemist|trasgressor|tesorier|destinatari|fornitor)' +
  '| in (?:notifica|pubblicazione|conservazione|firma))';

/** What a reminder asks for again: "sollecito nuovamente", "sollecitiamo una risposta". */
const remindedThings = [
  'nuovamente',
  'ancora',
  'di nuovo',
  'la (?:vostra|risposta|presa in carico)',
  'una risposta',
  'un riscontro',
  'riscontro',
  'risposta',
  'un intervento',
];

/** How long they have waited: "e da settimane che…", "sono due mesi che…". */
const waitedSpans = [
  'giorni',
  'settimane',
  'mesi',
  'una settimana',
  'un mese',
  /(?:due|tre|quattro|cinque|dieci|quindici) (?:giorni|settimane)/,
];
/** "…che aspettiamo", "…che vi scriviamo": stems of waiting and chasing. */
const waitingVerbStems = ['aspett', 'attend', 'sollecit', 'vi scriv', 'vi chiam', 'vi cerc'];
const nobodyAnswers = '(?:non|nn) (?:mi |ci )?risponde (?:piu |ancora )?nessuno\\b';
/** Sentences that remind, count the attempts or complain about waiting. */
/** What a program's "nessuna risposta" is about: "… dal servizio di firma", "… dal server". */
const programSenders = [
  // Not "dal servizio di assistenza", "dal servizio clienti", "dal sistema": the helpdesk.
  ...['servizio (?!(?:di )?(?:assistenza|clienti|supporto|help))', 'server', 'portale', 'sito'],
  ...['web ?service', 'ws', 'tesoriere'],
  ...['banca', 'anpr', 'ministero', 'agenzia', 'psp', 'sdi', 'gestore'],
];
/** After "è la seconda volta": the fault that happens again, not the writer who writes again. */
const faultAgain =
  /(?: [a-z']+){0,3}? che (?:mi |ci )?(?:succede|capita|accade|ricapita|si verifica|si ripresenta)/;
const reminderPhrases = [
  pattern`(?:ho|abbiamo|avevo|avevamo) gia (?:scritto|segnalato|inviato|sollecitato)(?: piu volte)?(?!${toSomeoneElse})`,
  // "non ci ha ancora risposto nessuno"
  /non (?:mi|ci) ha (?:ancora )?(?:risposto|richiamat[oi]|contattat[oi]) nessuno/,
  // "al ticket nn risponde nessuno da giovedi", "nessuno ci risponde": the helpdesk (not "al
  // numero verde del PSP nessuno risponde", someone else).
  pattern`\b(?:al ticket|ai ticket|all'assistenza|da voi|alle (?:mie |nostre )?mail)\b[^.;\n]{1,30}${nobodyAnswers}`,
  pattern`\b(?:non|nn) (?:mi|ci) risponde (?:piu |ancora )?nessuno\b|\bnessuno (?:mi|ci) risponde\b`,
  // Not "è la seconda volta questa settimana che succede": the fault come back, no chase.
  pattern`(?:e|questa e) (?:la )?(?:seconda|terza|quarta|quinta|ennesima|decima) (?:volta(?!${faultAgain})|mail|e-mail|segnalazione|richiesta)`,
  "per l'ennesima volta",
  // "Simona ancora niente?? mi avevi detto…": a chase (not "è normale che non ci sia ancora
  // niente?", a question, nor "ancora niente da fare", a state).
  /ancora (?:niente|nulla) ?(?:\?{2,}|!{2,})/,
  // "Allora??? Ancora niente?": the chase is the question marks before it.
  /\?{2,4}[ \t]{0,3}ancora (?:niente|nulla)\b/,
  'ancora nessun[ao]? (?:risposta|riscontro|notizia)',
  /nessuno (?:mi|ci) ha (?:ancora )?(?:risposto|contattat[oi]|richiamat[oi])/,
  'non (?:ho|abbiamo) ancora ricevuto (?:nessuna|alcuna|una) risposta',
  'ancora in attesa (?:di|della) (?:una )?risposta',
  'attendo ancora',
  'attendiamo ancora',
  'da giorni (?:aspetto|attendo|attendiamo|aspettiamo)',
  'aspetto da giorni',
  'attendo da giorni',
  'senza (?:avere|aver) (?:ancora )?ricevuto (?:risposta|riscontro)',
  'piu volte (?:segnalato|scritto|sollecitato|chiesto)',
  /non (?:ho|abbiamo) (?:ancora )?(?:avuto|ricevuto) (?:(?:nessuna|alcuna) risposta|(?:nessun |alcun )?riscontro|risposta)/,
  // "il ticket è aperto da dieci giorni, ci sono novità?": the wait counted.
  pattern`\b(?:ticket|segnalazione|richiesta) (?:e|risulta) (?:ancora )?apert[oa] da (?:ormai )?${waitedSpans}`,
  // Not a program's message: "nessuna risposta dal servizio di firma", "… dal server".
  pattern`nessuna risposta(?! (?:da|dal|dallo|dalla|dai|del|della) ${programSenders})`,
  'vi sollecito',
  'sollecitiamo',
  /(?:siamo|sono|resto|restiamo) ancora in attesa\b/,
  /nessuno (?:si e fatto sentire|ci ha (?:ancora )?(?:contattat[oi]|richiamat[oi]))/,
  /(?:da|ormai da) (?:giorni|una settimana|settimane|un mese|mesi|(?:due|tre|quattro|cinque|dieci) giorni) (?:aspetto|attendo|attendiamo|aspettiamo)/,
  /(?:scritto|segnalato|chiamato|telefonato|sollecitato) (?:gia )?(?:piu|varie|diverse|molte|tante) volte/,
  'rispondete(?: per favore| subito)?!',
  /gia segnalat[oaie] (?:[a-z']+ ){0,3}(?:scorsa|scorso|fa)\b/,
  'torno a (?:sollecitare|scrivervi|chiedervi|segnalarvi)',
  pattern`(?:e|sono) (?:ormai )?(?:da )?${waitedSpans} che ${waitingVerbStems}[a-z]*`,
  /(?:rinnovo|reitero|ripeto) (?:la (?:mia |nostra )?|il (?:mio |nostro )?)(?:richiesta|segnalazione|sollecito)/,
  // "Marco, ti ho scritto ieri e l'altro ieri e non mi hai ancora risposto".
  /(?:ti|vi|le) ho (?:gia )?scritto (?:ieri|l'altro ieri|due volte|tre volte|la settimana scorsa|la scorsa settimana)\b/,
  /non (?:mi|ci) (?:hai|avete) ancora (?:risposto|richiamat[oai])/,
  // A formal chase: "si segnala nuovamente…", "con ripetuti solleciti telefonici, senza che ad oggi
  // sia pervenuto alcun riscontro".
  /(?:si segnala|segnalo|segnaliamo) nuovamente\b/,
  /\bripetuti solleciti\b/,
  /senza che (?:ad oggi |finora )?(?:ci )?sia (?:pervenut[oa]|arrivat[oa]) (?:alcun|nessun)[ao]? (?:riscontro|risposta)/,
  // "Ancora niente? Qui siamo fermi" opening a reply: a chase.
  /^ancora (?:niente|nulla) ?\?/,
];

const reminders = new RegExp(
  boundaryLookaheads(
    anyOf([
      // "Sollecito" opening a sentence or the subject, but not "sollecito di pagamento". The
      // blanks before it are bounded: \s* rescanned a long run of line breaks from each one.
      pattern`(?:^|[\n:.!?-]\s{0,40})sollecito\b(?!${paymentReminder})`,
      /\b(?:vi|la|le|ti) sollecit(?:o|iamo)\b/,
      pattern`\bsollecit(?:o|iamo|are) ${remindedThings}`,
      pattern`\b(?:secondo|terzo|ulteriore|ennesimo|nuovo) sollecito\b(?!${paymentReminder})`,
      pattern`\b${reminderPhrases}`,
    ]),
  ),
);
/**
 * "rispondo qui perché è lo stesso problema di cui vi avevo già scritto": the earlier mail named
 * to tie the reply to it, no chase.
 */
const recallBefore =
  /\b(?:problema|questione|cosa|argomento|segnalazione|anomalia|errore) di cui (?:vi |ti |le )?$/;

function firstReminder(content: Region): Hit | null {
  for (const m of matchesIn(content, reminders)) {
    // Only the earlier mail itself ("… avevo già scritto"), not a wait or a chase after it.
    if (
      /^(?:ho|abbiamo|avevo|avevamo) gia (?:scritto|segnalato)$/.test(m[0]) &&
      recallBefore.test(content.folded.slice(Math.max(0, m.index - 40), m.index))
    ) {
      continue;
    }
    // "il modello ISTAT, che abbiamo già inviato ma che il revisore ci chiede in copia": what was
    // sent, in a relative clause, is a document of the case, not a mail to the helpdesk.
    if (
      /^(?:ho|abbiamo|avevo|avevamo) gia inviat[oaie]$/.test(m[0]) &&
      /\bche $/.test(content.folded.slice(Math.max(0, m.index - 4), m.index))
    ) {
      continue;
    }
    return hitAt(content, m.index, m[0].length);
  }
  return null;
}
const bangs = /!{3,}/;
const quotedMessage =
  /\b(?:errore|error|exception|eccezione|warning|attenzione|impossibile|codice|fatal)\b/;
const urgentWord = /\burgent(?:e|i|issim[oaie])\b/;
const urgentWords = new RegExp(urgentWord.source, 'g');
/**
 * What follows an "urgente" that gives its reason ("è urgente per la privacy", "urgente perché
 * scade domani", a phone's "urgente xké…"): urgency explained with facts, as the guidelines ask,
 * is no pressure. "urgente per favore" gives none, nor a label ("Urgente: …").
 */
const reasonAfter =
  /^,?[^\S\n]*(?:perche|xke|xche|poiche|in quanto|dato che|visto che|siccome|dal momento che|entro|per (?!favore|piacere|cortesia)[a-z']+)/;

/** "per questo è urgente", "quindi è urgente": the reason told just before. */
const reasonBefore =
  /\b(?:per questo|per questo motivo|quindi|per cui|percio|pertanto|dunque|ecco perche)(?: (?:e|sono|diventa|la cosa e))? (?:molto |davvero |piuttosto )?$/;

/**
 * "urgente" as part of a legal name or denied, just before it: "ordinanza contingibile e
 * urgente" (art. 50 and 54 TUEL), "variazione urgente di bilancio", "non è urgente" ("non e'").
 */
const notPressureBefore =
  /\b(?:contingibil[ei] e|variazion[ei](?: di bilancio)?|non (?:e'? )?(?:molto |particolarmente |cosi )?)[^\S\n]?$/;

/** "urgente" words: how many, the first one written in capitals and the first one in the body. */
function urgentHits(ctx: RuleContext) {
  let count = 0;
  let capital: Location | null = null;
  let first: Location | null = null;
  for (const [region, field] of [
    [ctx.subject, 'subject'],
    [ctx.content, 'body'],
  ] as const) {
    for (const m of matchesIn(region, urgentWord)) {
      if (count >= 10) break;
      const hit = hitAt(region, m.index, m[0].length);
      const after = region.folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // A capital URGENTE shouts whatever follows; a plain one with its reason is information,
      // the reason after it or just before it ("…slittano a lunedì: per questo è urgente").
      const before = region.folded.slice(Math.max(0, m.index - 30), m.index);
      if (notPressureBefore.test(before)) continue;
      if (
        hit.text !== hit.text.toUpperCase() &&
        (reasonAfter.test(after) || reasonBefore.test(before))
      ) {
        continue;
      }
      count++;
      const where = field === 'body' ? bodyWhere(hit) : subjectWhere(hit);
      if (field === 'body') first ??= where;
      if (hit.text === hit.text.toUpperCase()) capital ??= where;
    }
  }
  return { count, capital, first };
}

/**
 * A line of pressure the signature block took in above the name ("URGENTE!!!", "urgente. per
 * favore è urgente"): its first line, when it is no closing formula ("Grazie mille!!!" thanks).
 */
function pressureAboveName(ctx: RuleContext): Hit | null {
  const { signature } = ctx;
  if (!signature) return null;
  const line = splitLines(signature.text).find((l) => l.text.trim() !== '');
  if (!line || closingFormula.test(fold(line.text.trim()))) return null;
  const folded = fold(line.text);
  const urgent = folded.match(urgentWords)?.length ?? 0;
  const capital = /\bURGENT[EI]\b/.test(line.text);
  if (!bangs.test(line.text) && !capital && urgent < 2) return null;
  return hitAt(signature, line.start, line.end - line.start);
}

/** The line before introduces a message copied from the screen ("compare il messaggio:"). */
const introducesMessage =
  /:\s*$|\b(?:messaggio|compare|appare|esce|dice|scritta|avviso|errore|segnalazione|risponde)\b/;

/**
 * The capitals line heads a form: the next non-blank line is a field ("Cosa stavo facendo:",
 * "Modulo interessato: Tributi"). A form's title is layout, not shouting.
 */
function headsForm(lines: { text: string }[], k: number): boolean {
  // A section label in capitals ("CORPO DELLA MAIL:") heads the field it introduces.
  if (/:\s*$/.test(lines[k]!.text)) return true;
  // The title may sit above the office's name ("Comune di … - Servizi Educativi"): two non-blank
  // lines and a few blank ones at most, so the scan stays bounded whatever the text.
  let seen = 0;
  for (let j = k + 1; j < lines.length && j <= k + 5 && seen < 2; j++) {
    const t = lines[j]!.text.trim();
    if (t === '') continue;
    if (/^[^:]{1,40}:/.test(t)) return true;
    seen++;
  }
  return false;
}

const enteHeading =
  /^\s*(?:comune|comuni|unione|provincia|citta|comunita montana|municipio|polizia locale|polizia municipale|servizio associato)\b/;
const lowerCaseLetter = /[a-z\u00df-\u00f6\u00f8-\u00ff]/;

/** A content line written entirely in capitals (at least 3 words and 12 letters). */
function shoutedLine(ctx: RuleContext): Hit | null {
  const { content } = ctx;
  const quoted = ctx.body.quoted;
  let previous = '';
  const lines = splitLines(content.text);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const before = previous;
    if (l.text.trim() !== '') previous = l.text;
    const t = l.text.slice(0, 300);
    // A lower-case letter (one whose capital differs) rules the line out before any copying.
    if (lowerCaseLetter.test(t)) continue;
    const letters = t.replace(/[^A-Za-z\u00c0-\u00ff]/g, '');
    if (letters.length < 12 || letters !== letters.toUpperCase()) continue;
    const words = t.split(/\s+/).filter((w) => /[A-Za-z\u00c0-\u00ff]{2,}/.test(w));
    if (words.length < 3) continue;
    // An error message copied in capitals is information, not shouting.
    if (/["«»“”]/.test(t) || quotedMessage.test(fold(t))) continue;
    // A line that ends a sentence ("… invece si paga.") introduces nothing.
    if (!/[.!]\s*$/.test(before) && introducesMessage.test(fold(before.slice(-80)))) continue;
    if (headsForm(lines, k)) continue;
    // An answer typed in capitals inside the operator's quote: capitals set it apart from the
    // quoted text ("rispondo in maiuscolo"), they do not shout.
    const at = content.start + l.start;
    if (quoted && quoted.start <= at && at < quoted.end) continue;
    // A letterhead line of a signature table ("UNIONE DEI COMUNI", "COMUNE DI PIEVE CHIARA"), and
    // the Ente's name on the line under its kind ("COMUNE DI" / "PIEVE CHIARA").
    if (enteHeading.test(fold(t))) continue;
    if (before === before.toUpperCase() && enteHeading.test(fold(before))) continue;
    // A postscript under the signature ("P.S. IL MIO CELLULARE È 333 …"): the signature's kind of
    // line, read apart from the request ("URGENTE" and "!!!" in it still count).
    if (/^\s*P\.?\s?S\b/.test(t) && ctx.body.signature && at > ctx.body.signature.start) continue;
    return hitAt(content, l.start, l.end - l.start);
  }
  return null;
}

export const insistence = defineRule({
  id: 'insistence',
  severity: 'warning',
  summary: 'Reminders, "!!!", "URGENTE" or shouted lines instead of facts about the urgency.',
  messages: {
    it: {
      default:
        "Toni insistenti («{excerpt}») non accelerano la risposta: spiega l'urgenza con i fatti (scadenze, effetti).",
    },
    en: {
      default:
        'Insistent wording ("{excerpt}") does not speed up the answer: explain the urgency with facts (deadlines, effects).',
    },
  },
  check(ctx) {
    // "…e che parta il\nsollecito automatico": a line the client wrapped opens no sentence.
    // Unwrapped only when there is a "sollecito" to read: a copy of a long text costs.
    const { folded } = ctx.content;
    const content = folded.includes('sollecit')
      ? { ...ctx.content, folded: unwrapLinesInPlace(folded) }
      : ctx.content;
    const reminder = firstReminder(content);
    if (reminder) return [quoting('default', bodyWhere(reminder))];
    const subjectReminder = findIn(ctx.subject, reminders) ?? findIn(ctx.subject, bangs);
    if (subjectReminder) return [quoting('default', subjectWhere(subjectReminder))];
    const bang = findIn(ctx.content, bangs);
    if (bang) return [quoting('default', bodyWhere(bang))];
    const urgent = urgentHits(ctx);
    if (urgent.capital) return [quoting('default', urgent.capital)];
    if (urgent.count >= 2) {
      const whole = hitAt(ctx.subject, 0, ctx.subject.text.length);
      return [quoting('default', urgent.first ?? subjectWhere(whole))];
    }
    const above = pressureAboveName(ctx);
    if (above) return [quoting('default', bodyWhere(above))];
    const shouted = shoutedLine(ctx);
    if (shouted) return [quoting('default', bodyWhere(shouted))];
    return [];
  },
});
