// A rule tester in the manner of ESLint's RuleTester: one rule, run alone on a draft fragment,
// with `valid` cases (no finding) and `invalid` cases (exactly the findings listed, by message
// id, with their excerpt, severity and fix compared whole). Every case is also checked in both
// languages for a message with no unfilled placeholder. A rule that throws fails the case: the
// engine would hide it as an internal error, the tester shows it.
import { buildContext } from '../../../../src/core/context';
import { runRule } from '../../../../src/core/engine';
import type { Rule } from '../../../../src/core/rules/rule';
import type {
  CheckOptions,
  DraftField,
  Finding,
  FixEdit,
  Locale,
  RuleId,
  Severity,
  TicketDraft,
  UserSettings,
} from '../../../../src/core/types';

export interface RuleCase {
  /** What the case shows; defaults to the subject or the start of the body. */
  name?: string;
  subject?: string;
  /** Plain-text body. */
  body?: string;
  /** Any other draft field (recipients, attachments, HTML body, reply context…). */
  draft?: Partial<TicketDraft>;
  settings?: UserSettings;
  options?: Omit<CheckOptions, 'settings'>;
}

export interface ExpectedFinding {
  messageId: string;
  severity?: Severity;
  /** The excerpt the pane shows for the finding's location. */
  excerpt?: string;
  field?: DraftField;
  /**
   * The fix, compared whole (id and edits), and its button label in Italian when `label` is
   * given; `null` when no fix may be offered.
   */
  fix?: { id: string; edits: FixEdit[]; label?: string } | null;
  /** Placeholder values the message must carry. */
  data?: Record<string, string>;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
}

export function draftOf(c: RuleCase): TicketDraft {
  return {
    subject: c.subject ?? '',
    bodyText: c.body ?? '',
    to: [],
    cc: [],
    attachments: [],
    ...c.draft,
  };
}

/** The rule's findings for a case, in one language. */
export function findingsOf(rule: Rule<RuleId>, c: RuleCase, locale: Locale = 'it'): Finding[] {
  const options: CheckOptions = { ...c.options, settings: c.settings, locale };
  const { ctx } = buildContext(draftOf(c), options);
  return runRule(rule, ctx, levelOf(options, rule.id));
}

function levelOf(options: CheckOptions, id: RuleId): Severity | undefined {
  const level = options.severities?.[id];
  return level === 'off' ? undefined : level;
}

function caseName(c: RuleCase): string {
  if (c.name) return c.name;
  const text = (c.subject ?? c.body ?? JSON.stringify(c.draft ?? {})).replace(/\s+/g, ' ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}

function expectFilled(findings: Finding[]): void {
  for (const f of findings) {
    expect(f.message).not.toMatch(/\{\w+\}/);
    if (f.fix) expect(f.fix.label).not.toMatch(/\{\w+\}/);
  }
}

export function testRule(
  rule: Rule<RuleId>,
  cases: { valid: RuleCase[]; invalid: InvalidCase[] },
): void {
  // A bare string is no case: it would be checked as an empty mail and pass whatever it says.
  for (const c of [...cases.valid, ...cases.invalid]) {
    if (typeof c !== 'object' || c === null) {
      throw new Error(
        `${rule.id}: a case must be an object ({ body: … }), not ${JSON.stringify(c)}`,
      );
    }
  }
  describe(rule.id, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
        expect(findingsOf(rule, c)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
        const found = findingsOf(rule, c);
        expect(found.map((f) => f.messageId)).toEqual(c.findings.map((e) => e.messageId));
        c.findings.forEach((expected, i) => {
          const f = found[i]!;
          expect(f.severity).toBe(expected.severity ?? rule.severity);
          if (expected.excerpt !== undefined) expect(f.where?.excerpt).toBe(expected.excerpt);
          if (expected.field !== undefined) expect(f.where?.field).toBe(expected.field);
          if (expected.fix === null) expect(f.fix).toBeUndefined();
          else if (expected.fix) {
            const { label, ...whole } = expected.fix;
            expect(f.fix && { id: f.fix.id, edits: f.fix.edits }).toEqual(whole);
            if (label !== undefined) expect(f.fix?.label).toBe(label);
          }
          for (const value of Object.values(expected.data ?? {}))
            expect(f.message).toContain(value);
        });
        expectFilled(found);
        expectFilled(findingsOf(rule, c, 'en'));
      });
    });
  });
}
