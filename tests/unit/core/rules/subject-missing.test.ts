import { subjectMissing } from '../../../../src/core/rules/subject-missing';
import { goodSubject } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

// The body the proposed subject is built from: module name, then the problem in a few words.
const body = 'Il calcolo IMU 2025 per un contribuente deceduto risulta errato.';

testRule(subjectMissing, {
  valid: [goodSubject, 'R: IMU 2025 contribuente deceduto'].map((subject) => ({ subject, body })),
  // Reply and forward prefixes alone say nothing either.
  invalid: ['', '   ', '!!!', ' - ', 'R:', 'RE: R:', 'I:', 'Fwd:', 'AW:', 'TR:'].map(
    (subject): InvalidCase => ({
      name: `subject ${JSON.stringify(subject)}: a specific subject is proposed`,
      subject,
      body,
      findings: [
        {
          messageId: 'default',
          severity: 'error',
          field: 'subject',
          fix: {
            id: 'propose-subject',
            edits: [
              {
                kind: 'set-subject',
                subject:
                  'Tributi – il calcolo IMU 2025 per un contribuente deceduto risulta errato',
                // Refused by the host if the user has typed a subject since the check.
                basedOn: subject,
              },
            ],
          },
        },
      ],
    }),
  ),
});
