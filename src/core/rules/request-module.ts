// The module of the request, as the report gives it and wrong-module-address checks it.
import { classifyModule, scoreModules } from '../classify/classify-module';
import type { ModuleSuggestion } from '../types';
import { newProblemOnNotification } from './reply-to-ticket-notification';
import type { RuleContext } from './rule';

/**
 * The context's module, except on a reply to the ticketing system's automatic mail that raises
 * another problem: it keeps the old ticket's subject and address, and neither names this
 * problem, so its module is read from the content alone (when the content names one).
 */
export function requestModule(ctx: RuleContext): ModuleSuggestion | null {
  let module = known.get(ctx);
  if (module === undefined) {
    module = newProblemOnNotification(ctx) ? contentModule(ctx) : ctx.module;
    known.set(ctx, module);
  }
  return module;
}

function contentModule(ctx: RuleContext): ModuleSuggestion | null {
  const scores = scoreModules('', ctx.body, ctx.directory);
  return classifyModule('', ctx.body, ctx.directory, ctx.locale, scores) ?? ctx.module;
}

// The rule and the report ask for it on the same context: worked out once.
const known = new WeakMap<RuleContext, ModuleSuggestion | null>();
