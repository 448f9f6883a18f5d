// checkTicket: builds the rule context once, runs every rule, applies configured severities
// and builds the Report. Synchronous and pure: same input, same report, in any host.
// It never throws. A rule that throws is skipped and recorded in `report.internalErrors` (never
// disguised as one of its findings), so a bug of ours can never block a send. With a deadline
// the rules not run in time are listed in `report.skippedRules`: the check is incomplete and a
// send path lets the mail go. A rule is not started when it would end past the deadline, judged
// by the longest rule so far, so a check overruns its deadline by less than one rule's time.
import { errorText } from './error-text';
import { coerceOptions } from './config/coerce-options';
import { buildContext, coerceDraft, localeOf } from './context';
import { interpolate, type MessageData } from './messages/interpolate';
import { rules } from './rules';
import { forgetFolds } from './text/fold';
import type { Rule, RuleContext } from './rules/rule';
import type {
  CheckOptions,
  Finding,
  InternalError,
  Report,
  RuleId,
  Severity,
  Verdict,
} from './types';

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkTicket(draft: unknown, options: CheckOptions = {}): Report {
  try {
    return check(draft, options);
  } finally {
    forgetFolds();
  }
}

function check(draft: unknown, options: CheckOptions): Report {
  const given: CheckOptions = options && typeof options === 'object' ? options : {};
  const { options: opts, issues: clockErrors } = adminValues(given);
  const now = deadlineClock(opts, clockErrors);
  const deadline = typeof opts.deadline === 'number' ? opts.deadline : Infinity;
  // Out of time before anything ran (slow host calls): not even the context is built.
  if (now() >= deadline) {
    const report = emptyReport(localeOf(opts.locale), clockErrors);
    report.skippedRules = rules
      .filter((r) => levelOf(opts.severities?.[r.id]) !== 'off')
      .map((r) => r.id);
    return report;
  }
  let built;
  try {
    built = buildContext(draft, opts);
  } catch (err) {
    // Only a bug in the context builder gets here: report nothing rather than something wrong.
    return emptyReport(localeOf(opts.locale), [
      ...clockErrors,
      { stage: 'prepare', message: errorText(err) },
    ]);
  }
  const { ctx, errors } = built;
  const findings: Finding[] = [];
  const skippedRules: RuleId[] = [];
  let longest = 0;
  let outOfTime = false;
  for (const rule of rules) {
    const level = levelOf(opts.severities?.[rule.id]);
    if (level === 'off') continue;
    const start = outOfTime ? deadline : now();
    if (outOfTime || start + longest > deadline) {
      outOfTime = true;
      skippedRules.push(rule.id);
      continue;
    }
    try {
      findings.push(...runRule(rule, ctx, level));
    } catch (err) {
      errors.push({ stage: 'rule', rule: rule.id, message: errorText(err) });
    }
    const took = now() - start;
    if (took > longest) longest = took;
  }
  errors.unshift(...clockErrors);
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return {
    verdict: verdictOf(findings),
    findings,
    module: ctx.module,
    ticketType: ctx.ticketType,
    score: scoreOf(findings),
    locale: ctx.locale,
    internalErrors: errors,
    skippedRules,
  };
}

/** Runs one rule and turns its problems into findings with texts in the report's language. */
export function runRule(rule: Rule<RuleId>, ctx: RuleContext, level?: Severity): Finding[] {
  const severity = level ?? rule.severityFor?.(ctx) ?? rule.severity;
  const text = (id: string, data?: MessageData) => interpolateMessage(rule, ctx.locale, id, data);
  return rule.check(ctx).map((p) => ({
    rule: rule.id,
    severity,
    messageId: p.messageId,
    message: text(p.messageId, p.data),
    ...(p.where ? { where: p.where } : {}),
    ...(p.fix
      ? { fix: { id: p.fix.id, label: text(p.fix.labelId, p.fix.labelData), edits: p.fix.edits } }
      : {}),
  }));
}

function interpolateMessage(
  rule: Rule,
  locale: 'it' | 'en',
  id: string,
  data?: MessageData,
): string {
  const template = rule.messages[locale][id] ?? rule.messages.it[id];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${id}"`);
  return interpolate(template, data);
}

/** The options with the admin's values checked (a wrong type is a config issue, never thrown). */
function adminValues(options: CheckOptions): { options: CheckOptions; issues: InternalError[] } {
  try {
    return coerceOptions(options);
  } catch (err) {
    // Unreadable options (a getter that throws): the defaults, with the reason.
    return { options: {}, issues: [{ stage: 'config', message: `ignored: ${errorText(err)}` }] };
  }
}

/**
 * The clock the deadline is read with. A clock that throws or does not give a number is a
 * caller's bug: it is noted once and the check runs without a deadline (never throws, never
 * skips rules because of it).
 */
function deadlineClock(opts: CheckOptions, errors: InternalError[]): () => number {
  if (typeof opts.deadline !== 'number') return () => 0;
  const clock = typeof opts.clock === 'function' ? opts.clock : Date.now;
  let broken = false;
  return () => {
    if (broken) return -Infinity;
    try {
      const t = clock();
      if (typeof t === 'number' && !Number.isNaN(t)) return t;
      throw new Error(`the clock gave ${String(t)}, not a number`);
    } catch (err) {
      broken = true;
      errors.push({ stage: 'prepare', message: `deadline ignored: ${errorText(err)}` });
      return -Infinity;
    }
  };
}

/** A configured level, or undefined when absent or not a known level (then the default). */
function levelOf(value: unknown): Severity | 'off' | undefined {
  return value === 'error' || value === 'warning' || value === 'info' || value === 'off'
    ? value
    : undefined;
}

function emptyReport(locale: Report['locale'], internalErrors: InternalError[]): Report {
  return {
    verdict: 'ok',
    findings: [],
    module: null,
    ticketType: null,
    score: 100,
    locale,
    internalErrors,
    skippedRules: [],
  };
}

function verdictOf(findings: Finding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'block';
  if (findings.some((f) => f.severity === 'warning')) return 'warn';
  return 'ok';
}

/** A simple quality meter: errors cost most, information notes least. */
function scoreOf(findings: Finding[]): number {
  const cost: Record<Severity, number> = { error: 30, warning: 12, info: 4 };
  const total = findings.reduce((sum, f) => sum + cost[f.severity], 0);
  return Math.max(0, 100 - total);
}

export { coerceDraft };
