// Public API of the engine (the package's main export).
export { checkTicket } from './engine';
export { prepareText } from './text/prepare';
export type { PreparedText, TextPart } from './text/prepare';
export { findPhones } from './phone/find-phones';
export type { PhoneMatch } from './phone/find-phones';
export {
  parseDirectory,
  validateDirectory,
  defaultDirectory,
  DirectoryError,
  issueLines,
} from './directory/load-directory';
export type { DirectoryIssue } from './directory/load-directory';
export { resolveConfig } from './config/admin-config';
export type {
  AdminConfig,
  EffectiveConfig,
  LockableSetting,
  SendMode,
  UserPreferences,
} from './config/admin-config';
export { rules, ruleIds, registry } from './rules';
export type { Rule, RuleContext, Region } from './rules/rule';
export { coerceSettings } from './config/coerce-settings';
export { localeFromLanguage, resolveLocale } from './locale';
export { buildSignatureBlock } from './fixes/signature-block';
export { buildTicketTemplate } from './fixes/ticket-template';
export { proposeSubject } from './fixes/propose-subject';
export { mergeRecipientEdit } from './fixes/merge-recipients';
export { isGenericSubject, defaultGenericSubjects } from './text/generic-subject';
export * from './types';
export {
  decideSend,
  isTicketMail,
  runSendCheck,
  ticketRecipients,
  SEND_CHECK_BUDGET_MS,
} from './send-check';
export type { SendCheckHost, SendOutcome } from './send-check';
export { isVendorAddress } from './directory/addresses';
export type { SendDecision } from './send-check';
