// Public data shapes of the engine. Every host (Outlook, Thunderbird, preview, CLI) builds a
// TicketDraft from what it can read and renders the Report; nothing here knows about a host.

export interface Recipient {
  name?: string;
  address: string;
}

export interface AttachmentInfo {
  name: string;
  contentType?: string;
  size?: number;
}

/** The message being composed, as plain data. */
export interface TicketDraft {
  subject: string;
  bodyText: string;
  bodyHtml?: string;
  from?: Recipient;
  to: Recipient[];
  cc: Recipient[];
  attachments: AttachmentInfo[];
  /** Message-ID of the mail this one answers, when it is a reply. */
  inReplyTo?: string;
  references?: string[];
  /**
   * What the host knows about the mail being answered (Outlook conversation, Thunderbird related
   * message). Used to recognise a reply to the ticketing system's automatic notification.
   */
  replyContext?: {
    /** Sender address of the message being answered, when known. */
    originalFrom?: string;
    /** Subject of the message being answered, when known. */
    originalSubject?: string;
  };
}

/** A slot in which the user can be reached, e.g. { days: "lun-ven", from: "09:00", to: "13:00" }. */
export interface AvailabilitySlot {
  days: string;
  from: string;
  to: string;
}

/** What the user tells us about themselves (task pane / extension settings). */
export interface UserSettings {
  name?: string;
  phone?: string;
  /** The Enti (Comuni, Unioni) the user works for; more than one makes `ente-missing` a warning. */
  enti?: string[];
  availability?: AvailabilitySlot[];
  language?: Locale;
}

export type Locale = 'it' | 'en';
export type Severity = 'error' | 'warning' | 'info';
/** A rule's configured level: a severity, or switched off. */
export type RuleLevel = Severity | 'off';

export type RuleId =
  | 'subject-missing'
  | 'subject-generic'
  | 'body-too-vague'
  | 'signature-missing'
  | 'phone-missing'
  | 'ente-missing'
  | 'ente-multiple'
  | 'named-operator'
  | 'personal-recipient'
  | 'on-behalf'
  | 'reply-to-ticket-notification'
  | 'insistence'
  | 'booking'
  | 'multiple-topics'
  | 'attachment-suggested'
  | 'availability-missing'
  | 'paid-service'
  | 'wrong-module-address'
  | 'attachment-mentioned-missing';

export type TicketType = 'anomalia' | 'supporto' | 'formazione';

/** A module of the Cityware suite with its ticket address. */
export interface DirectoryModule {
  id: string;
  name: string;
  address: string;
  /** Words and phrases that point at this module (matched after normalisation and stemming). */
  keywords: string[];
  description?: string;
}

export interface Directory {
  version?: string;
  /** URL of the vendor's official list of ticket addresses. */
  officialListUrl: string;
  /** Domains of the vendor: an address there that is not a module address is personal. */
  vendorDomains: string[];
  /** Addresses of the ticketing system's automatic mails (notifications). */
  notificationSenders?: string[];
  modules: DirectoryModule[];
  /** True while the addresses are the shipped placeholders, not the vendor's real ones. */
  placeholder?: boolean;
}

export type DraftField = 'subject' | 'body' | 'to' | 'cc' | 'attachments' | 'from';

/** Where a finding points: a field and, for text, a character range in that field's text. */
export interface Location {
  field: DraftField;
  /** Offsets into `PreparedText.text` (body) or the subject string; end is exclusive. */
  start?: number;
  end?: number;
  /** The text found there, for display. */
  excerpt?: string;
}

/** A host-independent edit of the draft; every host knows how to apply each kind. */
export type FixEdit =
  | {
      kind: 'set-recipients';
      field: 'to' | 'cc';
      recipients: Recipient[];
      /**
       * The field as the check saw it. Hosts apply the edit to the field as it is when the user
       * clicks (see mergeRecipientEdit), so a recipient added since the check is not dropped.
       */
      basedOn?: Recipient[];
    }
  | { kind: 'set-subject'; subject: string }
  | { kind: 'append-to-body'; text: string }
  | { kind: 'set-body'; text: string };

export interface Fix {
  /** Stable id of the kind of fix, e.g. "use-module-address". */
  id: string;
  /** Button label in the requested locale. */
  label: string;
  edits: FixEdit[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  where?: Location;
  fix?: Fix;
}

export interface ModuleSuggestion {
  id: string;
  name: string;
  address: string;
  /** 0..1 */
  confidence: number;
  /** Human-readable reasons (in the report locale), e.g. 'parola "IMU" nell'oggetto'. */
  reasons: string[];
}

export type Verdict = 'block' | 'warn' | 'ok';

export interface Report {
  verdict: Verdict;
  findings: Finding[];
  module: ModuleSuggestion | null;
  ticketType: TicketType | null;
  /** 0..100, higher is better; for the pane's quality meter. */
  score: number;
  locale: Locale;
}

export interface CheckOptions {
  settings?: UserSettings;
  directory?: Directory;
  /** Per-rule levels that override the defaults. */
  severities?: Partial<Record<RuleId, RuleLevel>>;
  /** Subjects that are too generic (compared after normalisation); replaces the default list. */
  genericSubjects?: string[];
  locale?: Locale;
}
