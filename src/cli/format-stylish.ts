// Human-readable output in the spirit of ESLint's "stylish": a header per file, one aligned line
// per finding (severity, message, rule id) and a summary line.
import { styleText } from 'node:util';
import type { Locale, Severity, Verdict } from '../core/types';
import type { CheckedFile } from './checked-file';
import { cliMessages } from './cli-messages';

type Style = Parameters<typeof styleText>[0];
type Color = 'red' | 'yellow' | 'cyan' | 'green';

const severityStyle: Record<Severity, Color> = { error: 'red', warning: 'yellow', info: 'cyan' };
const verdictStyle: Record<Verdict, Color> = { block: 'red', warn: 'yellow', ok: 'green' };
const verdictMark: Record<Verdict, string> = { block: '✖', warn: '⚠', ok: '✔' };

export interface StylishOptions {
  locale: Locale;
  color: boolean;
}

export function formatStylish(files: CheckedFile[], { locale, color }: StylishOptions): string {
  const t = cliMessages[locale];
  // We decide about colour ourselves (TTY, NO_COLOR), so the stream check is turned off.
  const paint = (style: Style, text: string): string =>
    color ? styleText(style, text, { validateStream: false }) : text;
  const out: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };

  for (const { file, report } of files) {
    const verdict = `${verdictMark[report.verdict]} ${t.verdict[report.verdict]}`;
    out.push(`${paint('underline', file)}  ${paint(verdictStyle[report.verdict], verdict)}`);
    const m = report.module;
    const moduleText = m
      ? `${m.name} <${m.address}> ${Math.round(m.confidence * 100)}%`
      : t.noModule;
    const typeText = report.ticketType ? t.ticketType[report.ticketType] : t.noTicketType;
    out.push(`  ${t.module}: ${moduleText}   ${t.type}: ${typeText}`);

    const rows = report.findings.map((f) => [t.severity[f.severity], f.message, f.rule] as const);
    const sevWidth = Math.max(0, ...rows.map((r) => r[0].length));
    const msgWidth = Math.max(0, ...rows.map((r) => r[1].length));
    report.findings.forEach((f, i) => {
      const [sev, msg, rule] = rows[i]!;
      count[f.severity] += 1;
      const sevCell = paint(severityStyle[f.severity], sev.padEnd(sevWidth));
      out.push(`  ${sevCell}  ${msg.padEnd(msgWidth)}  ${paint('dim', rule)}`);
    });
    out.push('');
  }

  const problems = count.error + count.warning + count.info;
  if (problems === 0) {
    out.push(paint('green', `✔ ${t.noProblems}`));
  } else {
    const style: Color = count.error > 0 ? 'red' : count.warning > 0 ? 'yellow' : 'cyan';
    const line = `✖ ${t.summary(problems, count.error, count.warning, count.info)}`;
    out.push(paint(['bold', style], line));
  }
  return out.join('\n') + '\n';
}
