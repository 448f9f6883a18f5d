import { booking } from '../../../../src/core/rules/booking';
import { goodBody } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

/** Help reserved for a possible future need: the finding quotes the reservation. */
const booked = (body: string, excerpt: string): InvalidCase => ({
  body,
  findings: [
    { messageId: 'default', severity: 'warning', field: 'body', excerpt, data: { excerpt } },
  ],
});

testRule(booking, {
  valid: [
    {
      name: 'a present problem and "se c\'è qualche intoppo vi richiamo" books nobody',
      body: "Da stamattina la stampa dei mandati si blocca al secondo foglio. Ho riavviato il programma e riprovo nel pomeriggio: se c'è qualche intoppo vi richiamo.",
    },
    {
      name: 'the Ente’s own colleague asked to be on call, the subject after the verb',
      body: "Per il referendum chiediamo che sia reperibile anche la collega dell'elettorale fino alla chiusura dei seggi: come le abilito il profilo di trasmissione?",
    },
    {
      name: 'a form asked to stay open that "helped" last year books nobody',
      body: "La giunta chiede che il modulo per le agevolazioni TARI resti disponibile sul portale fino al 30 giugno prossimo, visto che l'anno scorso ci ha aiutato molto a ridurre le code allo sportello. Come si proroga la data di chiusura?",
    },
    {
      name: 'the Ente’s own colleague asked to stay reachable books no vendor help',
      body: "Per le elezioni il Comune chiede che la collega Rosaria Ventura resti reperibile fino alla trasmissione dell'ultima sezione. Magari non servirà, ma l'anno scorso ci ha aiutato molto.",
    },
    {
      name: 'help asked "fin da ora" to undo a mistake already made: a present need',
      subject: 'Reversale 77 da correggere',
      body: "Ieri ho emesso per errore la reversale n. 77 sull'accertamento 2026/11 invece che sul 2026/12, ed è già stata trasmessa al tesoriere. Come possiamo correggerla? Se per sistemare i dati serve un vostro intervento ve lo chiedo fin da ora.",
    },
    { name: 'a present problem', body: goodBody },
    // ZZZZZZZZZZZZZR068: a how-to question framed by a future need reserves nobody.
    {
      name: '"vorrei sapere, in previsione di eventuali blocchi, come si attiva…" asks how to, books nothing',
      body: "Oggi le PEC in uscita protocollate dopo le 11 restano in attesa di consegna. Vorrei anche sapere, in previsione di eventuali blocchi, come si attiva e poi si riversa il registro di emergenza del protocollo: non l'abbiamo mai usato.",
    },
    // Review of 949ab4d5: a weekday of a past week is no day to come.
    {
      name: 'a session of last week, to be finished',
      body: "Il lunedì della scorsa settimana un vostro tecnico era collegato con noi e ha iniziato l'aggiornamento delle liste elettorali, che però non è stato completato. Potete fissare un nuovo collegamento per finirlo?",
    },
    {
      name: 'a session of last week, to be finished (settimana scorsa)',
      body: "Il lunedì della settimana scorsa un vostro tecnico era collegato con noi e ha iniziato l'aggiornamento delle liste elettorali, che però non è stato completato. Potete fissare un nuovo collegamento per finirlo?",
    },
    ...[
      "Il calcolo IMU 2025 del contribuente deceduto risulta errato, serve assistenza. Vi ringrazio fin d'ora per la collaborazione.",
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato; qualora ci fossero altri problemi vi ricontatto.',
      'Per sicurezza vorrei sapere se posso ricalcolare IMU 2025 del contribuente deceduto senza perdere i dati.',
      // A present problem: help now, even if a time is proposed.
      'Da stamattina la stampa dei mandati si blocca; vorremmo fissare già da ora un intervento di un vostro tecnico.',
      'Il programma non calcola gli interessi di mora: potete far intervenire un tecnico, eventualmente anche domani?',
      "L'elaborazione di fine anno si è fermata con un messaggio di errore, vorremmo un tecnico a disposizione per sicurezza mentre la rilanciamo.",
      'Ieri la stampa del rendiconto è andata in errore: vorremmo un tecnico disponibile già da ora per rilanciarla insieme.',
      'Potete fissarmi un appuntamento telefonico per oggi pomeriggio? La stampa dei mandati esce vuota.',
      // "No errors reported, but…": the symptom after "ma" is present (second review).
      "Non abbiamo segnalazioni di errori dal programma, ma nei cedolini di marzo l'IRPEF è calcolata sul doppio dell'imponibile. Vorremmo prenotare un vostro tecnico per lunedì mattina.",
      // Staying at hand: asked of the vendor, but for a present problem or as a courtesy; the
      // Ente's own people or offer; a past evening; "se mai fosse possibile" (review, stop 23).
      "Confermo l'appuntamento per l'installazione: il collega Bianchi potrà rimanere a disposizione del vostro tecnico per tutta la mattina del 10 aprile.",
      'Vorrei sapere come si registra una rateizzazione TARI per un contribuente con più utenze. Vi chiedo di rimanere a disposizione per eventuali chiarimenti successivi.',
      'Vorremmo sapere in quale menu si inseriscono le nuove tariffe. Saremo lieti di rimanere a disposizione per qualsiasi vostra ulteriore richiesta.',
      'La sera del consiglio comunale il sistema di votazione si è chiuso da solo. Chiediamo che un vostro tecnico sia disponibile a verificare i log per capire cosa è successo.',
      'Se mai fosse possibile, vorremmo che un vostro tecnico fosse disponibile a collegarsi oggi pomeriggio per controllare le impostazioni della conservazione.',
      'Rimango a disposizione per chiarimenti; vi chiedo di restare a disposizione perché da stamattina il mandato non si stampa.',
      "Come ogni anno l'ufficio può restare a disposizione dei contribuenti fino al 16 dicembre per il saldo IMU.",
      // A hedge next to a present problem still leaves the problem present.
      'Da stamattina le reversali non si stampano: se per caso servisse, vorremmo un vostro tecnico a disposizione domani.',
      'Non prevediamo di cambiare tesoriere, ma da lunedì i mandati tornano scartati: vorremmo un tecnico reperibile domani.',
      'Buongiorno, vi chiedo un intervento urgente: il server non risponde da stamattina.',
      'Da ieri il caricamento dei flussi si blocca a metà: potete far intervenire qualcuno di voi oggi, se si blocca di nuovo?',
      "Quel giorno l'elaborazione si è fermata con un errore e da allora non parte più: qualcuno di voi può intervenire?",
      // Help now, asked politely: "se possibile", "se riuscite" are no failure to come.
      'Il programma non mi consente di annullare la rata. Chiedo che qualcuno di voi possa intervenire se possibile in giornata, il contribuente è allo sportello.',
      'Il mandato 1320 risulta emesso due volte: chiedo che qualcuno di voi possa intervenire se riuscite stamattina.',
      // Training or advice about a topic: a legitimate appointment.
      "Vorremmo fissare in anticipo una giornata di formazione per la nuova collega sull'uso del protocollo.",
      'Potete fissare un appuntamento con un tecnico per spiegarci la nuova procedura di conservazione?',
      'Vorrei fissare un appuntamento per la formazione sulla nuova PagoPA, eventualmente a dicembre.',
      'Vorremmo prenotare una giornata di formazione sul nuovo modulo per le colleghe assunte a novembre.',
      // No request for help at a time.
      'Qualora ci fossero altri problemi vi ricontatto, intanto grazie per la correzione degli avvisi.',
      'Vi ringrazio fin da ora per la disponibilità del vostro tecnico.',
      'Potete richiamarmi domani mattina? sono disponibile dalle 9 alle 12.',
      'Grazie fin da ora a chi potrà darci supporto sul calcolo della mensa.',
      'Il tecnico che era presente ieri ci ha lasciato le istruzioni, ma la chiusura del mese prossimo non parte.',
      'Vorrei sapere se per la prossima versione è prevista la stampa del DURC.',
      'Quando sarà disponibile il nuovo tracciato F24? Ci servirà a gennaio.',
      // A date, a slot or a person of the Ente, or a how-to question: nothing of the vendor is booked.
      'Come posso fissare la data di scadenza della prima rata TARI a marzo?',
      "Vorremmo bloccare l'orario di apertura dello sportello online a partire da gennaio: dove si imposta?",
      'Dobbiamo riservare una parte dei posti del nido ai residenti per il prossimo anno scolastico, come si configura?',
      'Il tecnico comunale sarà presente alla commissione di lunedì: come lo inseriamo nel verbale?',
      'Il tecnico della ditta verrà lunedì prossimo a installare la stampante: dobbiamo configurare qualcosa nel programma?',
      'Vorrei prenotare la sala consiliare per il 12 dicembre tramite il modulo prenotazioni, ma non trovo la voce.',
      'Il nuovo operatore dello stato civile inizierà a gennaio: come gli creiamo le credenziali?',
      'Per la scadenza di dicembre dobbiamo garantire la presenza del messo: come si gestisce nel calendario notifiche?',
      // Asked to stay available, but a system or the Ente's own person, or training.
      "Chiediamo che il portale delle iscrizioni resti disponibile anche durante l'aggiornamento di sabato.",
      'Vorremmo che la nostra collega Bruna, che conosce la procedura, sia disponibile il giorno della migrazione per i cittadini allo sportello.',
      // A day of change with a how-to question, the Ente's own on-call person, or training.
      'Il 20 gennaio passiamo al nuovo tesoriere: come dobbiamo configurare i flussi?',
      'Il nostro sistemista sarà reperibile la notte delle elezioni; vi chiediamo solo la guida per il ripristino del database.',
      'A marzo cambieremo server: vorremmo che un vostro tecnico ci seguisse nella formazione dei colleghi sul nuovo accesso.',
      // ZZZZZZZZZZZZZZZZZZZZX043: the vendor's time for a set-up certain to be done (LABELLING).
      'Lunedì 20 aprile ci consegnano il nuovo PC. Vorremmo prenotare un vostro tecnico, anche da remoto, per quella mattina, per installare il client Cityware e i driver del lettore di smart card.',
      'Il 20 aprile arriva il nuovo PC. Vorremmo che quella mattina un vostro tecnico restasse a disposizione per installare il client Cityware sul nuovo PC.',
    ].map((body) => ({ body })),
  ],
  invalid: [
    // The same set-up with a problem that may come: help held ready.
    {
      body: 'Il 20 aprile arriva il nuovo PC. Vorremmo che quella mattina un vostro tecnico restasse a disposizione per installare il client Cityware, nel caso ci fossero problemi.',
      findings: [{ messageId: 'default' }],
    },
    // ZZZZZZZZZZZZZZZZZZT027, T045, T058: short mails that book help for a day to come.
    booked(
      'Il 14 aprile passiamo al nuovo server: potete restare in allerta quel giorno nel caso Cityware non partisse? Di solito va tutto liscio, ma meglio essere coperti.',
      'potete restare in allerta',
    ),
    booked(
      "Il 3 giugno facciamo la prima emissione degli avvisi TARI con il nuovo tracciato: quel giorno vorremmo avere a disposizione Loredana, che ha seguito l'installazione del tracciato, caso mai qualcosa non andasse.",
      "avere a disposizione Loredana, che ha seguito l'installazione del tracciato, ca…",
    ),
    booked(
      "A luglio chiudiamo i conguagli 730 con gli stipendi: il giorno dell'elaborazione vorremmo che un vostro tecnico ci seguisse da remoto per tutta la mattina, probabilmente andrà tutto bene.",
      'un vostro tecnico ci seguisse',
    ),
    // Stop 35: one operator asked to stand by, with the failure that may come.
    booked(
      'Ciao Gianluca, dal 1° gennaio cambia il tesoriere. Ti chiedo solo di tenerti libero lunedì 4 gennaio in mattinata, quando mandiamo il primo flusso OPI, non si sa mai.',
      'tenerti libero',
    ),
    booked(
      'Il 12 gennaio parte il nuovo portale dei pagamenti: quel giorno puoi esserci tu al telefono, nel caso ai cittadini non arrivino le mail di conferma?',
      'nel caso ai cittadini non arrivino',
    ),
    // Stop 35: an operator or a technician asked to stand by on the night of a count.
    booked(
      'Ciao Ugo, per il referendum di giugno vorremmo che fossi reperibile tu la notte dello scrutinio, nel caso la trasmissione dei risultati desse problemi.',
      'che fossi reperibile',
    ),
    booked(
      'Per le comunali di maggio vorremmo che teneste a disposizione un vostro tecnico la sera dello scrutinio, in caso di problemi con la trasmissione.',
      'teneste a disposizione un vostro tecnico',
    ),
    // The operator written to, in the second person.
    booked(
      'Gentile Daniele,\na metà gennaio faremo la chiusura dell’esercizio e vorremmo che nei giorni 13 e 14 tu restassi a disposizione per noi, nel caso ci fossero intoppi. Al momento non abbiamo nessun problema aperto.',
      'vorremmo che nei giorni 13 e 14 tu restassi a disposizione',
    ),
    // The Ente asks, in the third person, that a person who helped before stay reachable.
    booked(
      "Per la tornata elettorale dell'8 e 9 giugno il Comune di Bojano chiede che Rosaria Ventura resti reperibile dalla chiusura dei seggi fino alla trasmissione dell'ultima sezione. Magari non servirà, ma l'anno scorso ci ha aiutato molto.",
      'Comune di Bojano chiede che Rosaria Ventura resti reperibile',
    ),
    booked(
      'Per le elezioni di maggio chiediamo che nelle giornate di voto qualcuno di voi possa intervenire se la trasmissione degli scrutini alla Prefettura si bloccasse. Le prove sono andate bene.',
      'qualcuno di voi possa intervenire se la trasmissione degli scrutini alla Prefet…',
    ),
    booked(
      'Sabato il fornitore sposterà il database sul nuovo server. Le prove sono andate bene; vi chiediamo comunque di tenere un sistemista a disposizione per la mattina, se per caso qualche servizio non ripartisse.',
      'tenere un sistemista a disposizione',
    ),
    booked(
      'A metà luglio lancio l’emissione dei solleciti IMU. Spero vada tutto bene, ma vorrei che quel giorno ci fosse qualcuno di voi libero da altri impegni, caso mai mi serva una mano.',
      'qualcuno di voi libero',
    ),
    // A vendor person wished available on a day to come, named by the setup they did for the Ente.
    booked(
      'Il 3 ottobre emetteremo per la prima volta gli avvisi della mensa dal nuovo programma. Chiediamo che quel giorno Chiara Visentin, che ha curato il passaggio dei nostri dati, resti a disposizione, nel caso l’emissione desse problemi.',
      'Chiediamo che quel giorno Chiara Visentin, che ha curato il passaggio dei nostr…',
    ),
    // ZZZZZZZZZZZZZZZZZZZQ040: the setup they did told with when it was ("che l'anno scorso ci ha
    // seguito").
    booked(
      "Il 9 giugno faremo la prima emissione degli avvisi TARI con il nuovo piano tariffario e non prevediamo problemi. Chiediamo quindi che quel giorno Luca Ferri, che l'anno scorso ci ha seguito nella configurazione delle tariffe, resti a disposizione per tutta la mattina.",
      "Chiediamo quindi che quel giorno Luca Ferri, che l'anno scorso ci ha seguito ne…",
    ),
    // Someone of the vendor's service wished "in reperibilità" on a night to come.
    booked(
      'Per il referendum di giugno chiediamo che durante lo scrutinio qualcuno del vostro ufficio elettorale sia in reperibilità, nel caso l’invio dei dati delle sezioni alla Prefettura dovesse fermarsi. Per ora le prove di collegamento vanno bene.',
      'chiediamo che durante lo scrutinio qualcuno del vostro ufficio elettorale sia i…',
    ),
    // The vendor asked with an infinitive to stand by on the day; "al momento non abbiamo
    // problemi" is no present problem.
    booked(
      "Giovedì 8 gennaio il nostro CED sostituirà i PC dell'ufficio tributi. Al momento non abbiamo problemi, ma vi chiediamo di restare reperibili quel giorno nel caso il collegamento al database non ripartisse.",
      'restare reperibili',
    ),
    // A named operator wished available on a day, the person after the wish; the condition
    // "se dopo la migrazione qualcosa non parte" and "per non restare bloccati" are no problem now.
    booked(
      'Il 20 gennaio cambiamo il server del Comune. Vorremmo che quel giorno fosse disponibile Marco Ferri, che ci ha installato la procedura, per ogni evenienza: se dopo la migrazione qualcosa non parte, vorremmo poterlo chiamare. Per ora funziona tutto, è solo per non restare bloccati.',
      'Vorremmo che quel giorno fosse disponibile',
    ),
    // Asked of the operator the mail greets, in the second person.
    booked(
      'Cara Marta, il 3 giugno lanciamo il ricalcolo delle rette estive. Per ora va tutto bene, ma ti chiedo di tenerti libera quella mattina, nel caso la procedura si blocchi.',
      'tenerti libera quella mattina',
    ),
    // Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZX071): told in the imperative, with the past trouble that
    // makes the writer cautious and no word of "assistenza" or "tecnico".
    booked(
      'Ciao Sandro, giovedì 9 ottobre ci aggiornate il modulo paghe. A marzo dopo l’aggiornamento la stampa dei cedolini non partiva: tieniti pronto tu quel giorno, nel caso capiti ancora. Per ora va tutto bene.',
      'tieniti pronto',
    ),
    // Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZF047): the wish asked as a question, the person last.
    booked(
      'Sabato 21 marzo spostiamo il database sul nuovo server. Per ora va tutto bene, ma vi chiediamo se quel giorno può restare reperibile il sig. Melis, che ci ha installato il server attuale, nel caso qualcosa non ripartisse.',
      'chiediamo se quel giorno può restare reperibile',
    ),
    // Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZN080): the vendor's person kept free by name.
    booked(
      'Sabato 13 giugno il fornitore aggiorna il server del database. Vi chiedo di tenere libera Sonia quella mattina, nel caso Cityware non ripartisse: conosce la nostra installazione. Probabilmente non servirà.',
      'tenere libera Sonia quella mattina',
    ),
    // Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZZD006): a person of the helpdesk "dedicata a noi" asked.
    booked(
      'Dal 2 febbraio apriamo le iscrizioni online alla mensa. Le prove sono andate bene, ma vi chiederei di avere una persona dedicata a noi la mattina del 2 febbraio, nel caso i genitori segnalassero problemi.',
      'di avere una persona',
    ),
    // One weak "non …" that reports no malfunction leaves the reservation a booking.
    booked(
      'Ad aprile cambia il tesoriere: ci dicono che per noi non cambia niente, ma per il primo giorno vorremmo un vostro tecnico a disposizione, nel caso servisse.',
      'un vostro tecnico a disposizione',
    ),
    // A vendor's person "collegato" or "dedicato" to the Ente on a named day.
    booked(
      'Il 4 maggio installiamo i nuovi tablet dei messi: chiediamo che uno dei vostri resti collegato con noi tutta la mattina.',
      'chiediamo che uno dei vostri resti collegato',
    ),
    booked(
      'Per la settimana della bollettazione delle lampade votive, dal 2 al 6 novembre, vorremmo un vostro operatore dedicato a noi.',
      'un vostro operatore dedicato',
    ),
    // Keeping someone free, framed by what may fail.
    booked(
      'Vi chiedo di lasciare libero qualcuno del vostro gruppo contabilità che possa seguirci se il riaccertamento si inceppa.',
      'lasciare libero qualcuno',
    ),
    // A title's dot inside the wish.
    booked(
      'Il 3 ottobre lanciamo le rette del nido: vorremmo che quel giorno la dott.ssa Pieri fosse disponibile per noi.',
      'vorremmo che quel giorno la dott.ssa Pieri fosse disponibile',
    ),
    // What may fail is a condition, and no problem is expected: still no present problem.
    booked(
      'Il 20 giugno passiamo al nuovo tesoriere. Non prevediamo problemi, ma vi chiediamo di tenere un vostro tecnico reperibile quel giorno.',
      'tenere un vostro tecnico reperibile',
    ),
    booked(
      'Il 9 aprile pubblicheremo il bando dei buoni libro: vorremmo un vostro tecnico a disposizione, se per caso il portale non risponde.',
      'un vostro tecnico a disposizione',
    ),
    booked(
      'A settembre le iscrizioni al trasporto apriranno online. Vi chiedo di riservarci un vostro tecnico per la prima settimana: preferisco non correre rischi.',
      'riservarci un vostro tecnico',
    ),
    // Someone "raggiungibile" on the day is someone on call, as "reperibile".
    booked(
      "Il 9 aprile passiamo al nuovo gestionale documentale: vorremmo che un vostro tecnico fosse raggiungibile tutto il giorno, caso mai l'import non andasse.",
      'vorremmo che un vostro tecnico fosse raggiungibile',
    ),
    // Hours of a systems engineer, in a sentence wrapped over lines by the mail client.
    booked(
      'A maggio cambieremo i 25 PC della ragioneria. Vi chiediamo di\nriservarci fin da ora un paio di ore di un vostro sistemista, nel caso\nle stampanti non venissero riconosciute.',
      'riservarci fin da ora un paio di ore',
    ),
    // What may go wrong on the day ("se qualcosa non torna") is no present problem.
    booked(
      'Il 30 giugno chiudiamo il rendiconto: vi chiediamo di tenere a disposizione un vostro tecnico quella mattina, così se qualcosa non torna lo chiamiamo subito.',
      'tenere a disposizione un vostro tecnico',
    ),
    // A wish in the imperfect subjunctive: "vorremmo che … fosse disponibile".
    booked(
      'Vorremmo che il 3 marzo, giorno del passaggio al nuovo server, un vostro sistemista fosse disponibile per noi nel caso qualcosa non funzionasse.',
      'Vorremmo che il 3 marzo, giorno del passaggio al nuovo server, un vostro sistem…',
    ),
    booked(
      "Vorrei prenotare un'assistenza per quando faremo il calcolo IMU 2025 del contribuente deceduto.",
      "prenotare un'assistenza",
    ),
    booked(
      'Nel caso dovesse servire, vorremmo supporto sul calcolo IMU 2025 dei contribuenti deceduti.',
      'Nel caso dovesse servire',
    ),
    booked(
      'In previsione di eventuali problemi con il calcolo IMU 2025 dei contribuenti deceduti chiedo supporto.',
      'In previsione di eventuali',
    ),
    booked(
      'Vorrei sapere, in previsione di eventuali blocchi, come si prenota un tecnico reperibile per la notte del 31.',
      'in previsione di eventuali',
    ),
    booked(
      "Per sicurezza vorrei fissare fin d'ora un supporto per il calcolo IMU 2025 dei contribuenti deceduti.",
      "fissare fin d'ora un supporto",
    ),
    booked(
      'Vorremmo fissare una giornata di assistenza per la migrazione IMU 2025 di febbraio dei contribuenti.',
      'fissare una giornata di assistenza',
    ),
    booked(
      'A marzo avremo bisogno di assistenza per il calcolo IMU 2025 dei contribuenti deceduti.',
      'avremo bisogno di assistenza',
    ),
    // A reserved time or technician for a possible future need, in many words.
    booked(
      "Per la chiusura dell'esercizio vorremmo già da ora fissare una mattinata con un vostro tecnico, casomai ci fossero intoppi.",
      'fissare una mattinata',
    ),
    booked(
      'vorrei bloccare un tecnico per il giorno della scadenza TARI, nel caso in cui ci siano problemi con gli avvisi.',
      'bloccare un tecnico',
    ),
    booked(
      "Chiediamo che il 16 dicembre ci sia un vostro tecnico disponibile per sicurezza, durante l'elaborazione di fine anno.",
      'un vostro tecnico disponibile',
    ),
    booked(
      'Potreste garantirci la presenza di un operatore il giorno delle elezioni? Preferiamo muoverci in anticipo.',
      'presenza di un operatore',
    ),
    booked(
      'In vista del conguaglio di fine anno chiedo di tenere libero un pomeriggio per noi, eventualmente ci sentiamo quel giorno.',
      'tenere libero un pomeriggio',
    ),
    booked(
      'se dovesse servire vorremmo avere a disposizione un tecnico lunedì prossimo durante il caricamento dei flussi',
      'avere a disposizione un tecnico',
    ),
    booked(
      'Vorremmo riservarci in anticipo una giornata del vostro tecnico per il passaggio al nuovo anno contabile.',
      'riservarci in anticipo una giornata',
    ),
    booked(
      'vorei fissare gia da ora un appuntamento con un tecnico per quando faremo il riaccertamento, casomai servisse.',
      'fissare gia da ora un appuntamento',
    ),
    booked(
      "Qualora l'invio dei flussi F24 del 16 giugno desse problemi, vorremmo che un vostro operatore fosse già allertato e disponibile quel giorno.",
      'un vostro operatore fosse già allertato',
    ),
    booked(
      'Fin dora vi chiedo di prenotarci un tecnico per la notte dello spoglio elettorale.',
      'prenotarci un tecnico',
    ),
    booked(
      'Il 30 aprile scade il rendiconto: vorremmo riservare sin da adesso mezza giornata di un tecnico, caso mai qualcosa andasse storto.',
      'riservare sin da adesso mezza giornata',
    ),
    booked(
      'sarebbe possibile avere un vostro sistemista reperibile sabato prossimo durante la migrazione del server? giusto per sicurezza',
      'avere un vostro sistemista reperibile',
    ),
    booked(
      'Vi chiedo di tenerci libero il pomeriggio del 15 per il passaggio ad ANPR, qualora servisse un intervento.',
      'tenerci libero il pomeriggio',
    ),
    booked(
      'Vorremmo concordare fin da ora la presenza di un vostro tecnico per la prima elaborazione degli stipendi di gennaio.',
      'presenza di un vostro tecnico',
    ),
    booked(
      'per precauzione chiediamo che durante la notte delle elezioni ci sia un operatore disponibile',
      'un operatore disponibile',
    ),
    booked(
      "Nel caso in cui il 16 dicembre l'invio al tesoriere non andasse a buon fine vorremmo poter contare su un vostro tecnico già prenotato.",
      'poter contare su un vostro tecnico',
    ),
    booked(
      'Siccome a gennaio cambia il tesoriere, chiediamo di bloccarci una giornata con un vostro operatore.',
      'bloccarci una giornata',
    ),
    booked(
      'VORREMMO PRENOTARE UN TECNICO PER IL 31 DICEMBRE, NON SI SA MAI.',
      'PRENOTARE UN TECNICO',
    ),
    booked(
      "vorremo fissare un collegamento con un vostro tecnico x il giorno dell'invio del 770, casomai",
      'fissare un collegamento',
    ),
    booked(
      'Chiedo la disponibilità di un vostro operatore per la giornata di venerdì 12, quando caricheremo i dati del censimento.',
      'disponibilità di un vostro operatore',
    ),
    booked(
      'Per stare tranquilli vorremmo un tecnico a disposizione durante la prima emissione dei ruoli con il nuovo sistema.',
      'un tecnico a disposizione',
    ),
    booked(
      'Sarebbe possibile prenotarvi per la mattina del 2 gennaio? Dobbiamo fare la chiusura e preferiamo avere qualcuno.',
      'prenotarvi per la mattina',
    ),
    booked(
      "Vi chiediamo di garantirci un supporto nelle giornate di scadenza dell'IMU, in caso di problemi.",
      'garantirci un supporto',
    ),
    // The help reserved a few words after the verb.
    booked(
      'Per il caricamento dei flussi di fine anno vorrei riservare fin da ora una mattinata di un vostro operatore.',
      'riservare fin da ora una mattinata',
    ),
    booked(
      "Vorremmo prenotare un paio d'ore di supporto telefonico per la chiusura del bilancio, qualora ce ne fosse bisogno.",
      "prenotare un paio d'ore di supporto",
    ),
    booked(
      'Chiedo se si può fissare già adesso una sessione di supporto per la revisione di gennaio, nel caso servisse.',
      'fissare già adesso una sessione di supporto',
    ),
    // Someone able to step in on a day named earlier, a conditional in the present tense, a hedge.
    booked(
      'Il 20 gennaio lanceremo il primo ruolo della mensa con le tariffe nuove: ci tranquillizzerebbe che quel giorno un vostro operatore potesse intervenire se la generazione si blocca.',
      'un vostro operatore potesse intervenire',
    ),
    booked(
      'Lunedì 3 marzo passeremo al nuovo server delle paghe. Vi chiedo se quella mattina qualcuno di voi può restare disponibile: forse non servirà, ma preferisco così.',
      'chiedo se quella mattina qualcuno di voi può restare disponibile',
    ),
    booked(
      "Il 9 febbraio attiviamo il nuovo tesoriere: vorremmo poter contare su un vostro tecnico se l'invio dei flussi non ripartisse, magari non servirà.",
      'poter contare su un vostro tecnico',
    ),
    // A vendor person, named by a title or described as the one who knows the Ente's case,
    // asked to stay available on a day of possible trouble.
    booked(
      "Chiediamo che il giorno della migrazione l'ing. Fabbri resti a disposizione, qualora il database non ripartisse.",
      "Chiediamo che il giorno della migrazione l'ing. Fabbri resti a disposizione",
    ),
    booked(
      "Le prove sono andate bene; vi chiediamo comunque che sabato mattina Lorenzo Galli, che conosce bene come abbiamo configurato l'anagrafe, sia reperibile se l'aggiornamento dovesse fermarsi.",
      'chiediamo comunque che sabato mattina Lorenzo Galli, che conosce bene come abbi…',
    ),
    // The vendor asked to stand by in the second person, on call, in the calendar, at one's side.
    booked(
      'Il 20 gennaio passiamo al nuovo tesoriere: potete tenervi pronti nel caso qualcosa non vada?',
      'tenervi pronti',
    ),
    booked(
      'Per la notte delle elezioni vorremmo avere un vostro sistemista in reperibilità, nel caso lo scrutinio si bloccasse.',
      'un vostro sistemista in reperibilità',
    ),
    booked(
      "Potreste mettere in calendario un vostro tecnico per il 2 febbraio, quando lanceremo l'elaborazione dei ruoli, casomai ci fossero intoppi?",
      'mettere in calendario un vostro tecnico',
    ),
    booked(
      'A marzo cambieremo server: vorremmo che un vostro tecnico ci affiancasse quel giorno, se qualcosa andasse storto.',
      'un vostro tecnico ci affiancasse',
    ),
    // The vendor's person asked to stay at hand on the day, with no present problem.
    booked(
      "Il 30 marzo chiudiamo l'esercizio e per ora tutto torna, ma ti chiedo di rimanere a disposizione quella mattina.",
      'ti chiedo di rimanere a disposizione',
    ),
    // No trouble so far, said with "errori" or "problemi in corso" (not a training course).
    booked(
      'Il 20 gennaio faremo il versamento in conservazione del registro annuale. Non abbiamo segnalazioni di errori, però chiediamo che quella mattina un vostro sistemista resti reperibile.',
      'chiediamo che quella mattina un vostro sistemista resti reperibile',
    ),
    booked(
      "A marzo elaboreremo il conguaglio. Non abbiamo problemi in corso, ma chiediamo che il giorno dell'elaborazione il dott. Gaspari, che conosce le nostre voci, resti a disposizione.",
      "chiediamo che il giorno dell'elaborazione il dott. Gaspari, che conosce le nost…",
    ),
    booked(
      'Il 3 ottobre apriamo le iscrizioni online al nido: vorremmo che quel giorno teneste libero un tecnico, se il portale non reggesse.',
      'teneste libero un tecnico',
    ),
    // "se mai servisse": a possible need on a day to come.
    booked(
      'Le prove del nuovo collegamento con ANPR sono andate bene: vorremmo che qualcuno di voi fosse reperibile, se mai servisse.',
      'vorremmo che qualcuno di voi fosse reperibile',
    ),
    // ZZZZZZZZ: "uno di voi" is the vendor's.
    booked(
      'il 1 aprile attiviamo il nuovo front office SUAP. Vorremmo che quella mattina uno di voi restasse collegato con noi per le prime pratiche: magari non servirà, ma preferiamo non correre rischi.',
      'Vorremmo che quella mattina uno di voi restasse collegato',
    ),
    // ZZZZZZZT: thanks in the next sentence are no thanks in advance for the booking.
    booked(
      "il 15 gennaio facciamo l'emissione tari 2026, vorrei che quel giorno qualcuno di voi fosse disponibile nel caso ci fossero problemi come l'anno scorso. grazie",
      'vorrei che quel giorno qualcuno di voi fosse disponibile',
    ),
    // The days named with an article are days to come; "non correre rischi" is a precaution.
    booked(
      "x le amministrative di primavera vorremmo che la domenica e il lunedi dello scrutinio ci fosse un vostro tecnico reperibile, l'anno scorso nn e successo niente ma preferisco nn correre rischi",
      'un vostro tecnico reperibile',
    ),
    // ZZZZZZZZJ: "non possiamo restare fermi" says why to book, it is no stop of today.
    booked(
      'Il mio certificato di firma scade il 28 febbraio e lo rinnoverò quel giorno. Al momento funziona tutto. Visto che con le determine non possiamo restare fermi, chiedo che il 28 febbraio un vostro sistemista resti a disposizione, nel caso che dopo il rinnovo la firma da Cityware non funzionasse.',
      'chiedo che il 28 febbraio un vostro sistemista resti a disposizione',
    ),
  ],
});

// ZZZZZZZZP: a present problem first, then a second request of its own that books help.
testRule(booking, {
  valid: [
    {
      // The reservation is about the problem told: help now, not a booking.
      body: 'Buongiorno,\n2 cose. Oggi la stampa massiva dei modelli F24 si ferma sempre a pagina 412.\nPoi potete tenere un tecnico pronto finché la stampa non riparte?\nGrazie\nLorenzo Cingolani\nTributi - Comune di Macerata\n0733 256318',
    },
  ],
  invalid: [
    booked(
      "Buongiorno,\n2 cose. Oggi la stampa massiva dei modelli F24 per l'acconto IMU si ferma sempre a pagina 412 di 1.300 senza messaggi, ho riprovato 2 volte.\nPoi la settimana prossima facciamo l'invio massivo degli avvisi TARI: potete tenere un tecnico pronto quel giorno nel caso ci siano problemi?\nGrazie\nLorenzo Cingolani\nTributi - Comune di Macerata\n0733 256318",
      'un tecnico pronto',
    ),
  ],
});

// Second review of stop 32: a second request that picks up today's failing job is help now.
testRule(booking, {
  valid: [
    {
      body: "Vi segnalo due cose.\n1) Da ieri l'elaborazione del ruolo TARI 2025 si blocca al 40% con errore di memoria.\n2) Quando la rilanciamo, lunedì prossimo, potete tenere un tecnico collegato con noi quel giorno?\n\nMario Rossi\nComune di Rimini\n0541 123456",
    },
  ],
  invalid: [
    booked(
      "Vi segnalo due cose.\n1) Da ieri l'elaborazione del ruolo TARI 2025 si blocca al 40% con errore di memoria.\n2) Lunedì prossimo facciamo l'invio massivo degli avvisi: potete tenere un tecnico collegato con noi quel giorno nel caso ci siano problemi?\n\nMario Rossi\nComune di Rimini\n0541 123456",
      'un tecnico collegato',
    ),
  ],
});

// ZZZZZZZZZD: "come l'anno scorso" compares; the question books help, it asks no how-to.
testRule(booking, {
  valid: [
    {
      body: 'Come faccio a tenervi pronti per il 30 aprile, nel caso la chiusura dei residui si blocchi come l’anno scorso?',
    },
  ],
  invalid: [
    booked(
      "Grazie, ora le liquidazioni passano.\nPer il 30 aprile, quando approviamo il rendiconto, potete tenervi pronti nel caso la chiusura dei residui si blocchi come l'anno scorso?",
      'tenervi pronti',
    ),
  ],
});

// ZZZZZZZZZH: "tenere pronto un tecnico" with the verb first.
testRule(booking, {
  valid: [
    {
      body: 'Oggi la generazione degli avvisi pagoPA per le rette si blocca al 30%: potete tenere pronto un tecnico finché non riparte?',
    },
  ],
  invalid: [
    booked(
      'Il 3 giugno farò io, per la prima volta, la generazione massiva degli avvisi pagoPA per le rette.\nPotete tenere pronto un tecnico quel giorno, se mai qualcosa andasse storto?',
      'tenere pronto un tecnico',
    ),
  ],
});

// ZZZZZZZZZN: "Un'altra cosa:" announces the second request; it asks no "cosa…?".
testRule(booking, {
  valid: [
    {
      body: 'La stampa massiva degli avvisi IMU si ferma sempre al 35% con "memoria insufficiente". Allego la schermata.\nUn\'altra cosa: cosa devo fare per rilanciarla di notte?',
    },
  ],
  invalid: [
    booked(
      'La stampa massiva degli avvisi IMU si ferma sempre al 35% con "memoria insufficiente". Allego la schermata.\nUn\'altra cosa: il 2 dicembre lanciamo l\'emissione della TARI, potete tenere un tecnico pronto quel giorno nel caso si blocchi anche quella?',
      'un tecnico pronto',
    ),
  ],
});

// ZZZZZZZZZZZZB: a helper of the vendor's to keep "disponibile", "raggiungibile", "di turno",
// "sotto mano" on a day to come; an appointment to set something up together is training.
testRule(booking, {
  valid: [
    {
      body: 'Dal 1° gennaio cambiamo tesoriere: vorremmo fissare un appuntamento con un vostro consulente nella prima settimana di gennaio per vedere insieme cosa impostare nel flusso OPI.',
    },
    {
      body: 'Da stamattina la stampa dei mandati si blocca al 40%: potete tenere un sistemista disponibile finché non riparte?',
    },
    // The Ente's own staff on call, asked about in a how-to question.
    {
      body: 'Per il servizio notturno estivo dobbiamo avere un operatore di turno anche la domenica notte: in Cityware Presenze come si imposta un turno che attraversa la mezzanotte?',
    },
    {
      body: 'Per la protezione civile dobbiamo avere qualcuno reperibile ogni fine settimana: come si inserisce l’indennità di reperibilità nel cedolino?',
    },
  ],
  invalid: [
    booked(
      'Lunedì 23 dalle 7 il fornitore aggiorna il server del database. Potete tenere un sistemista disponibile in mattinata, se dopo il riavvio qualcosa non dovesse partire?',
      'tenere un sistemista disponibile',
    ),
    booked(
      'Nel weekend del 30-31 gennaio passeremo l’inventario al nuovo modulo. Chiederei di avere un vostro tecnico contattabile sabato e domenica, se i dati non tornassero.',
      'avere un vostro tecnico contattabile',
    ),
    booked(
      'Domani alle 7 il provider ci cambia il router: se poi Cityware non si collega vi chiamo, tenete qualcuno sotto mano per favore.',
      'tenete qualcuno sotto mano',
    ),
    // "nel corso della giornata" is no training course.
    booked(
      'Sabato 14 marzo faremo la migrazione al nuovo server: chiediamo che quel giorno un vostro sistemista resti reperibile, se dopo il riavvio qualche servizio non dovesse ripartire nel corso della giornata.',
      'chiediamo che quel giorno un vostro sistemista resti reperibile',
    ),
  ],
});

// ZZZZZZZZZZZZW: half a day booked with a consultant to go through a procedure together is a
// training or consulting appointment (formazione), not help kept ready.
testRule(booking, {
  valid: [
    {
      body: 'Vorremmo prenotare una mezza giornata con un vostro consulente, a fine novembre, per vedere insieme il conguaglio fiscale di fine anno: la nuova istruttrice non l’ha mai fatto.',
    },
  ],
  invalid: [
    booked(
      'Vorremmo prenotare una mezza giornata di un vostro tecnico a fine novembre, il giorno del conguaglio, nel caso l’elaborazione si bloccasse.',
      'prenotare una mezza giornata',
    ),
  ],
});

// Review of stop 37: help kept for a possible problem is a booking, whatever it would explain.
testRule(booking, {
  valid: [
    {
      body: 'Vorremmo prenotare una mattina con un vostro consulente per vedere insieme il nuovo modulo delle presenze.',
    },
  ],
  invalid: [
    booked(
      'Vorremmo prenotare un vostro tecnico per il 15 gennaio, giorno della prima emissione TARI, così se si blocca qualcosa ce lo può spiegare.',
      'prenotare un vostro tecnico',
    ),
  ],
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZK021, K064): a trouble of years ago and a test that showed no
// errors are no present problem; a person "collegata con noi" that day is the vendor's.
testRule(booking, {
  valid: [
    {
      body: 'Martedì 26 gennaio faremo la chiusura dell’esercizio. Stamattina la prova si è bloccata a metà: potete avere una persona collegata con noi dalle 9 in poi?',
    },
  ],
  invalid: [
    booked(
      'Martedì 26 gennaio faremo la chiusura dell’esercizio. Due anni fa l’elaborazione si era bloccata a metà.\n\nSe si blocca di nuovo, potete intervenire subito? Vi chiederei di segnarvi la data e di avere una persona collegata con noi dalle 9 in poi.',
      'di avere una persona',
    ),
    booked(
      'Venerdì 18 dicembre elaboreremo i cedolini con il nuovo contratto: nella prova non abbiamo visto errori. Vorremmo che quel giorno restasse a disposizione Ilaria Santini, che ha impostato le voci degli arretrati, nel caso qualcosa non tornasse.',
      'Vorremmo che quel giorno restasse a disposizione',
    ),
  ],
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZQ061): "come successe alle europee" compares with a past
// stop, it asks no how-to question.
testRule(booking, {
  valid: [
    {
      body: 'Domenica 24 ci sono le elezioni comunali. Come si trasmettono i dati di affluenza delle ore 12 se la connessione si blocca?',
    },
  ],
  invalid: [
    booked(
      'Domenica 24 e lunedì 25 maggio ci sono le elezioni comunali. Se la trasmissione dei dati di affluenza si bloccasse come successe alle europee, potete tenervi pronti a intervenire?',
      'tenervi pronti',
    ),
  ],
});
