// The time budget inside the engine and on the send paths (issue 11, points 1 and 2), with a
// clock double: each rule "takes" a set time on a manual clock, host calls advance it too. No
// wall time is measured.
import { checkTicket } from '../../../src/core/engine';
import { rules } from '../../../src/core/rules';
import {
  runSendCheck,
  SEND_CHECK_BUDGET_MS,
  type SendCheckHost,
} from '../../../src/core/send-check';
import { resolveConfig, type AdminConfig } from '../../../src/core/config/admin-config';
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import { createSendGuard } from '../../../src/hosts/thunderbird/send-guard';
import type { RuleId, TicketDraft } from '../../../src/core/types';
import { draft } from './helpers';
import { pressSend } from '../onsend/on-send-fixture';
import { fakeMessenger, tab } from '../thunderbird/fake-messenger';

/** A manual milliseconds clock. */
class ManualClock {
  t = 1_000_000;
  readonly read = () => this.t;
  advance(ms: number) {
    this.t += ms;
  }
}

/** Makes every rule take `ms` on `clock` (the rule still runs and reports as usual). */
function rulesTake(clock: ManualClock, ms: (id: RuleId) => number) {
  return rules.map((rule) => {
    const check = rule.check.bind(rule);
    return jest.spyOn(rule, 'check').mockImplementation((ctx) => {
      clock.advance(ms(rule.id));
      return check(ctx);
    });
  });
}

/** The ticket is bad: it would be blocked if checked. */
const bad: TicketDraft = draft({ subject: 'Richiesta assistenza', bodyText: 'Aiuto' });

afterEach(() => jest.restoreAllMocks());

describe('checkTicket with a deadline', () => {
  test('a rule that would run past the deadline is not started: the check ends in time, incomplete', () => {
    const clock = new ManualClock();
    rulesTake(clock, () => 100);
    const deadline = clock.t + 450;
    const report = checkTicket(bad, { clock: clock.read, deadline });
    expect(clock.t).toBeLessThanOrEqual(deadline);
    // Four rules of 100 ms fit in 450 ms; the fifth would end at 500.
    expect(report.skippedRules).toEqual(rules.slice(4).map((r) => r.id));
    expect(new Set(report.findings.map((f) => f.rule)).size).toBeLessThanOrEqual(4);
  });

  test('after one slow rule, a rule as slow is not started', () => {
    const clock = new ManualClock();
    const first = rules[0]!.id;
    rulesTake(clock, (id) => (id === first ? 300 : 1));
    const deadline = clock.t + 350;
    const report = checkTicket(bad, { clock: clock.read, deadline });
    expect(report.skippedRules).toEqual(rules.slice(1).map((r) => r.id));
    expect(clock.t).toBeLessThanOrEqual(deadline);
  });

  test('with the deadline already passed, nothing is read and every rule is listed as skipped', () => {
    const clock = new ManualClock();
    const read = jest.fn(() => 'Richiesta');
    const draftWatched = {
      ...bad,
      get subject() {
        return read();
      },
    };
    const report = checkTicket(draftWatched, { clock: clock.read, deadline: clock.t });
    expect(read).not.toHaveBeenCalled();
    expect(report.findings).toEqual([]);
    expect(report.skippedRules).toEqual(rules.map((r) => r.id));
  });

  test('rules switched off are not counted as skipped', () => {
    const clock = new ManualClock();
    const report = checkTicket(bad, {
      clock: clock.read,
      deadline: clock.t - 1,
      severities: { 'subject-generic': 'off' },
    });
    expect(report.skippedRules).not.toContain('subject-generic');
  });

  test('without a deadline every rule runs, however slow', () => {
    const clock = new ManualClock();
    rulesTake(clock, () => 10_000);
    const report = checkTicket(bad, { clock: clock.read });
    expect(report.skippedRules).toEqual([]);
    expect(report.verdict).toBe('block');
  });
});

/** A send-check host over a draft; `delay` advances the clock in the host calls. */
function host(
  clock: ManualClock,
  d: TicketDraft,
  delay = { recipients: 0, draft: 0 },
): SendCheckHost {
  return {
    readRecipients: async () => {
      clock.advance(delay.recipients);
      return [...d.to, ...d.cc];
    },
    readDraft: async () => {
      clock.advance(delay.draft);
      return d;
    },
    loadConfig: async () => resolveConfig(defaultDirectory as AdminConfig),
    clientLanguage: () => 'it-IT',
  };
}

describe('runSendCheck within the host budget', () => {
  const budget = SEND_CHECK_BUDGET_MS;

  test('a check that finishes in time decides as usual', async () => {
    const clock = new ManualClock();
    rulesTake(clock, () => 20);
    const outcome = await runSendCheck(host(clock, bad), { clock: clock.read });
    expect(outcome.kind).toBe('block');
  });

  test.each([
    ['every rule is slow', () => 400],
    ['one rule takes most of the budget', (id: RuleId) => (id === rules[2]!.id ? 2_500 : 5)],
  ])('%s: the mail goes out unchecked with the notice, within budget + 100 ms', async (_n, ms) => {
    const clock = new ManualClock();
    const started = clock.t;
    rulesTake(clock, ms);
    const outcome = await runSendCheck(host(clock, bad), { clock: clock.read });
    expect(outcome).toEqual({
      kind: 'unchecked',
      reason: expect.stringMatching(/out of time/),
      locale: 'it',
    });
    expect(clock.t - started).toBeLessThanOrEqual(budget + 100);
  });

  test('slow host calls leave the engine the remaining time only', async () => {
    const clock = new ManualClock();
    const started = clock.t;
    rulesTake(clock, () => 50);
    const outcome = await runSendCheck(host(clock, bad, { recipients: 1_500, draft: 1_400 }), {
      clock: clock.read,
    });
    expect(outcome.kind).toBe('unchecked');
    expect(clock.t - started).toBeLessThanOrEqual(budget + 100);
  });

  test('a result that comes after the budget does not block: the mail goes out unchecked', async () => {
    const clock = new ManualClock();
    // The last rule alone overruns the whole budget: nothing is left to skip, it cannot be
    // interrupted, and its result comes late.
    const last = rules[rules.length - 1]!.id;
    rulesTake(clock, (id) => (id === last ? budget + 500 : 0));
    const outcome = await runSendCheck(host(clock, bad), { clock: clock.read });
    expect(outcome.kind).toBe('unchecked');
  });
});

describe('the send paths pass their clock and budget to the check', () => {
  const budget = SEND_CHECK_BUDGET_MS;

  test('Outlook: Smart Alerts lets a slow check go, answered within budget + 100 ms', async () => {
    const clock = new ManualClock();
    const started = clock.t;
    rulesTake(clock, () => 400);
    const { completed, run, logs } = pressSend({
      compose: {
        subject: 'Richiesta assistenza',
        bodyText: 'Aiuto',
        to: [{ emailAddress: 'tributi@ticket.palitalsoft.example', displayName: 'Tributi' }],
      },
      env: { clock: clock.read, budgetMs: budget },
    });
    await run;
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(logs.join('\n')).toMatch(/mail sent unchecked: out of time/);
    expect(clock.t - started).toBeLessThanOrEqual(budget + 100);
  });

  test('Thunderbird: the guard lets a slow check go and tells the user, within budget + 100 ms', async () => {
    const clock = new ManualClock();
    const started = clock.t;
    rulesTake(clock, () => 400);
    const details = {
      to: ['tributi@ticket.palitalsoft.example'],
      subject: 'Richiesta assistenza',
      isPlainText: true,
      plainTextBody: 'Aiuto',
      type: 'new' as const,
    };
    const tb = fakeMessenger({ tabs: { 1: details } });
    const ui = {
      ask: jest.fn(),
      explainBlock: jest.fn().mockResolvedValue(undefined),
      notifyFailure: jest.fn().mockResolvedValue(undefined),
    };
    const guard = createSendGuard(tb.api, ui, { budgetMs: budget, clock: clock.read });
    expect(await guard(tab(1), details)).toEqual({});
    expect(ui.notifyFailure).toHaveBeenCalledWith(expect.stringMatching(/out of time/), 'it');
    expect(ui.explainBlock).not.toHaveBeenCalled();
    expect(clock.t - started).toBeLessThanOrEqual(budget + 100);
  });
});
