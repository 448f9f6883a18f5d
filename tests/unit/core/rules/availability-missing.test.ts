import { availabilityMissing } from '../../../../src/core/rules/availability-missing';
import { goodBody, settings } from './fixtures';
import { testRule } from './rule-tester';

// The good ticket without its "Sono reperibile dalle 9 alle 13." line.
const noAvailability = goodBody.replace('Sono reperibile dalle 9 alle 13.\n\n', '');
const request = 'il calcolo IMU del contribuente deceduto risulta errato per tutti gli eredi.';
/** A short ticket with `line` under the request. */
const withLine = (line: string) =>
  `Buongiorno,\n${request}\n${line}\n\nCordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456`;

testRule(availabilityMissing, {
  valid: [
    ...[
      'Sono disponibile il pomeriggio.',
      'Orario di servizio 7.30-13.30',
      'Mi trovate tutte le mattine',
      'Orario 8-14',
      'Reperibile tutti i giorni',
      'Potete chiamarmi la mattina dalle 8',
      'Orario: dal lunedì al venerdì',
    ].map((line) => ({ name: line, body: `${noAvailability}\n${line}` })),
    // Clock times and "potete trovarmi".
    ...[
      'In ufficio: 8:30 - 13:30.',
      'Fascia utile 14.30–17.00, il martedì.',
      'Potete trovarmi al mattino.',
      'Per chiarimenti potete rintracciarmi fino alle 13.',
      'Cell. 333 1234567 (solo mattina)',
      'Tel. 0541 854 020 (8-14)',
      'Tel. 0541 862 411 – lun/ven 9-13',
    ].map((line) => ({ name: line, body: withLine(line) })),
  ],
  invalid: [
    {
      name: 'no availability: the one from the settings is offered',
      body: noAvailability,
      settings,
      findings: [
        {
          messageId: 'default',
          severity: 'info',
          fix: {
            id: 'append-availability',
            edits: [{ kind: 'append-to-body', text: 'Reperibile: lun-ven 09:00-13:00' }],
          },
        },
      ],
    },
    {
      name: 'the payroll word "reperibilità" is no availability; no settings, no fix',
      body: noAvailability.replace(
        'risulta errato',
        "risulta errato come l'indennità di reperibilità",
      ),
      findings: [{ messageId: 'default', fix: null }],
    },
    {
      name: 'a single time of an event is no availability',
      body: 'Buongiorno,\nalle 9:30 di stamattina il calcolo IMU del contribuente deceduto è risultato errato.\n\nCordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456',
      findings: [{ messageId: 'default' }],
    },
  ],
});
