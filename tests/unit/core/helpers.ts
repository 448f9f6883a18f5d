import { checkTicket } from '../../../src/core/engine';
import type { CheckOptions, RuleId, TicketDraft } from '../../../src/core/types';

export const goodBody = `Buongiorno,

nel modulo Tributi il calcolo dell'IMU 2025 per un contribuente deceduto nel 2024 risulta errato:
l'importo dovuto dagli eredi è raddoppiato rispetto al 2024 e l'avviso non si può emettere.
Passi: Tributi > IMU > Calcolo > contribuente RSSMRA40A01H294X.

Sono reperibile dalle 9 alle 13.

Cordiali saluti
Mario Rossi
Ufficio Tributi - Comune di Rimini
Tel. 0541 123456`;

export function draft(over: Partial<TicketDraft> = {}): TicketDraft {
  return {
    subject: 'Tributi – calcolo IMU 2025 errato per contribuente deceduto',
    bodyText: goodBody,
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png', contentType: 'image/png', size: 1000 }],
    ...over,
  };
}

export function rulesFired(d: TicketDraft, options?: CheckOptions): RuleId[] {
  return checkTicket(d, options).findings.map((f) => f.rule);
}

export function finding(d: TicketDraft, rule: RuleId, options?: CheckOptions) {
  return checkTicket(d, options).findings.find((f) => f.rule === rule);
}

/** The good body with its content replaced by `content` (greeting and signature kept). */
export function withContent(content: string): string {
  return `Buongiorno,\n\n${content}\n\nCordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456`;
}
