// A whole ticket for tests of the engine as a whole: the good ticket of the rule tables'
// fixtures, with a subject, the module's address and a screenshot, and ways to vary it.
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { checkTicket } from '../../../src/core/engine';
import { prepareText } from '../../../src/core/text/prepare';
import type { CheckOptions, RuleId, TicketDraft } from '../../../src/core/types';
import { goodBody, goodSubject, screenshot, toModule } from './rules/fixtures';

export { goodBody, withContent } from './rules/fixtures';

export function draft(over: Partial<TicketDraft> = {}): TicketDraft {
  return {
    subject: goodSubject,
    bodyText: goodBody,
    to: toModule,
    cc: [],
    attachments: screenshot,
    ...over,
  };
}

export function rulesFired(d: TicketDraft, options?: CheckOptions): RuleId[] {
  return checkTicket(d, options).findings.map((f) => f.rule);
}

export function finding(d: TicketDraft, rule: RuleId, options?: CheckOptions) {
  return checkTicket(d, options).findings.find((f) => f.rule === rule);
}

/** The kind of request the engine reads in a subject and a body as typed. */
export const typeOf = (subject: string, body: string) =>
  classifyTicketType(subject, prepareText(body));
