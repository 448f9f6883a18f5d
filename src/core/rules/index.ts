// The rule registry, in the order findings are shown within a severity.
import { attachmentMentionedMissing } from './attachment-mentioned-missing';
import { attachmentSuggested } from './attachment-suggested';
import { availabilityMissing } from './availability-missing';
import { bodyTooVague } from './body-too-vague';
import { bookingRule } from './booking';
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

export const rules: readonly Rule[] = [
  subjectMissing,
  subjectGeneric,
  bodyTooVague,
  signatureMissing,
  phoneMissing,
  personalRecipient,
  wrongModuleAddress,
  replyToTicketNotification,
  namedOperator,
  onBehalf,
  enteMultiple,
  multipleTopics,
  insistence,
  bookingRule,
  attachmentMentionedMissing,
  enteMissing,
  attachmentSuggested,
  availabilityMissing,
  paidService,
];
