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
export { rules } from './rules';
export { buildSignatureBlock } from './fixes/signature-block';
export { buildTicketTemplate } from './fixes/ticket-template';
export { proposeSubject } from './fixes/propose-subject';
export { mergeRecipientEdit } from './fixes/merge-recipients';
export { isGenericSubject, defaultGenericSubjects } from './text/generic-subject';
export * from './types';
export { decideSend, isTicketMail } from './send-policy';
export { isVendorAddress } from './directory/addresses';
export type { SendDecision } from './send-policy';
