// Whether a digit run is a valid Italian fixed or mobile number: libphonenumber-js (core build +
// Italy-only metadata, see scripts/generate-phone-metadata.mjs) decides. Its own module so that
// the browser bundles can swap it for the classifier compiled from the same metadata at build
// time (compiled-classify-number.ts): the library is shipped only with the CLI and the package.
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './metadata.it.json';

const metadata = metadataJson as unknown as MetadataJson;

export interface NumberClass {
  /** E.164, e.g. +390541123456. */
  e164: string;
  type: 'fixed' | 'mobile';
}

/**
 * `key` is what the phone finder builds: the digits of a run, with a leading `+` when the number
 * was written in international form ("+39…", "+378…"; "0039…" and "00378…" arrive as "+39…").
 * Returns the number when it is a valid Italian (or Vatican, San Marino) fixed or mobile number.
 */
export function classify(key: string): NumberClass | null {
  const parsed = parsePhoneNumberFromString(key, 'IT', metadata);
  if (!parsed || !parsed.isValid()) return null;
  const kind = parsed.getType();
  const national = parsed.nationalNumber as string;
  let type: NumberClass['type'];
  if (kind === 'FIXED_LINE') type = 'fixed';
  else if (kind === 'MOBILE') type = 'mobile';
  else if (kind === 'FIXED_LINE_OR_MOBILE') type = national.startsWith('3') ? 'mobile' : 'fixed';
  else return null; // toll-free, premium, shared-cost…: not the user's own number
  return { e164: parsed.number as string, type };
}
