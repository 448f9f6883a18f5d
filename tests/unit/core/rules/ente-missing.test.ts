import { enteMissing } from '../../../../src/core/rules/ente-missing';
import { goodBody, settings } from './fixtures';
import { testRule } from './rule-tester';

// The good ticket signed "Ufficio Tributi" only.
const noEnte = goodBody.replace(' - Comune di Rimini', '');
const twoEnti = { enti: ['Comune di Rimini', 'Unione Valmarecchia'] };
const signedBy = (ente: string) =>
  `Buongiorno,\nil calcolo IMU del contribuente deceduto risulta errato per tutti gli eredi.\n\nCordiali saluti\nMario Rossi\n${ente}\nTel. 0541 123456`;

testRule(enteMissing, {
  valid: [
    ...[
      'Unione dei Comuni Valle del Savio',
      'Città di Cesena',
      'Provincia di Forlì-Cesena',
      'COMUNE DI RIMINI',
      'Città metropolitana di Bologna',
      // An accent typed as an apostrophe.
      "Comunita' montana del Gennargentu Ovest",
      "Citta' di Castello",
      // A place whose name begins with an address word.
      'Tributi Comune di Piazza Armerina',
      'Comune Di Piazza Armerina',
      'Comune di Piazza Armerina 94015 (EN)',
      // A town named before its motto (review of 50ee9f3c).
      'Recanati, Città della Poesia',
    ].map((ente) => ({ name: `the text names "${ente}"`, body: `${noEnte}\n${ente}` })),
    ...[
      'Amministrazione Comunale di Gradara',
      'Municipio di Saludecio',
      'Roma Capitale – Dipartimento Mobilità',
    ].map((ente) => ({
      name: `the signature names "${ente}"`,
      body: signedBy(ente),
    })),
    {
      name: 'a lower-case Ente in the signature',
      body: goodBody.replace('Comune di Rimini', 'comune di rimini'),
    },
    {
      name: 'the place of the Ente in the settings names it ("ragioneria Tricarico")',
      body: signedBy('ragioneria Tricarico'),
      settings: { enti: ['Comune di Tricarico'] },
    },
    {
      name: 'a signature laid out as a table: "COMUNE DI" and the name on two lines',
      body: signedBy('COMUNE DI\nCAMERINO\nServizio Finanziario'),
    },
    {
      name: 'a signature table: "UNIONE DEI COMUNI" on one line, its name on the next',
      body: signedBy('Ufficio Personale\n\nUNIONE DEI COMUNI\n\nMEDIA VALLE DEL LIRI'),
    },
    {
      name: 'a Comunità montana with an elided, hyphenated name',
      body: signedBy("Comunità montana dell'Esino-Frasassi"),
    },
    {
      name: 'a lower-case Ente in the request',
      body: `Buongiorno,\nscrivo per il comune di sanluri: da ieri la stampa dei mandati di pagamento si interrompe al secondo foglio.\n\nCordiali saluti\nAnna Lauria\nServizio Finanziario\nTel. 070 123456`,
    },
    { name: 'an Ente in the subject', subject: 'Comune di Rimini – IMU 2025 errata', body: noEnte },
    {
      name: 'non-breaking spaces in the name (HTML bodies), with two Enti in the settings',
      body: goodBody.replace('Comune di Rimini', 'Comune\u00a0di\u00a0Rimini'),
      settings: twoEnti,
    },
    {
      name: 'a settings Ente with an elided name, written in the text without "Comune di"',
      body: signedBy(
        "Servizio associato Pieve - Sant'Angelo d'Alife\nPratica di Sant'Angelo d'Alife",
      ),
      settings: { enti: ['Comune di Pieve Torina', "Comune di Sant'Angelo d'Alife"] },
    },
  ],
  invalid: [
    {
      name: 'only part of an elided settings name is no Ente',
      body: signedBy('Servizio associato - pratica di Alife'),
      settings: { enti: ['Comune di Pieve Torina', "Comune di Sant'Angelo d'Alife"] },
      findings: [{ messageId: 'several', severity: 'warning' }],
    },
    {
      name: 'a street of the police station names no Ente: "Comando Polizia Locale Via Roma 12"',
      body: signedBy('Comando Polizia Locale Via Roma 12 - 47921'),
      findings: [{ messageId: 'default', severity: 'info', fix: null }],
    },
    {
      name: 'no Ente and no settings: a note, nothing to offer',
      body: noEnte,
      findings: [{ messageId: 'default', severity: 'info', fix: null }],
    },
    {
      name: 'the one Ente of the settings is offered',
      body: noEnte,
      settings,
      findings: [
        {
          messageId: 'default',
          severity: 'info',
          fix: {
            id: 'add-ente',
            edits: [{ kind: 'append-to-body', text: 'Ente: Comune di Rimini' }],
          },
        },
      ],
    },
    {
      name: 'whoever works for two Enti is asked which one, before sending',
      body: noEnte,
      settings: twoEnti,
      findings: [
        {
          messageId: 'several',
          severity: 'warning',
          data: { enti: 'Comune di Rimini, Unione Valmarecchia' },
          fix: null,
        },
      ],
    },
    {
      name: 'a place without a kind, and nothing in the settings, names no Ente',
      body: signedBy('ragioneria Tricarico'),
      findings: [{ messageId: 'default' }],
    },
    {
      name: '"comune di residenza" names no Ente',
      body: noEnte.replace('risulta errato', 'risulta errato nel comune di residenza'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZD: Trentino's Comunità di valle are Enti.
testRule(enteMissing, {
  valid: ['Comunità della Valle di Sole', 'Segretario generale - Comunità delle Giudicarie'].map(
    (ente) => ({ name: ente, body: signedBy(ente) }),
  ),
  invalid: [
    {
      name: '"la comunità dei genitori" names no Ente',
      body: noEnte.replace(
        'risulta errato',
        'risulta errato, come segnala la comunità dei genitori',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of f31a16bb: an office before a motto names no Comune.
testRule(enteMissing, {
  valid: [
    {
      name: 'the Comune named before the same motto',
      body: `${noEnte}\nPenne - Città della Ceramica`,
    },
  ],
  invalid: [
    {
      name: '"Ufficio Tributi - Città della Ceramica" and no Ente',
      body: `${noEnte}\nUfficio Tributi - Città della Ceramica`,
      findings: [{ messageId: 'default' }],
    },
  ],
});

// 23Z-Z075: "a Pietrafitta dobbiamo…" names "Comune di Pietrafitta Umbra" of the settings.
const placeFirstWord = (line: string) =>
  `Buongiorno,\n${line} dobbiamo chiudere la revisione semestrale delle liste elettorali: come si stampa il verbale per la Commissione?\n\nMi trovate fino alle 13.\n\nSandra Bartolucci\nUfficiale d'anagrafe\n075 874 12 20`;
testRule(enteMissing, {
  valid: [
    {
      name: 'the first word of a place of two, alone',
      body: placeFirstWord('a Pietrafitta'),
      settings: { enti: ['Comune di Pietrafitta Umbra', 'Comune di Morcella'] },
    },
  ],
  invalid: [
    {
      name: 'a first word two Enti of the settings share names neither',
      body: placeFirstWord('a Pietrafitta'),
      settings: { enti: ['Comune di Pietrafitta Umbra', 'Comune di Pietrafitta Alta'] },
      findings: [{ messageId: 'several', severity: 'warning' }],
    },
    {
      name: 'a common opening ("Monte") names nothing',
      body: placeFirstWord('a Monte'),
      settings: { enti: ['Comune di Monte Castello', 'Comune di Morcella'] },
      findings: [{ messageId: 'several', severity: 'warning' }],
    },
  ],
});

// Stop 51 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZZH018): Friuli-Venezia Giulia's Comunità di montagna are Enti.
testRule(enteMissing, {
  valid: [
    {
      name: 'Comunità di montagna della Carnia',
      body: signedBy('Comunità di montagna della Carnia'),
    },
    {
      name: 'COMUNITÀ DI MONTAGNA DEL NATISONE',
      body: signedBy('COMUNITÀ DI MONTAGNA DEL NATISONE'),
    },
  ],
  invalid: [
    {
      name: 'a mountain community that is no Ente',
      body: signedBy('Ufficio Tributi').replace(
        'eredi.',
        'eredi, tutti della comunità di montagna.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});
