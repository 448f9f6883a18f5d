// The shape of a corpus labels.json and a loader that names the file and ticket at fault.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleId, TicketType, UserSettings } from '../../src/core/types';
import { SETS, type CorpusSetInfo } from './sets';
import { ruleIds } from '../../src/core/rules';

/** Every rule id, from the registry (src/core/rules/index.ts), in display order. */
export const ALL_RULES: readonly RuleId[] = ruleIds;

export const CORPUS_SETS: readonly string[] = SETS.map((s) => s.name);
export type CorpusSet = string;

export function setInfo(set: CorpusSet): CorpusSetInfo {
  const info = SETS.find((s) => s.name === set);
  if (!info) throw new Error(`unknown corpus set "${set}" (known: ${CORPUS_SETS.join(', ')})`);
  return info;
}

export interface TicketLabel {
  file: string;
  /** Exactly the rules that must fire, at any severity. */
  rules: RuleId[];
  module: string | null;
  ticketType: TicketType | null;
  settings?: UserSettings;
  /** Why the ticket is labelled this way. */
  note: string;
}

export interface LabelFile {
  tickets: TicketLabel[];
}

export function corpusDir(set: CorpusSet): string {
  return join(__dirname, set);
}

const TYPES = new Set(['anomalia', 'supporto', 'formazione']);

/** Reads <set>/labels.json and checks every entry; throws naming the file and the ticket. */
export function loadLabels(set: CorpusSet): TicketLabel[] {
  const path = join(corpusDir(set), 'labels.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${path}: cannot read labels: ${(err as Error).message}`);
  }
  const tickets = (data as Partial<LabelFile>)?.tickets;
  if (!Array.isArray(tickets)) throw new Error(`${path}: expected { "tickets": [...] }`);
  tickets.forEach((t: Partial<TicketLabel>, i) => {
    const where = `${path}: tickets[${i}]${t?.file ? ` (${t.file})` : ''}`;
    if (typeof t?.file !== 'string' || !t.file.endsWith('.eml'))
      throw new Error(`${where}: "file" must name an .eml file`);
    if (!existsSync(join(corpusDir(set), t.file))) throw new Error(`${where}: file not found`);
    if (!Array.isArray(t.rules) || t.rules.some((r) => !ALL_RULES.includes(r)))
      throw new Error(`${where}: "rules" must list known rule ids`);
    if (t.module !== null && typeof t.module !== 'string')
      throw new Error(`${where}: "module" must be a module id or null`);
    if (t.ticketType !== null && !TYPES.has(String(t.ticketType)))
      throw new Error(`${where}: "ticketType" must be anomalia, supporto, formazione or null`);
  });
  return tickets as TicketLabel[];
}
