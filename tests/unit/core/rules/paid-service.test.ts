import { paidService } from '../../../../src/core/rules/paid-service';
import { goodBody } from './fixtures';
import { testRule } from './rule-tester';

testRule(paidService, {
  valid: [{ name: 'an anomaly is covered by the contract', body: goodBody }],
  invalid: [
    {
      name: "fixing the user's own mistake is charged without PALASS",
      body: 'Ho cancellato per errore un avviso IMU 2025 emesso al contribuente deceduto e vorrei ripristinarlo.',
      findings: [{ messageId: 'supporto', severity: 'info' }],
    },
    {
      name: 'training is charged without the extraordinary service',
      body: "Vorremmo fissare un incontro di formazione sul calcolo IMU 2025 per due nuovi colleghi dell'ufficio.",
      findings: [{ messageId: 'formazione', severity: 'info' }],
    },
  ],
});
