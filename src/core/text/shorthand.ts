// Shorthand typed on phones and in chats, read as the words it stands for: "nn va" is "non va",
// "x compostaggio" is "per compostaggio". For texts whose meaning is read, not their offsets
// (the expansion changes the length).

const shorthand: Array<[RegExp, string]> = [
  [/\bnn\b/g, 'non'],
  [/\b(?:xche|xke|xk)\b/g, 'perche'],
  [/\bcmq\b/g, 'comunque'],
  [/\b(?:grz|tnx|thx)\b/g, 'grazie'],
  // "x" before a word only: "2 x 3", "formato 10 x 15" stay as they are.
  [/(^|[a-z,.;:!?] )x (?=[a-z]{2})/gm, '$1per '],
];

/** Expands phone shorthand in folded (lower-case, unaccented) text. */
export function expandShorthand(folded: string): string {
  let out = folded;
  for (const [re, words] of shorthand) out = out.replace(re, words);
  return out;
}
