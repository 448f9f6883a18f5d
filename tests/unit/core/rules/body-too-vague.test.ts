import { bodyTooVague } from '../../../../src/core/rules/body-too-vague';
import { goodBody, goodSubject, settings, withContent } from './fixtures';
import { testRule } from './rule-tester';

// The template a blank body gets: the module comes from the subject, Ente and availability
// from the settings, then the signature block (without a second Ente or Reperibile line).
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
Tel. 0541 123456`;

testRule(bodyTooVague, {
  valid: [
    {
      name: 'a call recalled and a file sent, with the problem it shows',
      body: withContent(
        "Come da accordi telefonici con il vostro collega vi mando il file dell'F24 EP di aprile: l'Agenzia lo scarta con l'errore codice tributo non valido per tre dipendenti.",
      ),
    },
    {
      name: 'a request in two short lines naming offices, with no full stop, is text, not a signature',
      body: "Buongiorno,\n\nla determina n. 418 del responsabile del settore tecnico\nnon compare nell'albo pretorio del comune dal 12 marzo",
    },
    {
      name: '"inviata da smartphone" inside a sentence is text, not a mobile footer',
      body: 'Buongiorno,\n\nla PEC del cittadino inviata da smartphone arriva al protocollo senza gli allegati PDF, che nel messaggio originale ci sono.',
    },
    { name: 'a detailed request', body: goodBody },
    {
      name: 'short but specific: record numbers and a date are details',
      body: "Buongiorno,\nle determine dirigenziali n. 41 e n. 42 firmate venerdì risultano entrambe pubblicate con numero 41 all'albo.\n\nAnna Verdi\nComune di Colle Alto\n0543 112233",
    },
    {
      name: "the template filled in with the user's words",
      body: template
        .replace(
          'Cosa stavo facendo:',
          'Cosa stavo facendo: emettevo gli avvisi di pagamento IMU 2025 per gli eredi',
        )
        .replace(
          'Cosa è successo:',
          'Cosa è successo: gli eredi del contribuente deceduto non compaiono nella stampa, che resta vuota',
        ),
    },
    {
      name: "a bracketed detail written by the user is the user's words",
      body: withContent(
        'Da stamattina la stampa dei ruoli TARI si interrompe [solo per le utenze non domestiche] con errore di memoria esaurita.',
      ),
    },
    {
      name: "an office form whose description the writer filled in: the writer's words count",
      body: withContent(
        'MODULO SEGNALAZIONE GUASTI\nEnte: Comune di Colle Alto\nProcedura: Tributi - TARI\nDescrizione: dal caricamento delle nuove tariffe il calcolo delle utenze non domestiche raddoppia la quota variabile\nErrore: nessun messaggio, importi doppi in stampa',
      ),
    },
    {
      name: "a sentence that ends with a colon in an ordinary mail is the writer's",
      body: withContent(
        'Vi scrivo per una cosa diversa: il registro dei contratti del modulo Atti non mi lascia inserire il repertorio 14 perché risulta già usato, ma nell’elenco non compare.',
      ),
    },
    {
      name: 'a one-line how-to question that names what it is about is explained',
      body: withContent(
        'Come si registra la rateizzazione di un verbale del Codice della Strada chiesta dal trasgressore?',
      ),
    },
    {
      name: 'a how-to question typed on a phone, with an abbreviation whose dot ends no sentence',
      body: withContent(
        'x favore cm si stampa il cert. di residenza storico x un cittadino emigrato nel 2019? Grz',
      ),
    },
    {
      name: "a reply on the ticket's automatic mail adding one detail to the same problem",
      subject: 'R: [Ticket #58231] Mandati non trasmessi al tesoriere',
      body: withContent(
        'Aggiungo che anche i mandati emessi oggi sono rimasti in attesa di firma e il tesoriere non li ha ricevuti.',
      ),
    },
    // ZZZZZZZZZZZZZZZZZZZZP070: the number the operator asked for, with when to call.
    {
      name: 'only the number asked for, "meglio dopo le 15", on the operator’s mail',
      subject: 'R: [Ticket #58733] SUE - pratica 2025/114 non protocollabile',
      body:
        'Cell. 347 556 2091, meglio dopo le 15.\nPiero\n\n-----Messaggio originale-----\n' +
        'Da: Assistenza SUAP-SUE <suap-sue@ticket.palitalsoft.example>\nInviato: martedì 10 marzo 2026 17:40\n' +
        'Oggetto: [Ticket #58733] SUE - pratica 2025/114 non protocollabile\n\n' +
        'Ci indichi un numero e un orario in cui possiamo chiamarla.',
      draft: {
        from: { name: 'Piero Lenzi', address: 'ufficiotecnico@comune.montecastro.example' },
      },
    },
    {
      // 23Z-R064: "chiamatemi al …" alone is no detail, but under the operator's request for a
      // phone it is the detail asked for.
      name: 'only "Mi potete chiamare al …" under the operator’s "indicarci un recapito telefonico"',
      subject: 'R: [Ticket #71215] Rimborsi IMU - errore nella generazione della determina',
      body:
        'Mi potete chiamare al 328 904 1176.\nPiero\n\n' +
        'Il giorno mer 2 set 2026 alle ore 17:55 tributi@ticket.palitalsoft.example ha scritto:\n' +
        "> Gentile utente,\n> per procedere con l'analisi le chiediamo di indicarci un recapito telefonico.\n" +
        '> Assistenza Tributi - Palitalsoft',
      draft: {
        from: { name: 'Piero Lenzi', address: 'p.lenzi@comune.montecastro.example' },
      },
    },
    {
      // Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZR069): why not before the hour given.
      name: 'a number and an hour "che rientro dal servizio" under the operator’s request for a phone',
      subject: 'R: [Ticket #43288] palmare verbali non sincronizza',
      body:
        'cell 348 6620931, chiamatemi dopo le 15 che rientro dal servizio.\nNicola Perri\n\n' +
        '> Il giorno 22 mag 2026, alle ore 11:48, Assistenza Polizia Locale Palitalsoft <polizia-locale@ticket.palitalsoft.example> ha scritto:\n' +
        '> Ci indica un recapito telefonico e una fascia oraria in cui possiamo contattarla?',
      draft: {
        from: { name: 'Nicola Perri', address: 'n.perri@comune.santaseverina.kr.example' },
      },
    },
    {
      // Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZQ009): "preferibilmente in mattinata" is when to call.
      name: 'a number "preferibilmente in mattinata" under the operator’s request for a phone',
      subject: 'R: [Ticket #50231] Mandati non trasmessi al tesoriere',
      body:
        'Buongiorno, il numero è 0187 654 221 int. 3, preferibilmente in mattinata.\n\nDaniela Corsi\nRagioneria\n\n' +
        'Da: Assistenza Contabilità <contabilita@ticket.palitalsoft.example>\n' +
        'Oggetto: [Ticket #50231] Mandati non trasmessi al tesoriere\n\n' +
        'Le chiediamo di indicarci un recapito telefonico diretto.',
      draft: {
        from: { name: 'Daniela Corsi', address: 'daniela.corsi@comune.levanto.example' },
      },
    },
    {
      // Stop 51 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZY054): "tra le 9 e le 11" is when to call.
      name: 'a number "meglio tra le 9 e le 11" under the operator’s request for a phone',
      subject: 'R: [Ticket #61420] Stampa avvisi TARI con la rata sbagliata',
      body:
        'Mi trovate allo 0922 511 204, meglio tra le 9 e le 11.\nGino\n\n' +
        'Il 03/06/2026 16:02, Assistenza Tributi Palitalsoft ha scritto:\n' +
        '> Ci indica un numero e un orario in cui trovarla?',
      draft: {
        from: { name: 'Gino Sciascia', address: 'g.sciascia@comune.favara.example' },
      },
    },
    {
      name: "a follow-up on the ticket's mail as docs/rules.md shows it",
      subject: 'R: [Ticket #58231] Mandati non trasmessi al tesoriere',
      body: withContent(
        "Aggiungo che l'errore compare anche sui mandati emessi oggi dalla ragioneria.",
      ),
    },
    ...[
      'Come procedo per rimborsare la TARI pagata due volte?',
      'Come gestisco il rimborso IMU a un contribuente ormai deceduto?',
      // Two lines typed on a phone: five words of its own name what it is about.
      'come si annulla una reversale gia trasmessa al tesoriere e gia accettata? nn l ho mai fatto e nn trovo la funzione',
    ].map((sentence) => ({
      name: `a short how-to question: ${sentence}`,
      body: withContent(sentence),
    })),
    {
      name: 'a how-to question in the first person: "come la imposto…?"',
      body: withContent(
        "Abbiamo cambiato la stampante all'anagrafe, come la imposto su Cityware come predefinita per i certificati?",
      ),
    },
  ],
  invalid: [
    {
      // The operator asked for a screenshot, not a phone: the number alone explains nothing.
      name: '"Mi potete chiamare al …" when the operator asked for something else',
      subject: 'R: [Ticket #71215] Rimborsi IMU - errore nella generazione della determina',
      body:
        'Mi potete chiamare al 328 904 1176.\nPiero\n\n' +
        'Il giorno mer 2 set 2026 alle ore 17:55 tributi@ticket.palitalsoft.example ha scritto:\n' +
        "> Gentile utente,\n> per procedere con l'analisi le chiediamo lo screenshot dell'errore.\n" +
        '> Assistenza Tributi - Palitalsoft',
      draft: {
        from: { name: 'Piero Lenzi', address: 'p.lenzi@comune.montecastro.example' },
      },
      findings: [{ messageId: 'default' }],
    },
    {
      // Outlook's HTML, one paragraph per line: the signature is still not the description.
      name: '"Vedi oggetto. Urgente!!!" over a signature of one-line paragraphs explains nothing',
      subject: 'Ripristino delibera 12 cancellata per errore',
      body: 'Vedi oggetto. Urgente!!!\n\nMarta Solinas\n\nSegreteria Generale - Servizi Demografici - Comune di Castel San Biagio\n\n0874 781140',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a signature that ends with "Buone Feste!" is still the signature',
      subject: 'Ripristino delibera 12 cancellata per errore',
      body: 'Buongiorno,\nvedi oggetto, urgente.\n\nMario Rossi\nUfficio Ragioneria - Comune di Valle Chiara\n0461 77 20 15\nBuone Feste!',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a how-to question that names nothing explains nothing',
      body: withContent('Come faccio? Non va niente da stamattina.'),
      findings: [{ messageId: 'default' }],
    },
    // ZZZZZZZZZZZZZZZZZV072: the call recalled, a file sent, when to call back: no request told.
    {
      name: 'a call recalled and a file sent, nothing more',
      body: withContent(
        "Come da accordi telefonici con il vostro collega vi mando il file dell'F24 EP di aprile.\n\nChiamatemi pure dopo le 11.",
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: '"come da accordi" asks no how-to question',
      body: withContent(
        'Come da accordi telefonici potete richiamarmi per la questione della TARI?',
      ),
      findings: [{ messageId: 'default' }],
    },
    // The review's cases: "come" that asks no how-to question, a question about being called
    // back, a reminder on the ticket's mail made of its number, dates and waiting.
    ...[
      'Come in oggetto, potreste gentilmente verificare quanto prima il problema segnalato?',
      'Come vi dicevo stamattina al telefono, potete richiamarmi nel pomeriggio?',
      'Da ieri il gestionale non stampa più niente nemmeno ai colleghi, come mai???',
      'Il programma è lento come una lumaca, potete farci qualcosa subito?',
      "Come posso fare per farmi richiamare da qualcuno dell'assistenza?",
      'Come facciamo adesso senza programma con lo sportello pieno di cittadini in fila?',
      'Le stampe escono spostate di 2 cm, chi mi può richiamare oggi pomeriggio?',
      // "Come procedo / sistemo / gestisco…?" asks what to do about a problem it does not tell.
      'Buongiorno, il programma non va. Come procedo visto che devo chiudere tutto entro stasera urgentemente?',
      "Come sistemo l'errore che compare sempre quando apro il programma stamattina?",
      'Come gestisco il problema solito del programma che abbiamo sempre segnalato varie volte?',
      // The second review: the problem untold, in other words.
      "Buongiorno, come sistemo quell'errore nella lista di carico TARI appena generata?",
      'Come sistemo i problemi sui cedolini di gennaio dei dipendenti comunali?',
      'Come procedo per risolvere il problema nella stampa dei mandati di pagamento?',
    ].map((sentence) => ({
      name: sentence,
      body: withContent(sentence),
      findings: [{ messageId: 'default' }],
    })),
    ...[
      'Ricordo che il ticket è aperto da 15 giorni, attendiamo.',
      'Il ticket 52104 del 12 marzo è ancora aperto, novità?',
      'A che punto siete? La scadenza del 16 dicembre si avvicina velocemente.',
    ].map((sentence) => ({
      name: `a reminder on the ticket's mail: ${sentence}`,
      subject: 'R: [Ticket #52104] IMU saldo 2025',
      body: withContent(sentence),
      findings: [{ messageId: 'default' }],
    })),
    {
      name: "a reply on the ticket's automatic mail that only presses explains nothing",
      subject: 'R: [Ticket #50870] rette trasporto scolastico addebitate due volte',
      body: withContent('Allora??? Ancora niente? Ci serve per domani.'),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'two lines from a phone: its "Inviato da smartphone" line does not hide the signature',
      body: 'mandati non partono, richiamatemi\n\nGino Scalzo\nRagioneria Comune di Lamezia\n347 118 2290\n\nInviato da smartphone Android',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a reminder signed by the office alone: the office lines are no description',
      body: 'Buongiorno,\nnon abbiamo ancora avuto notizie sulla segnalazione di lunedì scorso.\nAspettiamo vostre.\n\nServizio Tributi\nComune di Sant’Agata di Militello',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a phone number in an unrecognised signature is no description',
      body: 'vedi allegato, grazie.\n\nRoberto Neri\n\nSettore Finanziario\n\nComune di Seveso\n\ntel. 0362 263 418',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a form with only contact fields and the area filled: labels and contacts explain nothing',
      body: withContent(
        "SEGNALAZIONE ALL'ASSISTENZA\nEnte: Comune di Colle Alto\nUfficio: Polizia Locale\nProcedura: Verbali\nDescrizione del problema: [descrivere il problema]\nMessaggio di errore: [testo del messaggio]\nReferente: Ispettore Carlo Neri\nTelefono: 0543 112233",
      ),
      findings: [{ messageId: 'default', fix: null }],
    },
    {
      name: 'a form with a three-word description and a placeholder naming what to write',
      body: withContent(
        'Ente: Comune di Colle Alto\nUfficio: Protocollo generale\nModulo Cityware: Protocollo\nDescrizione del problema: PEC non scaricate\nPostazione / utente: [nome PC e utente]',
      ),
      findings: [{ messageId: 'default', fix: null }],
    },
    {
      name: "an office's own report form sent with its bracketed instructions unfilled",
      body: withContent(
        'SCHEDA RICHIESTA ASSISTENZA\n\nOperazione eseguita:\n[indicare la funzione usata]\n\nProblema riscontrato:\n[spiegare che cosa non ha funzionato]\n\nErrore mostrato:\n[riportare il testo]',
      ),
      findings: [{ messageId: 'default', fix: null }],
    },
    {
      name: 'a word said again explains nothing more',
      body: 'Non funziona, non funziona, ancora non funziona il programma, non funziona proprio il programma!',
      findings: [{ messageId: 'default', severity: 'error', fix: null }],
    },
    {
      body: 'Non funziona il programma, potete verificare?',
      findings: [{ messageId: 'default', severity: 'error', fix: null }],
    },
    {
      name: 'greeting and signature do not count: "Vedi oggetto."',
      body: withContent('Vedi oggetto.'),
      findings: [{ messageId: 'default', fix: null }],
    },
    {
      // Headings, placeholders and the lines we fill ourselves are no description of the problem.
      name: 'the template left unfilled explains nothing',
      subject: goodSubject,
      body: template,
      settings,
      findings: [{ messageId: 'empty', fix: null }],
    },
    {
      name: "an office's template left unfilled, placeholders under the headings",
      subject: goodSubject,
      body: withContent(
        "Operazione in corso:\n\n[descrivi l'operazione che stavi facendo]\n\nProblema riscontrato:\n\n[indica in poche parole che cosa non va]\n\nTesto dell'errore (se c'è):\n\n[copia qui il messaggio che compare]",
      ),
      findings: [{ messageId: 'empty', fix: null }],
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

// ZZZZZZN: a one-sentence how-to question the mail client wrapped over two lines.
testRule(bodyTooVague, {
  valid: [
    {
      name: 'a wrapped how-to question that names its object explains the request',
      body: 'Buongiorno,\ncome si registra in Cityware la rateizzazione di un verbale chiesta dal\ntrasgressore dopo la notifica?\n\nGrazie',
    },
    {
      name: 'another, wrapped before its last two words',
      body: 'Buongiorno,\ncome si annulla una reversale già trasmessa al tesoriere con OPI ma non\nancora incassata?\n\nGrazie',
    },
  ],
  invalid: [
    {
      name: 'a short line before a question is no wrapped sentence',
      body: 'Buongiorno,\nil programma non va\ncome mai?\n\nGrazie',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review: a line typed without a stop before a bare how-to question is no part of it.
testRule(bodyTooVague, {
  valid: [
    {
      name: 'the opener on the first line, its object wrapped to the next',
      body: 'Buongiorno,\ncome si registra in Cityware la rateizzazione di un verbale chiesta dal\ntrasgressore?\n\nGrazie',
    },
  ],
  invalid: [
    {
      name: 'a long line without a stop, then "come si fa?"',
      body: "Buongiorno,\nla collega Marras dell'ufficio tributi mi ha girato la vostra risposta\ncome si fa?\n\nGrazie",
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZV: one precise sentence under a subject that names the topic says enough; a line that
// points elsewhere, asks to be called or only says it fails does not, whatever the subject.
testRule(bodyTooVague, {
  valid: [
    {
      name: 'a symptom told in one precise sentence under a specific subject',
      subject: 'Registro IVA acquisti - fatture di novembre assenti',
      body: withContent(
        'Le fatture elettroniche registrate a novembre non compaiono nel registro IVA acquisti stampato oggi.',
      ),
    },
    {
      name: 'a one-sentence symptom with an error message in quotes',
      subject: 'Conguaglio fiscale dicembre',
      body: withContent(
        'L\'elaborazione del conguaglio si ferma sul dipendente 214 con il messaggio "Aliquota addizionale assente".',
      ),
    },
    {
      name: 'a four-word how-to question whose object the subject names',
      subject: 'Storno accertamento già incassato',
      body: withContent('Come si storna un accertamento già incassato dal tesoriere?'),
    },
    {
      name: "a detail of five words added on the ticket's automatic mail",
      subject: 'R: [Ticket #61402] Mandati bloccati alla firma',
      body: withContent('Aggiungo che il blocco succede solo sui mandati con ritenute.'),
    },
  ],
  invalid: [
    ...[
      // The same sentence under a subject that names nothing.
      [
        'Problema',
        'Le fatture elettroniche registrate a novembre non compaiono nel registro IVA acquisti stampato oggi.',
      ],
      [
        'Cityware non si apre',
        'Il programma non parte su nessuna postazione dell’ufficio tecnico da stamattina alle otto.',
      ],
      // A specific subject does not make a pointer, a call-back or a bare failure a description.
      [
        'Registro IVA acquisti - fatture di novembre',
        'Vedi oggetto, vi chiedo cortesemente di verificare il registro stampato oggi.',
      ],
      [
        'Timbrature di novembre',
        'Le timbrature dei dipendenti del cantiere comunale non vanno, chiamatemi.',
      ],
      [
        'Postazione anagrafe',
        'La collega Rossi dello sportello anagrafe non riesce più a entrare, potete telefonarle?',
      ],
      [
        'Storno accertamento',
        'Le elaborazioni non funzionano più sulla postazione della ragioneria centrale.',
      ],
      // Terse fragments that add up to seven words are no precise sentence.
      [
        'Protocollo PEC',
        'Stampa registro giornaliero protocollo.\nRicevute PEC mancanti stamattina.',
      ],
    ].map(([subject, content]) => ({
      name: `${subject}: ${content}`,
      subject,
      body: content,
      findings: [{ messageId: 'default' }],
    })),
    {
      name: 'a four-word how-to question under "Info" stays too vague',
      subject: 'Info',
      body: withContent('Come si storna un accertamento già incassato dal tesoriere?'),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a four-word how-to question whose object the subject does not name',
      subject: 'Mandati di dicembre',
      body: withContent('Come si storna un accertamento già incassato dal tesoriere?'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of f78f1628: what the short-mail exceptions must still block, and what they must pass.
const taxRoll = 'Stampa ruolo TARI 2025';
const ticketReply = 'R: [Ticket #61402] Mandati bloccati alla firma';
testRule(bodyTooVague, {
  valid: [
    ...[
      // Abbreviation dots, amounts and a company's dots end no sentence.
      "Le ordinanze n. 22 e n. 23 del 9 febbraio non compaiono sull'albo pretorio.",
      'Il mandato n. 1234 di € 1.250,50 al fornitore Rossi S.r.l. risulta pagato due volte.',
      // Thanks for help, "sopra", "oggetto" and "telefoniche" in a symptom are no pointer or call.
      "Gli avvisi TARI stampati oggi riportano la data di pagamento dell'anno scorso. Grazie per l'aiuto.",
      'I mandati sopra i mille euro non vengono trasmessi al tesoriere dalla firma di ieri.',
      "Le determine con oggetto più lungo di 250 caratteri vengono troncate nella pubblicazione all'albo.",
      'Le fatture elettroniche delle utenze telefoniche di novembre non vengono registrate nel protocollo.',
    ].map((content) => ({ name: content, subject: taxRoll, body: withContent(content) })),
    {
      // ZZZZZZZB: a one-line request to restore, six words of its own.
      name: 'a restore asked in one sentence of six words',
      subject: 'Liquidazione 418 annullata per errore',
      body: withContent(
        'Ho annullato per errore la liquidazione n. 418 della mensa scolastica: potete ripristinarla?',
      ),
    },
    {
      name: "the subject's word inflected differently still names the object",
      subject: 'Annullo reversale già trasmessa',
      body: withContent('Come si annullano reversali già trasmesse al tesoriere?'),
    },
  ],
  invalid: [
    ...[
      // A signature line the splitter missed has no stop: no sentence.
      'Buongiorno,\nnon stampa.\nUfficio Ragioneria ed Economato del Comune di Riva Bassa, Piazza Garibaldi',
      ...[
        // Pointing to an earlier talk or mail.
        'Come anticipato a voce al vostro collega Marco, procedete con la sistemazione della postazione in ragioneria.',
        'Stessa cosa della settimana scorsa sulla postazione della collega Bianchi in ragioneria centrale.',
        'Si ripresenta esattamente lo stesso identico problema già visto lunedì scorso in ragioneria.',
        // Chasing, pressing, asking for someone or to look.
        'È la terza volta che scrivo per la stessa pratica e nessuno del vostro servizio ci ha mai risposto.',
        "Per favore fate presto che lunedì mattina scade il termine per l'invio al tesoriere.",
        'Vorrei parlare con Giulia che conosce già bene tutta la situazione della nostra ragioneria.',
        'Potete vedere cosa succede sulla postazione della collega Bianchi in ragioneria centrale?',
        'Ho bisogno urgentemente di una persona esperta che segua personalmente la collega Bianchi.',
        // A phone number's digits are no words of the request.
        'Per la stampa del ruolo sono in ufficio al numero 0541 123456 fino alle 13.',
      ].map(withContent),
    ].map((body) => ({
      name: body.replace(/^Buongiorno,\n\n?/, ''),
      subject: taxRoll,
      body,
      findings: [{ messageId: 'default' }],
    })),
    {
      name: 'a subject made of an urgency and the Ente names no topic',
      subject: 'Urgente - Comune di Riva Bassa',
      body: withContent(
        'La collega Bianchi della ragioneria centrale segnala difficoltà gravi sulla postazione principale.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: "a subject in the admin's list of generic subjects names no topic",
      subject: 'Ragioneria',
      options: { genericSubjects: ['Ragioneria'] },
      body: withContent(
        'Le reversali di novembre riportano il codice SIOPE del capitolo sbagliato nella stampa.',
      ),
      findings: [{ messageId: 'default' }],
    },
    ...[
      ['Richiesta assistenza - Comune di Riva Bassa', 'Come procedo per il Comune di Riva Bassa?'],
      ['Ufficio tributi - stampa ruolo', 'Come devo fare adesso col ruolo?'],
      ['Ufficio tributi - stampa ruolo', "Come posso fare per l'ufficio tributi?"],
    ].map(([subject, content = '']) => ({
      name: `a how-to question with one word of its own: ${content}`,
      subject,
      body: withContent(content),
      findings: [{ messageId: 'default' }],
    })),
    ...[
      'Siamo ancora fermi e la ragioneria deve pagare gli stipendi.',
      'Per favore sbrigatevi, il sindaco vuole sapere quando sarà risolto.',
    ].map((content) => ({
      name: `pressure on the ticket's mail: ${content}`,
      subject: ticketReply,
      body: withContent(content),
      findings: [{ messageId: 'default' }],
    })),
  ],
});

// Review of c987c057: six words are enough for a symptom told, not for a judgement; a phone
// number that is the problem is part of the sentence, contact words are not.
testRule(bodyTooVague, {
  valid: [
    'Sul mandato n. 812 compare il telefono vecchio del fornitore (0541 987654) anziché quello aggiornato in anagrafica.',
    "Nella ricevuta della CIE esce il nostro centralino 0541 704111 invece del numero dell'anagrafe.",
  ].map((content) => ({
    name: content,
    subject: 'Stampa ruolo TARI 2025',
    body: withContent(content),
  })),
  invalid: [
    'Le fatture elettroniche dei fornitori di ottobre hanno qualche problemino strano.',
    'Ho fatto un gran pasticcio con le liquidazioni della mensa scolastica.',
    'Il protocollo delle PEC in entrata oggi è un vero disastro totale.',
    'Vorremmo capire meglio la situazione del ruolo TARI.',
  ].map((content) => ({
    name: content,
    subject: 'Stampa ruolo TARI 2025',
    body: withContent(content),
    findings: [{ messageId: 'default' }],
  })),
});

// ZZZZZZZL: phone mail. A request typed on the greeting's line after "buongiorno" is the request;
// a precise sentence without a final stop ends its paragraph.
testRule(bodyTooVague, {
  valid: [
    {
      name: '"buongiorno i verbali ztl nn vengono notificati via pec, restano…" on one line',
      subject: 'verbali ztl nn notificati via pec restano in coda',
      body: 'buongiorno i verbali ztl nn vengono notificati via pec, restano tutti in coda "in attesa di invio" dal 2 maggio\n\nIspettore Antonio Calo\nPolizia Locale\n0836 569211',
    },
    {
      name: 'one precise sentence with no stop, above the name',
      subject: 'palmare comandante nn sincronizza preavvisi',
      body: 'il comandante mi ha chiesto di segnalarvi che il suo palmare nn sincronizza i preavvisi da lunedi, quelli degli altri agenti si\n\nSara Pileri\nPolizia Locale Comune di Arzachena\n0789 849211',
    },
  ],
  invalid: [
    {
      name: 'a sentence with no stop that only says it does not work',
      subject: 'palmare comandante',
      body: 'il palmare del comandante nn va da lunedi e nessuno sa perche\n\nSara Pileri\nPolizia Locale Comune di Arzachena\n0789 849211',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of 62a82a37: an unstopped paragraph counts only when it tells a symptom.
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'Stampa mandati',
      body: 'buongiorno\n\nla distinta dei mandati di oggi nn parte verso il tesoriere, il flusso resta in stato da firmare anche dopo la firma digitale\n\nMarco Pavan\nRagioneria - Comune di Cittadella\nTel. 049 9413411',
    },
  ],
  invalid: [
    ...[
      'buongiorno\n\nla stampa dei mandati di oggi\n\ndobbiamo portarli in tesoreria entro le 12 di domani\n',
      'buongiorno\n\nerrore sui mandati\n\nla collega Anna Bianchi della ragioneria domani mattina vi richiama\n',
    ].map((text) => ({
      name: text.replace(/\s+/g, ' ').trim(),
      subject: 'Stampa mandati',
      body: `${text}\nMarco Pavan\nRagioneria - Comune di Cittadella\nTel. 049 9413411`,
      findings: [{ messageId: 'default' }],
    })),
  ],
});

// ZZZZZZZR: a phone line that tells a symptom, its signature on the next line, no stop.
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'mandato 2345 nn si firma',
      body: 'il mandato 2345 nn si firma, esce "firmatario non abilitato" ma sono io il responsabile della ragioneria\nSandro Bartolucci\nragioneria Comune di Urbania\n0722 313011',
    },
  ],
  invalid: [
    {
      subject: 'mandato 2345',
      body: 'il mandato 2345 di oggi da portare in tesoreria\nSandro Bartolucci\nragioneria Comune di Urbania\n0722 313011',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZ: a how-to question asked indirectly, without its "?", explains the request.
const montella = (line: string) =>
  `Buongiorno,\n${line}\n\nMario Rossi\nComune di Rimini\nTel. 0541 123456`;
testRule(bodyTooVague, {
  valid: [
    'approfitto per chiedervi come si registra una nota di credito su una fattura già liquidata e pagata',
    // Third review: "vi chiedo", "vi chiediamo in che modo", "domando".
    'vi chiedo come si registra una nota di credito su una fattura pagata',
    'vi chiediamo in che modo si annulla una reversale già trasmessa al tesoriere',
    'domando come si annulla una reversale già trasmessa al tesoriere con il flusso OPI',
  ].map((line) => ({ name: line, subject: 'Ragioneria', body: montella(line) })),
  invalid: [
    // Asking how, of nothing told; the asking words count for nothing; "fatemi sapere" asks
    // for an answer.
    'approfitto per chiedervi come si fa',
    'ho un problema con la stampa, vorrei capire come posso fare',
    'vi mando la pratica, fatemi sapere come si procede',
    'volevo chiedervi come posso fare con quella pratica',
  ].map((line) => ({
    name: line,
    subject: 'Ragioneria',
    body: montella(line),
    findings: [{ messageId: 'default' }],
  })),
});

// ZZZZZZZZB: a line without a stop, long enough to tell what happens, under a specific subject.
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'elezioni comunali seggi stampa verbali scrutinio',
      body: 'nella stampa dei verbali di scrutinio i seggi 7 e 8 escono con i votanti scambiati, allego pdf\nPasquale Esposito elettorale Comune di Bisceglie 347 092 6613 dalle 8 alle 15',
    },
  ],
  invalid: [
    {
      // A letterhead line the splitter missed, long and without a phone: no symptom.
      name: 'a long letterhead line the splitter missed',
      subject: 'elezioni comunali seggi stampa verbali scrutinio',
      body: 'Buongiorno,\nnon stampa.\nServizi Demografici Comune di Riva Bassa, Piazza Giuseppe Garibaldi',
      findings: [{ messageId: 'default' }],
    },
    {
      // Short, and the rest is the signature line with its phone.
      subject: 'elezioni comunali seggi stampa verbali scrutinio',
      body: 'verbali scrutinio seggi 7 e 8\nPasquale Esposito elettorale Comune di Bisceglie 347 092 6613 dalle 8 alle 15',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZB, after reading: a print or a list that comes out blank or at zero is a symptom told,
// also in one line with no stop under the signature line, and as a new problem on a ticket's mail.
const alessandria = { name: 'Alberto Morelli', address: 'a.morelli@comune.alessandria.example' };
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'segnatura protocollo nn stampata sulle etichette',
      draft: { from: alessandria },
      body: "l'etichetta con la segnatura esce bianca, vi mando la foto dell etichetta\nMorelli Alberto protocollo Comune di Alessandria 0131 515 206 ore 8-12",
    },
    {
      name: 'a new problem in one line on the ticket mail of another',
      subject: 'R: [Ticket #50102] TARI sgravi nn registrati',
      draft: { from: { name: 'Lucia Fiore', address: 'l.fiore@comune.andria.example' } },
      body: 'ok lo sgravio ora funziona grazie\naltra cosa la mensa: le rette di aprile escono tutte a zero x i bambini della primaria\nLucia Fiore Comune di Andria 0883 290 455\n\nIl giorno 10/04/2026 11:20, noreply@ticket.palitalsoft.example ha scritto:\n> E\' stato aperto il ticket n. 50102 "TARI sgravi nn registrati".\n> Palitalsoft - Servizio assistenza',
    },
  ],
  invalid: [
    {
      // What comes out, not how: no symptom.
      subject: 'segnatura protocollo etichette',
      draft: { from: alessandria },
      body: "l'etichetta con la segnatura del protocollo di oggi, vi mando la foto dell etichetta\nMorelli Alberto protocollo Comune di Alessandria 0131 515 206 ore 8-12",
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZB: a reply that only says it works now and the ticket may be closed asks nothing; it
// is no vague request (the writers of twelve batches never labelled one).
const closingReply = (own: string) =>
  `${own}\n\nClaudia Bassi\nPersonale Comune di Faenza\n0546 691318\n\nIl 15/04/2026 10:02, noreply@ticket.palitalsoft.example ha scritto:\n> E' stato aperto il ticket n. 50877 "UniEmens marzo scartato".`;
testRule(bodyTooVague, {
  valid: [
    'Perfetto, ora funziona. Grazie',
    "ok ora l'UniEmens e stato accettato, potete chiudere grazie",
    'Grazie, ora funziona tutto. Potete chiudere il ticket.',
  ].map((own) => ({
    name: own,
    subject: 'R: [Ticket #50877] UniEmens marzo scartato',
    body: closingReply(own),
  })),
  invalid: [
    // Not solved after all, or a forward: the reply must still say what is wrong.
    ...['Ora funziona, ma solo sul mio PC.', 'Non si è risolto, chiamatemi.'].map((own) => ({
      name: own,
      subject: 'R: [Ticket #50877] UniEmens marzo scartato',
      body: closingReply(own),
      findings: [{ messageId: 'default' }],
    })),
    {
      name: 'a forward closes nothing',
      subject: 'I: [Ticket #50877] UniEmens marzo scartato',
      body: closingReply('Perfetto, ora funziona. Grazie'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZB, read further: short precise symptoms under a specific subject, the signature on its
// own lines. "numero" and "ufficio" are contact words only beside a phone or a time.
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'economato buoni nn stampano il numero',
      body: 'i buoni economato emessi oggi si stampano senza numero progressivo\n\nMarisa Pace\neconomato Comune di Vasto\n0873 309 114 fino alle 13',
    },
    {
      subject: 'per Giulia - fascicoli nn visibili',
      body: 'Giulia mi richiami lei pls, i fascicoli del 2025 nn sono piu visibili dall ufficio tecnico, da noi si\n\nMauro Palumbo\nProtocollo Comune di Bitonto 080 371 6641',
    },
  ],
  invalid: [
    {
      // Contact words beside a phone still explain nothing.
      subject: 'economato buoni',
      body: 'per i buoni economato sono in ufficio al numero 0873 309114 fino alle 13\n\nMarisa Pace\neconomato Comune di Vasto',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZB: with the crammed signature line cut, a short line of its own explains nothing.
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'segnatura protocollo etichette',
      draft: { from: { name: 'Alberto Morelli', address: 'a.morelli@comune.alessandria.example' } },
      body: "l'etichetta con la segnatura esce bianca, vi mando la foto dell etichetta\nMorelli Alberto protocollo Comune di Alessandria 0131 515 206 ore 8-12",
    },
  ],
  invalid: [
    {
      subject: 'segnatura protocollo etichette',
      draft: { from: { name: 'Alberto Morelli', address: 'a.morelli@comune.alessandria.example' } },
      body: "l'etichetta con la segnatura di oggi, vi mando la foto\nMorelli Alberto protocollo Comune di Alessandria 0131 515 206 ore 8-12",
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 32 (368e4b3d..5c04f4c8): closing replies said in other words still close; a
// chase that asks whether it is solved does not; "alle fatture" is no hour; contact words beside
// "disponibile", "cellulare" are still contact details.
testRule(bodyTooVague, {
  valid: [
    ...[
      'Credo sia risolto, potete chiudere. Grazie',
      'Il problema sembra essere risolto, potete chiudere il ticket. Grazie',
      'Da quando avete sistemato il server funziona tutto, grazie. Potete chiudere.',
    ].map((own) => ({ name: own, subject: 'R: calcolo IMU 2025 errato', body: closingReply(own) })),
    {
      subject: 'Numerazione fatture',
      body: withContent('Il numero di registro non viene assegnato alle fatture del fornitore.'),
    },
  ],
  invalid: [
    ...[
      'È stato risolto? Grazie',
      'Novità? Il problema è stato risolto?',
      'Mi fate sapere se è stato risolto? Grazie',
      'Avete risolto? Il sindaco chiede notizie.',
    ].map((own) => ({
      name: own,
      subject: 'R: [Ticket #48213] calcolo IMU contribuente deceduto',
      body: closingReply(own),
      findings: [{ messageId: 'default' }],
    })),
    {
      subject: 'Stampa mandati',
      body: withContent(
        'Sono disponibile in ufficio, al numero fisso o al cellulare, in orario di servizio.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});
testRule(bodyTooVague, {
  valid: [
    {
      name: 'a case line with a name and a number is the text, not a signature',
      subject: 'Pratica SUAP non si apre',
      body: 'sono Mario Rossi del SUAP di Rimini, tel 0541 123456\nda stamattina non si apre più la pratica\nintestata a Ferri Giorgio prot. 452123/2025',
      draft: { from: { name: 'Mario Rossi', address: 'm.rossi@comune.rimini.example' } },
    },
    {
      name: 'a system unreachable is no time to call',
      subject: 'Portale PagoPA',
      body: 'Buongiorno,\nvi scrivo per una segnalazione urgente.\n\nMario Rossi\nRagioneria Comune di Rimini\nTel. 0541 123456\nPortale PagoPA non raggiungibile dalle 8.',
    },
  ],
  invalid: [
    {
      // The writer's own time to call closes the signature and explains nothing.
      name: 'a time to call under the signature is no description',
      subject: 'Portale PagoPA',
      body: 'Buongiorno,\nvi scrivo per una segnalazione urgente.\n\nMario Rossi\nRagioneria Comune di Rimini\nTel. 0541 123456\nReperibile fino alle 14.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZV: a chase on the ticket's own mail explains nothing however many words it has; a
// detail added there still does.
testRule(bodyTooVague, {
  valid: [
    {
      name: 'a detail added at night on the same ticket',
      subject: 'R: [Ticket #58290] Scrutinio: la stampa del verbale di sezione non esce',
      body: closingReply(
        'Aggiungo che la stampa del verbale si ferma solo sulle sezioni 3 e 7, le altre escono.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a chase at night on the same ticket',
      subject: 'R: [Ticket #58290] Scrutinio: la stampa del verbale di sezione non esce',
      body: closingReply(
        'SOLLECITO!!! È la terza mail che mando stanotte e ancora nessuna risposta. Qualcuno mi chiami subito.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a call asked instead of the answers the operator asked for',
      subject: 'R: [Ticket #58290] Scrutinio: la stampa del verbale di sezione non esce',
      body: closingReply('Troppe domande, richiamatemi che facciamo prima.'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 34: the words of sending a file are topic words in a sentence that explains.
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'UniEmens marzo',
      body: withContent("Il file UniEmens di marzo viene scartato dall'INPS."),
    },
    {
      subject: 'Conservazione sostitutiva',
      body: withContent("L'invio dei documenti in conservazione di febbraio risulta fallito."),
    },
  ],
  invalid: [
    {
      subject: 'UniEmens marzo',
      body: withContent('Il file non va, urgente.'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZZ: short answers typed under the operator's questions explain enough, the questions
// saying what they are about; one answer under a statement does not.
const answeredReply = (first: string, second: string) =>
  [
    'Il 06/02/2025 16:58, contabilita@ticket.palitalsoft.example ha scritto:',
    '> Buongiorno,',
    `> ${first}`,
    '',
    'No, solo in prova.',
    '',
    `> ${second}`,
    '',
    'Sì.',
    '',
    '> Grazie',
    '',
    'Renzo Tomassoni',
    'Economato - Comune di Preci Alta',
    '0743 939 217 (8-14)',
  ].join('\n');
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'R: [Ticket #52711] Ammortamento 2024 a zero',
      body: answeredReply(
        "l'elaborazione è stata lanciata in definitiva?",
        'Il problema riguarda tutte le categorie di beni?',
      ),
    },
  ],
  invalid: [
    {
      subject: 'R: [Ticket #52711] Ammortamento 2024 a zero',
      body: answeredReply(
        "l'elaborazione è stata lanciata in definitiva.",
        'Abbiamo verificato i parametri.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZZZW: "da dove si…", "dove trovo…" ask how, like "come si…".
testRule(bodyTooVague, {
  valid: [
    {
      subject: 'Liste di leva nati 2008',
      body: withContent(
        'Da dove si stampano le liste di leva dei nati nel 2008? Nel menu leva trovo solo quelle degli anni passati.',
      ),
    },
  ],
  invalid: [
    {
      subject: 'Liste di leva',
      body: withContent('Dove si trova l’errore? Non va.'),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 37: applications ("domande") are what a case may be about.
testRule(bodyTooVague, {
  valid: [
    {
      name: 'a detail about applications added on the ticket',
      subject: 'R: [Ticket #48213] Bonus idrico - domande respinte ricompaiono',
      body: closingReply('Aggiungo che le domande respinte ricompaiono tra le accolte.'),
    },
  ],
  invalid: [
    {
      name: 'a call asked instead of answers',
      subject: 'R: [Ticket #48213] Bonus idrico - domande respinte ricompaiono',
      body: closingReply('Troppe domande, chiamatemi.'),
      findings: [{ messageId: 'default' }],
    },
  ],
});
