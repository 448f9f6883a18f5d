// Picks the Cityware module a request is about from its subject and own content (never the
// signature or quoted text): directory keywords matched on stems, subject hits weigh double,
// longer phrases weigh more and win over the single words inside them.
import type { PreparedText } from '../text/prepare';
import type { Directory, Locale, ModuleSuggestion } from '../types';
import { fold } from '../text/fold';
import { allMatches } from '../text/matches';
import { sentenceAround, sentenceBounds } from '../text/sentence';
import { hasPresentProblem } from './classify-type';
import { failingDeviceModule } from './signing-device';
import { blankAbbreviationDots } from './abbreviation-dots';
import {
  hasReplyPrefix,
  isProgramSubject,
  programSubjectWords,
  stripReplyPrefixes,
} from '../text/generic-subject';
import { defineMessages } from '../messages/define-messages';
import {
  inflected,
  isAcronym,
  moduleIndex,
  stemsOf,
  type IndexedKeyword,
  type ModuleIndex,
} from './module-index';

export interface ModuleHit {
  keyword: string;
  /** As written in the ticket. */
  written: string;
  inSubject: boolean;
  /**
   * The head of a Cityware menu path ("Contabilità > Liquidazioni") or the program's part named
   * ("nel gestionale SUAP") where the problem is told: ask isProblemHead, which reads the latter
   * on demand.
   */
  menuHead?: true;
}

/** The clauses after a program's part named ("nel gestionale SUAP la SCIA non passa…"), unread. */
const unreadClauses = new WeakMap<ModuleHit, string[]>();

/**
 * True when the hit names where the problem is: the head of a menu path whose sentence tells a
 * problem, or a program's part named before one (read here, once, when first asked).
 */
export function isProblemHead(hit: ModuleHit): boolean {
  if (hit.menuHead) return true;
  const clauses = unreadClauses.get(hit);
  if (clauses === undefined) return false;
  unreadClauses.delete(hit);
  const told = clauses.some((clause) =>
    hasPresentProblem(fold(/^[^.;?!\n]*/.exec(blankAbbreviationDots(clause))![0])),
  );
  if (told) hit.menuHead = true;
  return told;
}

export interface ModuleScore {
  moduleIndex: number;
  score: number;
  hits: ModuleHit[];
}

const subjectWeight = 2;
/** A keyword followed by a number cites a document ("determina n. 233"). */
const referenceWeight = 0.3;
/**
 * A keyword naming an office ("all'Ufficio Ragioneria", "il Settore Tributi") says who, not what
 * the request is about: documents assigned to an office, a colleague of that office.
 */
const officeWeight = 0.5;
/** Extra weight of a keyword in the subject's head, before the first ':' or '-'. */
const headWeight = 1.5;
/** Below this confidence the module is not suggested. */
export const minConfidence = 0.3;
/**
 * At least one full keyword hit: a document cited by number alone ("determina n. 12") is too
 * little to name a module.
 */
const minEvidence = 1;
/** Evidence for the leading module of a text whose other candidate is known to be wrong. */
const leadEvidence = 1.5;
/** …and its lead over the runner-up, half a keyword at least (not a tie). */
const leadMargin = 0.5;
/** An acronym ("TARI") or a phrase ("codice della strada"), not one common word ("stampante"). */
const specificKeyword = /^[A-Z0-9+]{2,}$|\s/;
/**
 * An office's acronym names the office even before a file number ("SUAP 2025/233"); a tax's or a
 * document's ("avviso IMU n. 2024/233") only cites it.
 */
const officeAcronym = /^(?:SUAP|SUE|SCIA|CILA|CILAS|ANPR|AIRE)$/;
/** Content analysed for the module: long enough for any real ticket, bounded for huge bodies. */
export const maxContentChars = 20000;

/** Scores of every module with at least one hit, best first. */
export function scoreModules(
  subject: string,
  body: PreparedText,
  directory: Directory,
): ModuleScore[] {
  const index = moduleIndex(directory);
  interface Entry {
    /** Per keyword stem sequence ("cedolino" and "cedolini" are one): best weight, count. */
    terms: Map<string, { weight: number; count: number }>;
    hits: ModuleHit[];
  }
  const perModule = new Map<number, Entry>();
  const add = (
    kw: IndexedKeyword,
    written: string,
    inSubject: boolean,
    reference: boolean,
    bonus: number,
    menuHead = false,
    clause?: string,
  ) => {
    let entry = perModule.get(kw.moduleIndex);
    if (!entry) {
      entry = { terms: new Map(), hits: [] };
      perModule.set(kw.moduleIndex, entry);
    }
    const weight =
      keywordWeight(kw) *
      (inSubject ? subjectWeight : 1) *
      (reference ? referenceWeight : 1) *
      bonus;
    const key = kw.stems.join(' ');
    const term = entry.terms.get(key) ?? { weight: 0, count: 0 };
    term.count++;
    term.weight = Math.max(term.weight, weight);
    entry.terms.set(key, term);
    let hit = entry.hits.find((h) => h.keyword === kw.keyword && h.inSubject === inSubject);
    if (!hit) {
      hit = { keyword: kw.keyword, written, inSubject, ...(menuHead && { menuHead }) };
      entry.hits.push(hit);
    } else if (menuHead) hit.menuHead = true;
    if (clause !== undefined && !hit.menuHead) {
      const clauses = unreadClauses.get(hit);
      if (clauses) clauses.push(clause);
      else unreadClauses.set(hit, [clause]);
    }
  };
  // The subject's head ("TARI 2026 - errore…", "Liste elettorali: …") names the topic. A
  // reply's subject names the conversation it answers, which may be another ticket's: it counts
  // like the text, no more ("R: [Ticket #52208] Protocollo - …" over a pagoPA problem).
  // A subject a program wrote ("Invio tramite posta elettronica: cedolini_marzo.pdf") names
  // its topic only by its file names.
  const reply = hasReplyPrefix(subject);
  const subjectText = isProgramSubject(subject)
    ? programSubjectWords(subject)
    : reply
      ? stripReplyPrefixes(subject)
      : subject;
  const headMatch = reply ? null : /^[^:\-–|]{1,60}(?=\s*[:\-–|])/.exec(subjectText);
  const headLength = headMatch ? headMatch[0].length : 0;
  matchText(subjectText, index, (kw, w, ref, office, start) =>
    add(
      kw,
      w,
      true,
      ref,
      (reply ? 1 / subjectWeight : 1) *
        (start < headLength ? headWeight : 1) *
        (office ? officeWeight : 1),
    ),
  );
  const content = body.content.text.slice(0, maxContentChars);
  // In a menu path ("Polizia locale > Riscossione coattiva > Estrai posizioni") the head names the
  // module the user works in, and the items after it are that module's menus: "Riscossione"
  // there is no hit for Tributi.
  const found: Found[] = [];
  // "nel gestionale SUAP la SCIA non passa…", "nel modulo Tributi": the program's part the user
  // works in, named like a menu path's head (where a keyword starting there is its name).
  const programNamedAt = new Set(
    allMatches(programPart, content).map((m) => m.index + m[0].length),
  );
  matchText(content, index, (kw, w, ref, office, start) => {
    const program = programNamedAt.has(start);
    // What follows, to the sentence's end ("la SCIA n. 2026/118 … non passa"), read only if asked
    // (isProblemHead): a text may name "nel modulo Tributi" six times.
    const clause = program ? content.slice(start, start + 300) : undefined;
    found.push({ kw, w, ref, office, start, head: program, dropped: false, clause });
  });
  // One sweep: the hits come in text order, as do the paths.
  let next = 0;
  for (const path of menuPaths(content)) {
    while (next < found.length && found[next]!.start < path.start) next++;
    // The head: the hits right before the separator (modules may share a phrase), but not a
    // menu every module has ("Anagrafica").
    const head: Found[] = [];
    const last = found[next - 1];
    for (let k = next - 1; k >= 0 && last && found[k]!.start === last.start; k--) {
      const f = found[k]!;
      const between = content.slice(f.start + f.w.length, path.start);
      if (/^\s*$/.test(between) && !genericMenus.has(fold(f.kw.keyword))) head.push(f);
    }
    if (head.length === 0) continue;
    const modules = new Set(head.map((f) => f.kw.moduleIndex));
    // The path's sentence tells where the problem is ("in Contabilità > Liquidazioni la
    // liquidazione resta…"), not where all is in order ("…risulta validata, è tutto a posto").
    const told = hasPresentProblem(
      fold(sentenceAround(content, path.start, path.end, 300, /[.;?!\n]/)),
    );
    for (const f of head) {
      f.head = true;
      f.problemHead = told;
    }
    for (let k = next; k < found.length && found[k]!.start < path.end; k++) {
      if (!modules.has(found[k]!.kw.moduleIndex)) found[k]!.dropped = true;
    }
  }
  // "Scrivo a questo indirizzo perché il ruolo poi lo gestisce il collega dei tributi": why the
  // mail came here, not what it is about.
  const asides = whyWrittenHere(content);
  let aside = 0;
  for (const f of found) {
    while (aside < asides.length && asides[aside]!.end <= f.start) aside++;
    if (f.dropped || (asides[aside] && asides[aside]!.start <= f.start)) continue;
    const weight = (f.office ? officeWeight : 1) * (f.head ? headWeight : 1);
    add(f.kw, f.w, false, f.ref, weight, f.problemHead === true, f.clause);
  }

  const scores: ModuleScore[] = [];
  for (const [moduleIndex, entry] of perModule) {
    let score = 0;
    for (const { weight, count } of entry.terms.values()) {
      score += weight * (1 + 0.25 * Math.min(count - 1, 4));
    }
    // Hits in the subject first: they are the best reasons to show.
    entry.hits.sort((a, b) => Number(b.inSubject) - Number(a.inSubject));
    scores.push({ moduleIndex, score, hits: entry.hits });
  }
  return scores.sort((a, b) => b.score - a.score || a.moduleIndex - b.moduleIndex);
}

/**
 * A menu-path separator between two items: "Tributi > IMU", "Contabilità » Mandati",
 * "Stipendi -> Contabilità -> Impegno". One arrow alone joins two things in prose ("il flusso
 * pagoPA -> Tributi"): arrows make a path only with three items or more.
 */
const pathSeparator = /\S[ \t]?(?:->|[>»→])[ \t]?(?=\S)/g;
/** How far the items of a path reach after a separator: a menu item is a few words. */
const pathItem = /^[^\n>»→,;:()?!]*?(?=[\n>»→,;:()?!]|\.(?:\s|$)|$)/;
/** Before a module's name, the program's part it names: "nel gestionale ", "dal modulo ". */
const programPart =
  /\b(?:nel|dal|sul) (?:gestionale|modulo|programma|software|applicativo) (?:di |del |della |dei )?/gi;
/** Menus of every module, no module's own: "Anagrafica > Contribuenti" is Tributi's registry. */
const genericMenus = new Set(['anagrafica', 'anagrafiche']);

/** A keyword hit of the content, before it is added to its module's score. */
interface Found {
  kw: IndexedKeyword;
  w: string;
  ref: boolean;
  office: boolean;
  start: number;
  /** It heads a menu path (weighs as a subject's head). */
  head: boolean;
  /** …of a path whose sentence tells a problem: the module named where it happens. */
  problemHead?: boolean;
  /** Named as the program's part the text goes on in ("nel modulo Tributi …"): what follows. */
  clause?: string;
  /** An item of another module's menu path: no hit. */
  dropped: boolean;
}

const maxItemWords = 4;

interface MenuPath {
  /** Where the first separator is, and where the last item ends. */
  start: number;
  end: number;
  separators: number;
  arrowsOnly: boolean;
}

/** The menu paths of a text: runs of short items joined by separators. */
function menuPaths(text: string): MenuPath[] {
  if (!/->|[>»→]/.test(text)) return [];
  const paths: MenuPath[] = [];
  pathSeparator.lastIndex = 0;
  for (let m = pathSeparator.exec(text); m; m = pathSeparator.exec(text)) {
    const sepStart = m.index + 1;
    const itemStart = m.index + m[0].length;
    const item = pathItem.exec(text.slice(itemStart, itemStart + 80))?.[0] ?? '';
    const words = item.split(/\s+/).filter(Boolean);
    const end =
      itemStart + (words.length > maxItemWords ? item.indexOf(words[maxItemWords]!) : item.length);
    const arrow = !/[>»]/.test(m[0].slice(1)) || m[0].includes('->');
    const last = paths[paths.length - 1];
    // A separator right after the previous item continues the same path.
    if (last && /^[ \t]*$/.test(text.slice(last.end, sepStart))) {
      last.end = end;
      last.separators++;
      last.arrowsOnly &&= arrow;
    } else paths.push({ start: sepStart, end, separators: 1, arrowsOnly: arrow });
  }
  return paths.filter((p) => !p.arrowsOnly || p.separators >= 2);
}

/**
 * Specific keywords weigh more: phrases ("liste elettorali") and acronyms or codes ("IMU",
 * "SIOPE+", "F24") say more about the module than a common word ("verbale", "ruolo").
 */
function keywordWeight(kw: IndexedKeyword): number {
  if (kw.stems.length >= 2) return 2 + 0.5 * (kw.stems.length - 2);
  const acronym = /^[A-Z0-9+]{2,}$/.test(kw.keyword.trim()) || /\d/.test(kw.keyword);
  return acronym ? 1.5 : 1;
}

/** "solleciti di ": a reminder whose purpose follows ("solleciti TARI" still name the tax). */
const reminderOf = /\bsollecit[a-z]*\s+di\s+$/i;
/** "avvisi di pagamento TARI", "pagamenti IMU": the payments of a tax, which name the tax. */
const taxAfter = /^\s+(?:della |dell['’])?(?:TARI|IMU|TASI|TOSAP|COSAP|CUP)\b/i;
/** The purpose a reminder is for: "pagamento", "versamento" (not "sollecito di pubblicazione"). */
const paymentWord = /^(?:pagament|versament)[oi]$/;
/** How a file came, not what it is about: "l'integrazione arrivata via PEC", "tramite PEC". */
const viaChannel = /\b(?:via|tramite|a mezzo|mediante)\s+$/i;

// The writer explains the address chosen: "scrivo a questo indirizzo perché il ruolo lo gestisce
// il collega dei tributi", "seguo io le fatture della mensa, per questo ho scritto qui". A plain
// "vi scrivo perché la stampa non va" tells the topic: the address must be named, and a reason
// that tells a problem ("…perché la TARI risulta il doppio") is the topic too.
const writtenHere = new RegExp(
  '\\b(?:(?:scrivo|scriviamo|ho scritto|abbiamo scritto|mando|mandiamo|ho mandato|inoltro)\\s+' +
    // "scrivo al protocollo perché le pratiche arrivano via PEC": the address written to, named.
    "(?:a questo indirizzo|a questa casella|a voi (?:del|dei|della|dell['’])|al vostro indirizzo|(?:al|allo|alla|all['’]) ?[a-z]+)" +
    '[^.?!\\n]{0,80}?\\b(?:perch[eéè]|poich[eéè]|dato che|visto che)|' +
    '(per questo) (?:vi )?(?:ho|abbiamo) (?:scritto|mandato|inviato) (?:qui|a voi|a questo indirizzo)\\b)',
  'gi',
);

/**
 * Where `text` explains why the mail came to this address, in text order: from the cue to the
 * sentence's end ("…perché" gives the reason after), or from the sentence's start ("…, per
 * questo ho scritto qui" gives it before).
 */
function whyWrittenHere(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  writtenHere.lastIndex = 0;
  for (let m = writtenHere.exec(text); m; m = writtenHere.exec(text)) {
    // The whole sentence, however long: one walk per cue, and the next search starts after it.
    const { from, to: end } = sentenceBounds(text, m.index, m.index + m[0].length, Infinity);
    const start = m[1] ? from : m.index;
    if (!hasPresentProblem(fold(text.slice(start, end)))) out.push({ start, end });
    writtenHere.lastIndex = end;
  }
  return out;
}

/** "che non c'entra con gli ", "non riguarda la ": what follows is not the text's topic. */
const notAbout =
  /\bnon (?:c['’]entra|c['’]entrano|riguarda|riguardano)(?: niente| nulla| affatto)?(?: con)? (?:il |la |lo |gli |le |i |l['’])?$/i;

function matchText(
  text: string,
  index: ModuleIndex,
  onHit: (
    kw: IndexedKeyword,
    written: string,
    reference: boolean,
    office: boolean,
    start: number,
  ) => void,
): void {
  const tokens = stemsOf(fold(text), text);
  let i = 0;
  while (i < tokens.length) {
    const candidates = index.get(tokens[i]!.stem);
    let consumed = 0;
    if (candidates) {
      // "un'altra cosa, che non c'entra con gli F24": the topic the text says it is not about.
      let denied: boolean | undefined;
      for (const kw of candidates) {
        if (consumed > 0 && kw.stems.length < consumed) break;
        if (i + kw.stems.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < kw.stems.length; k++) {
          const token = tokens[i + k]!;
          const allowed = kw.endings[k];
          const last = token.word.charAt(token.word.length - 1);
          const exact = kw.exact[k];
          if (
            token.stem !== kw.stems[k] ||
            // "PIN" is not "Pino"; an acronym's variant in capitals is ("SUAPE" for "SUAP").
            (exact && token.word !== exact && !isAcronym(text.slice(token.start, token.end))) ||
            (allowed && inflected(token.word, token.stem) && !allowed.includes(last))
          ) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        // Several modules may share the same phrase: each gets the hit.
        consumed = kw.stems.length;
        const end = tokens[i + consumed - 1]!.end;
        // "determina n. 233/2025": citing a document by number is weak evidence of its module.
        // So is the purpose of a reminder: "solleciti di pagamento" of TARI, school fees or fines
        // are no pagoPA topic.
        // An office's acronym before its file number still names the office: "SUAP 2025/233".
        const reference =
          (!officeAcronym.test(kw.keyword) &&
            /^\s*(?:(?:n\.|n°|nr\.?|num\.|numero)\s*\d|\d+\s*\/\s*\d)/i.test(
              text.slice(end, end + 16),
            )) ||
          (paymentWord.test(tokens[i + consumed - 1]!.word) &&
            taxAfter.test(text.slice(end, end + 12))) ||
          (paymentWord.test(tokens[i]!.word) &&
            reminderOf.test(text.slice(Math.max(0, tokens[i]!.start - 16), tokens[i]!.start))) ||
          (kw.keyword === 'PEC' &&
            viaChannel.test(text.slice(Math.max(0, tokens[i]!.start - 16), tokens[i]!.start)));
        const office = /\b(?:ufficio|uffici|uff\.|settore|area)\s+$/i.test(
          text.slice(Math.max(0, tokens[i]!.start - 12), tokens[i]!.start),
        );
        denied ??= notAbout.test(text.slice(Math.max(0, tokens[i]!.start - 40), tokens[i]!.start));
        if (!denied)
          onHit(kw, text.slice(tokens[i]!.start, end), reference, office, tokens[i]!.start);
      }
    }
    i += consumed > 0 ? consumed : 1;
  }
}

/** Confidence 0..1 from the best score and its margin over the runner-up. */
export function confidenceOf(best: number, second: number): number {
  if (best <= 0) return 0;
  const margin = (best - second) / best;
  const strength = 1 - Math.exp(-best / 1.5);
  return Math.round(margin * strength * 100) / 100;
}

/**
 * Against the module address the user chose, the text must be clearly about another module:
 * strong evidence, and the chosen module's own evidence at most this share of it.
 */
const overrideEvidence = 3;
const overrideShare = 0.34;
const fairEvidence = 2;
/** Confidence of a module the user addressed and the text does not contradict. */
const addressedConfidence = 0.5;

/**
 * The module of the request. The text decides when it is clear; a module address among the
 * recipients is the user's own choice and wins whenever the text is not clearly about another
 * module (guidelines: "l'indirizzo riferito al modulo"; a prompt must be earned).
 */
export function classifyModule(
  subject: string,
  body: PreparedText,
  directory: Directory,
  locale: Locale,
  scores: ModuleScore[] = scoreModules(subject, body, directory),
  addressed: number[] = [],
  /** How many of `addressed`, at its start, are in To (the others are in Cc). */
  addressedInTo: number = addressed.length,
): ModuleSuggestion | null {
  // A signing device failing is the device's module, whatever was being signed.
  const device = failingDeviceModule(body.content.text.slice(0, maxContentChars), scores);
  if (device) {
    if (addressed.includes(device.moduleIndex)) {
      return addressedSuggestion(device.moduleIndex, scores, directory, locale);
    }
    const rival = scores.find((s) => s !== device)?.score ?? 0;
    return suggestion(device, rival, directory, locale);
  }
  const [best, second] = scores;
  const fromText =
    best &&
    best.score >= minEvidence &&
    confidenceOf(best.score, second?.score ?? 0) >= minConfidence
      ? best
      : null;
  if (addressed.length > 0) {
    const scoreOf = (i: number) => scores.find((s) => s.moduleIndex === i)?.score ?? 0;
    const mostNamed = (list: number[]) => [...list].sort((a, b) => scoreOf(b) - scoreOf(a))[0];
    // A module in To before one in Cc, unless the Cc one has far more evidence (more than
    // twice) or is the one the text is clearly about ("i pagamenti pagoPA dei verbali non vengono
    // riconciliati", To the police, Cc pagoPA): "metto in copia il protocollo perché la PEC parte
    // da lì" keeps the SUAP written to.
    const best = mostNamed(addressed)!;
    const inToBest = mostNamed(addressed.slice(0, addressedInTo));
    const chosen =
      fromText && addressed.includes(fromText.moduleIndex)
        ? fromText.moduleIndex
        : inToBest !== undefined && scoreOf(inToBest) > 0 && scoreOf(inToBest) * 2 >= scoreOf(best)
          ? inToBest
          : best;
    // Clearly another module: strong evidence that the addressed one shares little of, or
    // fair evidence where the addressed module has none at all.
    // One common word said again and again ("verbali" four times) against the addressed
    // module's own words is not clear: overriding the user's choice needs two keyword families
    // or an acronym that names the other office ("SUAP", "permessi ZTL").
    const clearlyOther =
      fromText &&
      fromText.moduleIndex !== chosen &&
      (scoreOf(chosen) === 0 ||
        keywordFamilies(fromText.hits) >= 2 ||
        fromText.hits.some((h) => /(?:^|\s)[A-Z]{2,}$/.test(h.keyword))) &&
      ((fromText.score >= overrideEvidence && scoreOf(chosen) <= fromText.score * overrideShare) ||
        (fromText.score >= fairEvidence && scoreOf(chosen) === 0) ||
        // "in Contabilità > Liquidazioni la liquidazione resta…": the module's own menu names
        // where the problem is; the addressed module's words ("mensa") are its context.
        (fromText.score >= overrideEvidence &&
          scoreOf(chosen) * 2 <= fromText.score &&
          fromText.hits.some(isProblemHead) &&
          !scores.some((sc) => sc.moduleIndex === chosen && sc.hits.some(isProblemHead))));
    if (!clearlyOther || accountOfAddressed(subject, body, scores, chosen)) {
      return addressedSuggestion(chosen, scores, directory, locale);
    }
  }
  if (!fromText) return null;
  return suggestion(fromText, second?.score ?? 0, directory, locale);
}

/**
 * Asking to enable, create, change or remove someone's access: "vi chiediamo di abilitare la sua
 * utenza al modulo SUAP con profilo di istruttore". The other module's words name the profile.
 */
const accessVerbs =
  /(?:abilit|disabilit|crea|attiv|disattiv|riattiv|modific|cambi|assegn|togl|elimin|sospend)[a-z]*/;
// A login, not a TARI "utenza domestica" nor a "profilo orario".
const notALogin = /(?! (?:domestic|non domestic|tari|idric|elettric|del gas|commercial))/;
const notAnAccess = /(?! (?:orari|retributiv|di stampa|professional))/;
const accessObject = new RegExp(
  `(?:utenz[ae]${notALogin.source}|account|credenziali|profil[oi]${notAnAccess.source})`,
);
// "Nuova utenza Cityware per la collega in arrivo": a new login asked is one created.
const accountRequest = new RegExp(
  `\\b${accessVerbs.source}\\b[^.?!\\n]{1,60}\\b${accessObject.source}|\\bnuov[oa] ${accessObject.source}`,
);
/** The words of an access, among the addressed module's hits. */
const accessWords =
  /^(?:utenza|utente|account|credenziali|password|login|accesso|abilitazione|profilo)$/i;

/**
 * An access asked of the module the user wrote to, which names its access words too, and no
 * problem besides: that module answers it, whatever module the profile is for.
 */
export function accountOfAddressed(
  subject: string,
  body: PreparedText,
  scores: ModuleScore[],
  chosen: number,
): boolean {
  const hits = scores.find((s) => s.moduleIndex === chosen)?.hits ?? [];
  if (!hits.some((h) => accessWords.test(h.keyword.trim()))) return false;
  const text = fold(`${subject}\n${body.content.text.slice(0, maxContentChars)}`);
  const m = accountRequest.exec(text);
  if (!m) return false;
  // "creare l'utenza per il nuovo asilo nel ruolo TARI", "modificare il profilo dell'ente
  // creditore su pagoPA": a taxpayer's record or a payee's settings, no login.
  const { to } = sentenceBounds(text, m.index, m.index + m[0].length, Infinity);
  if (notALoginSentence.test(text.slice(m.index, to))) return false;
  // A problem told beside it is a request of its own, with its own module.
  return !hasPresentProblem(text);
}
const notALoginSentence =
  /\b(?:nel ruolo|a ruolo|superfici|mq|categoria \d|contribuent|domestic|tariff|ente creditore|iban|tesorier)/;

/**
 * The best-scoring module even when its margin is thin: for a text whose other candidate is known
 * to be wrong (a reply's new problem that shares no word with the old ticket's module).
 */
export function leadingModule(
  scores: ModuleScore[],
  directory: Directory,
  locale: Locale,
): ModuleSuggestion | null {
  const [best, second] = scores;
  // An acronym or a phrase ("TARI", "codice della strada") ahead of the runner-up: common words
  // ("presenze", "stampante di rete") are too little to ask the user to change the address.
  if (!best || best.score < leadEvidence || best.score - (second?.score ?? 0) < leadMargin) {
    return null;
  }
  if (!best.hits.some((h) => specificKeyword.test(h.keyword.trim()))) return null;
  return suggestion(best, second?.score ?? 0, directory, locale);
}

function suggestion(
  best: ModuleScore,
  second: number,
  directory: Directory,
  locale: Locale,
): ModuleSuggestion {
  const module = directory.modules[best.moduleIndex]!;
  return {
    id: module.id,
    name: module.name,
    address: module.address,
    confidence: confidenceOf(best.score, second),
    reasons: distinctReasons(best.hits, locale),
  };
}

/** The addressed module, with the text's reasons for it when there are some. */
function addressedSuggestion(
  index: number,
  scores: ModuleScore[],
  directory: Directory,
  locale: Locale,
): ModuleSuggestion {
  const module = directory.modules[index]!;
  const own = scores.find((s) => s.moduleIndex === index);
  const rival = scores.find((s) => s.moduleIndex !== index)?.score ?? 0;
  return {
    id: module.id,
    name: module.name,
    address: module.address,
    // The user's own choice is evidence too: never below an even chance.
    confidence: Math.max(addressedConfidence, own ? confidenceOf(own.score, rival) : 0),
    reasons: [
      reasonText(locale, 'addressed', { address: module.address }),
      ...(own ? distinctReasons(own.hits, locale) : []),
    ].slice(0, 4),
  };
}

/** Keyword families among the hits ("verbale" and "verbali" are one). */
function keywordFamilies(hits: ModuleHit[]): number {
  return new Set(
    hits.map((h) =>
      stemsOf(fold(h.keyword))
        .map((t) => t.stem)
        .join(' '),
    ),
  ).size;
}

/** One reason per keyword family ("aliquota" and "aliquote" are one reason). */
function distinctReasons(hits: ModuleHit[], locale: Locale): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const h of hits) {
    const key = `${h.inSubject}|${h.keyword}`;
    const family = `${h.inSubject}|${stemsOf(fold(h.written))
      .map((t) => t.stem)
      .join(' ')}`;
    if (seen.has(key) || seen.has(family)) continue;
    seen.add(key);
    seen.add(family);
    out.push(reason(h, locale));
    if (out.length === 4) break;
  }
  return out;
}

const reasonText = defineMessages({
  it: {
    subject: 'parola "{word}" nell\'oggetto',
    text: 'parola "{word}" nel testo',
    addressed: 'indirizzo {address} tra i destinatari',
  },
  en: {
    subject: 'word "{word}" in the subject',
    text: 'word "{word}" in the text',
    addressed: '{address} among the recipients',
  },
});

function reason(hit: ModuleHit, locale: Locale): string {
  return reasonText(locale, hit.inSubject ? 'subject' : 'text', { word: hit.written });
}
