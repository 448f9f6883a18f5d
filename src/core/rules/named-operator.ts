// Guidelines (consigli, 1-2): do not ask for a specific person ("Per Tizio/Caio"); recalling an
// earlier talk with someone who knows the problem is fine.
import { moduleIndex } from '../classify/module-index';
import { fold } from '../text/fold';
import { stem } from '../text/words';
import { draftEnteMentions } from './ente-mentions';
import { bodyWhere, findInBody, ownWithoutSignature, type Hit } from './text-locations';
import type { Rule, RuleContext } from './rule';

const title =
  "(?:(?:il |la |lo |l')?(?:sig\\.?ra|sig\\.?na|sig\\.?|signor|signora|dott\\.?ssa|dott\\.?|dottor|dottoressa|dr\\.?|ing\\.?|geom\\.?|rag\\.?|collega|tecnico|tecnica|operatore|operatrice|consulente)\\s*)?";
const name = "([a-z][a-z']{1,25})";
const requests = [
  // "vorrei parlare con Marco", "preferirei essere richiamato da Giulia"
  `\\b(?:vorrei|vorremmo|volevo|volevamo|desidero|desidererei|preferirei|preferiremmo|gradirei|chiedo di|chiedo se posso|potrei|possiamo|posso|ho bisogno di|avrei bisogno di|abbiamo bisogno di|devo|dovrei|necessito di) (?:cortesemente |gentilmente |possibilmente |urgentemente )?(?:parlare|essere (?:richiamat[oa]|contattat[oa]|seguit[oa]|ricontattat[oa])|sentire|confrontarmi|avere un contatto) (?:con|da|dal|dalla|direttamente con) ${title}${name}`,
  // "all'attenzione di Rossi", "alla c.a. della dott.ssa Neri", "att.ne Marco"
  `(?:\\ball'?\\s?attenzione|\\balla (?:cortese |gentile )?attenzione|\\bc\\.\\s?a\\.|\\batt\\.ne|\\batt\\.(?=\\s*(?:sig|dott|ing|geom|rag))|\\bfao)\\s*(?:di|del|della|dello|dell')?\\s*${title}${name}`,
  // "mi faccia richiamare da Giulia", "fatemi contattare da Marco"
  `\\b(?:mi )?(?:faccia|fate|fa|fatemi|fammi|far|potete far|potreste far|puo far|potrebbe far|vorrei farmi|farmi) (?:richiamare|chiamare|contattare|ricontattare|rispondere) (?:da|dal|dalla|dallo) ${title}${name}`,
  // "potrebbe richiamarmi Giulia?", "mi può contattare Marco"
  `\\b(?:mi )?(?:puo|potrebbe|potreste|potete) (?:richiamarmi|contattarmi|chiamarmi|ricontattarmi) ${title}${name}`,
  // "chiedo l'intervento di Luca", "vorrei che fosse Marco a seguire", "potete passarmi Marco?"
  `\\b(?:chiedo|chiediamo|richiedo|vorrei|vorremmo|gradirei|preferirei)(?: gentilmente| cortesemente)? (?:l'intervento|l'aiuto|il supporto|la consulenza|l'assistenza) (?:di|del|della|dello) ${title}${name}`,
  `\\bche (?:fosse|sia) ${title}${name} a (?:seguire|occuparsene|gestire|risolvere|richiamarmi|contattarmi)`,
  `\\b(?:potete passarmi|potreste passarmi|mi passate|mi passereste|passatemi) ${title}${name}`,
  `\\bda (?:girare|passare|inoltrare) (?:a|al|alla|allo) ${title}${name}`,
  // "deve occuparsene Laura", "vorrei che se ne occupasse Marco", "se ne occupi la dott.ssa Neri"
  `\\b(?:deve|dovrebbe|puo|potrebbe|dovra) (?:occuparsene|seguirla|seguirlo|gestirla|gestirlo|prenderla in carico|prenderlo in carico) ${title}${name}`,
  `\\bse ne (?:occupi|occupasse|occupera|deve occupare|puo occupare|potrebbe occupare|dovrebbe occupare) ${title}${name}`,
  `\\b(?:preferirei|vorrei|chiedo|chiediamo|gradirei|gradiremmo)(?: cortesemente| gentilmente| possibilmente)? che (?:mi |ci )?(?:richiamasse|contattasse|rispondesse|seguisse|gestisse|se ne occupasse|richiami|contatti|risponda|segua|gestisca|se ne occupi|chiamasse|chiami) ${title}${name}`,
  // "girate la richiesta a Marco", "passate il ticket alla collega Giulia"
  `\\b(?:girate|girare|passate|passare|inoltrate|inoltrare|assegnate|assegnare) (?:la (?:richiesta|pratica|segnalazione|mail)|il (?:ticket|problema)|questa (?:richiesta|mail)) (?:a|al|alla|allo) ${title}${name}`,
].map((s) => new RegExp(s));
// "Per il sig. Bianchi" / "Per Marco:" at the start of a line (the guidelines' "Per Tizio").
const perLine = new RegExp(
  `(?:^|\\n)[ \\t]*per ${title}${name}(?: [a-z']{2,25})?[ \\t]*(?:[:,\\-\\n]|$)`,
);

// Words that follow the patterns but are not a person: pronouns, offices, set phrases ("per
// informazione"), and days, months and times ("potrebbe richiamarmi lunedì?").
const notPersons = new Set(
  (
    'voi lei te un uno una qualcuno qualcun tecnico tecnici operatore operatori assistenza ufficio il la lo gli le chi cui vostro vostra vostri palitalsoft cityware favore cortesia piacere esempio questo questa quanto cui conoscenza telefono mail email voce iscritto ' +
    'informazione informazioni completezza chiarezza sicurezza precauzione urgenza tempo ' +
    'lunedi martedi mercoledi giovedi venerdi sabato domenica gennaio febbraio marzo aprile ' +
    'maggio giugno luglio agosto settembre ottobre novembre dicembre oggi domani stamattina ' +
    'stasera dopodomani appena subito presto'
  ).split(' '),
);
// Recalling an earlier talk is allowed.
const earlierTalk =
  /\b(gia|in precedenza|precedentemente|come concordato|come da accordi|concordat[oa]|avevo|avevamo|abbiamo parlato|ho parlato|ho sentito|mi ha detto|mi aveva)\b/;

/**
 * One-word place names of the Enti in the draft and the settings: "Per Rimini:" names no person.
 * Longer places are left out: "Giovanni" of "San Giovanni in Persiceto" can be a person.
 */
function entePlaces(ctx: RuleContext): Set<string> {
  const { own, signature } = draftEnteMentions(ctx);
  const places = [
    ...[...own, ...signature].map((m) => m.key.split(' ').slice(1)),
    ...(ctx.settings.enti ?? []).map((e) =>
      fold(e)
        .split(/[^a-z']+/)
        .filter((w) => w !== '' && !enteWords.has(w)),
    ),
  ];
  return new Set(places.filter((p) => p.length === 1 && p[0]!.length >= 3).map((p) => p[0]!));
}
const enteWords = new Set(
  'comune citta provincia unione comunita montana metropolitana di del della dei delle'.split(' '),
);

function personHit(ctx: RuleContext, re: RegExp, needsCapital: boolean): Hit | null {
  const region = ownWithoutSignature(ctx);
  const slice = ctx.foldedBody.slice(region.start, region.end);
  const global = new RegExp(re.source, 'g');
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = global.exec(slice)) !== null && guard++ < 50) {
    const person = m[1]!;
    const personAt = region.start + m.index + m[0].lastIndexOf(person);
    const titled = /(?:sig|dott|dr|ing|geom|rag|signor|collega|tecnic|operat|consulente)/.test(
      m[0],
    );
    const original = ctx.body.text.charAt(personAt);
    const before = ctx.foldedBody.slice(
      Math.max(region.start, region.start + m.index - 60),
      region.start + m.index,
    );
    const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'));
    if (notPersons.has(person) || entePlaces(ctx).has(person)) continue;
    // "Per IMU:", "Per Tributi:": an acronym or a module word, not a person.
    const written = ctx.body.text.slice(personAt, personAt + person.length);
    if (written.length <= 5 && written === written.toUpperCase()) continue;
    if (moduleIndex(ctx.directory).has(stem(person))) continue;
    if (needsCapital && !titled && original === original.toLowerCase()) continue;
    if (earlierTalk.test(before.slice(sentenceStart + 1))) continue;
    const start = region.start + m.index + (m[0].startsWith('\n') ? 1 : 0);
    const end = region.start + m.index + m[0].length;
    return { start, end, text: ctx.body.text.slice(start, end) };
  }
  return null;
}

export const namedOperator: Rule = {
  id: 'named-operator',
  defaultSeverity: 'warning',
  check(ctx) {
    for (const re of requests) {
      if (!findInBody(ctx, ownWithoutSignature(ctx), re)) continue;
      const hit = personHit(ctx, re, true);
      if (hit) return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
    }
    const hit = personHit(ctx, perLine, true);
    if (hit) return [{ data: { excerpt: bodyWhere(hit).excerpt! }, where: bodyWhere(hit) }];
    return [];
  },
};
