// Which of the guidelines' three kinds of ticket this is: anomalia, supporto, formazione.
import type { PreparedText } from '../text/prepare';
import type { TicketType } from '../types';

export function classifyTicketType(subject: string, body: PreparedText): TicketType | null {
  void subject;
  void body;
  return null;
}
