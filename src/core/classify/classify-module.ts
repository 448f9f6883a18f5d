// Picks the Cityware module a request is about from its subject and own content (never the
// signature or quoted text): directory keywords matched on stems, subject hits weigh double,
// longer phrases weigh more and win over the single words inside them.
import type { PreparedText } from '../text/prepare';
import type { Directory, Locale, ModuleSuggestion } from '../types';
import { fold } from '../text/fold';
import { message } from '../messages/catalogue';
import { moduleIndex, stemsOf, type ModuleIndex } from './module-index';

export interface ModuleHit {
  keyword: string;
  /** As written in the ticket. */
  written: string;
  inSubject: boolean;
}

export interface ModuleScore {
  moduleIndex: number;
  score: number;
  hits: ModuleHit[];
}

const subjectWeight = 2;
/** Below this confidence the module is not suggested. */
export const minConfidence = 0.4;
/** Content analysed for the module: long enough for any real ticket, bounded for huge bodies. */
const maxContentChars = 20000;

/** Scores of every module with at least one hit, best first. */
export function scoreModules(
  subject: string,
  body: PreparedText,
  directory: Directory,
): ModuleScore[] {
  const index = moduleIndex(directory);
  const perModule = new Map<
    number,
    { counts: Map<string, number>; hits: ModuleHit[]; weights: Map<string, number> }
  >();
  const add = (
    kw: { keyword: string; stems: string[]; moduleIndex: number },
    written: string,
    inSubject: boolean,
  ) => {
    let entry = perModule.get(kw.moduleIndex);
    if (!entry) {
      entry = { counts: new Map(), hits: [], weights: new Map() };
      perModule.set(kw.moduleIndex, entry);
    }
    const weight = (1 + 0.5 * (kw.stems.length - 1)) * (inSubject ? subjectWeight : 1);
    entry.counts.set(kw.keyword, (entry.counts.get(kw.keyword) ?? 0) + 1);
    entry.weights.set(kw.keyword, Math.max(entry.weights.get(kw.keyword) ?? 0, weight));
    if (!entry.hits.some((h) => h.keyword === kw.keyword && h.inSubject === inSubject)) {
      entry.hits.push({ keyword: kw.keyword, written, inSubject });
    }
  };
  matchText(subject.slice(0, 1000), index, (kw, w) => add(kw, w, true));
  const content = body.content.text.slice(0, maxContentChars);
  matchText(content, index, (kw, w) => add(kw, w, false));

  const scores: ModuleScore[] = [];
  for (const [moduleIndex, entry] of perModule) {
    let score = 0;
    for (const [keyword, weight] of entry.weights) {
      const count = entry.counts.get(keyword) ?? 1;
      score += weight * (1 + 0.25 * Math.min(count - 1, 4));
    }
    scores.push({ moduleIndex, score, hits: entry.hits });
  }
  return scores.sort((a, b) => b.score - a.score || a.moduleIndex - b.moduleIndex);
}

function matchText(
  text: string,
  index: ModuleIndex,
  onHit: (kw: { keyword: string; stems: string[]; moduleIndex: number }, written: string) => void,
): void {
  const tokens = stemsOf(fold(text));
  let i = 0;
  while (i < tokens.length) {
    const candidates = index.get(tokens[i]!.stem);
    let consumed = 0;
    if (candidates) {
      for (const kw of candidates) {
        if (consumed > 0 && kw.stems.length < consumed) break;
        if (i + kw.stems.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < kw.stems.length; k++) {
          if (tokens[i + k]!.stem !== kw.stems[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        // Several modules may share the same phrase: each gets the hit.
        consumed = kw.stems.length;
        onHit(kw, text.slice(tokens[i]!.start, tokens[i + consumed - 1]!.end));
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

export function classifyModule(
  subject: string,
  body: PreparedText,
  directory: Directory,
  locale: Locale,
  scores: ModuleScore[] = scoreModules(subject, body, directory),
): ModuleSuggestion | null {
  const [best, second] = scores;
  if (!best) return null;
  const confidence = confidenceOf(best.score, second?.score ?? 0);
  if (confidence < minConfidence) return null;
  const module = directory.modules[best.moduleIndex]!;
  return {
    id: module.id,
    name: module.name,
    address: module.address,
    confidence,
    reasons: best.hits.slice(0, 4).map((h) => reason(h, locale)),
  };
}

function reason(hit: ModuleHit, locale: Locale): string {
  return message(locale, 'common', hit.inSubject ? 'moduleWordSubject' : 'moduleWordText', {
    word: hit.written,
  });
}
