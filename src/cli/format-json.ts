// Machine-readable output: one object per checked file, stable keys for scripts and CI.
import type { RuleId, Severity, TicketType, Verdict } from '../core/types';
import type { CheckedFile } from './checked-file';

export interface JsonFileResult {
  file: string;
  verdict: Verdict;
  findings: { rule: RuleId; severity: Severity; message: string }[];
  module: { id: string; address: string; confidence: number } | null;
  ticketType: TicketType | null;
}

export function toJsonResults(files: CheckedFile[]): JsonFileResult[] {
  return files.map(({ file, report }) => ({
    file,
    verdict: report.verdict,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
    })),
    module: report.module
      ? {
          id: report.module.id,
          address: report.module.address,
          confidence: report.module.confidence,
        }
      : null,
    ticketType: report.ticketType,
  }));
}

export function formatJson(files: CheckedFile[]): string {
  return JSON.stringify(toJsonResults(files), null, 2) + '\n';
}
