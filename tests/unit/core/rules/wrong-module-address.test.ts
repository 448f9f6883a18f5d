import { wrongModuleAddress } from '../../../../src/core/rules/wrong-module-address';
import { goodSubject, moduleAddress, toModule } from './fixtures';
import { testRule } from './rule-tester';

// The subject makes the module Tributi.
const subject = goodSubject;
const personale = { address: 'personale@ticket.palitalsoft.example' };
const tributi = { name: 'Tributi', address: moduleAddress };

testRule(wrongModuleAddress, {
  valid: [
    { name: "To is the module's address", subject, draft: { to: toModule } },
    {
      name: "the module's address in Cc: the ticketing system opens the ticket for it too",
      subject,
      draft: { to: [personale], cc: toModule },
    },
    {
      name: 'no module is detected',
      subject: 'Schermata principale diversa',
      body: 'Da questa mattina quando apro la schermata principale tutto è molto diverso dal solito e confuso.',
    },
  ],
  invalid: [
    {
      name: "To is another module's address: the right one is proposed",
      subject,
      draft: { to: [personale] },
      findings: [
        {
          messageId: 'default',
          severity: 'warning',
          field: 'to',
          data: { module: 'Tributi', address: moduleAddress },
          fix: {
            id: 'use-module-address',
            edits: [
              { kind: 'set-recipients', field: 'to', recipients: [tributi], basedOn: [personale] },
            ],
          },
        },
      ],
    },
    {
      name: 'recipients outside the vendor are kept',
      subject,
      draft: { to: [personale, { address: 'capo@comune.rimini.it' }] },
      findings: [
        {
          messageId: 'default',
          fix: {
            id: 'use-module-address',
            edits: [
              {
                kind: 'set-recipients',
                field: 'to',
                recipients: [tributi, { address: 'capo@comune.rimini.it' }],
                basedOn: [personale, { address: 'capo@comune.rimini.it' }],
              },
            ],
          },
        },
      ],
    },
  ],
});
