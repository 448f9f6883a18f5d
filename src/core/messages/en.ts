import type { Catalogue } from './catalogue';

export const en: Catalogue = {
  common: {
    sendBlockedHead: 'The ticket would not be taken in charge:',
    sendWarningHead: 'Before sending, please check:',
    internalError: 'Check failed because of an internal error in rule {rule}: {error}',
    moduleWordSubject: 'word "{word}" in the subject',
    moduleWordText: 'word "{word}" in the text',
    signatureClosing: 'Kind regards',
    namePlaceholder: '[First and last name]',
    phonePlaceholder: '[landline or mobile number]',
    phoneLine: 'Phone {phone}',
    enteLine: 'Ente: {ente}',
    availabilitySlot: '{days} {from}-{to}',
    availabilityLine: 'Available: {slots}',
    subjectPlaceholder: '[describe the problem in a few words]',
    templateEnte: 'Ente: {ente}',
    templateModule: 'Module: {module}',
    templateDoing: 'What I was doing: ',
    templateHappened: 'What happened: ',
    templateErrorMessage: 'Error message (exact text): ',
    templateSteps: 'Steps to reproduce the problem:',
    templateAvailability: 'Available: [days and hours]',
  },
  'subject-missing': {
    default: 'The subject is empty: tickets without a subject are not taken in charge.',
    fix: 'Use the subject "{subject}"',
  },
  'subject-generic': {
    default:
      'The subject "{subject}" is too generic: state the reason for the request (module and problem).',
    fix: 'Use the subject "{subject}"',
  },
  'body-too-vague': {
    default:
      'The text does not explain the request ({count} meaningful words): describe what you were doing, what happened and the error message.',
    empty: 'The text is empty: describe the problem or the request.',
    fix: 'Insert the ticket template',
  },
  'signature-missing': {
    default:
      'Your signature with your name is missing: tickets without the sender’s details are not taken in charge.',
    fix: 'Add the signature',
  },
  'phone-missing': {
    default:
      'A phone number (landline or mobile) to call you back is missing: tickets without contact details are not taken in charge.',
    fix: 'Add the phone number {phone}',
  },
  'ente-missing': {
    default: 'The Ente (Comune, Unione…) you need help for is not named.',
    several: 'You work for several Enti ({enti}): say which one needs help.',
    fix: 'Add "Ente: {ente}"',
  },
  'ente-multiple': {
    default: 'The text names several Enti ({enti}): say clearly which one needs help.',
  },
  'named-operator': {
    default:
      'Avoid asking for a specific operator ("{excerpt}"): if they are away, the answer takes longer. You may say you already talked with them.',
  },
  'personal-recipient': {
    default:
      '{address} looks like an operator’s personal mailbox: when they are away the request stays unanswered. Use the module address.',
    fix: 'Replace with {moduleAddress}',
    fixRemove: 'Remove {address}',
  },
  'on-behalf': {
    default:
      'This looks like a ticket on behalf of a colleague ("{excerpt}"): the person with the problem should write directly.',
  },
  'reply-to-ticket-notification': {
    default:
      'You are replying to a ticket’s automatic mail: for a different problem send a new mail.',
  },
  insistence: {
    default:
      'Insistent wording ("{excerpt}") does not speed up the answer: explain the urgency with facts (deadlines, effects).',
  },
  booking: {
    default:
      'This looks like "booking" assistance in advance ("{excerpt}"): open the ticket when the problem occurs.',
  },
  'multiple-topics': {
    default:
      'The ticket seems to contain several requests ("{excerpt}"): send a separate mail for each topic.',
    modules:
      'The ticket is about two modules ({first} and {second}): send a separate mail for each.',
  },
  'attachment-suggested': {
    default:
      'For an anomaly, a screenshot of the error message helps the helpdesk: attach one if you can.',
  },
  'availability-missing': {
    default:
      'Say when you can be reached (e.g. "available 9 to 13"): after two failed calls the ticket is closed.',
    fix: 'Add your availability',
  },
  'paid-service': {
    default: 'This request may be charged.',
    supporto:
      'Help to correct the user’s own mistakes is charged unless the technical assistance service (PALASS) is active.',
    formazione:
      'Training and consulting are charged unless the extraordinary assistance service is active.',
  },
  'wrong-module-address': {
    default: 'The ticket seems to be about the {module} module: the right address is {address}.',
    fix: 'Send to {address}',
  },
  'attachment-mentioned-missing': {
    default: 'The text mentions an attachment ("{excerpt}") but the message has none.',
  },
};
