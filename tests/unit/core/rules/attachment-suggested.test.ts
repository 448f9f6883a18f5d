import { attachmentSuggested } from '../../../../src/core/rules/attachment-suggested';
import { screenshot } from './fixtures';
import { testRule } from './rule-tester';

const anomaly =
  'Quando calcolo IMU 2025 per un contribuente deceduto compare un messaggio di errore e il programma si blocca.';

testRule(attachmentSuggested, {
  valid: [
    {
      name: 'an anomaly with a screenshot attached',
      body: anomaly,
      draft: { attachments: screenshot },
    },
    {
      name: 'a training request needs no screenshot',
      body: 'Vorremmo organizzare una sessione di formazione sul calcolo IMU 2025 per due nuovi colleghi.',
    },
  ],
  invalid: [
    {
      name: 'an anomaly without attachment',
      body: anomaly,
      findings: [{ messageId: 'default', severity: 'info', field: 'attachments', fix: null }],
    },
  ],
});
