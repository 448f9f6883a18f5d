// The text fixes put into the mail. Always Italian, whatever the language of the pane: the
// helpdesk reads Italian. Bracketed placeholders ask the user to fill them in; the engine never
// counts them, nor these headings, as the user's own words.
import { interpolate, type MessageData } from '../messages/interpolate';
import { fold } from '../text/fold';
import { allMatches } from '../text/matches';

export const insertedText = {
  signatureClosing: 'Cordiali saluti',
  namePlaceholder: '[Nome e cognome]',
  phonePlaceholder: '[telefono fisso o cellulare]',
  phoneLine: 'Tel. {phone}',
  enteLine: 'Ente: {ente}',
  availabilitySlot: '{days} {from}-{to}',
  availabilityLine: 'Reperibile: {slots}',
  subjectPlaceholder: '[descrivi il problema in poche parole]',
  templateEnte: 'Ente: {ente}',
  templateModule: 'Modulo: {module}',
  templateDoing: 'Cosa stavo facendo: ',
  templateHappened: 'Cosa è successo: ',
  templateErrorMessage: 'Messaggio di errore (testo esatto): ',
  templateSteps: 'Passi per riprodurre il problema:',
  templateAvailability: 'Reperibile: [giorni e orari]',
} as const;

export function inserted(id: keyof typeof insertedText, data?: MessageData): string {
  return interpolate(insertedText[id], data);
}

/** Escapes a literal for a RegExp. */
function literal(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * What our fixes insert that is not the user's words: the template's headings and empty steps,
 * its Ente, Modulo and Reperibile lines, and every bracketed placeholder. Matched on folded text.
 */
const scaffold = new RegExp(
  [
    // Our placeholders: "[descrivi il problema in poche parole]", "[Nome e cognome]"… (not any
    // bracketed text: "[Ticket #48213]" is the user's).
    ...Object.values(insertedText)
      .flatMap((t) => t.match(/\[[^[\]]+\]/g) ?? [])
      .map((p) => literal(fold(p))),
    // Headings at the start of a line, with what follows only for the lines we fill ourselves.
    ...[
      insertedText.templateDoing,
      insertedText.templateHappened,
      insertedText.templateErrorMessage,
      insertedText.templateSteps,
    ].map((h) => String.raw`(?:^|\n)[ \t]*${literal(fold(h).trim())}`),
    ...[insertedText.templateEnte, insertedText.templateModule, insertedText.availabilityLine].map(
      (h) => String.raw`(?:^|\n)[ \t]*${literal(fold(h.slice(0, h.indexOf('{'))).trim())}[^\n]*`,
    ),
    // The template's empty numbered steps.
    String.raw`(?:^|\n)[ \t]*\d\.[ \t]*(?=\n|$)`,
  ].join('|'),
  'g',
);

/**
 * `text` with the scaffolding our fixes insert blanked out (same length, offsets kept), so that
 * an unfilled template or placeholder never counts as the user's description of the problem.
 * `folded` is fold(text), for a caller that has it already (a region's folded text is its own
 * fold: folding folded text changes nothing).
 */
export function blankInsertedText(text: string, folded = fold(text)): string {
  let out = '';
  let last = 0;
  for (const m of allMatches(scaffold, folded)) {
    out += text.slice(last, m.index) + m[0].replace(/[^\n]/g, ' ');
    last = m.index + m[0].length;
  }
  return last === 0 ? text : out + text.slice(last);
}
