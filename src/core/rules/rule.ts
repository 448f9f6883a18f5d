// The shape of one guideline rule, modelled on ESLint rule modules: a stable id, a default
// severity, a check that reports problems by message id (texts live in ../messages), and an
// optional fix made of host-independent edits.
import type { ModuleScore } from '../classify/classify-module';
import type { PreparedText } from '../text/prepare';
import type {
  CheckOptions,
  Directory,
  FixEdit,
  Location,
  ModuleSuggestion,
  RuleId,
  Severity,
  TicketDraft,
  TicketType,
  UserSettings,
  Locale,
} from '../types';
import type { PhoneMatch } from '../phone/find-phones';

/** Everything a rule may look at; computed once per check by the engine. */
export interface RuleContext {
  draft: TicketDraft;
  /** Subject, trimmed. */
  subject: string;
  /** `subject` folded (lower case, no accents; same length). */
  foldedSubject: string;
  body: PreparedText;
  /** `body.text` folded (lower case, no accents; same length, so offsets carry over). */
  foldedBody: string;
  settings: UserSettings;
  directory: Directory;
  module: ModuleSuggestion | null;
  /** Keyword scores of every module with evidence, best first. */
  moduleScores: ModuleScore[];
  ticketType: TicketType | null;
  /** Phone numbers found in the user's own text (not in quoted replies). */
  phones: PhoneMatch[];
  locale: Locale;
  options: CheckOptions;
}

export interface RuleFix {
  /** Message id (in the rule's catalogue section) of the button label. */
  labelId: string;
  labelData?: Record<string, string | number>;
  id: string;
  edits: FixEdit[];
}

export interface RuleProblem {
  /** Key in the rule's catalogue section; defaults to "default". */
  messageId?: string;
  data?: Record<string, string | number>;
  where?: Location;
  fix?: RuleFix;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** Severity when it depends on context (e.g. ente-missing with several Enti); else default. */
  contextualSeverity?(ctx: RuleContext): Severity;
  check(ctx: RuleContext): RuleProblem[];
}
