// notMalfunction tries its cues only where one can start (a letter at a word start, or a comma or
// bracket): a cue added that starts otherwise would never match. Each top-level alternative of
// the cues must start with \b and a letter, or be the "[,(] in servizio" cue.
import { notMalfunction, notMalfunctionCues } from '../../../src/core/classify/type-cues';

/** The top-level alternatives of `(?:a|b|…)`. */
function alternatives(source: string): string[] {
  const inner = source.slice(3, -1);
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c === '\\') {
      current += c + inner[++i];
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  return [...parts, current];
}

test('every cue of notMalfunction starts where its first-character gate lets it', () => {
  const cues = alternatives(notMalfunctionCues.source);
  expect(cues.length).toBeGreaterThan(40);
  // After the leading \b, a letter, or a group whose every option starts with one.
  const startsAWord = /^\\b(?:[a-z]|\((?:\?:)?(?:\((?:\?:)?)?[a-z])/;
  const odd = cues.filter(
    (cue) => !startsAWord.test(cue) && !cue.startsWith('(?:\\b[a-z]{4,} |[,(] ?)'),
  );
  expect(odd).toEqual([]);
});

test('the gated pattern finds what the cues find', () => {
  const texts = [
    'Il nuovo agente, in servizio dal 2 maggio, non riesce ad accedere.',
    "(in servizio dal 1° dicembre) l'utente non vede il menu",
    'ho inserito per errore la data; non vorrei creare duplicati',
    'non trovo più il riepilogo. È stata spostata in un altro menu o ha cambiato nome?',
    'la stampa si è interrotta e non riparte',
  ];
  for (const text of texts) {
    const folded = text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    expect(folded.replace(notMalfunction, '#')).toBe(folded.replace(notMalfunctionCues, '#'));
  }
});
