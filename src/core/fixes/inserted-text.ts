// The text fixes put into the mail. Always Italian, whatever the language of the pane: the
// helpdesk reads Italian. Bracketed placeholders ask the user to fill them in; the engine never
// counts them, nor these headings, as the user's own words.
import { interpolate, type MessageData } from '../messages/interpolate';

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
