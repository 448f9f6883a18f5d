// The shape of one guideline rule, modelled on ESLint rule modules: a stable id (the file name),
// a default severity, a one-line summary, its messages in both languages, a check that reports
// problems by typed message id, and optional fixes made of host-independent edits.
import type { NewProblem } from '../classify/ticket-mail-reply';
import type { SecondTopic } from '../classify/second-topic';
import type { ModuleScore } from '../classify/classify-module';
import type { Bilingual, MessageSet } from '../messages/define-messages';
import type { MessageData } from '../messages/interpolate';
import type { PhoneMatch } from '../phone/find-phones';
import type { PreparedText } from '../text/prepare';
import type {
  CheckOptions,
  Directory,
  FixEdit,
  Locale,
  Location,
  ModuleSuggestion,
  Severity,
  TicketDraft,
  TicketType,
  UserSettings,
} from '../types';

/**
 * A bounded stretch of the subject or body: `text` and its folded form (lower case, no accents,
 * same length) start at offset `start` of the field and hold at most the scan limit
 * (../limits.ts), so a rule that reads a region is linear by construction.
 */
export interface Region {
  start: number;
  /** Exclusive; `end - start === text.length`. */
  end: number;
  text: string;
  folded: string;
}

/** Everything a rule may look at; built once per check by buildContext (../context.ts). */
export interface RuleContext {
  /** The draft as the host gave it, coerced to well-formed values. */
  draft: TicketDraft;
  /** The subject without surrounding blanks; `start` is its offset in `draft.subject`. */
  subject: Region;
  /** The body split into parts (full offsets); read text through the regions below. */
  body: PreparedText;
  /** The user's own text: the body up to the quoted reply or forward. */
  own: Region;
  /** The own text without greeting and signature: what the request says. */
  content: Region;
  /** The own text without the signature block: where requests and phrases are written. */
  request: Region;
  /** The signature block (closing formula, name, role, phones), if any. */
  signature: Region | null;
  /** The last characters of the own text, where a signature without a closing formula is. */
  tail: Region;
  /** The quoted reply or forwarded part, if any. */
  quoted: Region | null;
  settings: UserSettings;
  directory: Directory;
  module: ModuleSuggestion | null;
  /** Keyword scores of every module with evidence, best first. */
  moduleScores: ModuleScore[];
  ticketType: TicketType | null;
  /** Phone numbers in the user's own text (not in quoted replies), body offsets. */
  phones: PhoneMatch[];
  /** A file is attached or a picture is pasted in the body (a signature logo is neither). */
  hasMaterial: boolean;
  locale: Locale;
  options: CheckOptions;
  /**
   * A reply to the ticketing system's automatic mail that raises another problem, or null. Then
   * `module` and `ticketType` are the new problem's, read from its own words.
   */
  newProblem: NewProblem | null;
  /**
   * The content's second, different request, or null. Then `ticketType` is the first request's,
   * read from the subject and the content before the second.
   */
  secondTopic: SecondTopic | null;
}

export interface RuleFix<K extends string = string> {
  /** Stable id of the kind of fix, e.g. "use-module-address". */
  id: string;
  /** Message id of the button label. */
  labelId: K;
  labelData?: MessageData;
  edits: FixEdit[];
}

export interface RuleProblem<K extends string = string> {
  messageId: K;
  data?: MessageData;
  where?: Location;
  fix?: RuleFix<K>;
}

export interface RuleDefinition<Id extends string, M extends MessageSet> {
  /** Stable id, equal to the rule's file name; used in reports, the CLI and the admin file. */
  id: Id;
  /** Default severity: error blocks the send, warning asks, info advises. */
  severity: Severity;
  /**
   * Advisory only: its level can be info or off, never raised (admin file, checkTicket
   * options). For a rule that reads something too unsure to stop a send, the ticket type above
   * all; and since no verdict depends on it, the on-send file need not compute what it reads.
   */
  advisory?: true;
  /** One line for contributors and docs: when the rule fires. */
  summary: string;
  messages: Bilingual<M>;
  /** Severity when it depends on the context (ente-missing with several Enti); else `severity`. */
  severityFor?(ctx: RuleContext): Severity;
  check(ctx: RuleContext): RuleProblem<keyof M & string>[];
}

export type Rule<Id extends string = string, K extends string = string> = RuleDefinition<
  Id,
  Record<K, string>
>;

/** Declares a rule; the types tie its message ids to its messages. */
export function defineRule<const Id extends string, M extends MessageSet>(
  definition: RuleDefinition<Id, M>,
): Rule<Id, keyof M & string> {
  return definition as unknown as Rule<Id, keyof M & string>;
}
