import { phoneMissing } from '../../../../src/core/rules/phone-missing';
import { goodBody, settings } from './fixtures';
import { testRule } from './rule-tester';

// The good ticket with a protocol number where its phone was: a number that is no phone.
const noPhone = goodBody.replace('Tel. 0541 123456', 'prot. n. 12345/2024');
const request =
  "Il calcolo IMU 2025 per un contribuente deceduto risulta errato e l'avviso non parte.";

testRule(phoneMissing, {
  valid: [
    { name: 'a mobile number', body: noPhone.replace('prot. n. 12345/2024', 'cell. 333 1234567') },
    {
      name: "the sender's own phone above the Ente's letterhead stays the sender's",
      body: `${request}\n\nGrazie\nLuca Bertoni\nTel. 0546 691204\n--\nComune di Faenza - Piazza del Popolo 31 - Centralino 0546 691111\nINFORMATIVA PRIVACY: ai sensi del Regolamento UE 2016/679 i dati di questa comunicazione sono trattati per fini istituzionali.`,
    },
    {
      name: 'an office line named after documents carries its phone ("Ufficio Pratiche - 0341 …")',
      body: `${request}\n\nCordiali saluti\nGiorgia Sala\nComune di Lecco\nUfficio Pratiche - 0341 481220`,
    },
    {
      name: 'an office named after a register, the number on the same line after a colon',
      body: `${request}\n\nSaluti\nEnzo Pace\nUfficio Protocollo: 0872 712230`,
    },
  ],
  invalid: [
    {
      name: 'a document number after an office named in the text is not a phone',
      body: `${request} Ho scritto all'ufficio protocollo: pratica 0012345/2024 ancora ferma.\n\nSaluti\nEnzo Pace\nUfficio Protocollo`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: "the switchboard in the Ente's letterhead glued to a privacy notice is not the sender's",
      body: `${request}\n\nGrazie\nLuca Bertoni\nUfficio Ragioneria\n--\nComune di Faenza - Piazza del Popolo 31 - Centralino 0546 691111\nINFORMATIVA PRIVACY: ai sensi del Regolamento UE 2016/679 i dati di questa comunicazione sono trattati per fini istituzionali.`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a letterhead naming its building ("Palazzo Civico") is still no person: its switchboard is the Ente\'s',
      body: `${request}\n\nGrazie\nLuca Bertoni\nUfficio Ragioneria\n--\nComune di Lugo - Palazzo Trisi, Piazza Martiri 1 - Centralino 0545 38111\nINFORMATIVA PRIVACY: ai sensi del Regolamento UE 2016/679 i dati di questa comunicazione sono trattati per fini istituzionali.`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a signature without phone: the phone line from the settings is offered',
      body: noPhone,
      settings,
      findings: [
        {
          messageId: 'default',
          severity: 'error',
          fix: {
            id: 'append-phone',
            edits: [{ kind: 'append-to-body', text: 'Tel. 0541 123456' }],
          },
        },
      ],
    },
    {
      name: 'no signature at all: the whole signature block is offered',
      body: request,
      settings,
      findings: [
        {
          messageId: 'default',
          fix: {
            id: 'append-phone',
            edits: [
              {
                kind: 'append-to-body',
                text: 'Cordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456\nReperibile: lun-ven 09:00-13:00',
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a phone only in the quoted reply does not count; no phone in settings, no fix',
      body: `${noPhone}\n\n-----Messaggio originale-----\nDa: x\nTel. 0541 654321`,
      findings: [{ messageId: 'default', fix: null }],
    },
  ],
});
