import { signatureMissing } from '../../../../src/core/rules/signature-missing';
import { settings } from './fixtures';
import { testRule, type RuleCase } from './rule-tester';

const request =
  "Il calcolo IMU 2025 per un contribuente deceduto risulta errato e l'avviso non parte.";
const signedBy = (name: string): RuleCase => ({
  name: `signed "${name}"`,
  body: `${request}\n\nSaluti\n${name}\nTel. 0541 123456`,
});

testRule(signatureMissing, {
  valid: [
    ...[
      'Mario Rossi, sono in ufficio fino alle 13.',
      'Grazie ancora, Mario Rossi, Ufficio Tributi.',
      'Mario Rossi, se serve sono raggiungibile al cellulare.',
      'Cordiali saluti, Mario Rossi.',
      'Grazie ancora e buona giornata, Mario Rossi.',
    ].map((line) => ({
      name: `a name first, then a clause, from an office mailbox: ${line}`,
      body: `${request}\n\n${line}\nComune di Rimini\nTel. 0541 123456`,
      draft: { from: { name: 'Tributi Comune di Rimini', address: 'tributi@comune.rimini.rn.it' } },
    })),
    {
      name: 'the surname first, a comma, the first name ("Brambilla, Luca.") is the sender',
      body: `${request}\nGrazie.\nBrambilla, Luca.\nUfficio Commercio, Comune di Vigevano.\nTel. 0381 299410`,
      draft: { from: { name: 'Luca Brambilla', address: 'luca.brambilla@comune.vigevano.pv.it' } },
    },
    {
      name: 'the surname first, a comma, the first name, from an office mailbox',
      body: `${request}\nSaluti,\nGreco, Antonella\nUfficio Trattamento Economico - Comune di Cosenza\n0984 813 440`,
      draft: { from: { name: 'Ufficio Personale', address: 'personale@comune.cosenza.it' } },
    },
    {
      name: 'a person under a two-line Ente heading still signs',
      body: `${request}\n\nCOMUNE DI\nCASTEL SAN PIETRO TERME\nMarta Gherardi\nTel. 051 6954 111`,
    },
    {
      name: 'a surname that is also an office word is a name ("Rosario Giunta", "Anna Consiglio")',
      body: `${request}\n\nRosario Giunta\nRagioneria - Comune di Scicli\n0932 839111`,
    },
    {
      name: 'the same under a closing formula',
      body: `${request}\n\nCordiali saluti\nAnna Consiglio\nUfficio Tributi\ntel. 0175 94915`,
    },
    {
      name: 'a surname that is also a building word is a name ("Mario Palazzo")',
      body: `${request}\n\nGrazie\nMario Palazzo\nUfficio Tributi\ntel. 0175 94915`,
    },
    ...[
      'Mario Rossi',
      'Rossi Mario',
      'M. Rossi',
      'ROSSI MARIO',
      'Dott.ssa Anna Neri',
      'Maria di Stefano',
      'Mario Rossi Istruttore Amministrativo',
      'Servizio Personale Mario Rossi',
      'M.Rossi',
      'Mario Rossi tel. 0541 123456',
      'f.to Mario Rossi',
      // Surnames that are also courtesy words count after a first name.
      'Fabrizio Gentili',
      'Anna Cortese',
      'Paolo Gentile - Ufficio Tributi',
      // A person after a plural Ente is still a person.
      'Unione dei Comuni della Bassa Romagna, Lucia Ferretti',
      // Slovene and Croatian names: letters outside Latin-1.
      'Tanja Kocjančič',
      'Žiga Čotar - Ufficio anagrafe',
      'Bojan Šuligoj / Ufficio tecnico',
    ].map(signedBy),
    {
      name: 'the contact lines of a filled form above a bare thanks',
      body: `${request}\n\nNominativo: Sergio Mazzotti\nRecapito: 0546 691234\nOrari: dal lunedì al venerdì 9-12\n\nGrazie`,
    },
    {
      name: 'a name block typed above a server banner',
      body: `${request}\n\nValeria Lodi\nUfficio Economato\nComune di Bagnara\ntel. 0545 905511\n\n--\nComune di Bagnara - Piazza Marconi 2 - 48031 Bagnara (RA)`,
    },
    {
      name: 'a name written just above the closing formula',
      body: `${request}\n\nMario Rossi - tel. 0541 123456\nCordiali saluti`,
    },
    {
      name: "the user's configured name, even in lower case",
      body: `${request}\n\nGrazie, gigi\nTel. 0541 123456`,
      settings: { name: 'gigi' },
    },
    {
      name: 'a lone first name that is a word of the From display name',
      body: `${request}\n\nGrazie, Chiara\nTel. 0733 123456`,
      draft: { from: { name: 'Chiara Benedetti', address: 'c.benedetti@comune.sefro.mc.it' } },
    },
    {
      name: 'a lone first name with the mobile typed after it on the same line',
      body: `${request}\n\ncomune di fossano uff tributi\nLuca 347 281 9034`,
      draft: { from: { name: 'Luca Ferraro', address: 'l.ferraro@comune.fossano.cn.it' } },
    },
    {
      name: 'a lone first name that is a word of a display name with its office',
      body: `${request}\n\nGrazie, Marco\nTel. 080 577 1234`,
      draft: {
        from: { name: 'Marco Lattanzi - Comune di Bari', address: 'm.lattanzi@comune.bari.it' },
      },
    },
    {
      name: 'the From display name written in lower case under the request',
      body: `${request}\ngrazie\nsilvio carbone\n0984 401122`,
      draft: { from: { name: 'silvio.carbone', address: 's.carbone@comune.rende.cs.it' } },
    },
    {
      name: 'the From name with its surname particle joined, signed with it apart ("de rosa")',
      body: `${request}\ngrazie mille\nannalisa de rosa\nservizi finanziari comune di nola\n081 512 3344`,
      draft: { from: { name: 'annalisa.derosa', address: 'annalisa.derosa@comune.nola.na.it' } },
    },
    {
      name: 'and the other way: the particle apart in the From name, joined in the line',
      body: `${request}\n\nsaluti\nvincenzo deluca\n081 951 2210`,
      draft: { from: { name: 'Vincenzo De Luca', address: 'v.deluca@comune.sarno.sa.it' } },
    },
    {
      name: 'the From display name whose first name is also a weekday',
      body: `${request}\n\nCordiali saluti\nGeom. Sabato Iannone - Ufficio Tecnico`,
      draft: { from: { name: 'Sabato Iannone', address: 's.iannone@comune.ariano.av.it' } },
    },
    {
      name: 'the From display name whose first name opens places too ("Santa Messina")',
      body: `${request}\n\nSanta Messina\nUfficio Pubblica Istruzione\n095 7985033`,
      draft: { from: { name: 'Santa Messina', address: 'scuola@unione.etnasud.ct.it' } },
    },
  ],
  invalid: [
    {
      name: 'a particle merged with a different surname is someone else ("de santis" for De Rosa)',
      body: `${request}\ngrazie\nannalisa de santis\n081 512 3344`,
      draft: { from: { name: 'annalisa.derosa', address: 'annalisa.derosa@comune.nola.na.it' } },
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a Comune whose name holds "al" ("Comune di Roseto al Tordino Alto") names nobody',
      body: `${request}\n\nSaluti\nUfficio Personale\nComune di Roseto al Tordino Alto\nTel. 0861 596118`,
      draft: { from: { name: 'Ufficio Personale', address: 'personale@comune.roseto.example' } },
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a school-meals office ("Ufficio Refezione Scolastica") names nobody',
      body: `${request}\n\nUfficio Refezione Scolastica\nRipartizione Politiche Educative - Comune di Bari\n080 577 3390`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a letterhead with "COMUNE DI" and the Ente on the next line names nobody',
      body: `${request}\nSiamo in ufficio dalle 9 alle 12.\nSERVIZI DEMOGRAFICI\nCOMUNE DI\nCASTEL SAN PIETRO TERME\nTel. 051 6954 111`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'an office named by what it issues ("Ufficio Permessi ZTL") names nobody',
      body: `${request}\n\nCordiali saluti\nUfficio Permessi ZTL\nPolizia Locale - Comune di Lucca\n0583 442 111`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a shouted sentence with a comma, right above an office signature, names nobody',
      body: `${request}\nDOBBIAMO CONSEGNARLO AL CONCESSIONARIO, SIAMO FERMI.\nUfficio Tributi\nComune di Gela\n0933 906 111`,
      draft: { from: { name: 'Ufficio Tributi', address: 'tributi@comune.gela.cl.it' } },
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a shouted sentence above an office signature names nobody',
      body: `${request}\nABBIAMO I TEMPI STRETTI E NON POSSIAMO RIMANDARE.\n\nUfficio Ragioneria\nComune di Sessa Aurunca\n0823 602111`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a formal opening is no signature in a short mail of long lines',
      body: `Spettabile Ditta,\n${request} Si chiede un intervento sollecito, trattandosi di un adempimento obbligatorio.\nPer i contatti: segreteria, tel. 081 8507234.\nIl Commissario Straordinario\nComune di Scafati`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a police unit ("Nucleo Tutela Ambientale") names nobody',
      body: `${request}\n\nCordiali saluti\n\nCorpo di Polizia Locale – Comune di Lerici\nNucleo Tutela Ambientale\nTel. 0187 960200`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'an office and its address ("Borgata Chiotti 3") name nobody',
      body: `${request}\n\nUfficio Anagrafe - Comune di Ostana\nBorgata Chiotti 3 - 12030 Ostana (CN)\ntel. 0175 94915`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'an office line that holds the words of a mailbox name names nobody',
      body: `${request}\n\nSalve\nUfficio mensa scolastica\nComune di Pimonte\nTel. 081 8740000`,
      draft: { from: { name: 'Mensa Scolastica', address: 'mensa@comune.pimonte.na.it' } },
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'an office line that repeats an office mailbox name names nobody',
      body: `${request}\n\nGrazie\nUfficio Tributi Comune di Sefro\nTel. 0733 123456`,
      draft: {
        from: { name: 'Ufficio Tributi Comune di Sefro', address: 'tributi@comune.sefro.mc.it' },
      },
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a bilingual Ente line names nobody',
      body: `${request}\n\nLep pozdrav / Cordiali saluti\nObčina Doberdob - Comune di Doberdò del Lago\ntel. 0481 78100`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a name in an earlier paragraph of the request is no signature',
      body: `${request}\n\nLo stesso errore lo vede Sergio Mazzotti.\n\nNessuna stampa.\nAnche ieri.\n\nGrazie\nUfficio Economato\ntel. 0545 905511`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a command that signs as an office names nobody',
      body: `${request}\n\nDistinti saluti\nIl Comando\nPolizia Locale di Sassoferrato\nTel. 0732 956211`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a street named after a person is no signature',
      body: `${request}\n\nGrazie\nUfficio Anagrafe\nVia Giuseppe Mazzini 14\nTel. 0544 482111`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'the places of a shared service are no person',
      body: `${request}\n\nGrazie\nUfficio Tributi associato\ndei Comuni di Fiumalbo, Riolunato e Pieve Pelago\nTel. 0536 73911`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'the office of an office mailbox\'s display name ("Uff. Ragioneria") is no first name',
      body: `${request}\n\nGrazie\nRagioneria\nComune di Mercato San Severino\n089 826 8211`,
      draft: { from: { name: 'Uff. Ragioneria', address: 'ragioneria@comune.sanseverino.sa.it' } },
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a lone first name from an office mailbox names nobody',
      body: `${request}\n\nGrazie\nLucia\nTel. 0733 123456`,
      draft: {
        from: { name: 'Protocollo Comune di Sefro', address: 'protocollo@comune.sefro.mc.it' },
      },
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a lone first name without a From display name or settings',
      body: `${request}\n\nGrazie, Chiara\nTel. 0733 123456`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'no name: the signature block from the settings is offered, without the phone already there',
      body: `Buongiorno,\n${request}\nTel. 0541 123456`,
      settings,
      findings: [
        {
          messageId: 'default',
          fix: {
            id: 'append-signature',
            edits: [
              {
                kind: 'append-to-body',
                text: 'Cordiali saluti\nMario Rossi\nComune di Rimini\nReperibile: lun-ven 09:00-13:00',
              },
            ],
          },
        },
      ],
    },
    {
      name: 'no name and nothing else: the whole block',
      body: `Buongiorno,\n${request}`,
      settings,
      findings: [
        {
          messageId: 'default',
          fix: {
            id: 'append-signature',
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
      name: 'the Ente and the hours the user wrote are not repeated',
      body: `Buongiorno,\n${request}\nSono in ufficio dalle 9 alle 13.\nComune di Rimini`,
      settings,
      findings: [
        {
          messageId: 'default',
          fix: {
            id: 'append-signature',
            edits: [
              { kind: 'append-to-body', text: 'Cordiali saluti\nMario Rossi\nTel. 0541 123456' },
            ],
          },
        },
      ],
    },
    {
      name: 'a phone in the settings that is no phone number: a placeholder, not "Tel. 12345"',
      body: `Buongiorno,\n${request}`,
      settings: { ...settings, phone: '12345', availability: [] },
      findings: [
        {
          messageId: 'default',
          fix: {
            id: 'append-signature',
            edits: [
              {
                kind: 'append-to-body',
                text: 'Cordiali saluti\nMario Rossi\nComune di Rimini\nTel. [telefono fisso o cellulare]',
              },
            ],
          },
        },
      ],
    },
    {
      name: 'only a closing formula and an office',
      body: `${request}\n\nCordiali saluti\nUfficio Tributi\nTel. 0541 123456`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'an office and a two-word Comune are no signature',
      body: `Buongiorno,\n${request}\n\nGrazie\nIl Responsabile del Servizio Finanziario\nComune di Porto Recanati\n071 9799 111`,
      findings: [{ messageId: 'default' }],
    },
    ...[
      'Gentili Signori',
      'Gentile Cliente',
      'Cordiali Saluti',
      'Comune di Misano Adriatico',
      'Unione dei Comuni Valle del Savio',
      'Amministrazione Comunale di Gradara',
      'Municipio di Saludecio',
      'Corpo Intercomunale',
      'Asilo Nido Comunale',
      'Centro Elaborazione Dati',
    ].map((line) => ({
      name: `"${line}" is not a name`,
      body: `${request}\n\nSaluti\n${line}\nTel. 0541 123456`,
      findings: [{ messageId: 'default' }],
    })),
  ],
});

// ZZZZZZN: an office mailbox signed by the office's full name.
testRule(signatureMissing, {
  valid: [
    {
      name: "the same office under a person's name",
      body: `${request}\n\nGiuseppe Nicosia\nSportello Unico Attività Produttive\nComune di Adrano\n095 7606214`,
      draft: { from: { name: 'Suap Adrano', address: 'suap@comune.adrano.ct.it' } },
    },
  ],
  invalid: [
    {
      name: '"Sportello Unico Attività Produttive" names an office, nobody',
      body: `${request}\n\nUrgente, grazie.\n\nSportello Unico Attività Produttive\nComune di Adrano\n095 7606214`,
      draft: { from: { name: 'Suap Adrano', address: 'suap@comune.adrano.ct.it' } },
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZL: a sign-off dictated into the text's last line, the sender's whole name in it.
const dictated = (text: string, name = 'Marco Pavan') => ({
  name: text.slice(-60),
  body: text,
  draft: { from: { name, address: 'm.pavan@comune.cittadella.pd.example' } },
});
testRule(signatureMissing, {
  valid: [
    dictated(
      'buongiorno volevo segnalare che nel calcolo dell imu 2025 per i fabbricati rurali il programma applica l aliquota ordinaria invece di quella deliberata grazie Marco Pavan ufficio tributi comune di Cittadella 049 9413222',
    ),
    dictated(
      'salve quando confermo la pratica su anpr mi restituisce errore EN144 scheda non allineata qualcuno mi può richiamare al numero 0864 576211 grazie Rita Di Giacomo comune di Sulmona',
      'Rita Di Giacomo',
    ),
  ],
  invalid: [
    {
      ...dictated(
        'buongiorno il programma applica l aliquota ordinaria invece di quella deliberata, me lo ha detto ieri Marco Pavan grazie 049 9413222',
        'Lucia Bianchi',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZN: the name introduced in the opening, a nickname before the surname, the name ending a
// dictated text, a first name with its office after a dash (LABELLING, 2026-12-05).
testRule(signatureMissing, {
  valid: [
    dictated(
      'sono Patrizia Di Mambro dei tributi del Comune di Cassino, 0776 298 412.\nil calcolo imu 2025 x i fabbricati D nn applica l aliquota deliberata. grz',
      'Patrizia Di Mambro',
    ),
    dictated(
      'buongiorno, la determina 214 nn genera il pdf x la firma, errore "modello non trovato". grazie Mimmo Petrone Comune di Eboli 0828 328 190 dopo le 11',
      'Domenico Petrone',
    ),
    dictated(
      'buongiorno quando assegno un bambino alla linea 2 il programma mi dice fermata non valida potete controllare grazie mi chiamate al 347 882 1390 di mattina Caterina Sculco',
      'Caterina Sculco',
    ),
    {
      name: '"Michela - elettorale Latisana" from Michela Pez',
      body: 'ciao, la stampa delle tessere elettorali x la sezione 3 esce vuota. tnx\n\nMichela - elettorale Latisana\n0431 525 140 fino alle 13',
      draft: { from: { name: 'Michela Pez', address: 'm.pez@comune.latisana.ud.example' } },
    },
  ],
  invalid: [
    {
      ...dictated(
        'sono la collega di Patrizia Di Mambro dei tributi, il calcolo imu 2025 x i fabbricati D nn applica l aliquota deliberata. 0776 298 412',
        'Lucia Bianchi',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of 62a82a37: the sender's name inside a sentence, as its object, signs nothing; a name
// introduced after "buongiorno" does.
testRule(signatureMissing, {
  valid: [
    dictated(
      'buongiorno sono Marco Pavan dei tributi di Cittadella 049 9413411, la stampa degli avvisi tari si blocca al 40%',
    ),
  ],
  invalid: [
    ...[
      'Buongiorno,\nla responsabile è in ferie e ha delegato la firma delle determine a Marco Pavan, ufficio ragioneria, ma Cityware non mostra le determine da firmare. Potete verificare? 049 9413411',
      'Buongiorno,\nnon riesco ad abilitare alla consultazione anagrafe l’utente Marco Pavan comune di Cittadella. 049 9413411',
      'Buongiorno,\npotete sbloccare e reimpostare la password dell’utenza di Marco Pavan.',
    ].map((text) => ({ ...dictated(text), findings: [{ messageId: 'default' }] })),
  ],
});

// ZZZZZZZR: phone sign-offs — "grz Lucia", "Mauro 347 8820193 dalle 8 alle 14", a line that
// opens with the whole name and goes on with office, Ente and phone.
testRule(signatureMissing, {
  valid: [
    {
      name: '"grz Lucia" from Lucia Ferrari',
      body: 'ciao nn riesco a stampare i cedolini della tredicesima, da stamattina mi da errore.\nmi chiamate al 347 2218890 dopo le 10\ngrz Lucia',
      draft: { from: { name: 'Lucia Ferrari', address: 'l.ferrari@comune.codogno.lo.example' } },
    },
    {
      name: '"Mauro 347 8820193 dalle 8 alle 14" from Mauro Gentili',
      body: 'il modello F24 EP di novembre nn include le addizionali comunali trattenute nei cedolini\nMauro 347 8820193 dalle 8 alle 14',
      draft: { from: { name: 'Mauro Gentili', address: 'mauro.gentili@example.it' } },
    },
    ...[
      'Salvatore Messina elettorale comune di Gela 0933 906311 oggi fino alle 18',
      'Salvatore Messina PL Comune di Gela 0933 906311',
    ].map((line) =>
      dictated(
        `la stampa delle liste sezionali nn parte, si apre la finestra e si chiude\n${line}`,
        'Salvatore Messina',
      ),
    ),
  ],
  invalid: [
    {
      ...dictated(
        'la stampa delle liste sezionali nn parte, la collega\nSalvatore Messina elettorale dice che da lei va. 0933 906311',
        'Lucia Ferrari',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZV: a title before the whole name, and the name dictated after a time of day, with the
// office, Ente and phone after it.
testRule(signatureMissing, {
  valid: [
    dictated(
      'vorremmo un incontro a distanza di un paio d ore per i due geometri su come impostare il calcolo degli oneri, siamo liberi il martedi cell 335 72 01 468\ngeom. Claudio Cominelli ufficio tecnico Comune di Darfo Boario Terme',
      'Claudio Cominelli',
    ),
    dictated(
      'buongiorno virgola da venerdi gli allegati delle delibere pubblicate all albo non si aprono punto sono in ufficio fino alle 14 Ornella Cipollone segreteria Comune di Avezzano 0863 50 14 33',
      'Ornella Cipollone',
    ),
  ],
  invalid: [
    {
      // The office and the Ente without the person.
      ...dictated(
        'vorremmo un incontro a distanza di un paio d ore per i due geometri su come impostare il calcolo degli oneri, siamo liberi il martedi cell 335 72 01 468\nufficio tecnico Comune di Darfo Boario Terme',
        'Claudio Cominelli',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZX: an initial and the surname sign the mail ("g. pedrazzini", "m. d amico", "s. moretti
// 071 7599240"), when they are the sender's.
const certificateProblem =
  'da stamattina quando stampo il certificato di residenza si apre la finestra bianca e poi esce errore "modello non trovato"';
const initialSigned = (line: string, name: string) => ({
  name: `${line} from ${name}`,
  body: `${certificateProblem}\n\n${line}\ncomune di sondalo  uff. anagrafe\n`,
  draft: { from: { name, address: 'anagrafe@comune.sondalo.so.example' } },
});
testRule(signatureMissing, {
  valid: [
    initialSigned('g. pedrazzini', 'Giovanna Pedrazzini'),
    initialSigned('G. Pedrazzini', 'Giovanna Pedrazzini'),
    initialSigned('m. d amico', "Marilena D'Amico"),
    initialSigned('s. moretti 071 7599240', 'Stefania Moretti'),
    initialSigned('G.M. Carta', 'Giovanni Maria Carta'),
    initialSigned('g. carta', 'Giovanni Maria Carta'),
    // The number before the surname.
    initialSigned('3405512098 Sanna', 'Gavino Sanna'),
    // Review of f574de5f: a From name with the surname first, the surname before the initial,
    // a title before and "tel."/"cell" before the number.
    initialSigned('g. pedrazzini', 'Pedrazzini Giovanni'),
    initialSigned('s. moretti 071 7599240', 'MORETTI STEFANIA'),
    initialSigned('a.m. de luca', 'De Luca Anna Maria'),
    initialSigned('pedrazzini g.', 'Giovanni Pedrazzini'),
    initialSigned('g. carta tel. 0331 123456', 'Giovanni Maria Carta'),
    initialSigned('geom. g. carta', 'Giovanni Maria Carta'),
    initialSigned('ag. luca fabiani polizia locale 0733 123456', 'Luca Fabiani'),
  ],
  invalid: [
    // Another person's initial, or the initial alone.
    {
      ...initialSigned('l. pedrazzini', 'Giovanna Pedrazzini'),
      findings: [{ messageId: 'default' }],
    },
    { ...initialSigned('g.', 'Giovanna Pedrazzini'), findings: [{ messageId: 'default' }] },
  ],
});

// ZZZZZZZZB: the whole name opening the last line, surname first or not, then an office word
// ("CED", "SUAP", "stato civile") and the Ente.
testRule(signatureMissing, {
  valid: [
    dictated(
      'dal gestionale IMU lanciando la stampa F24 precompilati esce pagina bianca, allego screenshot\ncmq con la stampa singola funziona\nDi Nardo Roberto Tributi Comune di Lanciano 0872 707 341',
      'Roberto Di Nardo',
    ),
    dictated(
      'da stamattina alle 9 ogni apertura maschera ci mette 30-40 sec, tutti gli uffici, internet va normale\nSilvia Negri CED Comune di Cuneo 348 772 0019 fino alle 14',
      'Silvia Negri',
    ),
    dictated(
      'come si trascrive un atto di nascita dall estero se il genitore e iscritto AIRE in un altro comune? nn trovo la causale\nCoppola Nadia stato civile Comune di Gallipoli 329 661 0048',
      'Nadia Coppola',
    ),
    dictated(
      'come si inoltra una SCIA di somministrazione all ASL dal fascicolo SUAP senza rifare la pratica?\nIlaria Monti SUAP Comune di Forli 0543 712 608',
      'Ilaria Monti',
    ),
  ],
  invalid: [
    {
      ...dictated(
        'come si inoltra una SCIA di somministrazione all ASL dal fascicolo SUAP senza rifare la pratica?\nSUAP Comune di Forli 0543 712 608',
        'Ilaria Monti',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZD: in a hurry the name, office and phone are typed first, on the text's first line.
testRule(signatureMissing, {
  valid: [
    dictated(
      'Enzo Ciccolella Polizia Locale Comune di Gaeta 0771 469 205\nbuongiorno il nuovo contrassegno CUDE per un cittadino non si stampa, la pratica è completa e approvata ma quando lancio la stampa del contrassegno esce un PDF bianco, vi allego la foto, i rinnovi dei vecchi contrassegni invece si stampano\n\nOttieni Outlook per Android',
      'Enzo Ciccolella',
    ),
    dictated(
      'Ciccolella Enzo - 0771 469205\nil nuovo contrassegno CUDE per un cittadino non si stampa, la pratica è completa e approvata ma quando lancio la stampa del contrassegno esce un PDF bianco',
      'Enzo Ciccolella',
    ),
  ],
  invalid: [
    {
      // An office and a phone typed first, with no person: no signature.
      ...dictated(
        'Polizia Locale Comune di Gaeta 0771 469 205\nbuongiorno il nuovo contrassegno CUDE per un cittadino non si stampa, la pratica è completa e approvata ma quando lancio la stampa del contrassegno esce un PDF bianco, vi allego la foto, i rinnovi dei vecchi contrassegni invece si stampano\n\nOttieni Outlook per Android',
        'Enzo Ciccolella',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZF: a crammed last line with the name and then the role.
testRule(signatureMissing, {
  valid: [
    dictated(
      "Come annullo l'avviso di deposito n. 2212 pubblicato ieri all'albo con il destinatario sbagliato?\nSono reperibile dalle 15 alle 17.\nCalogero Bono messo notificatore Comune di Sciacca 0925 20456 cell 366 104 8821",
      'Calogero Bono',
    ),
  ],
  invalid: [
    {
      ...dictated(
        "Come annullo l'avviso di deposito n. 2212 pubblicato ieri all'albo con il destinatario sbagliato?\nSono reperibile dalle 15 alle 17.\nmesso notificatore Comune di Sciacca 0925 20456 cell 366 104 8821",
        'Calogero Bono',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZP: crammed last lines with a police rank's abbreviation or an abbreviated office.
testRule(signatureMissing, {
  valid: [
    dictated(
      'da ieri i verbali fatti con i palmari non arrivano in Cityware, succede su tutti e 3 i palmari. screenshot allegato\nAss. Sandro Di Berardino PL Comune di Giulianova tel 085 802 1417 cell 339 684 2210 in servizio 7-14',
      'Sandro Di Berardino',
    ),
    dictated(
      'i verbali autovelox di marzo non si importano, dice "formato file non riconosciuto", sono 600 e scadono i 90 gg\nCap. Ciro Ascione PL Comune di Torre del Greco 081 883 0415 / 339 227 4108',
      'Ciro Ascione',
    ),
    dictated(
      'negli arretrati del CCNL calcolati col cedolino di marzo mancano le posizioni organizzative. allego il prospetto\nRoberta Carrara serv. personale associato Comuni di Albino e Nembro 035 759 9112 mattina',
      'Roberta Carrara',
    ),
  ],
  invalid: [
    {
      ...dictated(
        'i verbali autovelox di marzo non si importano, dice "formato file non riconosciuto"\nPL Comune di Torre del Greco 081 883 0415 / 339 227 4108',
        'Ciro Ascione',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZR and ZZZZZZZZT: a surname that is also an office word, a rank with its dot, a time
// after the phone with a comma, a crammed line opening with a full name from an office mailbox.
testRule(signatureMissing, {
  valid: [
    dictated(
      'da ieri le CIE restano "da trasmettere" e il tasto Trasmetti dà errore.\nCalogero Montana\nServizi Demografici Comune di Favara\n0922 448163 - 328 5570914, fino alle 14',
      'Calogero Montana',
    ),
    // ZZZZZZZZZZZZZZZZZZZB071: a region's name that is a surname too.
    dictated(
      'le CIE richieste dal 20 aprile risultano "in attesa di lavorazione". allego la schermata.\nSara Piemonte\nanagrafe Comune di Pradis di Sotto\n0427 80118 (fino alle 13)',
      'Sara Piemonte',
    ),
    dictated(
      'il palmare n. 3 da ieri non stampa più il preavviso di accertamento\nSovr. Gennaro Pepe Polizia Municipale Comune di Nocera Inferiore 081 323 5412 cell 338 601 7745 dalle 7 alle 13',
      'Gennaro Pepe',
    ),
    dictated(
      'da stamattina nei cartellini di ottobre non compaiono più i giustificativi già inseriti. Vi mando lo screenshot.\nMarta 0545 38411, mattina',
      'Marta Ricci Bitti',
    ),
    dictated(
      'non riesco a emettere le reversali d\'incasso di giugno, il programma dà "Capitolo inesistente"\nAnna Esposito Ragioneria Comune di Nola 081 512 3456 int. 4, ci sono fino alle 14',
      'Ragioneria Comune di Nola',
    ),
  ],
  invalid: [
    {
      ...dictated(
        'non riesco a emettere le reversali d\'incasso di giugno, il programma dà "Capitolo inesistente"\nServizi Finanziari Comune di Nola 081 512 3456 int. 4',
        'Ragioneria Comune di Nola',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Second review of stop 32: an office's abbreviation is no title, a colleague named in a
// sentence above is no signature. (A rank alone, "Ten. Colonnello", is left: Colonnello and
// Maggiore are surnames too.)
testRule(signatureMissing, {
  valid: [
    {
      name: 'a title that is a title, from an office mailbox',
      body: 'La firma digitale non parte dal PC del comando da stamattina.\nGrazie\nSovr. Gennaro Pepe Polizia Locale Comune di Nola 081 5123456',
      draft: { from: { name: 'Ufficio CED', address: 'ufficio@comune.nola.example' } },
    },
  ],
  invalid: [
    [
      'Ufficio CED',
      'La firma digitale non parte dal PC del CED da stamattina.\nGrazie\nUff. Innovazione Digitale Comune di Nola tel 081 5123456',
    ],
    [
      'Ufficio Tributi',
      'Buongiorno,\n\nAnna Esposito ufficio ragioneria non riesce ad accedere a Cityware da stamattina, il suo interno è 081 5123456 e vi chiede di richiamarla.\n\nUfficio Tributi Comune di Nola',
    ],
  ].map(([from, body]) => ({
    name: body!.slice(-50),
    body,
    draft: { from: { name: from!, address: 'ufficio@comune.nola.example' } },
    findings: [{ messageId: 'default' }],
  })),
});

// ZZZZZZZZV: a shouted line and a police room's name are no person.
testRule(signatureMissing, {
  valid: [
    {
      body: 'SERVE QUALCUNO SUBITO!!!\nI verbali non si salvano da mezzanotte.\n\nIsp. Ciro Di Lauro\nPolizia Locale - Comune di Pozzuoli\n081 526 3390',
      draft: { from: { name: 'Ciro Di Lauro', address: 'c.dilauro@comune.pozzuoli.example' } },
    },
  ],
  invalid: [
    {
      body: 'SERVE QUALCUNO SUBITO!!!\nI verbali non si salvano da mezzanotte.\nChiamate la centrale 081 852 9140.\n\nAgente di turno\nCentrale Operativa Polizia Municipale\nComune di Afragola',
      draft: {
        from: { name: 'Centrale Operativa PM', address: 'centrale.pm@comune.afragola.example' },
      },
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZF: the thanks and the first name end the text's own line, the phone under it.
testRule(signatureMissing, {
  valid: [
    dictated(
      "una mezz'ora da remoto per la nuova collega sulla registrazione delle fatture? quando potete, meglio il pomeriggio. grazie Vincenza\n0971 772103 Comune di Tito",
      'Vincenza Laurino',
    ),
  ],
  invalid: [
    {
      // Another first name than the sender's.
      ...dictated(
        "una mezz'ora da remoto per la nuova collega sulla registrazione delle fatture? quando potete, meglio il pomeriggio. grazie Rosaria\n0971 772103 Comune di Tito",
        'Vincenza Laurino',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZH: a first name and the number, then the Ente or the office, crammed on the last line.
testRule(signatureMissing, {
  valid: [
    dictated(
      'Nella bollettazione 2025 le utenze con compostaggio domestico hanno lo sconto calcolato due volte.\nRosalba 339 221 0875 Comune di Atri',
      'Rosalba Di Giacinto',
    ),
    dictated(
      "sul canone unico l'avviso di una ditta esce con superficie doppia (24 mq invece di 12).\ngrz Valentina 328 771 6040 trib. Sulmona",
      'Valentina Di Loreto',
    ),
  ],
  invalid: [
    {
      // Not the sender's first name.
      ...dictated(
        'Nella bollettazione 2025 le utenze con compostaggio domestico hanno lo sconto calcolato due volte.\nEnza 339 221 0875 Comune di Atri',
        'Rosalba Di Giacinto',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZN: the sign-off as a phone leaves it, crammed into the last line or sentence.
testRule(signatureMissing, {
  valid: [
    dictated(
      'Per le domestiche gli importi sono giusti.\nGrazie, Chiara - tributi Comune di Pergine Valsugana, mi trovate al 0461 502318 fino alle 12',
      'Chiara Pedrotti',
    ),
    dictated(
      "mi si è bloccata l'utenza dopo tre tentativi, potete sbloccarla?\ngrazie Manuela, Comune di Ledro 349 55 21 784",
      'Manuela Folgheraiter',
    ),
    dictated(
      "La via c'è nello stradario. Allego la schermata.\nFrancesca, anagrafe Comune di Bagnacavallo",
      'Francesca Randi',
    ),
    dictated(
      "L'UniEmens di ottobre è stato scartato. mi richiamate? Giorgio Belotti 335 6120 448 ufficio personale comune di Chiari, ci sono dalle 14 in poi",
      'Giorgio Belotti',
    ),
    dictated(
      'ciao Sandro, le dichiarazioni non arrivano in Cityware. riesci a guardarla tu? grazie Bruna, Comune di Pinzolo 0465 503 022',
      'Bruna Maffei',
    ),
    dictated(
      'La prima rata e l’unica soluzione sono giuste.\ngrazie mille, Donato +39 338 552 1906',
      'Donato Carlini',
    ),
    dictated(
      'Gli autisti hanno gli elenchi incompleti da stamattina.\nValentina, ufficio scuola Comune di Sassuolo, cell 349 77 12 045 dopo le 14',
      'Valentina Ferrari',
    ),
  ],
  invalid: [
    // Another person's name, the same shapes.
    ...[
      "La via c'è nello stradario. Allego la schermata.\nFrancesca, anagrafe Comune di Bagnacavallo",
      'ciao Sandro, le dichiarazioni non arrivano in Cityware. riesci a guardarla tu? grazie Bruna, Comune di Pinzolo 0465 503 022',
      "L'UniEmens di ottobre è stato scartato. mi richiamate? Giorgio Belotti 335 6120 448 ufficio personale comune di Chiari",
    ].map((text) => ({ ...dictated(text, 'Lucia Gentile'), findings: [{ messageId: 'default' }] })),
  ],
});

// Review of stop 33: the same phone sign-offs with other separators and thanks, and an office
// mailbox's place name, which is nobody's first name.
testRule(signatureMissing, {
  valid: [
    [
      'Donato Greco',
      'La seconda rata ha la scadenza sbagliata da ieri. grazie mille Donato 333 1234567',
    ],
    [
      'Manuela Pellegrini',
      'La seconda rata ha la scadenza sbagliata da ieri. ciao Manuela 349 1234567',
    ],
    [
      'Chiara Pedrotti',
      'La seconda rata ha la scadenza sbagliata.\nChiara, Comune di Trento - Tributi - 0461 502318',
    ],
    [
      'Chiara Pedrotti',
      'La seconda rata ha la scadenza sbagliata.\nGrazie, Chiara (tributi Comune di Trento) 0461 502318',
    ],
    [
      'Chiara Pedrotti',
      'La seconda rata ha la scadenza sbagliata.\n\nGrazie, Chiara / Tributi Trento / 0461 502318',
    ],
    [
      'Rosalba Neri',
      'La seconda rata ha la scadenza sbagliata.\nRosalba 339 221 0875 - Comune di Atri - anagrafe',
    ],
    [
      'Rosalba Neri',
      'La seconda rata ha la scadenza sbagliata.\nRosalba 339 221 0875 (Comune di Atri)',
    ],
    [
      'Francesca Bassi',
      "La seconda rata ha la scadenza sbagliata.\nFrancesca dell'anagrafe di Bagnacavallo 0545 280811",
    ],
    [
      'Davide Malagoli',
      'La seconda rata ha la scadenza sbagliata. Mi chiamate al 339 802 1145? Davide Malagoli',
    ],
    // ZZZZZZZZZZZZZZZZZZZY050: introduced near the end of a phone mail, with office and number.
    [
      'Nino Cusimano',
      'Buongiorno il palmare dei verbali non sincronizza da ieri sera, i verbali fatti stamattina al mercato (sono 7) non arrivano in centrale e sul palmare resta la rotellina su "invio in corso". Il wifi e i dati ci sono.\nSono Nino Cusimano della polizia locale del Comune di Scillato Vecchio, 338 5512098, fino alle 14 sono in servizio\nGrazie',
    ],
  ].map(([name, text]) => dictated(text!, name)),
  invalid: [
    ...[
      'La stampa dei bollettini si interrompe a metà.\ngrazie\nSulmona, ufficio tributi 0864 576211',
      'La stampa dei bollettini si interrompe a metà. grazie Sulmona tributi 0864 576211',
    ].map((text) => ({
      ...dictated(text, 'Tributi Comune di Sulmona'),
      findings: [{ messageId: 'default' }],
    })),
    {
      ...dictated(
        'La stampa dei bollettini si interrompe a metà.\ngrazie\nChiara, protocollo 0864 576211',
        'Protocollo Comune di Pieve Chiara',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZI: an office mailbox named with its place and no link word ("Comando Polizia Locale
// Cantù") names nobody, so the place closing the mail is no first name.
testRule(signatureMissing, {
  valid: [
    {
      ...dictated(
        'Nella stampa del verbale di sequestro compare ancora il vecchio depositario.\nCordiali saluti\nAnna Neri\nComando Polizia Locale\nCOMUNE DI\nCANTÙ\nTel. 031 717421',
        'Comando Polizia Locale Cantù',
      ),
    },
  ],
  invalid: [
    {
      ...dictated(
        'Nella stampa del verbale di sequestro compare ancora il vecchio depositario.\nCordiali saluti\nComando Polizia Locale\nCOMUNE DI\nCANTÙ\nTel. 031 717421',
        'Comando Polizia Locale Cantù',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZS, read again at stop 36: answers inside the operator's quote name no writer, even
// when one of them reads like a name ("Cassa Depositi e Prestiti").
testRule(signatureMissing, {
  valid: [
    {
      body: 'Buongiorno, risposte in linea.\n\nGiulia Conti\nUfficio Ragioneria\nComune di Nizza Alta\n\nDa: Assistenza Contabilità Palitalsoft <contabilita@ticket.palitalsoft.example>\nInviato: giovedì 2 aprile 2026 17:15\nOggetto: [Ticket #52866] mutui\n\nci servono:\n1. il numero del mutuo\nGC: posizione n. 4550891/00\n2. un numero a cui richiamarla\nGC: 0141 72 55 318\nGrazie',
    },
  ],
  invalid: [
    {
      body: [
        'Buongiorno, risposte in linea.',
        '',
        'Ufficio Ragioneria',
        'Comune di Nizza Alta',
        '',
        'Da: Assistenza Contabilità Palitalsoft <contabilita@ticket.palitalsoft.example>',
        'Inviato: giovedì 2 aprile 2026 17:15',
        'A: Ragioneria Comune di Nizza Alta <ragioneria@comune.nizzaalta.at.example>',
        'Oggetto: [Ticket #52866] mutui - quota interessi non calcolata',
        '',
        'Buonasera,',
        'ci servono:',
        '1. il numero del mutuo',
        'GC: posizione Cassa Depositi e Prestiti n. 4550891/00, tasso variabile',
        '2. un numero a cui richiamarla',
        'GC: 0141 72 55 318',
        'Grazie',
      ].join('\n'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZZZE: the operator's form asked who writes, and the writer typed their name in it
// (an office mailbox: no sender's name to go by).
const officeMailbox = {
  from: { name: 'Ufficio Tributi', address: 'tributi@comune.varmoalto.ud.example' },
};
const formWithReferent = (referent: string) =>
  [
    'Buongiorno, ho scritto sotto.',
    '',
    'Il 12/02/2026 10:41, tributi@ticket.palitalsoft.example ha scritto:',
    '> Gentile utente,',
    '> la preghiamo di rispondere completando i campi sotto:',
    '>',
    '> Ente: Comune di Varmo Alto',
    `> Nome e cognome del referente:${referent}`,
    '> Telefono: 0432 778 214',
    '> Orari in cui è reperibile: dalle 9 alle 12 tutti i giorni tranne il mercoledì',
    "> Cosa succede esattamente: lancio l'elaborazione avvisi TARI acconto, arriva al 100% ma nella lista avvisi non c'è niente",
    '>',
    '> Servizio Assistenza Tributi',
  ].join('\n');
testRule(signatureMissing, {
  valid: [{ draft: officeMailbox, body: formWithReferent(' Daniela Moro, ufficio tributi') }],
  invalid: [
    // The field left empty: nobody signs.
    { draft: officeMailbox, body: formWithReferent(''), findings: [{ messageId: 'default' }] },
  ],
});

// Review of stop 37: a sign-off run into the text above a quote whose form the user filled.
const aboveFilledForm = (top: string) =>
  [
    top,
    '',
    '________________________________',
    'Da: Assistenza Tributi <tributi@ticket.palitalsoft.example>',
    'Inviato: martedì 3 dicembre 2026 10:12',
    'A: Neri Anna <a.neri@comune.rimini.it>',
    'Oggetto: R: [Ticket #52190] Calcolo IMU errato',
    'Gentile cliente,',
    'per analizzare il problema le chiediamo di indicarci:',
    'Codice contribuente: 004512',
    'Anno di imposta: 2025',
    '',
    'Cordiali saluti',
    'Assistenza Palitalsoft',
  ].join('\n');
const annaNeri = { from: { name: 'Anna Neri', address: 'a.neri@comune.rimini.it' } };
testRule(signatureMissing, {
  valid: [
    {
      draft: annaNeri,
      body: aboveFilledForm(
        "Buongiorno, il calcolo risulta ancora sbagliato anche dopo l'aggiornamento di ieri. Grazie Anna Neri ufficio tributi comune di Rimini 0541 704512",
      ),
    },
  ],
  invalid: [
    {
      draft: annaNeri,
      body: aboveFilledForm(
        "Buongiorno, il calcolo risulta ancora sbagliato anche dopo l'aggiornamento di ieri.",
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZZZO020: from an office mailbox, the writer introduces herself with name, office and
// Comune at the text's start and gives her phone (LABELLING: a full name introducing the sender).
const ragioneriaMailbox = {
  from: { name: 'Ragioneria Comune di Lonato', address: 'ragioneria@comune.lonato.bs.example' },
};
const introduced = (intro: string) =>
  `Buongiorno,\n${intro} Da venerdì le fatture elettroniche ricevute dallo SDI non vengono più importate in contabilità.\nMi potete chiamare al 030 9139 244 in mattinata.`;
testRule(signatureMissing, {
  valid: [
    {
      draft: ragioneriaMailbox,
      body: introduced(
        "sono Chiara Bonetti dell'ufficio ragioneria del Comune di Lonato del Garda.",
      ),
    },
  ],
  invalid: [
    // A name with no office and Ente beside it: no signature's references.
    {
      draft: ragioneriaMailbox,
      body: introduced('sono Chiara Bonetti.'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZV039): from a display name with an initial ("A. Murgia"), the
// same person introduced with office, Ente and phone at the start is the signature; someone else
// introduced is not.
const initialMailbox = {
  from: { name: 'C. Bonetti', address: 'ragioneria@comune.lonato.bs.example' },
};
testRule(signatureMissing, {
  valid: [
    {
      draft: initialMailbox,
      body: introduced(
        "sono Chiara Bonetti dell'ufficio ragioneria del Comune di Lonato del Garda.",
      ),
    },
  ],
  invalid: [
    {
      draft: initialMailbox,
      body: introduced(
        "vi scrive Marta Pezzotti dell'ufficio ragioneria del Comune di Lonato del Garda.",
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZA069): the number the operator asked for, named, then the
// sender's first name after a dash.
testRule(signatureMissing, {
  valid: [
    {
      draft: { from: { name: 'Piero Santoro', address: 'p.santoro@comune.specchia.le.example' } },
      body: 'Cellulare 339 4410 872 - Piero',
    },
  ],
  invalid: [
    {
      draft: { from: { name: 'Piero Santoro', address: 'p.santoro@comune.specchia.le.example' } },
      body: 'Cellulare 339 4410 872 - Marta',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// 27Z-R059: from an office mailbox, a phone sign-off typed all in lower case ("grazie elena
// pasqualetto anagrafe ponte di livenza 0422 853120") signs the mail; courtesy words in the same
// place, or the office and number without a name, do not.
const anagrafeMailbox = {
  from: { name: 'Ufficio Anagrafe', address: 'anagrafe@comune.livenza.tv.example' },
};
const historicCertificate =
  'buongiorno, il certificato storico di residenza riporta come data di immigrazione il 01/01/1900 invece del 12/06/1987.';
testRule(signatureMissing, {
  valid: [
    {
      name: 'lower-case thanks, name, office and number',
      body: `${historicCertificate}\ngrazie elena pasqualetto anagrafe ponte di livenza 0422 853120\n\nInviato da iPhone`,
      draft: anagrafeMailbox,
    },
  ],
  invalid: [
    ...[
      'grazie mille anagrafe ponte di livenza 0422 853120',
      'grazie della collaborazione anagrafe ponte di livenza 0422 853120',
      'grazie buona giornata ufficio anagrafe 0422 853120',
      'grazie elena pasqualetto anagrafe ponte di livenza',
    ].map((line) => ({
      name: line,
      body: `${historicCertificate}\n${line}`,
      draft: anagrafeMailbox,
      findings: [{ messageId: 'default' }],
    })),
  ],
});
