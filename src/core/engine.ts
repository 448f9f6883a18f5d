// checkTicket: prepares the draft once, runs every rule, applies configured severities and
// builds the Report. Synchronous and pure: same input, same report, in any host.
import { classifyModule } from './classify/classify-module';
import { classifyTicketType } from './classify/classify-type';
import { defaultDirectory } from './directory/load-directory';
import { message } from './messages/catalogue';
import { findPhones } from './phone/find-phones';
import { rules as allRules } from './rules';
import type { Rule, RuleContext } from './rules/rule';
import { prepareText } from './text/prepare';
import type { CheckOptions, Finding, Report, Severity, TicketDraft, Verdict } from './types';

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkTicket(draft: TicketDraft, options: CheckOptions = {}): Report {
  const locale = options.locale ?? options.settings?.language ?? 'it';
  const directory = options.directory ?? defaultDirectory;
  const subject = (draft.subject ?? '').trim();
  const body = prepareText(draft.bodyText ?? '', draft.bodyHtml, options.settings?.name);
  const module = classifyModule(subject, body, directory, locale);
  const ctx: RuleContext = {
    draft,
    subject,
    body,
    settings: options.settings ?? {},
    directory,
    module,
    ticketType: classifyTicketType(subject, body),
    phones: findPhones(body.own.text).map((p) => ({
      ...p,
      start: p.start + body.own.start,
      end: p.end + body.own.start,
    })),
    locale,
    options,
  };

  const findings: Finding[] = [];
  for (const rule of allRules) {
    const level = options.severities?.[rule.id];
    if (level === 'off') continue;
    findings.push(...runRule(rule, ctx, level));
  }
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);

  return {
    verdict: verdictOf(findings),
    findings,
    module,
    ticketType: ctx.ticketType,
    score: scoreOf(findings),
    locale,
  };
}

function runRule(rule: Rule, ctx: RuleContext, level: Severity | undefined): Finding[] {
  const severity = level ?? rule.contextualSeverity?.(ctx) ?? rule.defaultSeverity;
  return rule.check(ctx).map((p) => ({
    rule: rule.id,
    severity,
    message: message(ctx.locale, rule.id, p.messageId ?? 'default', p.data),
    ...(p.where ? { where: p.where } : {}),
    ...(p.fix
      ? {
          fix: {
            id: p.fix.id,
            label: message(ctx.locale, rule.id, p.fix.labelId, p.fix.labelData),
            edits: p.fix.edits,
          },
        }
      : {}),
  }));
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
