// The ticket type as the rule context carries it (classify-type.ts decides it). Only advisory
// rules read it (rules/rule.ts, `advisory`): no send verdict depends on it. This module is the
// seam where the on-send build, which needs verdicts only, leaves the type classifier out
// (build/webpack/onsend.cjs); every other host gets the type from here.
export { classifyTicketType } from './classify-type';
