import { multipleTopics } from '../../../../src/core/rules/multiple-topics';
import { goodBody } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

const request = 'Il calcolo IMU 2025 del contribuente deceduto risulta errato.';
/** The request, then a second one opened by a marker: the finding quotes the second one. */
const secondRequest = (then: string): InvalidCase => ({
  body: `${request} ${then}`,
  findings: [
    {
      messageId: 'default',
      severity: 'warning',
      field: 'body',
      excerpt: then,
      data: { excerpt: then },
    },
  ],
});

testRule(multipleTopics, {
  valid: [
    { name: 'one topic', body: goodBody },
    {
      name: 'a marker at the very start opens the only request',
      body: "Colgo l'occasione di questa mail per segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.",
    },
  ],
  invalid: [
    ...[
      'Approfitto per chiedere come stampare i ruoli.',
      'Inoltre vorrei segnalare che la TARI non si stampa.',
      "Un'altra questione: la TARI non si stampa.",
      "Un'ultima cosa: come si stampa il ruolo TARI?",
      'Inoltre, vi segnalo che la TARI non si stampa.',
      'Poi vorrei sapere come si stampa la TARI.',
    ].map(secondRequest),
    {
      name: 'two modules with strong evidence each',
      subject: 'Calcoli e stampe non corretti',
      body: 'Il calcolo IMU e TARI del contribuente risulta errato nei tributi. Non si stampano i cedolini degli stipendi e le presenze.',
      findings: [
        {
          messageId: 'modules',
          field: 'body',
          excerpt: 'Non si stampano i cedolini degli stipendi e le presenze.',
          data: { first: 'Tributi', second: 'Personale / Stipendi' },
        },
      ],
    },
  ],
});
