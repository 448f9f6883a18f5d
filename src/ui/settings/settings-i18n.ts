// Texts of the settings panel, Italian first and English second. They load with the panel, which
// most pane openings never show (a lazy chunk), not with the pane (i18n.ts).
import type { Locale } from '../../core/types';
import { translatorOf } from '../i18n';

const it = {
  settingsTitle: 'I tuoi dati per i ticket',
  settingsFirstRun:
    'Per iniziare, inserisci i dati che ogni ticket deve contenere: servono per la firma e per i controlli.',
  settingsUnreadable:
    'Alcune impostazioni salvate non si possono leggere ({fields}): controllale e salva di nuovo.',
  settingsUnreadableAll:
    'Le impostazioni salvate non si possono leggere: inseriscile di nuovo e salva.',
  settingsFieldUnreadable: 'Il valore salvato non si poteva leggere: inseriscilo di nuovo.',
  settingsName: 'Nome e cognome',
  settingsPhone: 'Telefono diretto',
  settingsPhoneInvalid:
    'Numero non riconosciuto come telefono italiano: scrivilo con il prefisso, per esempio 0721 887654 o 333 1234567.',
  settingsTimeInvalid: 'Scrivi l’orario nella forma 09:00 (da 00:00 a 23:59).',
  settingsTimePlaceholder: 'hh:mm',
  settingsInvalid: 'Correggi i campi segnalati prima di salvare.',
  settingsEnti: 'Enti per cui lavori (uno per riga)',
  settingsAvailability: 'Fasce di reperibilità',
  settingsSlot: 'Fascia {n}',
  settingsSlotDays: 'Giorni',
  settingsSlotFrom: 'Dalle',
  settingsSlotTo: 'Alle',
  settingsSlotAdd: 'Aggiungi fascia',
  settingsSlotRemove: 'Rimuovi fascia {n}',
  settingsLanguage: 'Lingua',
  settingsLanguageAuto: 'Come il programma di posta',
  settingsMode: 'All’invio',
  settingsModeBlock: 'Blocca i ticket con errori',
  settingsModeWarn: 'Avvisa soltanto',
  settingsLocked: 'Impostato dall’amministratore',
  settingsSave: 'Salva',
  settingsCancel: 'Annulla',
};

export type SettingsKey = keyof typeof it;

/** Every text of the settings panel, by key. */
export const settingsKeys = Object.keys(it) as SettingsKey[];

const en: Record<SettingsKey, string> = {
  settingsTitle: 'Your details for tickets',
  settingsFirstRun:
    'To get started, enter the details every ticket must contain: they are used for the signature and the checks.',
  settingsUnreadable:
    'Some saved settings cannot be read ({fields}): please check them and save again.',
  settingsUnreadableAll: 'The saved settings cannot be read: please enter them again and save.',
  settingsFieldUnreadable: 'The saved value could not be read: please enter it again.',
  settingsName: 'Full name',
  settingsPhone: 'Direct phone',
  settingsPhoneInvalid:
    'Not recognised as an Italian phone number: include the area code, for example 0721 887654 or 333 1234567.',
  settingsTimeInvalid: 'Enter the time as 09:00 (from 00:00 to 23:59).',
  settingsTimePlaceholder: 'hh:mm',
  settingsInvalid: 'Please correct the fields marked before saving.',
  settingsEnti: 'Local authorities you work for (one per line)',
  settingsAvailability: 'When you can be reached',
  settingsSlot: 'Time slot {n}',
  settingsSlotDays: 'Days',
  settingsSlotFrom: 'From',
  settingsSlotTo: 'To',
  settingsSlotAdd: 'Add time slot',
  settingsSlotRemove: 'Remove time slot {n}',
  settingsLanguage: 'Language',
  settingsLanguageAuto: 'Same as the mail program',
  settingsMode: 'On send',
  settingsModeBlock: 'Block tickets with errors',
  settingsModeWarn: 'Only warn',
  settingsLocked: 'Set by your administrator',
  settingsSave: 'Save',
  settingsCancel: 'Cancel',
};

export type SettingsTranslate = (
  key: SettingsKey,
  data?: Record<string, string | number>,
) => string;

const catalogues: Record<Locale, Record<SettingsKey, string>> = { it, en };

export function settingsTranslator(locale: Locale): SettingsTranslate {
  return translatorOf(catalogues[locale] ?? it);
}
