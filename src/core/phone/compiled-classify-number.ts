// The browser bundles' stand-in for classify-number.ts (swapped in by build/webpack/common.cjs for
// onsend.js, the task pane and the Thunderbird extension): the same answer without shipping
// libphonenumber-js; the CLI and the npm package keep the library itself. The numbering plans
// are libphonenumber-js's own Italian, Vatican and San Marino metadata, compiled into regex
// literals at build time (generated/phone-plans.ts, by scripts/compile-phone-classifier.ts);
// this file follows the library's parse → isValid → getType steps for the keys the phone finder
// builds, and no further. tests/unit/onsend/compiled-classify-number.test.ts holds it equal to
// the library.
import type * as ClassifyNumber from './classify-number';
import type { NumberClass } from './classify-number';
import { phonePlans } from './generated/phone-plans';

/** A number type's pattern (whole national number) and the lengths it allows. */
export interface NumberTypePlan {
  pattern: RegExp;
  lengths: readonly number[];
}

/** One country's numbering plan, as libphonenumber-js's Metadata reads it. */
export interface CountryPlan {
  callingCode: string;
  /** International dialling prefix, anchored at the start: /^(?:00)/. */
  idd: RegExp;
  /** Every valid national number, anchored at both ends. */
  nationalNumber: RegExp;
  lengths: readonly number[];
  /** Tells this country from the others sharing its calling code (Vatican: 06698). */
  leadingDigits: RegExp | null;
  /** National prefix to strip, anchored at the start, and what replaces it ($1…). */
  prefixForParsing: RegExp | null;
  prefixTransform: string | null;
  fixed: NumberTypePlan | null;
  /** Null also when its pattern is empty: the library treats both alike. */
  mobile: NumberTypePlan | null;
  /** Toll-free, premium, shared cost…, in the library's order: they only pick the country. */
  others: readonly NumberTypePlan[];
}

export interface PhonePlans {
  defaultCountry: string;
  /** Calling code → countries, the main one first. */
  callingCodes: Readonly<Record<string, readonly string[]>>;
  countries: Readonly<Record<string, CountryPlan>>;
}

type Kind = 'fixed' | 'mobile' | 'fixed-or-mobile' | 'other';

const MIN_NATIONAL = 2;
const MAX_NATIONAL = 17;
const MAX_CALLING_CODE = 3;

export function classify(key: string): NumberClass | null {
  return classifyWith(phonePlans, key);
}

/** `classify` over any compiled plans (the tests give it plans compiled from other metadata). */
export function classifyWith(plans: PhonePlans, key: string): NumberClass | null {
  // The finder's keys are digits with an optional leading '+'; the library strips punctuation
  // first, which this never needs. Shorter than the library's viable minimum: not a number.
  if (!/^(?:\d{2,}|\+\d{3,})$/.test(key) || key.length > 250) return null;
  const home = plans.countries[plans.defaultCountry]!;
  let rest = key;
  if (rest[0] !== '+') {
    // "00" + calling code is an international number, unless a 0 follows the prefix.
    const idd = home.idd.exec(rest);
    if (idd && rest.length > idd[0].length && rest[idd[0].length] !== '0') {
      rest = `+${rest.slice(idd[0].length)}`;
    }
  }
  let callingCode: string;
  let number: string | undefined;
  let plan: CountryPlan;
  let country: string | undefined;
  if (rest[0] === '+') {
    if (rest[1] === '0') return null;
    let code: string | undefined;
    for (let i = 2; i - 1 <= MAX_CALLING_CODE && i <= rest.length && !code; i++) {
      if (plans.callingCodes[rest.slice(1, i)]) code = rest.slice(1, i);
    }
    if (code === undefined) return null;
    callingCode = code;
    number = rest.slice(code.length + 1);
    plan = mainPlan(plans, callingCode);
  } else {
    callingCode = home.callingCode;
    number = withoutCallingCode(plans, rest, home);
    if (number !== undefined) plan = mainPlan(plans, callingCode);
    else {
      number = rest;
      plan = home;
      country = plans.defaultCountry;
    }
  }
  if (!number) return null;
  const national = nationalNumberOf(plans, number, plan);
  country = countryOf(plans, callingCode, national) ?? country;
  if (national.length < MIN_NATIONAL || national.length > MAX_NATIONAL) return null;
  const kind = kindOf(national, country ? plans.countries[country]! : mainPlan(plans, callingCode));
  const e164 = `+${callingCode}${national}`;
  if (kind === 'fixed' || kind === 'mobile') return { e164, type: kind };
  if (kind === 'fixed-or-mobile') return { e164, type: national[0] === '3' ? 'mobile' : 'fixed' };
  return null; // toll-free, premium, shared-cost…, or no valid number
}

function mainPlan(plans: PhonePlans, callingCode: string): CountryPlan {
  return plans.countries[plans.callingCodes[callingCode]![0]!]!;
}

/** An international number written without '+' ("39 333…"): the digits after the code. */
function withoutCallingCode(plans: PhonePlans, number: string, home: CountryPlan) {
  if (!number.startsWith(home.callingCode)) return undefined;
  const shorter = number.slice(home.callingCode.length);
  const shorterNational = nationalNumberOf(plans, shorter, home);
  const national = nationalNumberOf(plans, number, home);
  if (
    (!home.nationalNumber.test(national) && home.nationalNumber.test(shorterNational)) ||
    lengthFit(national.length, home.lengths) === 'too-long'
  ) {
    return shorter;
  }
  return undefined;
}

/** The number without its national prefix, when stripping it leaves a possible number. */
function nationalNumberOf(plans: PhonePlans, number: string, plan: CountryPlan): string {
  const national = withoutNationalPrefix(number, plan);
  if (national === number) return number;
  if (plan.nationalNumber.test(number) && !plan.nationalNumber.test(national)) return number;
  const country = countryOf(plans, plan.callingCode, national);
  const fit = lengthFit(national.length, (country ? plans.countries[country]! : plan).lengths);
  return fit === 'too-short' || fit === 'invalid' ? number : national;
}

function withoutNationalPrefix(number: string, plan: CountryPlan): string {
  if (!plan.prefixForParsing) return number;
  const match = plan.prefixForParsing.exec(number);
  if (!match) return number;
  const lastGroup = match.length - 1;
  if (plan.prefixTransform && lastGroup > 0 && match[lastGroup]) {
    return number.replace(plan.prefixForParsing, plan.prefixTransform);
  }
  return number.slice(match[0].length);
}

/** Of the countries sharing a calling code: the one this national number belongs to. */
function countryOf(plans: PhonePlans, callingCode: string, national: string): string | undefined {
  const countries = plans.callingCodes[callingCode];
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = plans.countries[country]!;
    if (plan.leadingDigits) {
      if (national !== '' && plan.leadingDigits.test(national)) return country;
    } else if (kindOf(national, plan)) return country;
  }
  return undefined;
}

function kindOf(national: string, plan: CountryPlan): Kind | undefined {
  if (!plan.nationalNumber.test(national)) return undefined;
  if (isOfType(national, plan.fixed)) {
    return !plan.mobile || isOfType(national, plan.mobile) ? 'fixed-or-mobile' : 'fixed';
  }
  if (isOfType(national, plan.mobile)) return 'mobile';
  return plan.others.some((type) => isOfType(national, type)) ? 'other' : undefined;
}

function isOfType(national: string, type: NumberTypePlan | null): boolean {
  return type !== null && type.lengths.includes(national.length) && type.pattern.test(national);
}

function lengthFit(length: number, lengths: readonly number[]) {
  const min = lengths[0]!;
  if (length === min) return 'possible';
  if (length < min) return 'too-short';
  if (length > lengths[lengths.length - 1]!) return 'too-long';
  return lengths.indexOf(length, 1) >= 0 ? 'possible' : 'invalid';
}

// The type checker keeps the stand-in callable wherever the real one is.
const sameShape: typeof ClassifyNumber = { classify };
void sameShape;
