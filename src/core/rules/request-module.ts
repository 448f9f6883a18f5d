// The module of the request, as the report gives it and wrong-module-address checks it.
import { classifyModule, scoreModules } from '../classify/classify-module';
import type { ModuleSuggestion } from '../types';
import type { PreparedText } from '../text/prepare';
import { newProblemText } from './reply-to-ticket-notification';
import type { RuleContext } from './rule';

/**
 * The context's module, except on a reply to the ticketing system's automatic mail that raises
 * another problem: it keeps the old ticket's subject and address, and neither names this
 * problem, so its module is read from the new problem's own words (when they name one), not from
 * the lines that close the old ticket.
 */
export function requestModule(ctx: RuleContext): ModuleSuggestion | null {
  let module = known.get(ctx);
  if (module === undefined) {
    const text = newProblemText(ctx);
    module = text === null ? ctx.module : (textModule(ctx, text) ?? ctx.module);
    known.set(ctx, module);
  }
  return module;
}

function textModule(ctx: RuleContext, text: string): ModuleSuggestion | null {
  const own = { content: { start: 0, end: text.length, text } } as PreparedText;
  return classifyModule('', own, ctx.directory, ctx.locale, scoreModules('', own, ctx.directory));
}

// The rule and the report ask for it on the same context: worked out once.
const known = new WeakMap<RuleContext, ModuleSuggestion | null>();
