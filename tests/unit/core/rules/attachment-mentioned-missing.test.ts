import { attachmentMentionedMissing } from '../../../../src/core/rules/attachment-mentioned-missing';
import { goodBody, screenshot } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

const request = 'Il calcolo IMU 2025 del contribuente deceduto risulta errato per gli eredi.';
/** The request, then `line` on a line of its own; the message has no attachment. */
const mentioned = (line: string, excerpt: string, body = `${request}\n${line}`): InvalidCase => ({
  name: line,
  body,
  findings: [
    { messageId: 'default', severity: 'warning', field: 'body', excerpt, data: { excerpt } },
  ],
});

testRule(attachmentMentionedMissing, {
  valid: [
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZU029: a record's file opened in the software.
    {
      name: '"aprendo il file allegato dal registro" opens a file of the software',
      body: 'Le PEC in arrivo con allegati .p7m vengono protocollate regolarmente, ma aprendo il file allegato dal registro compare "formato non supportato".',
    },
    // ZZZZZZZZZZZZZZM058: a slip made in the software, nothing attached to this mail.
    {
      name: '"allegando per errore" a file to a publication',
      body: "Ho pubblicato all'Albo un'ordinanza allegando per errore il file di un'altra ordinanza. Qual è la procedura corretta per annullarla?",
    },
    {
      name: 'a screenshot sent "appena riesco" comes with a later mail',
      body: 'La riduzione del secondo figlio non viene applicata. Vi mando lo screenshot appena riesco a rigenerare la simulazione.',
    },
    {
      name: '"come in allegato" inside a clause is no announcement',
      body: 'Non capisco come in allegato alla PEC compaia sempre il file daticert.xml duplicato nel protocollo.',
    },
    {
      name: '"come documento allegato" is a role in the software',
      body: 'Ho caricato la determina firmata come documento allegato, ma nella pubblicazione all’albo non compare.',
    },
    {
      name: '"nessuno degli allegati: si vedono solo…" is the pronoun, not a form field',
      body: 'La SCIA è arrivata nel back-office senza nessuno degli\nallegati: si vedono solo il modello principale e la ricevuta.',
    },
    {
      name: 'a scan attached by hand to a registration is the software’s attachment',
      body: 'I PDF acquisiti dallo scanner risultano vuoti. Se salviamo la scansione sul desktop e la alleghiamo a mano alla registrazione il file è corretto.',
    },
    ...[
      'Come si allega la relata di notifica scansionata a un verbale già registrato?',
      'Dove allego il file della determina nella scheda dell’atto?',
    ].map((body) => ({ name: `a how-to question about attaching in the software: ${body}`, body })),
    {
      name: '"le scansioni adesso si allegano": the software attaches, nothing is sent here',
      body: 'Le scansioni adesso si allegano, grazie. Il ticket si può chiudere.',
    },
    {
      name: 'the file a PEC came with is the PEC’s attachment, not this mail’s',
      body: "Per una mia svista la PEC dell'ASL con il file allegato del parere igienico è stata protocollata due volte in arrivo.",
    },
    ...[
      'Il totale dei versamenti non torna. Se serve, vi mando il prospetto del mese.',
      'Il totale dei versamenti non torna. Domani vi invio il prospetto firmato dal responsabile.',
      'La ricevuta non riporta la firma. Vi mando la ricevuta o vi basta il codice IUV?',
      'La ricevuta non riporta la firma. Non vi mando la ricevuta perché contiene dati personali.',
    ].map((body) => ({ name: `a receipt offered, refused or sent later: ${body}`, body })),
    {
      name: 'a receipt forwarded: the forwarded mail carries it',
      body: 'vi inoltro la ricevuta del gestore arrivata stamattina: la PEC prot. 8841 risulta consegnata ma nel protocollo resta in attesa di ricevuta.',
    },
    {
      name: 'a gerund telling what a citizen did in a procedure',
      body: 'Il contribuente ha presentato istanza di rimborso allegando copia del bonifico: come la registro nella posizione TARI?',
    },
    {
      name: 'a gerund telling what citizens do in a procedure',
      body: 'Con le iscrizioni al trasporto scolastico le famiglie possono chiedere la fermata sotto casa allegando il certificato del medico: si può fare in modo che la richiesta resti valida anche l’anno dopo?',
    },
    {
      name: 'a slip made attaching a file to an act in the software, not to this mail',
      body: 'Ieri ho pubblicato all’Albo la determina n. 812, ma per distrazione ho allegato il quadro economico di un altro intervento: come rimedio?',
    },
    {
      name: 'the mentioned screenshot is attached',
      body: `${request}\nIn allegato lo screenshot.`,
      draft: { attachments: screenshot },
    },
    { name: 'no mention, no attachment', body: goodBody },
    {
      name: "a form's attachments field answered no",
      body: `${request}\nAllegati: no`,
    },
    {
      name: 'putting a colleague in copy sends no file',
      body: `${request}\nVi metto in copia la collega che segue la pratica.`,
    },
    {
      name: 'a subject saying a document came without its attachment',
      subject: 'Protocollo 2231: PEC registrata senza il file allegato',
      body: `${request}\nHo registrato la PEC ma il parere non risulta associato.`,
    },
    {
      name: 'a registration made without its attached file',
      body: `${request}\nLa ricevuta è stata salvata senza il file allegato, che ora non trovo più.`,
    },
    {
      name: 'an error message copied in quotes is not the writer saying "attached"',
      body: `${request}\nAll'apertura compare «Documento allegato non disponibile» e la finestra si chiude.`,
    },
    {
      name: 'the same with straight double quotes',
      body: `${request}\nLa stampa si ferma con "file allegato danneggiato, impossibile procedere".`,
    },
    {
      name: 'a document attached to a PEC is not our attachment',
      body: `${request}\nIl file in allegato alla PEC non viene protocollato.`,
    },
    {
      name: "an attachment of an earlier mail ('in allegato al ticket precedente') is not ours",
      body: `${request}\nIn allegato al ticket precedente trovate i dati.`,
    },
    {
      name: "an attachment of a document in the software is not this mail's",
      body: "Il calcolo IMU 2025 del contribuente deceduto è corretto, ma il file allegato all'avviso non si apre.",
    },
    { name: 'a mention only in the quoted reply', body: `${goodBody}\n\n> In allegato il file` },
    {
      name: 'a file that another document carries ("la PEC ha un file allegato") is not this mail\'s',
      body: `${request}\nLa PEC del fornitore registrata ieri ha un file allegato .p7m che dal protocollo non si apre.`,
    },
    {
      name: 'the slip told after the verb ("ho allegato per sbaglio il file…") is not this mail',
      body: `${request}\nVenerdì ho pubblicato la determina 212 ma come documento principale ho allegato per sbaglio il file PDF della 211.`,
    },
    {
      name: 'a slip made attaching a file to an act in the software is not this mail',
      body: `${request}\nIeri ho pubblicato la determina 58 ma per errore ho allegato il file di un'altra pratica.`,
    },
    {
      name: 'sending the request itself "with this mail" names no file',
      body: `${request}\nVi invio con questa mail la richiesta di verifica del conteggio.`,
    },
  ],
  invalid: [
    // This mail carrying the file is an attachment of this mail.
    mentioned('Vi scrivo questa mail con il file allegato della stampa.', 'file allegato'),
    // The client wrapped the line between "con" and "questa mail".
    mentioned(
      'Il ruolo generato ieri ha un totale più alto del piano finanziario approvato. Vi mando con\nquesta mail la stampa del riepilogo per categorie.',
      'mando con questa mail',
    ),
    mentioned('Vi metto qui sotto lo screenshot della maschera.', 'metto qui'),
    mentioned("Si allega la schermata dell'errore.", 'Si allega la'),
    // Sent with an earlier mail and said to come again with this one.
    mentioned('Vi riallego lo screenshot del messaggio.', 'riallego'),
    mentioned(
      'Vi scrivo allegando la stampa del riepilogo: possono verificare il totale?',
      'allegando',
    ),
    mentioned(
      'La stampa non riporta la firma del cittadino, vi mando la ricevuta che esce ora.',
      'vi mando la ricevuta',
    ),
    // A receipt or a summary sent with this mail.
    mentioned(
      'La ricevuta della CIE non riporta più la firma del cittadino. Vi mando la ricevuta che esce ora, per confronto.',
      'Vi mando la ricevuta',
    ),
    // After a modal, but across a comma or with a screenshot: the writer's own attachment.
    mentioned(
      "Il mandato n. 1320 non può essere firmato digitalmente, allegando la schermata dell'errore.",
      'allegando',
    ),
    mentioned(
      'Il conguaglio deve essere rifatto allegando lo screenshot del prospetto?',
      'allegando',
    ),
    mentioned('Allegati: sì - schermata del messaggio', 'Allegati: sì'),
    {
      name: 'a subject announcing the attached file',
      subject: 'Stampa avvisi TARI errata - file allegato',
      body: request,
      findings: [{ messageId: 'default', field: 'subject', excerpt: 'file allegato' }],
    },
    mentioned('Vi trasmetto qui l’estratto del ruolo con le righe sbagliate.', 'trasmetto qui'),
    mentioned(
      'Il collega ha salvato il log della procedura, che vi mando con questa mail.',
      'mando con questa mail',
    ),
    mentioned(
      'Vi invio insieme a questa mail il tracciato XML del flusso scartato.',
      'invio insieme a questa mail',
    ),
    mentioned(
      'Il programma risponde "errore 53" alla conferma; vi allego la schermata.',
      'vi allego',
    ),
    // "Come in allegato…" announces an attachment, unlike "come si allega…?".
    mentioned('Come in allegato, la stampa del ruolo TARI riporta importi a zero.', 'in allegato'),
    // A form field "Allegati: sì", with or without a dash before what is attached.
    mentioned("Allegati: sì screenshot dell'errore", 'Allegati: sì'),
    mentioned("Allegati: sì - screenshot dell'errore", 'Allegati: sì'),
    mentioned('In allegato lo screenshot.', 'In allegato'),
    mentioned('Vedi screenshot.', 'Vedi screenshot'),
    mentioned('Qui allegata la stampa.', 'Qui allegata'),
    mentioned('Allego la stampa.', 'Allego'),
    mentioned('Vedi allegato.', 'Vedi allegato'),
    mentioned("Invio lo screenshot dell'errore.", 'Invio lo screenshot'),
    // Written in the same line as the request.
    ...[
      ["Vi inoltro lo screenshot dell'errore.", 'Vi inoltro lo screenshot'],
      ['Vi mando la stampa in PDF.', 'Vi mando la stampa'],
      ["Accludo copia dell'avviso.", 'Accludo'],
    ].map(([line, excerpt]) => mentioned(line!, excerpt!, `${request} ${line}`)),
  ],
});

// ZZZZZZN: the file of a record in the software, told by its state.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      name: '"il file allegato resta senza il timbro" is the record\'s file',
      body: 'Da lunedì ai documenti protocollati in arrivo dallo scanner non viene applicata la segnatura: la registrazione viene creata con numero e data, ma il file allegato resta senza il timbro in alto a destra.',
    },
  ],
  invalid: [mentioned("Vi mando il file allegato con la stampa dell'errore.", 'Vi mando il file')],
});

// Review: "il file allegato risulta vuoto" shows the writer's sample; "resta" tells a record.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      name: '"il file allegato rimane vuoto" is the record\'s file',
      body: 'La registrazione di protocollo viene creata, ma il file allegato rimane vuoto anche dopo la scansione.',
    },
  ],
  invalid: [
    mentioned(
      'Il file allegato risulta vuoto anche se in procedura ci sono 40 versamenti.',
      'file allegato',
    ),
  ],
});

// ZZZZZZT: a subject that opens with the carrier of the file.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      name: 'subject "PEC protocollata con file allegato di 0 KB" tells the PEC\'s file',
      subject: 'PEC protocollata con file allegato di 0 KB (prot. 8812/2025)',
      body: 'La PEC arrivata ieri dalla ditta risulta registrata, ma nel protocollo il suo PDF ha dimensione 0 KB e non si apre.',
    },
  ],
  invalid: [
    {
      name: 'a subject announcing the file sent with this mail',
      subject: 'Stampa F24 errata con file allegato',
      body: 'La stampa del modello F24 riporta il codice tributo sbagliato per tutti i contribuenti.',
      findings: [{ messageId: 'default', field: 'subject' }],
    },
  ],
});

// ZZZZZZZZP: a picture sent again.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      name: 'sent again, and attached',
      body: 'ancora nessuna risposta, vi rimando lo screenshot: le iscrizioni si fermano al pagamento',
      draft: { attachments: [{ name: 'screenshot.png', contentType: 'image/png', size: 20480 }] },
    },
  ],
  invalid: [
    {
      name: '"vi rimando lo screenshot" with nothing attached',
      body: 'ancora nessuna risposta, vi rimando lo screenshot: le iscrizioni si fermano al pagamento',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Second review of stop 32: "rimando … a dopo" postpones, "il rinvio" is a noun; "vi rinvio" and
// "vi rimandiamo" send again like "vi mandiamo".
testRule(attachmentMentionedMissing, {
  valid: [
    'Il ruolo TARI 2025 contiene ancora i contribuenti cessati nel 2024. Visto l’errore, rimando il file del ruolo al tesoriere a dopo la vostra correzione.',
    "L'udienza del ricorso è stata rinviata: dopo il rinvio le foto del rilevatore non risultano più collegate al verbale n. 1234 nel modulo.",
  ].map((body) => ({ body })),
  invalid: [
    ...[
      'Vi rinvio la ricevuta di pagamento che esce dal portale.',
      'Vi rimandiamo la ricevuta di pagamento che esce dal portale.',
    ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
  ],
});

// ZZZZZZZZZD: "ecco lo screenshot" hands it over with this mail.
testRule(attachmentMentionedMissing, {
  valid: [
    { body: "Ecco l'errore che compare: il mandato n. 1432 resta nello stato da trasmettere." },
    {
      body: 'Ecco lo screenshot che mi chiedevi: il mandato n. 1432 resta nello stato da trasmettere.',
      draft: { attachments: [{ name: 'distinta.png', contentType: 'image/png', size: 48213 }] },
    },
  ],
  invalid: [
    {
      body: 'Ecco lo screenshot che mi chiedevi: il mandato n. 1432 resta nello stato da trasmettere.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 33: "ed ecco la schermata bianca" tells what happened.
testRule(attachmentMentionedMissing, {
  valid: [
    'Da stamattina quando in Emissione mandati clicco su Conferma ed ecco la schermata bianca: il mandato resta in bozza.',
    'Lancio la stampa delle reversali del mese ed ecco la stampa che esce completamente vuota.',
  ].map((body) => ({ body })),
  invalid: [
    {
      body: 'Ciao Giulia,\necco la schermata: il mandato resta in bozza.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZV: "quando allego la procura" is the action that fails in the software.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: "L'errore compare solo quando allego la procura speciale firmata dal tecnico, gli altri documenti si caricano.",
    },
  ],
  invalid: [
    { body: 'Allego la procura speciale che non si carica.', findings: [{ messageId: 'default' }] },
  ],
});

// Second review of stop 33: "se" is no "when".
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: 'Ogni volta che allego il file XML della fattura elettronica il programma si chiude senza messaggi.',
    },
  ],
  invalid: [
    "L'export dei versamenti IMU di ottobre esce vuoto. Non so se allego il file giusto, è quello esportato stamattina dalla procedura.",
    'Vi chiedo scusa se allego solo la prima pagina della stampa, il resto è identico.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZZF: attaching a document in the software is no attachment of this mail.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: 'Per annullare la registrazione doppia serve la determina del responsabile: la allego io nella procedura o la caricate voi?',
    },
  ],
  invalid: [
    "Allego la stampa della procedura con l'errore, si vede il codice 3925 al posto del 3930.",
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Review of stop 34: a screenshot of the software is attached for the helpdesk.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: 'Il verbale va allegato alla pratica: lo allego io nella procedura o lo caricate voi?',
    },
  ],
  invalid: [
    "Allego la schermata dell'errore in Cityware: la stampa degli avvisi IMU 2025 si blocca al contribuente 350.",
    'Allego la foto del messaggio nel programma: compare a ogni salvataggio.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZZZZV, ZZZZZZZZZZZZT: a step of a procedure in the software, a topic of a training.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: 'Da Atti > Albo pretorio > Nuova pubblicazione compilo i dati, allego il PDF del manifesto (circa 11 MB) e alla conferma compare "errore durante l\'invio del documento".',
    },
    {
      body: 'Vorremmo una giornata di formazione per gli agenti. Gli argomenti: redazione del verbale da palmare, foto allegate, scarico dei dati e gestione degli errori.',
    },
  ],
  invalid: [
    'Compilo i dati della pubblicazione, allego la schermata dell’errore che compare alla conferma.',
    'Gli argomenti li abbiamo già visti al telefono. Vedi foto allegate del palmare con l’errore.',
    // "programma" is the software here, no list of topics.
    'Nel programma risulta ancora da pagare e le è partito il sollecito, vi mando la foto della ricevuta',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Review of stop 37: a screenshot attached between steps is for the helpdesk all the same.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: 'Inserisco i dati della pratica, allego il PDF firmato e alla conferma il programma si blocca.',
    },
  ],
  invalid: [
    "Vado in Tributi > IMU > Calcolo massivo, allego lo screenshot dell'errore e quando clicco su Elabora il programma si chiude.",
    "Il percorso è Tributi > IMU > Calcolo, allego la schermata e quando confermo compare 'violazione di chiave'.",
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZW055): what an applicant attached to a filing on a portal.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: 'Nelle domande di iscrizione al nido arrivate dal portale, il documento allegato dal genitore non si apre: compare "formato non supportato".',
    },
    {
      body: 'Le SCIA degli ultimi giorni hanno il file allegato dal professionista vuoto, solo nella scrivania del SUAP.',
    },
  ],
  invalid: [
    // Attached by a firm to the mail forwarded: this mail should carry it.
    'Vi giro la comunicazione della ditta con il file allegato dalla ditta stessa: il tracciato non viene importato.',
    'Il file allegato: dal cittadino ci arriva così, non si apre nel programma.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZF007, F041): a forward "con" its file, and none attached.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      body: 'Vi giro la mail della ditta con la richiesta di modifica del tracciato: ci dite se è fattibile?',
    },
  ],
  invalid: [
    'Vi giro la mail della tesoreria con il pdf dello scarto: gli ordinativi sono stati respinti.',
    "Vi giro la mail del cittadino con lo screenshot dell'errore che vede sul portale.",
    // ZZZZZZZZZZZZZZZZZZZZZZZZZV072: the receipt named beside the forwarded mail.
    'Vi giro la mail del tesoriere e la ricevuta di scarto che ci hanno mandato: il giornale di cassa non viene importato.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZN067): sent again "in pdf", as the operator asked.
testRule(attachmentMentionedMissing, {
  valid: [{ body: 'Domani vi rimando in pdf la ricevuta dell’iscrizione n. 88, oggi non riesco.' }],
  invalid: [
    'Vi rimando in pdf la ricevuta dell’iscrizione n. 88 come chiesto: l’importo della quota non compare.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 51 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZY070): a quote closed more than 200 characters back on the
// same line is no quote still open around "Allego"; one opened just before still is.
testRule(attachmentMentionedMissing, {
  valid: [
    {
      name: 'the software’s message quoted',
      body: `${request}\nAl salvataggio compare il messaggio "Allego il documento: operazione non riuscita".`,
    },
  ],
  invalid: [
    mentioned(
      'Gli atti di liquidazione del settore Cultura restano fermi al passaggio "Visto di regolarità ' +
        'contabile del responsabile del servizio finanziario": il visto viene apposto ma l\'atto resta ' +
        'nello stato "in attesa visto". Gli atti degli altri settori proseguono regolarmente e senza intoppi. Allego la stampa ' +
        "dell'iter dell'atto n. 233.",
      'Allego',
    ),
  ],
});
