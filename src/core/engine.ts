// checkTicket: prepares the draft once, runs every rule, applies configured severities and
// builds the Report. Synchronous and pure: same input, same report, in any host.
// It never throws: a draft with odd values is coerced, a failing preparation step falls back to
// the plain text, and a rule that throws is skipped and reported as an info finding under its
// own id (so a bug of ours can never block a send).
import { classifyModule, scoreModules, type ModuleScore } from './classify/classify-module';
import { classifyTicketType } from './classify/classify-type';
import { defaultDirectory } from './directory/load-directory';
import { message } from './messages/catalogue';
import { findPhones, type PhoneMatch } from './phone/find-phones';
import { rules as allRules } from './rules';
import type { Rule, RuleContext } from './rules/rule';
import { fold } from './text/fold';
import { prepareText, type PreparedText } from './text/prepare';
import type {
  CheckOptions,
  Finding,
  Locale,
  Recipient,
  Report,
  Severity,
  TicketDraft,
  UserSettings,
  Verdict,
} from './types';

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkTicket(draft: TicketDraft, options: CheckOptions = {}): Report {
  const opts: CheckOptions = options && typeof options === 'object' ? options : {};
  const locale: Locale = pickLocale(opts.locale ?? opts.settings?.language);
  const safe = sanitizeDraft(draft);
  const directory = opts.directory ?? defaultDirectory;
  const settings = sanitizeSettings(opts.settings);
  const subject = safe.subject.trim();
  const body = attempt(
    () => prepareText(safe.bodyText, safe.bodyHtml, settings.name),
    () => plainPrepared(safe.bodyText),
  );
  const moduleScores = attempt<ModuleScore[]>(
    () => scoreModules(subject, body, directory),
    () => [],
  );
  const module = attempt(
    () => classifyModule(subject, body, directory, locale, moduleScores),
    () => null,
  );
  const ticketType = attempt(
    () => classifyTicketType(subject, body),
    () => null,
  );
  const phones = attempt<PhoneMatch[]>(
    () =>
      findPhones(body.own.text).map((p) => ({
        ...p,
        start: p.start + body.own.start,
        end: p.end + body.own.start,
      })),
    () => [],
  );
  const ctx: RuleContext = {
    draft: safe,
    subject,
    foldedSubject: fold(subject),
    body,
    foldedBody: fold(body.text),
    settings,
    directory,
    module,
    moduleScores,
    ticketType,
    phones,
    locale,
    options: opts,
  };

  const findings: Finding[] = [];
  // Subject offsets from the rules refer to the trimmed subject; hosts edit the raw one.
  const subjectShift = safe.subject.length - safe.subject.replace(/^\s+/, '').length;
  for (const rule of allRules) {
    const level = levelOf(opts.severities?.[rule.id]);
    if (level === 'off') continue;
    for (const f of runRule(rule, ctx, level)) {
      if (f.where?.field === 'subject' && f.where.start !== undefined && subjectShift > 0) {
        f.where = {
          ...f.where,
          start: f.where.start + subjectShift,
          end: (f.where.end ?? f.where.start) + subjectShift,
        };
      }
      findings.push(f);
    }
  }
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);

  return {
    verdict: verdictOf(findings),
    findings,
    module,
    ticketType,
    score: scoreOf(findings),
    locale,
  };
}

function runRule(rule: Rule, ctx: RuleContext, level: Severity | undefined): Finding[] {
  try {
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
  } catch (err) {
    // Fail open: our own failure must not block the user; the note makes it visible.
    const error = err instanceof Error ? err.message : String(err);
    return [
      {
        rule: rule.id,
        severity: 'info',
        message: message(ctx.locale, 'common', 'internalError', { rule: rule.id, error }),
      },
    ];
  }
}

/** A configured level, or undefined when absent or not a known level (then the default). */
function levelOf(value: unknown): Severity | 'off' | undefined {
  return value === 'error' || value === 'warning' || value === 'info' || value === 'off'
    ? value
    : undefined;
}

function attempt<T>(run: () => T, fallback: () => T): T {
  try {
    return run();
  } catch {
    return fallback();
  }
}

function pickLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'it';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

function recipients(value: unknown): Recipient[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is Recipient =>
      !!r && typeof r === 'object' && typeof (r as Recipient).address === 'string',
  );
}

/** Coerces what a host (or a JavaScript caller) passed into a well-formed draft. */
function sanitizeDraft(draft: TicketDraft): TicketDraft {
  const d = (draft && typeof draft === 'object' ? draft : {}) as Partial<TicketDraft>;
  return {
    ...d,
    subject: text(d.subject),
    bodyText: text(d.bodyText),
    bodyHtml: typeof d.bodyHtml === 'string' ? d.bodyHtml : undefined,
    to: recipients(d.to),
    cc: recipients(d.cc),
    attachments: Array.isArray(d.attachments) ? d.attachments.filter((a) => !!a) : [],
  };
}

/**
 * Keeps the settings values of the expected types: stored settings may come from an older
 * version or a hand-edited file ("enti" as one string, a phone stored as a number).
 */
function sanitizeSettings(value: unknown): UserSettings {
  if (!value || typeof value !== 'object') return {};
  const s = value as Record<string, unknown>;
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  const enti = typeof s.enti === 'string' ? [s.enti] : Array.isArray(s.enti) ? s.enti : [];
  const slots = Array.isArray(s.availability) ? s.availability : [];
  const out: UserSettings = {
    enti: enti.map(str).filter((e): e is string => e !== undefined),
    availability: slots
      .filter((a): a is Record<string, unknown> => !!a && typeof a === 'object')
      .map((a) => ({ days: str(a.days) ?? '', from: str(a.from) ?? '', to: str(a.to) ?? '' })),
  };
  const name = str(s.name);
  const phone = str(s.phone);
  if (name !== undefined) out.name = name;
  if (phone !== undefined) out.phone = phone;
  if (s.language === 'it' || s.language === 'en') out.language = s.language;
  return out;
}

function plainPrepared(bodyText: string): PreparedText {
  const whole = { start: 0, end: bodyText.length, text: bodyText };
  return {
    text: bodyText,
    own: whole,
    greeting: null,
    signature: null,
    content: whole,
    quoted: null,
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
