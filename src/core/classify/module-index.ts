// Keyword index of a directory: each module keyword reduced to a sequence of stems (function
// words dropped), so "mandati di pagamento" also matches "mandato pagamento" and "Fatture" matches
// "fattura". Built once per directory content: the send paths rebuild the directory object (and
// often the admin file's whole module list) on every call, so an object key never hit and a
// 6,000-module file cost over a second per send.
import type { Directory } from '../types';
import { fold } from '../text/fold';
import { functionWords, someWord, stem } from '../text/words';

export interface IndexedKeyword {
  moduleIndex: number;
  keyword: string;
  stems: string[];
  /**
   * Per stem, the final letters a word of the text may end with (gender agreement), or null for
   * any: "certificato" does not match "certificata", "mandati" does not match "mandata".
   */
  endings: (string | null)[];
  /**
   * Per stem, the one word an acronym keyword matches, or null: "PIN" matches "pin", not "Pino"
   * (whose stem is "pin" too).
   */
  exact: (string | null)[];
}

/** Keywords grouped by their first stem, longest first. */
export type ModuleIndex = Map<string, IndexedKeyword[]>;

/** Index per module list seen (fast path: the same list object). */
const byList = new WeakMap<object, ModuleIndex>();
/** Index per content (the modules' keywords, in order); the few most recent directories. */
const byContent = new Map<string, ModuleIndex>();
const contentEntries = 4;

/**
 * The stem of an acronym that is also a function word ("SUE", the building desk, and "sue",
 * "her"): a key no ordinary word has, matched only where the text writes it in capitals.
 */
const acronymStem = (word: string) => `=${word}`;
/** A word written in capitals: an acronym ("SUE", "PIN") or its variant ("SUAPE"). */
export const isAcronym = (written: string) => /^[A-Z]{2,}$/.test(written);

/**
 * The content words of `folded`, stemmed. With `original` (the text before folding), a function
 * word written in capitals in a text that is not shouting is kept as an acronym ("SUE").
 */
export function stemsOf(
  folded: string,
  original?: string,
): { word: string; stem: string; start: number; end: number }[] {
  // Whether the whole text shouts is counted once, and only when a capitalised function word
  // asks (most texts have none).
  let shouting: boolean | undefined;
  const out: { word: string; stem: string; start: number; end: number }[] = [];
  someWord(folded, (word, start, end) => {
    if (word.length < 2) return;
    if (!functionWords.has(word)) {
      out.push({ word, stem: stem(word), start, end });
    } else if (
      original !== undefined &&
      isAcronym(original.slice(start, end)) &&
      !(shouting === undefined ? (shouting = isShouting(original)) : shouting)
    ) {
      out.push({ word, stem: acronymStem(word), start, end });
    }
  });
  return out;
}

/** An acronym keyword that is also a function word ("SUE"), as one word under its own key. */
function acronymWords(keyword: string): ReturnType<typeof stemsOf> | null {
  const word = fold(keyword);
  if (!isAcronym(keyword) || !functionWords.has(word)) return null;
  return [{ word, stem: acronymStem(word), start: 0, end: word.length }];
}

/** More capitals than lower-case letters: capitals there say nothing about acronyms. */
function isShouting(text: string): boolean {
  const upper = text.replace(/[^A-Z]/g, '').length;
  return upper > text.replace(/[^a-z]/g, '').length;
}

/**
 * True when the stemmer removed only an inflection (gender/number vowel, "-chi"), not a
 * derivation ("-zione", "-mento", a verb ending), so the last letter tells the gender.
 */
export function inflected(word: string, stemmed: string): boolean {
  const removed = word.length - stemmed.length;
  return removed > 0 && removed <= 2;
}

/**
 * Endings a word family allows, from the endings of a module's keywords with that stem: a noun
 * written only in -o/-i ("certificato", "mandati") does not match a word in -a/-e
 * ("certificata", "mandate"), one written only in -a/-e ("fattura", "rette") not one in -o/-i.
 * Any other family ("verbale"/"verbali", "edilizio"/"edilizie", "login") takes any ending.
 */
function familyEndings(seen: Set<string>): string | null {
  const has = (letters: string) => [...letters].some((l) => seen.has(l));
  if (seen.has('o') && !has('ae')) return 'oi';
  if (seen.has('a') && !has('oi')) return 'ae';
  return null;
}

export function moduleIndex(directory: Directory): ModuleIndex {
  const modules = directory.modules;
  const cached = byList.get(modules);
  if (cached) return cached;
  // Only the keywords and their order make the index.
  const key = JSON.stringify(modules.map((m) => m.keywords ?? []));
  let index = byContent.get(key);
  if (index) {
    byContent.delete(key); // most recently used last
  } else {
    index = buildIndex(modules);
    if (byContent.size >= contentEntries) byContent.delete(byContent.keys().next().value!);
  }
  byContent.set(key, index);
  byList.set(modules, index);
  return index;
}

function buildIndex(modules: Directory['modules']): ModuleIndex {
  const index: ModuleIndex = new Map();
  modules.forEach((m, moduleIndex) => {
    const keywords = (m.keywords ?? []).map((keyword) => {
      const acronym = acronymWords(keyword.trim());
      const source = acronym ? keyword.trim() : keyword;
      const words = acronym ?? stemsOf(fold(keyword));
      const exact = words.map((w) => (isAcronym(source.slice(w.start, w.end)) ? w.word : null));
      return { keyword, words, exact };
    });
    // Final letters written for each stem across the module's keywords.
    const seen = new Map<string, Set<string>>();
    for (const { words } of keywords) {
      for (const w of words) {
        const last = w.word.charAt(w.word.length - 1);
        const set = seen.get(w.stem) ?? new Set<string>();
        set.add(/[aeiou]/.test(last) && inflected(w.word, w.stem) ? last : '*');
        seen.set(w.stem, set);
      }
    }
    for (const { keyword, words, exact } of keywords) {
      if (words.length === 0) continue;
      const stems = words.map((w) => w.stem);
      const endings = stems.map((st) => familyEndings(seen.get(st)!));
      const list = index.get(stems[0]!) ?? [];
      list.push({ moduleIndex, keyword, stems, endings, exact });
      index.set(stems[0]!, list);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}
