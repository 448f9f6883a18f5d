// checkTicket never throws (issue 11, point 12), and an admin value of the wrong type is a
// clear config issue naming where it is, while the rule that reads it still runs on the default.
import { checkTicket } from '../../../src/core/engine';
import { defaultDirectory } from '../../../src/core/directory/load-directory';
import type { CheckOptions, Report } from '../../../src/core/types';
import { draft } from './helpers';

const throwing = {
  toString() {
    throw new Error('toString');
  },
  valueOf() {
    throw new Error('valueOf');
  },
};

test.each([
  ['a subject without prototype', { ...draft(), subject: Object.create(null) }, {}],
  ['a toString that throws', { ...draft(), subject: throwing, bodyText: throwing }, {}],
  ['recipients that throw', { ...draft(), to: [{ address: throwing, name: throwing }] }, {}],
  [
    'a getter that throws',
    Object.defineProperty(draft(), 'subject', {
      get: () => {
        throw new Error('get');
      },
      enumerable: true,
    }),
    {},
  ],
  [
    'a clock that throws',
    draft(),
    {
      deadline: 10,
      clock: () => {
        throw new Error('clock');
      },
    },
  ],
  ['a clock that is no number', draft(), { deadline: 10, clock: () => 'soon' }],
  ['a directory that is a string', draft(), { directory: 'tributi' }],
  [
    'modules that are not objects',
    draft(),
    { directory: { ...defaultDirectory, modules: [1, null, 'x'] } },
  ],
])('%s: a report, not an exception', (_name, d, options) => {
  let report: Report | undefined;
  expect(() => {
    report = checkTicket(d, options as CheckOptions);
  }).not.toThrow();
  expect(report?.verdict).toMatch(/^(ok|warn|block)$/);
});

test('a deadline clock that throws is named and the check runs whole', () => {
  const report = checkTicket(draft(), {
    deadline: 10,
    clock: () => {
      throw new Error('clock');
    },
  });
  expect(report.skippedRules).toEqual([]);
  expect(report.internalErrors).toEqual([{ stage: 'prepare', message: 'deadline ignored: clock' }]);
});

const rulesFailed = (r: Report) => r.internalErrors.filter((e) => e.stage === 'rule');
const configIssues = (r: Report) =>
  r.internalErrors.filter((e) => e.stage === 'config').map((e) => e.message);

test('generic subjects as one string: a config issue, and subject-generic still judges the subject', () => {
  const options = { genericSubjects: 'richiesta assistenza' } as unknown as CheckOptions;
  const report = checkTicket(draft({ subject: 'Richiesta assistenza' }), options);
  expect(configIssues(report)).toEqual([
    'genericSubjects: expected a list of subjects (got "richiesta assistenza")',
  ]);
  expect(rulesFailed(report)).toEqual([]);
  expect(report.findings.map((f) => f.rule)).toContain('subject-generic');
});

test('vendor domains as one string: a config issue, and personal-recipient still finds the operator', () => {
  const directory = { ...defaultDirectory, vendorDomains: 'palitalsoft.example' };
  const report = checkTicket(draft({ cc: [{ address: 'marco.verdi@palitalsoft.example' }] }), {
    directory,
  } as unknown as CheckOptions);
  expect(configIssues(report)).toEqual([
    'directory.vendorDomains: expected a list of strings (got "palitalsoft.example")',
  ]);
  expect(rulesFailed(report)).toEqual([]);
  expect(report.findings.map((f) => f.rule)).toContain('personal-recipient');
});

test('a module whose keywords are one string is named; the other modules still classify', () => {
  const modules = defaultDirectory.modules.map((m, i) => (i === 1 ? { ...m, keywords: 'imu' } : m));
  const report = checkTicket(draft(), {
    directory: { ...defaultDirectory, modules },
  } as unknown as CheckOptions);
  expect(configIssues(report)).toEqual([
    'directory.modules[1].keywords: expected a list of words (got "imu")',
  ]);
  expect(report.internalErrors.filter((e) => e.stage !== 'config')).toEqual([]);
  expect(report.module?.id).toBe(checkTicket(draft()).module?.id);
});

test('a rule level of the wrong type is named, and the rule keeps its default severity', () => {
  const options = {
    severities: { 'subject-generic': 5, 'no-such-rule': 'off' },
  } as unknown as CheckOptions;
  const report = checkTicket(draft({ subject: 'Richiesta assistenza' }), options);
  expect(configIssues(report)).toEqual([
    'severities.subject-generic: expected error, warning, info or off (got 5)',
    expect.stringMatching(/^severities\.no-such-rule: expected a rule id \(/),
  ]);
  expect(report.findings.find((f) => f.rule === 'subject-generic')?.severity).toBe(
    checkTicket(draft({ subject: 'Richiesta assistenza' })).findings.find(
      (f) => f.rule === 'subject-generic',
    )?.severity,
  );
});

test('valid admin values give no issue', () => {
  const report = checkTicket(draft(), { directory: defaultDirectory, genericSubjects: ['aiuto'] });
  expect(configIssues(report)).toEqual([]);
});

test('options that cannot be read give the defaults and say why', () => {
  const options = Object.defineProperty({}, 'directory', {
    get: () => {
      throw new Error('unreadable');
    },
    enumerable: true,
  });
  const report = checkTicket(draft(), options as CheckOptions);
  expect(report.internalErrors).toEqual([{ stage: 'config', message: 'ignored: unreadable' }]);
  expect(report.verdict).toBe(checkTicket(draft()).verdict);
});
