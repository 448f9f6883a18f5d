import { enteMultiple } from '../../../../src/core/rules/ente-multiple';
import { goodBody } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

// The good ticket is signed "Ufficio Tributi - Comune di Rimini".
const rimini = (replacement: string) => goodBody.replace('Comune di Rimini', replacement);
const inRequest = (text: string) => goodBody.replace('nel modulo Tributi', text);
const riminiAndValmarecchia = rimini('Comune di Rimini e Unione Valmarecchia');
const twoEnti = (enti: string, second: string): InvalidCase['findings'] => [
  { messageId: 'default', severity: 'warning', excerpt: second, data: { enti } },
];

testRule(enteMultiple, {
  valid: [
    { name: 'one Ente', body: goodBody },
    {
      name: 'the same Ente named twice',
      body: inRequest('per il Comune di Rimini, nel modulo Tributi'),
    },
    {
      name: "a citizen's former Comune is data, not a second Ente",
      body: goodBody.replace('risulta errato', 'trasferito dal Comune di Bologna risulta errato'),
    },
    {
      name: "the settings' Ente and the signature's spelling are one Ente",
      body: rimini("Comunità montana dell'Appennino Cesenate"),
      settings: { enti: ["Comunità montana dell'Appennino Cesenate"] },
    },
    {
      name: 'a bare place in the settings is the Comune the text names',
      body: goodBody,
      settings: { enti: ['Rimini'] },
    },
    {
      name: 'a bare place in the settings, written alone in the text too',
      body: inRequest('Ente: Rimini. Nel modulo Tributi'),
      settings: { enti: ['Rimini'] },
    },
    {
      name: '"Amministrazione comunale di" and "Comune di" the same place are one Ente',
      body: `Buongiorno,\nil calcolo IMU del contribuente deceduto risulta errato per tutti gli eredi.\n\nCordiali saluti\nMario Rossi\nAmministrazione comunale di Gradara - Comune di Gradara, Ufficio Tributi\nTel. 0541 123456`,
    },
  ],
  invalid: [
    {
      name: 'a Comune and an Unione',
      body: riminiAndValmarecchia,
      findings: twoEnti('Comune di Rimini, Unione Valmarecchia', 'Unione Valmarecchia'),
    },
    {
      name: 'working for a Comune and an Unione, said in the request',
      body: inRequest(
        "lavoro presso il Comune di Bagnacavallo e l'Unione dei Comuni della Bassa Romagna: nel modulo Tributi",
      ),
      // Since 08f5f81 Enti the writer works for are listed from the signature first, and the
      // finding points at the signature's Ente when the request itself names none to help.
      findings: twoEnti(
        'Comune di Rimini, Comune di Bagnacavallo, Unione dei Comuni della Bassa Romagna',
        'Comune di Rimini',
      ),
    },
    {
      name: 'a bare place in the settings does not hide a second Ente',
      body: riminiAndValmarecchia,
      settings: { enti: ['Rimini'] },
      findings: twoEnti('Comune di Rimini, Unione Valmarecchia', 'Unione Valmarecchia'),
    },
    {
      name: 'non-breaking spaces in the names (HTML bodies)',
      body: rimini('Comune\u00a0di\u00a0Rimini e Unione\u00a0Valmarecchia'),
      findings: twoEnti(
        'Comune\u00a0di\u00a0Rimini, Unione\u00a0Valmarecchia',
        'Unione\u00a0Valmarecchia',
      ),
    },
  ],
});
