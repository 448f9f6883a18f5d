// The questions of a text: from each "?" back to where its sentence starts. Callers tell where a
// sentence ends (a ticket's classifier and its rules read full stops differently).

/** Tells whether the character at `at` of `text` ends a sentence. */
export type SentenceEnd = (text: string, at: number) => boolean;

/**
 * The question spans of `text`: for each "?", `start` (where its sentence starts, at most `reach`
 * characters back) and `end` (the index of the "?").
 */
export function questionSpans(
  text: string,
  endsSentence: SentenceEnd,
  reach = Infinity,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let end = text.indexOf('?'); end !== -1; end = text.indexOf('?', end + 1)) {
    let start = end;
    while (start > 0 && end - start < reach && !endsSentence(text, start - 1)) start--;
    out.push({ start, end });
  }
  return out;
}

/**
 * Verbs of a task in the first person, as a how-to question asks them ("come registro la
 * restituzione?", "come la impostiamo?"). Left out: verbs that ask what to do about a problem
 * not told ("come procedo?", "come sistemo l'errore?", "come gestisco il problema?"), and words
 * that are mostly nouns or adjectives ("importo", "protocollo", "attivo", "cambio").
 */
export const taskVerbsFirstPerson = [
  ...['imposto', 'inserisco', 'registro', 'annullo', 'stampo', 'creo', 'modifico', 'cancello'],
  ...['recupero', 'correggo', 'sblocco', 'trovo', 'configuro', 'collego', 'carico', 'scarico'],
  ...['estraggo', 'genero', 'emetto', 'invio', 'trasmetto', 'chiudo', 'elimino', 'abilito'],
  ...['aggiorno', 'rettifico', 'ristampo', 'allego', 'associo', 'visualizzo'],
  ...['impostiamo', 'inseriamo', 'registriamo', 'annulliamo', 'stampiamo', 'creiamo'],
  ...['modifichiamo', 'cancelliamo', 'recuperiamo', 'correggiamo', 'sblocchiamo', 'troviamo'],
  ...['configuriamo', 'colleghiamo', 'carichiamo', 'scarichiamo', 'estraiamo', 'generiamo'],
  ...['emettiamo', 'inviamo', 'trasmettiamo', 'chiudiamo', 'eliminiamo', 'abilitiamo'],
  ...['aggiorniamo', 'rettifichiamo', 'ristampiamo', 'alleghiamo', 'associamo', 'visualizziamo'],
];
/** An object pronoun before the verb: "come la imposto?". */
export const objectClitic = '(?:(?:la|lo|li|le|ne|ci|mi|gli) )?';

/**
 * The verbs of an indirect question, one list for every reader of one: asking in the first person
 * ("vi chiedo come…", "domandiamo se…"), asking after a wish ("vorrei chiedervi se…") and wanting
 * to know ("vorrei sapere…", "volevo capire…"). Each reader adds what must follow.
 */
export const askFirstPerson = ['chiedo', 'chiediamo', 'domando', 'domandiamo'];
export const askInfinitive = [
  ...['chiedere', 'chiedervi', 'chiederti', 'chiederle'],
  ...['domandare', 'domandarvi'],
];
export const knowVerbs = ['sapere', 'capire'];
