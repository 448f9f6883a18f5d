// A specific subject built from the module name and the key words of the request, e.g.
// "Tributi – errore nel calcolo IMU 2025 per contribuente deceduto". Never generic: when the
// text says too little, a bracketed placeholder asks the user to complete it.
import { message } from '../messages/catalogue';
import { fold } from '../text/fold';
import { isGenericSubject } from '../text/generic-subject';
import { prepareText, type PreparedText } from '../text/prepare';
import { isMeaningful, tokenize } from '../text/words';
import type { Locale, ModuleSuggestion, TicketDraft } from '../types';

// Opening words that introduce the request without describing it.
const filler = new Set(
  (
    'vi ti la le gli ci si scrivo scriviamo contatto contattiamo segnalo segnaliamo segnala ' +
    'chiedo chiediamo volevo volevamo vorrei vorremmo avrei avremmo bisogno necessita ' +
    'segnalare chiedere informare comunicare comunico con presente gentilmente cortesemente ' +
    'perche che in quanto ho abbiamo notato riscontro riscontriamo riscontrato rilevato ' +
    'rileviamo di per a e un una il lo io noi oggi stamattina ieri da qualche giorno giorni ' +
    'buongiorno salve ciao gentili gentile spett le assistenza come'
  ).split(/\s+/),
);
const maxPhrase = 70;

export function proposeSubject(
  input: TicketDraft | PreparedText,
  module: Pick<ModuleSuggestion, 'name'> | null,
  locale: Locale,
): string {
  const prepared = 'content' in input ? input : prepareText(input.bodyText ?? '', input.bodyHtml);
  const phrase = keyPhrase(prepared.content.text.slice(0, 3000));
  const head = module?.name;
  if (phrase && !isGenericSubject(phrase)) return head ? `${head} – ${phrase}` : capitalise(phrase);
  const placeholder = message(locale, 'common', 'subjectPlaceholder');
  return head ? `${head} – ${placeholder}` : placeholder;
}

/** The first informative sentence, without its introductory words, cut at a word boundary. */
function keyPhrase(content: string): string {
  const sentences = content
    .split(/[.!?;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const sentence of sentences.slice(0, 6)) {
    const folded = fold(sentence);
    const tokens = tokenize(folded);
    if (tokens.filter((t) => isMeaningful(t.word)).length < 2) continue;
    let k = 0;
    while (k < tokens.length - 2 && filler.has(tokens[k]!.word)) k++;
    let phrase = sentence
      .slice(tokens[k]!.start)
      .replace(/\s+/g, ' ')
      .replace(/[,:;\s-]+$/, '');
    if (phrase.length > maxPhrase) {
      const cut = phrase.lastIndexOf(' ', maxPhrase);
      phrase = phrase.slice(0, cut > 20 ? cut : maxPhrase).replace(/[,:;\s-]+$/, '');
    }
    // Sentence case: "Il calcolo…" -> "il calcolo…" after the module name, acronyms untouched.
    if (/^[A-ZÀ-Ý][a-zà-ÿ]/.test(phrase)) phrase = phrase[0]!.toLowerCase() + phrase.slice(1);
    return phrase;
  }
  return '';
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
