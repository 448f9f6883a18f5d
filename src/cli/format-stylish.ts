// Human-readable output in the spirit of ESLint's "stylish", within 80 columns: a header per
// file with the verdict (the pane's words), module and type; per finding the severity, the
// message wrapped under itself, then the rule id, where it was found and the fix's title; a
// closing line that agrees with the verdicts and the exit code. Everything that comes from a
// mail is made printable first (no terminal escapes).
import { styleText } from 'node:util';
import type { Finding, Locale, Severity, Verdict } from '../core/types';
import type { CheckedFile } from './checked-file';
import { cliMessages } from './cli-messages';
import { columns, printable, wrap } from './terminal-text';

type Style = Parameters<typeof styleText>[0];
type Color = 'red' | 'yellow' | 'cyan' | 'green';

const severityStyle: Record<Severity, Color> = { error: 'red', warning: 'yellow', info: 'cyan' };
const verdictStyle: Record<Verdict, Color> = { block: 'red', warn: 'yellow', ok: 'green' };
const verdictMark: Record<Verdict, string> = { block: '✖', warn: '⚠', ok: '✔' };

export const defaultWidth = 80;

export interface StylishOptions {
  locale: Locale;
  color: boolean;
  /** Files that could not be read (named on stderr): they count in the closing line. */
  unread?: number;
  /** Columns available; at most 80 are used. */
  width?: number;
}

function excerptOf(text: string, max = 50): string {
  const oneLine = printable(text).replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

export function formatStylish(files: CheckedFile[], options: StylishOptions): string {
  const { locale, color, unread = 0 } = options;
  const width = Math.max(40, Math.min(defaultWidth, options.width ?? defaultWidth));
  const t = cliMessages[locale];
  // We decide about colour ourselves (TTY, NO_COLOR), so the stream check is turned off.
  const paint = (style: Style, text: string): string =>
    color ? styleText(style, text, { validateStream: false }) : text;
  const out: string[] = [];
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const verdicts: Record<Verdict, number> = { block: 0, warn: 0, ok: 0 };
  const sevWidth = Math.max(...Object.values(t.severity).map((s) => s.length));
  const indent = ' '.repeat(2 + sevWidth + 2);

  const findingLines = (f: Finding): string[] => {
    const sev = t.severity[f.severity];
    const lines = wrap(f.message, width, `  ${sev.padEnd(sevWidth)}  `, indent);
    lines[0] = lines[0]!.replace(sev, paint(severityStyle[f.severity], sev));
    let meta = f.rule;
    if (f.where) {
      meta += ` · ${t.field[f.where.field]}`;
      if (f.where.excerpt) meta += `: ${t.quote[0]}${excerptOf(f.where.excerpt)}${t.quote[1]}`;
    }
    lines.push(...wrap(meta, width, indent).map((l) => paint('dim', l)));
    if (f.fix) lines.push(...wrap(`${t.fix}: ${f.fix.label}`, width, indent));
    return lines;
  };

  for (const { file, report } of files) {
    verdicts[report.verdict] += 1;
    const verdict = `${verdictMark[report.verdict]} ${t.verdict[report.verdict]}`;
    const name = printable(file);
    const verdictText = paint(verdictStyle[report.verdict], verdict);
    if (columns(`${name}  ${verdict}`) <= width) {
      out.push(`${paint('underline', name)}  ${verdictText}`);
    } else {
      out.push(...wrap(name, width).map((l) => paint('underline', l)), `  ${verdictText}`);
    }
    const m = report.module;
    out.push(
      ...wrap(`${t.module}: ${m ? `${m.name}, ${m.address}` : t.noModule}`, width, '  ', '    '),
    );
    const typeText = report.ticketType ? t.ticketType[report.ticketType] : t.noTicketType;
    out.push(`  ${t.type}: ${typeText}`);
    for (const f of report.findings) {
      findings[f.severity] += 1;
      out.push(...findingLines(f));
    }
    const failed = [
      ...report.internalErrors.map((e) => (e.stage === 'rule' ? (e.rule ?? e.stage) : e.stage)),
      ...report.skippedRules,
    ];
    if (failed.length > 0) {
      const note = t.incomplete([...new Set(failed)].join(', '));
      out.push(...wrap(note, width, '  ', '  ').map((l) => paint('yellow', l)));
    }
    out.push('');
  }

  // The mark follows the exit code: ✖ when a ticket needs fixing or a file was not read.
  const mark = verdicts.block > 0 || unread > 0 ? '✖' : verdicts.warn > 0 ? '⚠' : '✔';
  const style: Color = mark === '✖' ? 'red' : mark === '⚠' ? 'yellow' : 'green';
  for (const line of wrap(`${mark} ${t.summary(verdicts, findings, unread)}`, width, '', '  ')) {
    out.push(paint(['bold', style], line));
  }
  return out.join('\n') + '\n';
}
