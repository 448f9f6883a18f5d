import { bodyTooVague } from '../../../../src/core/rules/body-too-vague';
import { goodBody, goodSubject, settings, withContent } from './fixtures';
import { testRule } from './rule-tester';

// The template a blank body gets: the module comes from the subject, Ente and availability
// from the settings, then the signature block.
const template = `Ente: Comune di Rimini
Modulo: Tributi
Cosa stavo facendo:
Cosa è successo:
Messaggio di errore (testo esatto):
Passi per riprodurre il problema:
1.
2.
3.
Reperibile: lun-ven 09:00-13:00

Cordiali saluti
Mario Rossi
Comune di Rimini
Tel. 0541 123456
Reperibile: lun-ven 09:00-13:00`;

testRule(bodyTooVague, {
  valid: [{ name: 'a detailed request', body: goodBody }],
  invalid: [
    {
      body: 'Non funziona il programma, potete verificare?',
      findings: [{ messageId: 'default', severity: 'error', data: { count: '4' }, fix: null }],
    },
    {
      name: 'greeting and signature do not count: "Vedi oggetto."',
      body: withContent('Vedi oggetto.'),
      findings: [{ messageId: 'default', data: { count: '2' }, fix: null }],
    },
    {
      name: 'an empty body gets the ticket template',
      subject: goodSubject,
      body: '',
      settings,
      findings: [
        {
          messageId: 'empty',
          fix: { id: 'insert-template', edits: [{ kind: 'set-body', text: template }] },
        },
      ],
    },
    {
      name: 'a body with only a pasted screenshot keeps it: the template is added, not replacing',
      subject: goodSubject,
      draft: { bodyHtml: '<html><body><p><img src="cid:shot1" alt=""></p></body></html>' },
      settings,
      findings: [
        {
          messageId: 'empty',
          fix: { id: 'insert-template', edits: [{ kind: 'append-to-body', text: template }] },
        },
      ],
    },
  ],
});
