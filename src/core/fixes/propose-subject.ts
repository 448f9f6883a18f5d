// A specific subject built from the module name and the key words of the request, e.g.
// "Tributi – errore nel calcolo IMU 2025 per contribuente deceduto". Never generic and never a
// placeholder: when the text says too little there is no proposal (the user's words are needed).
import { fold } from '../text/fold';
import { isGenericSubject } from '../text/generic-subject';
import { allMatches } from '../text/matches';
import { prepareText, type PreparedText } from '../text/prepare';
import { trimEndWhitespace } from '../text/trim';
import { isMeaningful, tokenize } from '../text/words';
import type { ModuleSuggestion, TicketDraft } from '../types';
import { blankInsertedText } from './inserted-text';

// Opening words that introduce the request without describing it.
const filler = new Set(
  (
    'vi ti le si scrivo scriviamo contatto contattiamo segnalo segnaliamo segnala chiedo ' +
    'chiediamo volevo volevamo vorrei vorremmo avrei avremmo segnalare chiedere informare ' +
    'comunicare comunico informo con la presente gentilmente cortesemente perche che ' +
    'buongiorno salve ciao gentili gentile spett quindi inoltre poi'
  ).split(/\s+/),
);
/** Longest subject proposed: it must stay readable in the helpdesk's ticket list. */
export const MAX_SUBJECT = 80;

/** A specific subject for the draft, or null when its text says too little to name the problem. */
export function proposeSubject(
  input: TicketDraft | PreparedText,
  module: Pick<ModuleSuggestion, 'name'> | null,
): string | null {
  const prepared = 'content' in input ? input : prepareText(input.bodyText ?? '', input.bodyHtml);
  // "Personale / Stipendi" -> "Personale": a short topic label at the start of the subject.
  const head = module ? topicLabel(module.name) : undefined;
  const room = MAX_SUBJECT - (head ? head.length + 3 : 0);
  // An unfilled template's headings are no description of the problem.
  const phrase = keyPhrase(blankInsertedText(prepared.content.text.slice(0, 3000)), room);
  if (!phrase || isGenericSubject(phrase)) return null;
  return head ? `${head} – ${phrase}` : capitalise(phrase);
}

/** Words that show the clause describes the problem itself. */
const problemCue =
  /\b(?:non|errore|errori|errat|sbagliat|bloccat|blocca|impossibile|manca|vuot|doppi|duplicat|scartat|lent|anomali|problema)/;

/**
 * The first sentence that describes the problem (else the first informative one), without its
 * introductory words, cut at a word boundary.
 */
function keyPhrase(content: string, maxPhrase: number): string {
  // Sentences end at . ! ? before a capital letter or at a line break, so "dott.ssa" and
  // "n. 123" do not split.
  const sentences = content
    .slice(0, 3000)
    .replace(/([.!?])\s+(?=[A-Z\u00c0-\u00dd])/g, '$1\n')
    .split(/\n+/)
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .slice(0, 6);
  const meaningful = (x: string) => tokenize(fold(x)).filter((t) => isMeaningful(t.word)).length;
  const informative = sentences.filter((x) => meaningful(x) >= 3);
  let chosen = informative.find((x) => problemCue.test(fold(x))) ?? informative[0];
  if (!chosen) return '';
  // "Premessa: il problema vero" -> the part after the colon when that is the problem.
  const colon = chosen.indexOf(': ');
  if (colon > 0) {
    const after = chosen.slice(colon + 2);
    if (meaningful(after) >= 3 && problemCue.test(fold(after))) chosen = after;
  }
  const tokens = tokenize(fold(chosen));
  let k = 0;
  while (k < tokens.length - 3 && filler.has(tokens[k]!.word)) k++;
  let phrase = chosen
    .slice(tokens[k]!.start)
    .replace(/\s+/g, ' ')
    // A subject states the topic: the writer's exclamation marks (and repeated question marks)
    // would carry the insistence the guidelines ask to avoid into the ticket's title.
    .replace(/ ?!+/g, '')
    .replace(/\?{2,}/g, '?');
  phrase = trimEndOf(phrase, '.,:; -');
  if (phrase.length > maxPhrase) phrase = cut(phrase, maxPhrase);
  // Sentence case after the module name ("Il calcolo…" -> "il calcolo…"), acronyms untouched.
  if (/^[A-Z\u00c0-\u00dd][a-z\u00e0-\u00ff]/.test(phrase))
    phrase = phrase[0]!.toLowerCase() + phrase.slice(1);
  return phrase;
}

/** Where a clause ends: a comma, colon, semicolon, bracket or dash. */
const clauseBreak = / ?(?:[,;:(]|\s[-\u2013]\s)/g;

/**
 * `phrase` shortened to `max` characters: at the end of a clause (a comma, colon, semicolon,
 * bracket or dash) when that keeps most of it, else at a word, never on a dangling "per il".
 */
function cut(phrase: string, max: number): string {
  const head = phrase.slice(0, max + 1);
  let clause = -1;
  for (const m of allMatches(clauseBreak, head)) if (m.index <= max) clause = m.index;
  if (clause >= max * 0.5) return phrase.slice(0, clause).trim();
  const space = head.lastIndexOf(' ', max);
  const words = phrase.slice(0, space > 20 ? space : max).split(' ');
  while (words.length > 1 && danglingWords.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return trimEndOf(words.join(' '), ',:; -');
}

/** Words a cut subject must not end with ("… per il"). */
const danglingWords = new Set(
  'il lo la i a e o gli le un una di del della dei delle al alla da in nel nella con per su che non'.split(
    ' ',
  ),
);

/** `text` without the characters of `chars` at its end (a loop: /[…]+$/ is quadratic). */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** "Personale / Stipendi" -> "Personale": the module's topic before a spaced slash. */
function topicLabel(name: string): string {
  const slash = name.search(/\s\/\s/);
  return slash < 0 ? name : trimEndWhitespace(name.slice(0, slash));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
