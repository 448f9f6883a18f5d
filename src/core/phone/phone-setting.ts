// The phone number a user saves in the settings, checked with the same parser the rules use to
// find a phone in a ticket: a number saved here is one the phone-missing rule will recognise in
// the signature it goes into, so a phone fix can never insert a number that does not count.
import { findPhones } from './find-phones';

export type PhoneSettingCheck =
  | { valid: true; /** E.164 of the (first) number, e.g. +390721887654. */ e164: string }
  | { valid: false; reason: 'empty' | 'not-a-phone' };

export function checkPhoneSetting(value: string): PhoneSettingCheck {
  const text = value.trim();
  if (text === '') return { valid: false, reason: 'empty' };
  const [first] = findPhones(text);
  return first ? { valid: true, e164: first.e164 } : { valid: false, reason: 'not-a-phone' };
}

/** True when `value` holds an Italian fixed or mobile number the engine recognises. */
export function isValidPhoneSetting(value: string): boolean {
  return checkPhoneSetting(value).valid;
}
