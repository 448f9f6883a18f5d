// Machine-readable output: one object per checked file, stable keys for scripts and CI. Each
// finding says where it was found (field, offsets, the text there) and the fix it offers.
import type { DraftField, RuleId, Severity, TicketType, Verdict } from '../core/types';
import type { CheckedFile } from './checked-file';

export interface JsonFinding {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** The field concerned and, for text, the offsets in it (end exclusive); null when global. */
  location: { field: DraftField; start?: number; end?: number } | null;
  /** The text found there, when the rule names one. */
  excerpt: string | null;
  /** The fix offered: its stable id and its title (the pane's button label). */
  fix: { id: string; title: string } | null;
}

export interface JsonFileResult {
  file: string;
  verdict: Verdict;
  findings: JsonFinding[];
  module: { id: string; name: string; address: string; confidence: number } | null;
  ticketType: TicketType | null;
  /** Checks that did not run because of our own failure: the result may be incomplete. */
  incomplete: { stage: string; rule: RuleId | null; message: string }[];
}

export function toJsonResults(files: CheckedFile[]): JsonFileResult[] {
  return files.map(({ file, report }) => ({
    file,
    verdict: report.verdict,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      location: f.where
        ? {
            field: f.where.field,
            ...(f.where.start !== undefined ? { start: f.where.start } : {}),
            ...(f.where.end !== undefined ? { end: f.where.end } : {}),
          }
        : null,
      excerpt: f.where?.excerpt ?? null,
      fix: f.fix ? { id: f.fix.id, title: f.fix.label } : null,
    })),
    module: report.module
      ? {
          id: report.module.id,
          name: report.module.name,
          address: report.module.address,
          confidence: report.module.confidence,
        }
      : null,
    ticketType: report.ticketType,
    incomplete: [
      ...report.internalErrors.map((e) => ({
        stage: e.stage,
        rule: e.rule ?? null,
        message: e.message,
      })),
      ...report.skippedRules.map((rule) => ({
        stage: 'deadline',
        rule,
        message: 'not run in time',
      })),
    ],
  }));
}

export function formatJson(files: CheckedFile[]): string {
  return JSON.stringify(toJsonResults(files), null, 2) + '\n';
}

/** The result of `ticket-check --directory FILE` alone. */
export interface JsonDirectoryResult {
  directory: string;
  valid: boolean;
  modules?: number;
  placeholder?: boolean;
  issues?: { path: string; message: string }[];
}

export function formatDirectoryJson(result: JsonDirectoryResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
