// The rule registry: one line per rule, keyed by its id (= its file name), in the order
// findings are shown within a severity. RuleId, the rule list, the docs table check and the
// corpus labels all derive from it.
import { attachmentMentionedMissing } from './attachment-mentioned-missing';
import { attachmentSuggested } from './attachment-suggested';
import { availabilityMissing } from './availability-missing';
import { bodyTooVague } from './body-too-vague';
import { booking } from './booking';
import { enteMissing } from './ente-missing';
import { enteMultiple } from './ente-multiple';
import { insistence } from './insistence';
import { multipleTopics } from './multiple-topics';
import { namedOperator } from './named-operator';
import { onBehalf } from './on-behalf';
import { paidService } from './paid-service';
import { personalRecipient } from './personal-recipient';
import { phoneMissing } from './phone-missing';
import { replyToTicketNotification } from './reply-to-ticket-notification';
import type { Rule } from './rule';
import { signatureMissing } from './signature-missing';
import { subjectGeneric } from './subject-generic';
import { subjectMissing } from './subject-missing';
import { wrongModuleAddress } from './wrong-module-address';

export const registry = {
  'subject-missing': subjectMissing,
  'subject-generic': subjectGeneric,
  'body-too-vague': bodyTooVague,
  'signature-missing': signatureMissing,
  'phone-missing': phoneMissing,
  'personal-recipient': personalRecipient,
  'wrong-module-address': wrongModuleAddress,
  'reply-to-ticket-notification': replyToTicketNotification,
  'named-operator': namedOperator,
  'on-behalf': onBehalf,
  'ente-multiple': enteMultiple,
  'multiple-topics': multipleTopics,
  insistence: insistence,
  booking: booking,
  'attachment-mentioned-missing': attachmentMentionedMissing,
  'ente-missing': enteMissing,
  'attachment-suggested': attachmentSuggested,
  'availability-missing': availabilityMissing,
  'paid-service': paidService,
} as const;

type Registry = typeof registry;
export type RuleId = keyof Registry;

// Compile-time check that every rule is registered under its own id.
type MisfiledIds = { [K in RuleId]: Registry[K]['id'] extends K ? never : K }[RuleId];
const everyIdIsItsKey: [MisfiledIds] extends [never] ? true : MisfiledIds = true;
void everyIdIsItsKey;

/** Every rule, in display order. */
export const rules: readonly Rule<RuleId>[] = Object.values(registry);

/** Every rule id, in display order. */
export const ruleIds = Object.keys(registry) as RuleId[];
