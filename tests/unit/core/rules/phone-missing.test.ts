import { phoneMissing } from '../../../../src/core/rules/phone-missing';
import { goodBody, settings } from './fixtures';
import { testRule } from './rule-tester';

// The good ticket with a protocol number where its phone was: a number that is no phone.
const noPhone = goodBody.replace('Tel. 0541 123456', 'prot. n. 12345/2024');
const request =
  "Il calcolo IMU 2025 per un contribuente deceduto risulta errato e l'avviso non parte.";

testRule(phoneMissing, {
  valid: [
    {
      name: "the office's own surveyor, who wants to be called back at his number",
      body: `Buongiorno,\nla PEC arrivata stamattina risulta registrata a protocollo senza il file allegato.\n\nIl geometra dell'ufficio tecnico vuole essere richiamato al 0541 948 271 per la verifica.\n\nGrazie, buon lavoro\nGiovanna Tassinari\nUfficio Protocollo\nComune di Vallecchia Riminese`,
    },
    {
      name: 'one number for telephone and fax',
      body: `Buongiorno,\nda lunedì la stampa massiva dei verbali da notificare si ferma dopo il primo verbale del lotto.\n\nDistinti saluti\nIsp. Capo Luca Ferraresi\nComando Polizia Locale - Comune di Portomaggiore\nTel./Fax 0532 418877`,
    },
    {
      name: 'a telephone beside the fax',
      body: `Buongiorno,\nda lunedì la stampa massiva dei verbali da notificare si ferma dopo il primo verbale del lotto.\n\nDistinti saluti\nIsp. Capo Luca Ferraresi\nComando Polizia Locale - Comune di Portomaggiore\nTel. 0532 418870 - Fax 0532 418877`,
    },
    {
      name: "the writer's own number after a citizen is named: a sign-off run into the text",
      body: `volevo sapere come si registra la riduzione per il contribuente con immobile inagibile grazie Enzo Pace ufficio tributi 0543 778120`,
    },
    {
      name: 'the number the writer asks to be called on, after a parent was named',
      body: `La madre del bambino non trova la domanda di iscrizione alla mensa nel portale. Chiamateci allo 0543 778120 in mattinata.\n\nEnzo Pace\nComune di Forlimpopoli`,
    },
    {
      name: "a colleague's number to call back, after a taxpayer was named",
      body: `Il contribuente Aldo Ferri ha un avviso TARI doppio: la collega Sara che lo segue chiede di essere richiamata al 0543 778121.\n\nEnzo Pace\nComune di Forlimpopoli`,
    },
    // Review of stop 35: the writer's own call-back number after a citizen is named.
    ...[
      'potete ricontattarmi al 0541 123456 in mattinata.',
      'mi richiami pure al 0541 123456.',
      'telefonatemi al 0541 123456.',
      'ci trovate allo 0541 123456.',
      'reperibile al 0541 123456 dalle 9 alle 13.',
      "per info contattare l'ufficio al 0541 123456.",
      'tel. ufficio 0541 123456.',
      "vi lascio il numero dell'ufficio: 0541 123456.",
      'cell. di servizio 333 1234567.',
    ].map((end) => ({
      name: `the writer's number offered after a citizen is named: "${end}"`,
      body: `Buongiorno,\nper la contribuente Rosa Neri il rimborso della TARI 2025 per pagamento doppio non viene generato, ${end}\n\nCordiali saluti\nMario Rossi\nComune di Rimini`,
    })),
    {
      name: "an architect of the Ente's own, written for, with his direct number",
      body: `Vi scrivo per conto del dirigente dell'Area Tecnica, arch. Fausto Bellini: l'elenco delle pratiche SUE si chiude senza messaggi. L'architetto deve firmare venti permessi. Il suo numero diretto è 030 252 7718.\n\nCristian Bertoli\nServizio Informatico`,
    },
    {
      name: 'an office named after citizens introduces the writer, not a citizen',
      draft: { from: { name: 'Patrizia Di Mambro', address: 'p.dimambro@comune.cassino.example' } },
      body: "Buongiorno, sono Patrizia Di Mambro dello Sportello del Cittadino del Comune di Cassino, 0776 298123.\nDa ieri i pagamenti pagoPA degli avvisi TARI non vengono riconciliati: risultano ancora da pagare anche se la ricevuta telematica c'è.\nGrazie",
    },
    {
      name: "a parent named, then the office's number for any question",
      body: "Buongiorno,\nun genitore non vede nel portale l'iscrizione alla mensa del figlio fatta a settembre, per qualsiasi cosa l'ufficio scuola risponde allo 0541 704321 dalle 9 alle 12.\n\nLaura Gatti\nComune di Rimini",
    },
    {
      name: "the writer's own number after a citizen's in the same sentence ('io sono al …')",
      body: `La sig.ra Neri, che segue la pratica, è in ufficio la mattina allo 0565 778 213, io sono al 347 550 8121.\n\nSaluti\nEnzo Pace`,
    },
    {
      name: "a citizen's number beside the writer's own in the signature",
      body: `Il contribuente Aldo Ferri (tel. 0543 778120) ha l'avviso IMU con la rendita vecchia.\n\nSaluti\nEnzo Pace\nTel. 0543 700100`,
    },
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
      name: 'a colleague reachable at her number is the office’s contact, a citizen only named before',
      body: `Buongiorno,\nla contribuente Maria Neri ha pagato due volte la TARI 2025 e il rimborso non viene generato.\nLa collega Rosa Lauria è reperibile al 339 7712045 dalle 9 alle 12.\n\nSaluti\nEnzo Pace\nUfficio Tributi - Comune di Forlimpopoli`,
    },
    {
      name: 'the writer’s number after the citizen’s in the same sentence stays the writer’s',
      body: `Buongiorno,\nla signora Neri ha pagato due volte la rata TARI di settembre con pagoPA.\nLa signora è reperibile al 338 1234567 e io al 0541 123456 dalle 9 alle 13.\n\nCordiali saluti\nMario Rossi\nUfficio Tributi - Comune di Rimini`,
    },
    {
      name: 'someone of the office called "il signor", with a role: the office’s number',
      body: `Buongiorno,\nla firma digitale del responsabile non viene più riconosciuta dalla procedura delle determine. Il signor Franchi, responsabile del servizio, è reperibile al 0541 704520 tutte le mattine.\n\nCordiali saluti\nMario Rossi\nSegreteria - Comune di Rimini`,
    },
    {
      name: 'an office named after a register, the number on the same line after a colon',
      body: `${request}\n\nSaluti\nEnzo Pace\nUfficio Protocollo: 0872 712230`,
    },
  ],
  invalid: [
    // ZZZZZZZZZZZZZZG006: the helpdesk's own number, told to say why the writer writes.
    {
      name: "the helpdesk's number the writer tried to call is not the writer's",
      body: `Buongiorno,\nquesta mattina ho provato a chiamare il vostro numero 0541 918400 ma la linea era sempre occupata, quindi vi scrivo.\nI mandati trasmessi al tesoriere vengono tutti rifiutati con esito "codice fiscale beneficiario non valido".\n\nSaluti\nRag. Stefano Zanardi\nServizio Finanziario - Comune di Poggio Lauro`,
      findings: [{ messageId: 'othersOnly' }],
    },
    // ZZZZZZZZZZZZZZG004: a fax takes no call.
    {
      name: 'a signature with only a fax number',
      body: `Buongiorno,\nda lunedì la stampa massiva dei verbali da notificare si ferma dopo il primo verbale del lotto.\n\nDistinti saluti\nIsp. Capo Luca Ferraresi\nComando Polizia Locale - Comune di Portomaggiore\nFax 0532 418877`,
      findings: [{ messageId: 'default' }],
    },
    {
      name: "a taxpayer's phone given in the request is not the writer's",
      body: `Il contribuente Aldo Ferri (tel. 0543 778120) ha ricevuto l'avviso IMU 2025 con la rendita vecchia, anche se la variazione catastale è registrata.\n\nSaluti\nEnzo Pace\nUfficio Tributi - Comune di Forlimpopoli`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'a taxpayer named "sig." with his number in brackets',
      body: `Buongiorno,\nil sig. Aldo Ferri (tel. 338 1234567) ha pagato due volte la TARI 2025 e il rimborso non viene generato: la lista resta vuota.\n\nCordiali saluti\nMario Rossi\nUfficio Tributi - Comune di Rimini`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'the number given as theirs in the next sentence, the person named before',
      body: `Buongiorno,\nla contribuente Maria Neri ha pagato due volte la TARI 2025 e il rimborso non viene generato. Il suo numero è 338 1234567.\n\nCordiali saluti\nMaria Bianchi\nUfficio Tributi - Comune di Rimini`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: "a notary's studio with its number, named in the request",
      body: `Buongiorno,\nla PEC del Notaio Dott. Filippo Anselmi (studio in via XX Settembre 40, Genova, tel. 010 562 3390) risulta protocollata due volte.\n\nCordiali saluti\nElena Musso\nServizio Protocollo - Comune di Pieve Alta`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'a sentence about the citizen says where she can be reached: "La signora, …, è reperibile al …"',
      body: `Buongiorno,\nla pratica di iscrizione è ferma da cinque giorni con errore ANPR.\n\nLa signora, Carmela Di Iorio, è reperibile al 338 4102967 la mattina.\n\nCordiali saluti\nAntonella Mastrangelo\nServizi Demografici - Comune di Pietracupa`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'the offender named with "Il Sig.", reachable at his mobile after the hour he gives',
      body: `Buongiorno,\nil trasgressore Sig. Davide Rossetti ha chiesto la rateizzazione del verbale n. 1234/V/2026, ma la prima rata risulta calcolata su 4 rate invece che su 10.\nIl Sig. Rossetti aspetta il piano, è reperibile al cell. 347 2298156 dopo le h. 15.00.\n\nGrazie\nAg. Sc. Marco Pieri\nPolizia Locale - Comune di Borgo Val di Vara`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'a voter’s mobile in brackets after him, the writer’s extension only',
      body: `Buongiorno,\nnel fascicolo elettorale la tessera dei neo-maggiorenni non si stampa, esce "Modello di stampa non trovato". Un elettore (cell. 333 471 2098) aspetta la tessera per votare domenica.\n\nMarisa Bellini\nUfficio Demografico - Comune di Altavilla Sannita\nint. 215`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'the mother named with "sig.ra", reachable at her mobile',
      body: `Buongiorno,\nla retta del trasporto di ottobre compare due volte nell'estratto conto della famiglia Loi.\nLa mamma dell'alunno, sig.ra Loi, è reperibile al 349 6120875 dopo le 15 se vi serve verificare con lei il pagamento.\n\nGrazie\nAntonio Mureddu\nUfficio Servizi Scolastici - Comune di Ovodda`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'a citizen’s number typed in an answer under a signature above the quote is not the writer’s',
      body: [
        'Buongiorno,',
        'di seguito le risposte.',
        'Ornella Bellan',
        'Ufficio Anagrafe - Comune di Ariano nel Delta',
        '',
        'Da: demografici@ticket.palitalsoft.example',
        'Inviato: mercoledì 18 dicembre 2024 16:44',
        'A: Bellan Ornella <anagrafe@comune.arianoneldelta.ro.example>',
        'Oggetto: [Ticket #52133] Pratica APR4 rimasta aperta',
        '',
        'Buongiorno,',
        'chi è il cittadino interessato?',
        'il sig. Enrico Mantovani, nato nel 1961. Se serve il suo cellulare è 347 118 2905',
        'in che stato vede la pratica in ANPR?',
        'iscritto da noi, ma in Cityware la pratica è ancora in attesa di conferma',
        '',
        'Cordiali saluti',
        'Assistenza Demografici',
      ].join('\n'),
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'a parent named, then "se vi serve parlarle, il suo cellulare è …"',
      body: `Buongiorno,\nla sig.ra Elisa Ferro ha presentato l'ISEE ma la retta del trasporto è a tariffa piena. La signora è disponibile a venire in ufficio; se vi serve parlarle, il suo cellulare è 340 556 1290.\n\nGrazie\nMonica Zanini\nServizi Scolastici - Comune di Tregnago Alto`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'the person concerned asks to be called back',
      body: `Buongiorno,\nil rimborso TARI 2025 per pagamento doppio non viene generato. L'interessato chiede di essere richiamato al 338 1234567.\n\nCordiali saluti\nMario Rossi\nComune di Rimini`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: "a citizen who wants to be called back, her number after the sentence's dots",
      body: `Allo sportello c'è una signora che ha pagato due volte la TARI e chiede il rimborso. La sig.ra vuole essere richiamata al 347 220 1188 per sapere come procedere.\n\nGrazie\nEnzo Pace\nComune di Forlimpopoli`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'the surveyor of a case, who wants to be called back at his number',
      body: `Buongiorno,\nla PEC arrivata stamattina dal geom. Bonora risulta registrata a protocollo senza il file allegato.\n\nIl geometra ci ha già chiamato due volte e vuole essere richiamato al 0541 948 271 appena la pratica risulta completa.\n\nGrazie, buon lavoro\nGiovanna Tassinari\nUfficio Protocollo\nComune di Vallecchia Riminese`,
      findings: [{ messageId: 'othersOnly' }],
    },
    // ZZZZZZZZZZZZZZZZZZG007, G069: the number the citizen keeps calling from.
    {
      name: 'a taxpayer who "chiama tutti i giorni (0141 …)"',
      body: `Buongiorno,\nil contribuente Carlo Bosio chiede di rateizzare l'avviso IMU in 24 rate, ma il campo "numero rate" non accetta più di 18.\n\nIl sig. Bosio chiama tutti i giorni (0141 83 22 71) e vorrei dargli una risposta entro la settimana.\n\nGrazie, saluti\nDaniela Rivetti\nUfficio Tributi\nComune di Cerreto Belbo`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'a citizen who "chiama ogni giorno (cell. 333 …)"',
      body: `Buongiorno,\nil certificato di stato di famiglia storico per la sig.ra Maria Ciccone esce senza il marito. La signora ne ha bisogno per la successione e chiama ogni giorno (cell. 333 871 0042).\n\nConcetta Pappalardo\nServizi Demografici - Comune di Villarosa Etnea`,
      findings: [{ messageId: 'othersOnly' }],
    },
    {
      name: 'a taxpayer who wants the office to call him back at his number',
      body: `Buongiorno,\nvi scrivo per la seconda volta: dopo l'importazione della fornitura F24 del 15 dicembre i versamenti IMU di novembre non risultano in nessuna posizione. Ho un contribuente, il sig. Dallapiccola, che è venuto in ufficio con la quietanza del 16/11 e vuole che lo richiamiamo al 340 598 1172 quando il pagamento risulta.\n\nIvano Fedrizzi\nServizio Tributi Associato`,
      findings: [{ messageId: 'othersOnly' }],
    },
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
      name: 'a letterhead with a postcode and a two-word place ("73020 Galugnano Marina") names no person',
      body: `${request}\n\nCordiali saluti\nSerena Carluccio\nUfficio Pubblica Istruzione\n\n--\nComune di Galugnano Marina - Piazza Municipio 1 - 73020 Galugnano Marina (LE) - centralino 0832 906500\nAi sensi del Regolamento UE 2016/679 questo messaggio e i suoi allegati sono riservati al destinatario.`,
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

// Review of stop 37: a "sig." or a "ragazza" alone may be the office's own.
testRule(phoneMissing, {
  valid: [
    'Il sig. Bianchi del CED è reperibile al 0541 704512.',
    'La Sig.ra Conti è reperibile al 0541 704513, io sono in ferie fino a lunedì.',
    'Per l’accesso remoto chiamate il ragazzo del CED, cell. 333 1234567.',
    'Sono la ragazza nuova dell’anagrafe, cell. 333 1234567, richiamatemi quando potete.',
  ].map((line) => ({
    name: line,
    body: `Buongiorno,\nda questa mattina il calcolo IMU 2025 si blocca con errore "violazione di chiave" su tutte le postazioni.\n${line}\n\nCordiali saluti\nAnna Neri\nUfficio Tributi - Comune di Rimini`,
  })),
  invalid: [
    {
      // The citizen introduced as one, then "Il Sig. …": their number.
      name: 'the taxpayer introduced, then "Il Sig. Ferri"',
      body: `Buongiorno,\nil contribuente Sig. Aldo Ferri ha pagato due volte la TARI 2025 e il rimborso non viene generato.\nIl Sig. Ferri è reperibile al 338 1234567.\n\nCordiali saluti\nAnna Neri\nUfficio Tributi - Comune di Rimini`,
      findings: [{ messageId: 'othersOnly' }],
    },
  ],
});

// ZZZZZZZZZZZZZZZZZZZY019: the DPO's number inside a privacy notice that Outlook's HTML wrapped
// one line per paragraph is the footer's, not the writer's.
const economo = (own: string) =>
  'Buongiorno,\n\nla stampa del rendiconto dell’economo si ferma ai buoni emessi fino al 15 dicembre.\n\n' +
  `Distinti saluti\n\nDott.ssa Carmela Vella\n\nComune di Realmonte Sottano${own}\n\n--\n\n` +
  'Informativa privacy: il Comune tratta i dati personali ai sensi del\n\n' +
  'Regolamento UE 2016/679. Il Responsabile della Protezione dei Dati è contattabile al\n\n' +
  "numero 0922 814400 o all'indirizzo dpo@comune.example.";
testRule(phoneMissing, {
  valid: [
    {
      name: 'the writer’s own number above the same notice',
      body: economo('\n\nTel. 0922 814411'),
    },
  ],
  invalid: [
    {
      name: 'the only number is the DPO’s, in a notice wrapped one line per paragraph',
      body: economo(''),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZZZZZZZZZY041: a line the client wrapped after "la signora" goes on with her name and
// number; a phone mail's last sentence ending on a noun ("…di un contribuente") does not, and the
// writer's first name and number on the next line are theirs (zzzzzzzt022).
const wrapped = (before: string, line: string) =>
  `Buongiorno,\nnei modelli F24 precompilati il campo "codice ente" riporta M111 invece del nostro.\n${before}\n${line}\n\nCordiali saluti\nImmacolata Pisano\nUfficio Tributi - Comune di Serra Irpina`;
testRule(phoneMissing, {
  valid: [
    {
      name: 'a first name and a number under a long line ending on a noun',
      body: wrapped(
        'Ce ne siamo accorti perché vi mando la foto del calcolo fatto per conto di un contribuente',
        'Immacolata 338 4027716',
      ),
      draft: { from: { name: 'Immacolata Pisano', address: 'i.pisano@comune.serrairpina.av.it' } },
    },
  ],
  invalid: [
    {
      name: 'the taxpayer’s number after a line wrapped on "la signora"',
      body: wrapped(
        'Ce ne siamo accorti perché una contribuente, che ha pagato in banca, è la signora',
        'Carmela Ruggiero (tel. 0825 446190), e il versamento è finito a un altro Comune.',
      ),
      draft: { from: { name: 'Immacolata Pisano', address: 'i.pisano@comune.serrairpina.av.it' } },
      findings: [{ messageId: 'othersOnly' }],
    },
  ],
});

// 23Z-J005: "…; se serve è raggiungibile al 339 …": the clause goes on about the taxpayer named
// before, with no subject of its own after an opener.
const taxpayerReachable = (clause: string) =>
  `Buongiorno,\nuna contribuente, la sig.ra Carmela Difonzo, ha pagato la prima rata TARI con pagoPA ma la posizione risulta ancora da pagare.\n\nLa signora è molto preoccupata di ricevere il sollecito; ${clause}\n\nGrazie\nAntonella Grieco\nUfficio Tributi - Comune di Grottole Nuova`;
testRule(phoneMissing, {
  valid: [{ body: taxpayerReachable('se serve chiamatemi al 0835 756 210, la mattina.') }],
  invalid: [
    {
      body: taxpayerReachable('se serve è raggiungibile al 339 4471852, di solito nel pomeriggio.'),
      findings: [{ messageId: 'othersOnly' }],
    },
  ],
});
