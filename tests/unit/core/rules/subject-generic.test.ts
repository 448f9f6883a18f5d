import { subjectGeneric } from '../../../../src/core/rules/subject-generic';
import { testRule, type InvalidCase } from './rule-tester';

/** The subject alone: the finding quotes it whole. */
const generic = (subject: string): InvalidCase => ({
  subject,
  findings: [{ messageId: 'default', severity: 'error', excerpt: subject, data: { subject } }],
});

testRule(subjectGeneric, {
  valid: [
    'Errore stampa cedolini marzo',
    'Re: IMU 2025 contribuente deceduto',
    'Richiesta assistenza TARI',
    // After a Comune, a capitalised word names the topic ("Tributi"), not more places.
    'Richiesta assistenza - Comune di Rimini, Tributi e Pagamenti',
    // A symptom with its topic is specific.
    'Blocco emissione mandati',
    'Come da accordi: rettifica aliquote IMU 2026',
    'Elezioni comunali 24-25 maggio: tecnico reperibile per lo scrutinio',
    'Lentezza stampa avvisi TARI',
    "Crash all'apertura del protocollo",
    'Programma paghe bloccato',
    'Cityware: malfunzionamento firma digitale determine',
    'Procedura elettorale bloccata in revisione dinamica',
    'Blocco stampa ruolo TARI',
    'Lentezza apertura pratiche edilizie',
    'Crash modulo protocollo',
    'Protocollo bloccato',
    'Firma digitale non funziona',
    'Mandati: malfunzionamento invio al tesoriere',
    // An error code beside its topic; a program part that does not start.
    'Avvisi TARI 2026 - errore 500 in stampa',
    'Stampa ruolo non parte',
    // A form's number is its name, not an error code.
    'Errore 770',
    'Programma bloccato in stampa cedolini',
    // A very long subject whose topic comes last is still specific.
    `Sollecito: ${'.'.repeat(600)} stampa ruolo TARI`,
    // A check or a reminder about a named topic, a file name beside the topic.
    'Sollecito stampa avvisi TARI 2024',
    'Solleciti IMU 2021 non generati',
    'Verifica mandati non trasmessi al tesoriere',
    'Controllo presenze di ottobre',
    'Errore su ruolo_tari_2026.pdf: importi doppi',
    'Posta elettronica certificata non scaricata nel protocollo',
    // Asking to be called about a named topic is specific.
    'Richiesta di ricontatto per il ruolo TARI 2026',
    'Telefonata sulla chiusura del conto del tesoriere',
    // Reply and forward prefixes alone: the subject is missing (subject-missing), not generic.
    'R:',
    'RE: R:',
    'I:',
    'Fwd:',
    'AW:',
    'TR:',
  ].map((subject) => ({ subject })),
  invalid: [
    // Phone shorthand asks only to be called.
    generic('richiamatemi x cortesia'),
    // Only asking for a check, only chasing, only a file name or a client's stock text.
    generic('Da verificare'),
    // Only recalling an earlier contact.
    generic('Come da accordi telefonici'),
    generic('Seguito nostra telefonata'),
    generic('URGENTE - DA CONTROLLARE'),
    generic('Sollecito'),
    generic('Invio tramite posta elettronica: DOC_20261114_0932.pdf'),
    generic('Emailing: schermata1.png, schermata2.png'),
    generic('errore_cityware.jpg'),
    {
      name: 'a body that says too little: no proposal (it would be generic or a placeholder)',
      subject: 'Richiesta assistenza',
      body: 'Non funziona niente, potete aiutarmi?',
      findings: [{ messageId: 'default', fix: null }],
    },
    {
      name: 'the placeholder of an old proposal left in the subject says nothing yet',
      subject: 'Tributi – [descrivi il problema in poche parole]',
      body: 'Il calcolo IMU 2025 per un contribuente deceduto risulta errato.',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a specific subject is proposed from the body',
      subject: 'Richiesta assistenza',
      body: 'Il calcolo IMU 2025 per un contribuente deceduto risulta errato.',
      findings: [
        {
          messageId: 'default',
          excerpt: 'Richiesta assistenza',
          fix: {
            id: 'propose-subject',
            edits: [
              {
                kind: 'set-subject',
                subject:
                  'Tributi – il calcolo IMU 2025 per un contribuente deceduto risulta errato',
                basedOn: 'Richiesta assistenza',
              },
            ],
          },
        },
      ],
    },
    ...[
      'Richiesta assistenza',
      'Aiuto!!',
      'Errore cityware',
      'Errore Cityware Online',
      'Problema',
      'URGENTE',
      'Re: Segnalazione',
      'R: I: Info',
      'Richiesta di supporto urgente',
      'Problemi con il programma',
      'Non funziona niente',
      // The Ente says who asks, not what about.
      'Richiesta assistenza - Comune di Rimini',
      // Place names joined by small words are one Ente too.
      "Comune di Sant'Agata de' Goti - richiesta assistenza",
      'Comune di San Giovanni in Persiceto: richiesta di supporto',
      "Urgente Comune di Trezzo sull'Adda",
      'Comune di Bagno a Ripoli - assistenza',
      'Segnalazione - Comune di San Giovanni alla Vena',
      "Comune di Cassano all'Ionio: richiesta assistenza",
      // An Unione's name that lists its places.
      'Richiesta assistenza - Unione Terre di Castelli, Vignola e Spilamberto',
      'Richiesta di assistenza del 12/03/2025',
      // ZZZZZZZZZZZZZZZZZV038: a date in words says when, not what.
      'Prenotazione assistenza 12 maggio',
      'Buongiorno',
      'Assistenza tecnica',
      'Aiuto per favore',
      'Domanda veloce',
      '(nessun oggetto)',
      'Cityware non va',
      'Ho bisogno di una mano',
      'Aiuto urgente, non riesco a lavorare',
      // A symptom with only the software's name.
      'Blocco programma',
      'programma bloccato',
      'Cityware si blocca',
      'Malfunzionamento gestionale',
      'Non funziona il programma',
      'Lentezza',
      'lentezza cityware online',
      'Crash applicativo',
      'procedura bloccata!!',
      'Sistema lento',
      'R: Blocco software',
      'Programma non funziona',
      'Cityware lentissimo',
      'Gestionale in blocco',
      'Sistema fermo',
      'Software non risponde',
      'Problema di lentezza',
      'Rallentamento programma',
      'Applicativo va in crash',
      'cityware bloccato da stamattina',
      'Malfunzionamenti vari',
      'Lentezza estrema del sistema',
      // Asking only to be called.
      'Richiesta di ricontatto',
      'Chiamata urgente',
      'Potete richiamarmi? Grazie',
      'Contatto telefonico',
      // An error's bare code; the whole program that does not open or start.
      'Errore 500',
      'ERRORE 404 cityware',
      'Errore n. 500',
      'Errore HTTP 502',
      'Errore 0x80004005',
      'Cityware non si apre',
      'Il programma non parte',
    ].map(generic),
  ],
});

// ZZZZZZZZZT: who reports is no topic; a user's account is.
testRule(subjectGeneric, {
  valid: ['Utente bloccato', 'Cittadino non trova la pratica SUAP 2025/118 sul portale'].map(
    (subject) => ({ subject, body: 'La pratica non compare nel fascicolo del cittadino.' }),
  ),
  invalid: ['Segnalazione cittadino', 'Segnalazione cittadina'].map(generic),
});

// Second review of stop 33: a taxpayer's or citizen's record is a topic.
testRule(subjectGeneric, {
  valid: ['Contribuente bloccato', 'Nuovo contribuente', 'Cittadino bloccato'].map((subject) => ({
    subject,
    body: "La posizione risulta bloccata da un'altra sessione da ieri e non riusciamo a registrare il versamento.",
  })),
  invalid: ['Segnalazione contribuente'].map(generic),
});

// ZZZZZZZZZX: the kind of help wanted is no topic; the remote connection failing is one.
testRule(subjectGeneric, {
  valid: [
    {
      subject: 'Collegamento remoto non funziona',
      body: 'Da ieri la sessione remota si chiude dopo un minuto.',
    },
  ],
  invalid: ['Richiesta collegamento remoto', 'Richiesta teleassistenza'].map(generic),
});

// ZZZZZZZZZL: only sending a file says nothing about the topic; what the file is does.
testRule(subjectGeneric, {
  valid: ['Invio file F24 di novembre', 'Trasmissione flusso UniEmens rifiutata'].map(
    (subject) => ({
      subject,
      body: 'Il file generato dal programma viene scartato dal portale con errore di formato.',
    }),
  ),
  invalid: ['Invio file', 'Trasmissione documentazione', 'Invio allegati'].map(generic),
});

// Review of stop 34: sending words are generic as whole subjects only.
testRule(subjectGeneric, {
  valid: ['Errore documento', 'Documenti bloccati', 'Invio bloccato', 'Errore allegato'].map(
    (subject) => ({
      subject,
      body: 'Dalla protocollazione in uscita il documento principale non viene firmato e la PEC parte senza allegati.',
    }),
  ),
  invalid: ['Invio documenti', 'Allegati'].map(generic),
});

// ZZZZZZZZZZZZJ: a protocol number says which document, not what the request is about.
testRule(subjectGeneric, {
  valid: [
    'Prot. n. 3391: assegnazione all’ufficio sbagliato',
    'Protocollo n. 3391 non si apre',
  ].map((subject) => ({
    subject,
    body: 'Il documento in arrivo è stato assegnato per errore alla Ragioneria invece che al Tributi: come si corregge l’assegnazione?',
  })),
  invalid: ['Prot. n. 3391 del 04/03/2025', 'Prot. n. 2025/0001457', 'prot.3391'].map(generic),
});

// ZZZZZZZZZZZZK, ZZZZZZZZZZZZJ (seven tickets of three writers, none against): a ticket number
// names the case, not what the mail is about.
testRule(subjectGeneric, {
  valid: [
    'R: [Ticket #48213] TARI 2024 avvisi emessi due volte',
    'Ticket 4410 - mandati bloccati',
  ].map((subject) => ({
    subject,
    body: 'Gli avvisi TARI 2024 delle utenze non domestiche sono stati emessi due volte con numeri diversi.',
  })),
  invalid: [
    'R: [Ticket #52190] URGENTE',
    'Re: [Ticket #52012] Segnalazione',
    'Rif. ticket 50321',
    '[Ticket #51733] Richiesta assistenza',
  ].map(generic),
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZW075): whom the mail is for names no topic.
testRule(subjectGeneric, {
  valid: [
    'Per Alessandra - determine firmate non pubblicate all’albo',
    'x Davide: registro giornaliero non inviato in conservazione',
    // An office, not a person: the module is named.
    'Per Tributi - richiesta assistenza',
    'Per Tributi',
  ].map((subject) => ({ subject })),
  invalid: [
    'Per Michela - richiesta assistenza',
    'x Gianni Russo: aiuto',
    'Alla c.a. di Roberta - problema urgente',
    // The addressee alone (stop 53, ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZC066).
    'Per Roberta',
    'x Gianni Russo',
  ].map(generic),
});
