// Finds Italian phone numbers (fixed and mobile) in free text.
export interface PhoneMatch {
  /** As written. */
  raw: string;
  /** E.164, e.g. +390541123456. */
  e164: string;
  type: 'fixed' | 'mobile' | 'unknown';
  start: number;
  end: number;
}

export function findPhones(text: string): PhoneMatch[] {
  void text;
  return [];
}
