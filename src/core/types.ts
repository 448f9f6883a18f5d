// Public data shapes of the engine. Every host (Outlook, Thunderbird, preview, CLI) builds a
// TicketDraft from what it can read and renders the Report; nothing here knows about a host.

import type { RuleId } from './rules';

export interface Recipient {
  name?: string;
  address: string;
}

export interface AttachmentInfo {
  name: string;
  contentType?: string;
  /** Bytes. */
  size?: number;
  /** Shown inside the body (a pasted picture, a logo in the signature) rather than attached. */
  inline?: boolean;
  /** The Content-ID the HTML body refers to ("cid:…"), when the host knows it. */
  contentId?: string;
}

/** The message being composed, as plain data. */
export interface TicketDraft {
  subject: string;
  bodyText: string;
  bodyHtml?: string;
  from?: Recipient;
  to: Recipient[];
  cc: Recipient[];
  /** Blind copies: the helpdesk in Bcc still opens a ticket (see send-check.ts). */
  bcc?: Recipient[];
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

/** The id of a registered rule, derived from the registry (rules/index.ts). */
export type { RuleId };

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
      /** What takes the place of the `basedOn` entries (the whole field without `basedOn`). */
      recipients: Recipient[];
      /**
       * The entries the edit replaces, as the check saw them: the whole field, or only the
       * entries it changes (a personal-recipient fix names just its own address, so a report
       * does not repeat the whole field in every finding). Hosts apply the edit to the field as
       * it is when the user clicks (see mergeRecipientEdit): entries outside `basedOn`, and
       * recipients added since the check, stay.
       */
      basedOn?: Recipient[];
    }
  | {
      kind: 'set-subject';
      subject: string;
      /**
       * The subject as the check saw it. Hosts refuse the edit when the subject has changed since
       * (the user typed meanwhile): a proposal computed from an older subject must not overwrite
       * a newer one.
       */
      basedOn?: string;
    }
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
  /** Which of the rule's messages this is (stable across languages). */
  messageId: string;
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

/** A failure of ours during a check: what failed, never a finding about the ticket. */
export interface InternalError {
  /** "config": an admin value of the wrong type, replaced by the default (see coerce-options). */
  stage: 'prepare' | 'classify' | 'phones' | 'attachments' | 'rule' | 'config';
  /** The rule that threw, for stage "rule". */
  rule?: RuleId;
  message: string;
}

export interface Report {
  verdict: Verdict;
  findings: Finding[];
  module: ModuleSuggestion | null;
  ticketType: TicketType | null;
  /** 0..100, higher is better; for the pane's quality meter. */
  score: number;
  locale: Locale;
  /** Our own failures during the check; the findings are those of the steps that worked. */
  internalErrors: InternalError[];
  /** Rules not run because the deadline had passed: the check is incomplete. */
  skippedRules: RuleId[];
}

export interface CheckOptions {
  settings?: UserSettings;
  directory?: Directory;
  /** Per-rule levels that override the defaults. */
  severities?: Partial<Record<RuleId, RuleLevel>>;
  /** Subjects that are too generic (compared after normalisation); replaces the default list. */
  genericSubjects?: string[];
  locale?: Locale;
  /**
   * Time (per `clock`) after which no further rule is started; the rules left are listed in
   * `Report.skippedRules`. Send paths pass what remains of the host's time budget.
   */
  deadline?: number;
  /** Milliseconds clock for `deadline`; Date.now by default (tests pass a double). */
  clock?: () => number;
}
