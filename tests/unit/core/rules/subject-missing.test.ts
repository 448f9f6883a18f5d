import { subjectMissing } from '../../../../src/core/rules/subject-missing';
import { goodSubject } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

// The body the proposed subject is built from: module name, then the problem in a few words.
const body = 'Il calcolo IMU 2025 per un contribuente deceduto risulta errato.';

testRule(subjectMissing, {
  valid: [{ subject: goodSubject, body }],
  invalid: ['', '   ', '!!!', ' - '].map((subject): InvalidCase => ({
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
              subject: 'Tributi – il calcolo IMU 2025 per un contribuente deceduto risulta errato',
            },
          ],
        },
      },
    ],
  })),
});
