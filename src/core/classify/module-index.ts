// Keyword index of a directory: each module keyword reduced to a sequence of stems (function
// words dropped), so "mandati di pagamento" also matches "mandato pagamento" and "Fatture" matches
// "fattura". Built once per directory object.
import type { Directory } from '../types';
import { fold } from '../text/fold';
import { functionWords, stem, tokenize } from '../text/words';

export interface IndexedKeyword {
  moduleIndex: number;
  keyword: string;
  stems: string[];
}

/** Keywords grouped by their first stem, longest first. */
export type ModuleIndex = Map<string, IndexedKeyword[]>;

const cache = new WeakMap<Directory, ModuleIndex>();

export function stemsOf(folded: string): { stem: string; start: number; end: number }[] {
  return tokenize(folded)
    .filter((t) => !functionWords.has(t.word) && t.word.length >= 2)
    .map((t) => ({ stem: stem(t.word), start: t.start, end: t.end }));
}

export function moduleIndex(directory: Directory): ModuleIndex {
  const cached = cache.get(directory);
  if (cached) return cached;
  const index: ModuleIndex = new Map();
  directory.modules.forEach((m, moduleIndex) => {
    for (const keyword of m.keywords ?? []) {
      const stems = stemsOf(fold(keyword)).map((s) => s.stem);
      if (stems.length === 0) continue;
      const list = index.get(stems[0]!) ?? [];
      list.push({ moduleIndex, keyword, stems });
      index.set(stems[0]!, list);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  cache.set(directory, index);
  return index;
}
