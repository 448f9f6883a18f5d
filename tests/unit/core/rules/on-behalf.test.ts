import { onBehalf } from '../../../../src/core/rules/on-behalf';
import { testRule, type InvalidCase, type RuleCase } from './rule-tester';

/** Writing for someone else: the finding quotes what says so. */
const relayed = (body: string, excerpt: string): InvalidCase => ({
  body,
  findings: [
    { messageId: 'default', severity: 'warning', field: 'body', excerpt, data: { excerpt } },
  ],
});

testRule(onBehalf, {
  valid: [
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZM063: the colleague who trained the writer told her to write
    // herself.
    "sono in servizio all'ufficio scuola da ottobre; la collega che mi ha formato mi ha detto di scrivervi direttamente.\nCalcolando le rette della mensa di novembre il programma applica ancora la fascia dell'ISEE 2025.",
    // ZZZZZZZZZZZZZZZZZZZZH005: the vendor's technician asked for the ticket with her mail.
    "Ho telefonato stamattina per l'errore che la collega Martina riceve su ANPR e il vostro tecnico Andrea mi ha chiesto di aprire il ticket inoltrandovi la sua mail, che trovate qui sotto.",
    // ZZZZZZZZZZZZZZZZZZZI046: the colleague's mail relayed because the writer has the same fault.
    "Vi inoltro la mail della collega dell'ufficio tecnico: capita esattamente lo stesso anche a me in ragioneria da questa mattina, su qualsiasi impegno provi a liquidare.",
    // ZZZZZZZZZZZZZZZZZZZA080: the Sindaco's own account set up at his request, no trouble of his.
    'Su richiesta del Sindaco vi chiedo di abilitare la sua utenza Cityware alla consultazione, in sola lettura, del protocollo e della scrivania atti.',
    // ZZZZZZZZZZZZZZZZZZZZX051: the superior's request names the profile the newcomer should have.
    "Approfitto anche per chiedervi di abilitare alla consultazione delle pratiche SUE il nuovo ingegnere dell'ufficio tecnico, ing. Carlo Tedesco, che ha preso servizio lunedì: su richiesta del Responsabile dovrebbe avere lo stesso profilo del geom. Zollo.",
    // ZZZZZZZZZZZZZZZZZZZZO018: the same with the person as a clitic ("creargli").
    "Dal 2 marzo prenderà servizio il nuovo istruttore tecnico, ing. Pasquale Guida. Su richiesta del Responsabile del servizio vi chiedo di creargli un'utenza Cityware abilitata al modulo SUAP con lo stesso profilo del geom. Cantalupo.",
    // ZZZZZZZZZZZZZZZZZZS074: the boss asks for a newcomer's set-up, nobody's problem relayed.
    "Su richiesta del Responsabile dell'Ufficio Tecnico vi chiedo di abilitare al modulo SUE il geom. Raffaele Vitale, in servizio da lunedì, con lo stesso profilo del geom. Fusco.",
    // ZZZZZZZZZZZZZZM028, M057: the writer has the problem too.
    'Scrivo anche a nome del Sindaco: da stasera né io né lui riusciamo ad accedere a Cityware, compare "Password scaduta". Potete resettare le nostre due password?',
    'La mia Responsabile mi ha chiesto di aprire un ticket per un problema che abbiamo tutte e due: da lunedì non riusciamo a generare gli avvisi pagoPA per i diritti di segreteria.',
    // ZZZZZZZZZZZZZZC080: the vendor's technician asked for the ticket; the colleague's
    // workstation is only where the problem shows.
    'Il vostro tecnico Andrea, collegato ieri da remoto sulla postazione della collega del protocollo, mi ha chiesto di aprire un ticket per lo scanner: da Cityware il comando "Acquisisci" torna "Nessuna immagine ricevuta".',
    // A fact a colleague passes on ("non risulta dovuto"), or a slip the writer owns (second
    // review of stop 23).
    "La responsabile mi ha detto che per il 2024 l'importo non risulta dovuto perché l'immobile è inagibile. Come si annulla l'avviso già emesso?",
    'Il dirigente mi ha fatto presente che l’impegno sulla determina 112 non risulta registrato: in effetti me ne sono dimenticato io. Come lo inserisco ora con data 2024?',
    // A document sent on a superior's word ("mi ha chiesto di mandarvelo"): no one else's problem.
    'Ho preparato il nuovo modulo di domanda per il centro estivo e la dirigente mi ha chiesto di mandarvelo per pubblicarlo sul portale.',
    // A colleague's advice on where to write, about the writer's own problem.
    'La collega che mi sta affiancando mi ha detto di scrivervi. Ieri ho creato una determinazione e ho premuto di nuovo Salva: adesso ho due determinazioni identiche.',
    "Una collega mi ha detto di scrivere a questo indirizzo. Nei cedolini di novembre la rata dell'addizionale comunale è trattenuta due volte.",
    // A sector's head in a workflow (requests sent, to authorise) is each sector's head.
    'Le richieste di ferie inserite dai dipendenti nel portale presenze risultano inviate, ma il responsabile di settore non le vede da autorizzare nella sua scrivania.',
    // A role the mail also names as a group is the software's user in general, not a colleague.
    'Le richieste di straordinario non arrivano più ai responsabili: il dipendente le invia, ma il responsabile non le vede nella sua scrivania.',
    "Dall'aggiornamento gli agenti non vedono i verbali del turno: l'agente apre la lista e non trova quelli di ieri.",
    // A role and a colon, then the office's own work or the writer's own trouble.
    'Segnalo per il dipendente: matricola 4512, la trattenuta risulta doppia e non riesco a stornarla.',
    "Scrivo per il Sindaco: devo preparare entro domani l'elenco dei decreti firmati nel 2025.",
    'Chiedo per la responsabile: durante le sue ferie la firma passa a me, ma quando provo a firmare compare un errore.',
    // A colleague's mail relayed by a writer who has the same problem.
    'Vi giro la mail del collega della ragioneria perché il problema è anche mio: nelle determine firmate l’impegno collegato non compare più nel frontespizio.',
    // Colleagues who share the writer's problem, or are just mentioned.
    'Il calcolo IMU 2025 del contribuente deceduto risulta errato: anche la collega ha lo stesso problema.',
    'Anche i colleghi vedono che il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    'Scrivo per segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    // "da parte di" after a noun names who does an action, not someone the writer relays.
    'Dopo la firma del visto da parte del Segretario Generale la proposta di delibera resta bloccata in bozza.',
    // An employee's question about their pay, passed on by the payroll office, is its own work.
    'Vi inoltro la mail di un dipendente: nel cedolino di febbraio la trattenuta del prestito compare due volte, e lo stesso succede a tutti quelli con cessione del quinto.',
    // The "agente della riscossione" is a firm, not a colleague.
    "Scrivo per conto dell'agente della riscossione, che chiede il file dei ruoli: l'estrazione si interrompe al 40 %.",
    // A pronoun with no colleague before it relays nobody of the Ente.
    'Ho sentito la signora Bruni, contribuente: scrivo per lei perché il calcolo IMU 2025 risulta errato.',
    'Anche la mia collega ha lo stesso problema quando apre il registro delle determine.',
    'Il collega ha già configurato la stampante, ma la stampa dei mandati si interrompe a metà.',
    "La collega ha già preparato l'elenco delle posizioni da correggere: non riesco però a caricarlo.",
    "Insieme alla collega abbiamo provato a rilanciare l'elaborazione ma non riusciamo a completarla.",
    "Come mi ha suggerito la collega dell'anagrafe, vi scrivo perché non riesco a salvare le variazioni.",
    'Il responsabile mi ha chiesto di controllare i dati prima dell’invio e durante il controllo il programma si blocca.',
    // An office, the vendor's operator, the writer's own side.
    "L'Ufficio Tributi segnala che la stampa degli avvisi TARI esce senza il codice IUV.",
    'Scrivo a nome dell’Ufficio Tributi: la stampa degli avvisi TARI esce senza il codice IUV.',
    'Il vostro tecnico al telefono mi ha chiesto di aprire un ticket: la stampa dei ruoli si blocca.',
    // The helpdesk, reached by phone, asked for the ticket.
    'Lunedì ne ho parlato per telefono con Franco, che mi ha chiesto di aprire un ticket: la stampa dei ruoli si blocca.',
    // A firm the writer works for is not a colleague relayed.
    'Scrivo per conto di Sistemi Informativi Adriatici srl, che cura le postazioni del Comune: il client non si avvia.',
    'Vi contatto a nome di Datanova, la società che gestisce la rete comunale, perché il driver della stampante non si installa.',
    // A problem every office has is nobody's in particular.
    'Quando assegniamo una pratica il responsabile non vede la notifica sulla scrivania; succede con tutti gli uffici.',
    'Da parte nostra i dati sono corretti, ma il riepilogo riporta importi doppi.',
    'Ho provato con il responsabile a rilanciare la procedura, ma non riesco a completarla.',
    'Il dirigente ha firmato la determina ma non riesco a trasmetterla alla ragioneria.',
    'Come da indicazioni del segretario, vi segnalo che non riesco a pubblicare le delibere.',
    'Il sindaco ha chiesto un report delle pratiche: come lo estraggo?',
    'Sia io che la collega non riusciamo ad accedere dal mattino.',
    // Citizens, taxpayers, suppliers and people named in the case are no colleagues.
    "Il cittadino non riesce a pagare l'avviso tramite PagoPA: il portale restituisce un errore.",
    'Un contribuente lamenta di aver ricevuto due avvisi per la stessa utenza.',
    "Il responsabile del procedimento non viene riportato nella stampa dell'atto.",
    "Il sindaco non risulta tra i firmatari nell'elenco dei decreti.",
    'Il dirigente non riesce a firmare perché il sistema non riconosce la sua smart card, e lo stesso capita a me.',
    'La ditta mi ha chiesto di inviarle la fattura di nuovo: come si ristampa?',
    'Il cittadino mi chiede di inviargli il certificato via PEC ma il programma non lo allega.',
    "L'utente non riesce a completare la domanda online, ci ha chiamato stamattina.",
    'La dipendente della ditta esterna non riesce ad accedere al portale fornitori.',
    'La signora Ferri, residente in via Roma, ha chiesto un certificato storico che esce senza timbro.',
    // The vendor's operator said to open it; the citizen's own request added as data.
    'Il vostro operatore al telefono mi ha lasciato detto di aprire un ticket: il ruolo esce senza le riduzioni.',
    'Il contribuente mi ha chiesto di aggiungere la sua richiesta di rimborso, ma la pratica non si salva.',
    // A relayed mail whose matter the writer owns, or a booking: nobody else has a problem.
    'Vi inoltro la mail della dirigente per il contesto, ma la colpa è mia: ho chiuso la liquidazione senza il CIG.',
    'Vi giro la richiesta del sindaco: per le elezioni di giugno vorremmo un sistemista disponibile la notte dello scrutinio, nel caso servisse.',
    // "Per questo scrivo io" when the writer has the problem too; a taxpayer's matter handed over.
    'La responsabile oggi è in ferie e non riesco ad aprire il riepilogo dei versamenti: per questo scrivo io.',
    'Il contribuente mi ha passato la sua richiesta di rateizzazione: come si registra il piano?',
    // The writer is asked to act, not to write to the helpdesk.
    'Il segretario ci ha chiesto di pubblicare le delibere entro sera, ma la pubblicazione si blocca.',
    // Look-alikes of the readings below: the writer has the problem, or a citizen, a firm's
    // professional or the vendor's operator is who asked or has it.
    'Alla collega ho già girato il file, ma il registro delle determine non si apre neanche da me.',
    'Al sindaco ho spiegato che la firma dei decreti non funziona: non riesco a completarla nemmeno io.',
    'Il responsabile mi ha riferito che il problema dei mandati è stato risolto, ma ora non riesco a stampare il giornale.',
    'La collega dei tributi mi ha riferito che un cittadino non riesce a pagare l’avviso con PagoPA.',
    'Il geom. Bruni, progettista incaricato dalla ditta, non riesce a caricare la pratica sul portale SUAP.',
    "L'ing. Testa ha firmato la determina ieri, ma non riesco a trasmetterla alla ragioneria.",
    'Il vostro tecnico ci ha chiesto lui di aprire un ticket: il ruolo TARI esce senza le riduzioni.',
    'Vi inoltro il messaggio di errore che compare quando chiudo la liquidazione.',
    'Vi giro la segnalazione del cittadino: il certificato storico esce senza timbro.',
    "La mia responsabile mi dice che è normale, ma io non riesco a stampare l'elenco dei mandati.",
    'Il capo ha approvato la variazione di bilancio, ma non riesco a registrarla.',
    // The writer fails too, not only as a consequence.
    "La collega dell'ufficio tecnico non riesce a salvare la pratica SUE 118. Ho provato dal mio pc, senza successo: non riesco a salvarla.",
    'La collega che segue gli inventari non riesce a chiudere la scheda del bene 3310, e non riesco nemmeno io dalla mia postazione.',
    'Il sindaco vorrebbe che il portale dei pagamenti fosse pronto per gennaio: è possibile attivarlo?',
  ].map((body) => ({ body })),
  invalid: [
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZE039: a mail of a professional of another office relayed
    // ("geom." with the office, not a citizen's "sig.").
    relayed(
      "vi giro la mail del geom. Losito dell'Ufficio Tecnico: la sua utenza risulta bloccata dopo tre tentativi di accesso errati e non riesce più a entrare in Cityware. Potete sbloccarla?",
      "vi giro la mail del geom. Losito dell'Ufficio",
    ),
    // ZZZZZZZZZZZZZZZZZZZZH022: another office's report relayed, told as what it sent.
    relayed(
      "Vi giro la segnalazione che l'ufficio anagrafe ci ha mandato stamattina: da martedì le carte d'identità elettroniche rilasciate non vengono più annotate in anagrafe. Io il programma dell'anagrafe non lo uso.",
      "Vi giro la segnalazione che l'ufficio anagrafe ci ha mandato",
    ),
    // ZZZZZZZZZZZZZZZZZV041: the writer's own check ("io stesso") makes the relayed trouble no
    // less the colleague's.
    relayed(
      "Vi giro la segnalazione della collega Teresa dell'anagrafe: la stampa del certificato storico si interrompe con un timeout. Ho verificato io stesso che sugli altri PC il certificato si stampa.",
      'Vi giro la segnalazione della collega',
    ),
    // Not knowing how to undo the colleague's slip is no problem of the writer's.
    relayed(
      'Scrivo per conto della collega Anna Bartolini, che oggi è a casa con la febbre. Ieri ha registrato un cambio di abitazione sul cittadino sbagliato: bisognerebbe annullarlo, ma né io né lei sappiamo come si fa.',
      'per conto della collega',
    ),
    // The colleague asks, after talking with the vendor's technician: still on her behalf.
    relayed(
      'Ieri la collega del protocollo, dopo la telefonata con il vostro tecnico, mi ha chiesto di aprire un ticket per lo scanner che non acquisisce.',
      'la collega del protocollo, dopo la telefonata con il vostro tecnico, mi ha chie…',
    ),
    // Stop 35: the colleague's report passed on, the failure a message she receives.
    relayed(
      'La dipendente della Ragioneria, Sig.ra Elisa Lotti, mi segnala che quando registra una liquidazione su un impegno pluriennale riceve il messaggio "Disponibilità insufficiente sull\'impegno".',
      'La dipendente della Ragioneria, Sig.ra Elisa Lotti, mi segnala che quando regis…',
    ),
    // Typed on a phone: "nn" is "non".
    relayed(
      'Scrivo x la mia collega Laura della biblioteca che nn riesce a inserire le ferie di febbraio nel cartellino.',
      'la mia collega Laura della biblioteca che nn riesce',
    ),
    relayed(
      'Il sindaco nn riesce a firmare le delibere con la firma remota: dopo l\'OTP esce "credenziali non valide".',
      'Il sindaco nn riesce',
    ),
    // Advice to write from a colleague who has the problem, or told to relay it.
    relayed(
      'La collega mi ha detto di scrivervi: da ieri non riesce a stampare gli avvisi TARI dal suo PC.',
      'La collega mi ha detto di scrivervi: da ieri non riesce',
    ),
    relayed(
      'La collega mi ha detto di segnalarvi che la stampa dei cedolini di novembre non funziona.',
      'La collega mi ha detto di segnalarvi',
    ),
    // Without a workflow, "il responsabile di settore" is one colleague with a problem.
    relayed(
      'Il responsabile di settore non riesce a firmare digitalmente le determine da stamattina: gli compare "certificato non valido".',
      'Il responsabile di settore non riesce',
    ),
    // What the office cannot do because of the colleague's trouble is its consequence, not the
    // writer's own failure.
    relayed(
      'Vi scrivo perché la collega che segue gli inventari non riesce a chiudere la scheda del bene 3310. Senza la chiusura non possiamo approvare il conto del patrimonio.',
      'la collega che segue gli inventari non riesce',
    ),
    relayed(
      'La collega Marisa della Ragioneria mi ha riferito che sulla stampa del mandato n. 2210 compare un IBAN diverso da quello salvato nell’anagrafica del fornitore.',
      'La collega Marisa della Ragioneria mi ha riferito che sulla stampa del mandato …',
    ),
    relayed(
      "La Dirigente dell'Area Tecnica mi ha riferito che le ordinanze registrate dal suo ufficio questa settimana hanno saltato i numeri dal 41 al 45.",
      "La Dirigente dell'Area Tecnica mi ha riferito che le ordinanze registrate dal s…",
    ),
    relayed(
      'La responsabile del servizio mi ha riferito che nel saldo IMU delle aree fabbricabili il valore applicato è quello del 2023 invece di quello deliberato.',
      'La responsabile del servizio mi ha riferito che nel saldo IMU delle aree fabbri…',
    ),
    relayed(
      "Vi scrivo per conto del nostro ragioniere esterno, che viene solo il martedì: quando liquida una parcella con ritenuta d'acconto la reversale non viene generata.",
      'per conto del nostro ragioniere',
    ),
    // One person set apart from the rest of a group is a colleague with the problem (review,
    // stop 23): "gli altri vigili", "i responsabili degli altri settori invece…".
    relayed(
      'Il vigile Rossi non riesce a sincronizzare il palmare da stamattina; gli altri vigili del turno non hanno problemi.',
      'Il vigile Rossi non riesce',
    ),
    relayed(
      'La responsabile del servizio finanziario, dott.ssa Neri, non riesce a firmare le determine da ieri. I responsabili degli altri settori invece firmano regolarmente.',
      'La responsabile del servizio finanziario, dott.ssa Neri, non riesce',
    ),
    relayed(
      "L'assessora al bilancio non riesce ad aprire la proposta di delibera n. 12, mentre quella dell'assessore ai lavori pubblici si apre regolarmente.",
      "L'assessora al bilancio non riesce",
    ),
    // A report whose failure is a state not reached: "non risultano trasmessi".
    relayed(
      "Il comandante mi ha riferito che i verbali notificati ieri non risultano caricati nell'elenco dei pagamenti attesi.",
      'Il comandante mi ha riferito che i verbali notificati ieri non risultano carica…',
    ),
    relayed(
      'Il comandante mi ha riferito che nel registro dei verbali di maggio mancano le notifiche fatte via PEC.',
      'Il comandante mi ha riferito che nel registro dei verbali di maggio mancano le',
    ),
    relayed(
      'La responsabile mi ha riferito che i mandati firmati lunedì non risultano ancora trasmessi al tesoriere.',
      'La responsabile mi ha riferito che i mandati firmati lunedì non risultano ancor…',
    ),
    // Asked to pass it on, with the thing as a clitic: "mi ha chiesto di segnalarvelo".
    relayed(
      "L'economa mi ha detto che nel buono d'ordine n. 88 l'aliquota IVA passa da sola al 10 %, e mi ha chiesto di segnalarvelo.",
      'mi ha chiesto di segnalarvelo',
    ),
    // A long report whose failure comes late, with a taxpayer named only as where it shows.
    relayed(
      'Il capo settore mi ha riferito che le ingiunzioni IMU per omesso versamento notificate via PEC dal gestionale risultano recapitate, ma nella scheda del contribuente la data di notifica resta vuota e le ingiunzioni non diventano esecutive.',
      'Il capo settore mi ha riferito che le ingiunzioni IMU per omesso versamento not…',
    ),
    // The request as a plain-text client wraps it: "mi ha chiesto di" at the end of a line.
    relayed(
      "Buongiorno,\nla geom. Carla Neri dell'ufficio tecnico comunale mi ha chiesto di\nsegnalarvi che nel SUE le tavole in PDF/A oltre 20 MB non si caricano.",
      'mi ha chiesto di segnalarvi',
    ),
    // A colleague's report of a print that comes out empty.
    relayed(
      'Il responsabile del servizio mi ha riferito che i solleciti TARI che sta stampando escono senza il codice avviso.',
      'Il responsabile del servizio mi ha riferito che i solleciti TARI che sta stampa…',
    ),
    // An employee's own trouble with the software, relayed, is still on-behalf.
    relayed(
      'Vi inoltro la mail di un dipendente che da ieri non riesce ad accedere al portale delle presenze.',
      'un dipendente che da ieri non riesce',
    ),
    // An officer of the police or a clerk relayed by title.
    relayed(
      "Vi scrivo per conto dell'agente Bortolotti, di pattuglia fino alle 14: il suo palmare non scarica i verbali di ieri.",
      "per conto dell'agente",
    ),
    // The colleague named and placed in two clauses before the trouble.
    relayed(
      'Il collega della biblioteca, Walter Righetti, che lavora il sabato mattina nella sede distaccata, non riesce ad aprire il protocollo dal portatile.',
      'Il collega della biblioteca, Walter Righetti, che lavora il sabato mattina nell…',
    ),
    // The role named first, then "per lui / per lei".
    relayed(
      "Sono l'addetta della segreteria dell'assessore. Scrivo per lei perché oggi è fuori sede: non vede più le delibere da firmare.",
      'Scrivo per lei perché',
    ),
    // Other shapes a new writer uses: the boss, a present-tense report, a wish to know.
    relayed(
      'Il mio capo non riesce ad aprire la scrivania virtuale da quando è rientrato dalle ferie.',
      'Il mio capo non riesce',
    ),
    relayed(
      'Il vicesegretario mi segnala che gli compare un errore ogni volta che firma un decreto.',
      'Il vicesegretario mi segnala che gli compare un errore',
    ),
    relayed(
      "L'assessora al bilancio vorrebbe sapere perché il prospetto delle entrate esce vuoto.",
      "L'assessora al bilancio vorrebbe sapere",
    ),
    relayed(
      'Mia collega Teresa è bloccata fuori dal programma da ieri pomeriggio.',
      'Mia collega Teresa è bloccata',
    ),

    // An emphatic subject ("lui", "io") between the ask and the write verb.
    relayed(
      'Il ragioniere capo è fuori sede tutta la settimana e ci ha chiesto lui di segnalarvi che la chiusura dell’esercizio si blocca.',
      'ci ha chiesto lui di segnalarvi',
    ),
    relayed(
      'Mirko dei lavori pubblici è fuori tutto il giorno: mi ha chiesto di aprire io la segnalazione, perché la stampa dei SAL si blocca.',
      'mi ha chiesto di aprire io la segnalazione',
    ),
    // A person of the Ente's offices by professional title, or a role then an appositive name.
    relayed(
      "L'arch. Bellini del servizio urbanistica da stamattina non riesce a protocollare le varianti.",
      'arch. Bellini del servizio urbanistica da stamattina non riesce',
    ),
    relayed(
      'Il comandante della Polizia Locale, dott. Marco Gentili, da quando avete aggiornato il programma non riesce più a chiudere i verbali.',
      'Il comandante della Polizia Locale, dott. Marco Gentili, da quando avete aggior…',
    ),
    // The one the thing fails for, in the dative.
    relayed(
      'Alla collega Rita da ieri non si apre il registro delle determine.',
      'Alla collega Rita da ieri non si apre',
    ),
    relayed(
      'Al nostro segretario compare un errore ogni volta che firma una delibera.',
      'Al nostro segretario compare un errore',
    ),
    // A colleague's report passed on: "mi ha riferito che…" and a failure.
    relayed(
      'Il responsabile della ragioneria mi ha riferito che da lunedì i mandati escono con l’importo sbagliato.',
      'Il responsabile della ragioneria mi ha riferito che da lunedì i mandati escono …',
    ),
    relayed(
      'La collega del protocollo mi ha fatto presente che le PEC in arrivo non vengono più scaricate, e mi ha chiesto di pensarci io.',
      'La collega del protocollo mi ha fatto presente che le PEC in arrivo non vengono…',
    ),
    // An office's report relayed by someone else.
    relayed(
      "Vi giro la segnalazione dell'ufficio anagrafe, che non riesce a chiudere le pratiche di residenza.",
      "Vi giro la segnalazione dell'ufficio",
    ),

    // Asked to write, by an office ("ci") or in the gerund, or with a note left for the helpdesk.
    relayed(
      "Il Segretario ci ha chiesto di segnalarvi che dalla sua utenza l'elenco delle delibere da firmare è vuoto.",
      'ci ha chiesto di segnalarvi',
    ),
    relayed(
      'La dirigente della ragioneria è a casa e mi ha scritto chiedendomi di contattarvi: il riaccertamento dei residui non si chiude.',
      'chiedendomi di contattarvi',
    ),
    relayed(
      "Il geometra Valli mi ha chiesto di mandarvi l'errore che gli compare quando firma il permesso di costruire.",
      'mi ha chiesto di mandarvi',
    ),
    relayed(
      'Il collega dei lavori pubblici prima delle ferie mi ha lasciato un biglietto per farvi sapere che i SAL non si stampano.',
      'mi ha lasciato un biglietto per farvi sapere',
    ),
    // Handed their own matter, or writing in their place.
    relayed(
      'Renata, che segue le rette del nido, mi ha girato il suo problema: le rette di marzo risultano tutte a zero.',
      'mi ha girato il suo problema',
    ),
    relayed(
      'Franco oggi è fuori per un sopralluogo e vi scrivo io al suo posto: il suo registro delle ordinanze non si apre.',
      'scrivo io al suo posto',
    ),
    // The colleague's title and full name before the trouble; the abbreviation's dot ends nothing.
    relayed(
      'La collega del commercio, dott.ssa Anna Ferretti, da lunedì non riesce ad aprire le pratiche SUAP.',
      'La collega del commercio, dott.ssa Anna Ferretti, da lunedì non riesce',
    ),
    // An abbreviation's dot inside the relay ("il dott. Ferri") ends no sentence.
    relayed(
      "Vi scrivo per il mio dirigente, l'ing. Ferri, che da ieri prova a chiudere la liquidazione 311 e riceve sempre lo stesso avviso.",
      "Vi scrivo per il mio dirigente, l'ing. Ferri, che",
    ),
    relayed(
      'Vi giro la mail del collega della ragioneria: da lunedì non riesce a firmare i mandati.',
      'del collega della ragioneria: da lunedì non riesce',
    ),
    relayed(
      'Vi inoltro la segnalazione della responsabile dei servizi sociali sul registro dei contributi.',
      'Vi inoltro la segnalazione della responsabile',
    ),
    // A named person left word or asked to add their own problem.
    relayed(
      'Ottavia, che segue le rette della mensa, è in ferie e mi ha lasciato detto di aprire una segnalazione: il ruolo di dicembre esce senza le riduzioni ISEE.',
      'mi ha lasciato detto di aprire una segnalazione',
    ),
    relayed(
      "Già che scrivo, Bruno del magazzino mi ha chiesto di aggiungere la sua richiesta: l'inventario dei beni mobili non si chiude.",
      'mi ha chiesto di aggiungere la sua richiesta',
    ),
    relayed(
      'Scrivo per conto della collega: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'per conto della collega',
    ),
    relayed(
      'Il mio collega ha un problema: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Il mio collega ha un problema',
    ),
    relayed(
      'Scrivo per Mario che non riesce a calcolare IMU 2025 del contribuente deceduto.',
      'Scrivo per Mario che',
    ),
    relayed(
      'La collega mi chiede di segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'La collega mi chiede',
    ),
    relayed(
      'Scrivo per conto del Sindaco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'per conto del Sindaco',
    ),
    relayed(
      'Il responsabile mi ha chiesto di segnalare che il calcolo IMU 2025 del contribuente deceduto è errato.',
      'Il responsabile mi ha chiesto di segnalare',
    ),
    relayed(
      'Vi inoltro la segnalazione della collega: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'Vi inoltro la segnalazione della collega',
    ),
    relayed(
      'Segnalo per la collega: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Segnalo per la collega',
    ),
    relayed(
      'Scrivo per Martina, la nuova agente del Comando, che non riesce a calcolare IMU 2025 del contribuente.',
      'Scrivo per Martina, la nuova agente del Comando, che',
    ),
    relayed(
      "Un collega dell'anagrafe non riesce a calcolare IMU 2025 del contribuente deceduto.",
      "Un collega dell'anagrafe non riesce",
    ),
    relayed(
      'Vi giro la segnalazione della collega Anna che non riesce a calcolare IMU 2025 del contribuente.',
      'della collega Anna che non riesce',
    ),
    relayed(
      'La responsabile del servizio mi chiede di scrivervi perché non riesce ad accedere alla firma digitale.',
      'La responsabile del servizio mi chiede di scrivervi perché non riesce',
    ),
    relayed(
      'Scrivo io per il segretario comunale, che da ieri non vede più le delibere in bacheca.',
      'il segretario comunale, che da ieri non vede',
    ),
    relayed(
      'Vi scrivo per la Sindaca: da stamattina quando prova a firmare i decreti il lettore non legge la smart card.',
      'Vi scrivo per la Sindaca:',
    ),
    relayed(
      "Su richiesta dell'assessore al bilancio vi segnalo che il prospetto delle entrate riporta importi doppi.",
      "Su richiesta dell'assessore",
    ),
    relayed(
      "Vi giro la richiesta del dirigente dell'area tecnica: non gli arrivano le notifiche delle pratiche SUAP.",
      'Vi giro la richiesta del dirigente',
    ),
    relayed(
      'il sindaco non riesce a firmare i decreti dal suo account, io invece non ho problemi.',
      'il sindaco non riesce',
    ),
    relayed(
      'Da parte della dott.ssa Ferretti vi chiedo di verificare il suo profilo: non le compare il menu delle determine.',
      'dott.ssa Ferretti vi chiedo di verificare il suo profilo: non le',
    ),
    relayed(
      "Marco dell'ufficio tecnico mi ha chiesto di segnalarvi che il programma gli si chiude all'avvio.",
      'mi ha chiesto di segnalarvi',
    ),
    relayed(
      'la mia responsabile mi prega di inoltrarvi questa richiesta: non riesce a stampare il registro.',
      'la mia responsabile mi prega di inoltrarvi questa richiesta: non riesce',
    ),
    relayed(
      'scrivo per conto del mio dirigente che non riesce ad entrare nella procedura degli atti.',
      'per conto del mio dirigente',
    ),
    relayed(
      'Una dipendente dei servizi sociali non riesce a protocollare le istanze e mi ha chiesto di aprire il ticket.',
      'Una dipendente dei servizi sociali non riesce',
    ),
    relayed(
      'Il comandante della polizia locale mi ha detto di scrivervi: i verbali non vengono più inviati al portale.',
      'Il comandante della polizia locale mi ha detto di scrivervi',
    ),
    relayed(
      'La nostra segretaria non riesce più ad aprire le delibere dal 3 marzo.',
      'La nostra segretaria non riesce',
    ),
    relayed(
      'Vi scrivo su richiesta del Responsabile del Servizio Finanziario, che non visualizza i capitoli di spesa.',
      'su richiesta del Responsabile',
    ),
    relayed(
      "L'assessore mi chiede di chiedervi perché il portale non mostra le pratiche.",
      "L'assessore mi chiede di chiedervi",
    ),
    relayed(
      'giro a voi la segnalazione del collega Bianchi: non gli parte la stampa dei mandati',
      'giro a voi la segnalazione del collega',
    ),
    relayed(
      'La dott.ssa Verdi dell’ufficio personale lamenta che i cedolini non si aprono.',
      'dott.ssa Verdi dell’ufficio personale lamenta',
    ),
    relayed(
      'per conto del sig. Mancini vi segnalo che il suo profilo è bloccato',
      'per conto del sig. Mancini',
    ),
    relayed(
      'Vi contatto per la mia collega Sara che è in ferie ma ha urgenza di ristampare un certificato.',
      'la mia collega Sara che è in ferie ma ha urgenza',
    ),
    relayed(
      'La segretaria comunale non riesce a firmare digitalmente gli atti da lunedì; mi ha chiesto di aprire il ticket.',
      'La segretaria comunale non riesce',
    ),
    relayed(
      "Vi scrivo per conto dell'assessora Bruni, che non vede le proposte di delibera.",
      "per conto dell'assessora",
    ),
    relayed(
      'La mia collega Anna è assente oggi, ma mi ha detto di segnalarvi che il suo programma non stampa.',
      'La mia collega Anna è assente oggi, ma mi ha detto di segnalarvi',
    ),
    relayed(
      'Su richiesta di Paola Neri vi segnalo che il suo account risulta scaduto da lunedì.',
      'Su richiesta di Paola',
    ),
    relayed(
      'vi scrivo a nome del mio capoufficio, visto che lui non ha accesso alla posta: la stampa dei ruoli si blocca.',
      'a nome del mio capoufficio',
    ),
    relayed(
      'Vi contatto da parte della signora Ferri del servizio economato, che non riesce a chiudere il buono.',
      'signora Ferri del servizio economato, che non riesce',
    ),
    relayed(
      'Scrivo a nome del dott. Lanzi, che da stamattina non vede più le proposte di delibera.',
      'dott. Lanzi, che da stamattina non vede',
    ),
    relayed(
      'La dirigente mi ha chiesto di segnalarvi che le stampe dei mandati escono vuote.',
      'La dirigente mi ha chiesto di segnalarvi',
    ),
    relayed(
      'Scrivo io al posto di Sara, che oggi è in ferie: il calcolo IMU 2025 del contribuente deceduto è errato.',
      'Scrivo io al posto di Sara, che',
    ),
  ],
});

// ZZZZZZT: the writer relays the mayor's mail but owns the problem.
testRule(onBehalf, {
  valid: [
    {
      name: '"vi inoltro la mail del Sindaco, ma il problema è nostro"',
      body: "Vi inoltro la mail del Sindaco, ma il problema è nostro: nel cedolino di ottobre l'indennità di funzione è stata calcolata al 50%, mentre in anagrafica è indicato che è in aspettativa.",
    },
  ],
  invalid: [
    relayed(
      'Vi inoltro la mail del Sindaco: quando firma i decreti dal suo PC compare un errore di certificato e la firma non parte.',
      'Vi inoltro la mail del Sindaco',
    ),
  ],
});

// ZZZZZZZD: the writer's own command is no one else; staff to be reached directly are.
testRule(onBehalf, {
  valid: [
    {
      name: '"a nome del Comando vi segnalo": the commander writes for his own office',
      body: "A nome del Comando vi segnalo che da lunedì l'esportazione dei permessi ZTL verso i varchi produce un file vuoto.",
    },
    {
      name: '"così possiamo chiamarlo direttamente": the writer calls the operator',
      body: 'Vi chiediamo di riservarci un operatore per il 19 dicembre, così se il conguaglio non torna possiamo chiamarlo direttamente.',
    },
  ],
  invalid: [
    relayed(
      'Le due colleghe del protocollo da ieri non vedono le PEC in arrivo nella scrivania. Io quella casella non la uso: vi chiedo di contattare direttamente loro.',
      'di contattare direttamente loro',
    ),
    relayed(
      'Il Segretario Generale mi ha riferito che le delibere approvate ieri dalla Giunta non risultano esecutive dopo i dieci giorni di pubblicazione.',
      'Il Segretario Generale mi ha riferito che le delibere approvate ieri dalla Giun…',
    ),
  ],
});

// ZZZZZZZF: a forward with nothing of one's own above a colleague's mail passes the colleague's
// problem on as it is.
const colleaguesMail =
  'Da: Ag. sc. Luca Fabiani <l.fabiani@comune.velletri.rm.example>\nInviato: giovedì 11 marzo 2027 08:17\nA: Enrico Mattei <e.mattei@comune.velletri.rm.example>\nOggetto: verbale 2027/0345 non notificabile\n\nEnrico, il verbale 2027/0345 non mi fa generare la notifica estera: il programma si chiude. Puoi mandarlo all’assistenza?\nLuca Fabiani';
const forwardOf = (above: string, quoted: string, name: string): RuleCase => ({
  name,
  subject: 'I: verbale 2027/0345 non notificabile',
  body: `${above}\n\n${quoted}`,
  draft: { from: { name: 'Enrico Mattei', address: 'e.mattei@comune.velletri.rm.example' } },
});
testRule(onBehalf, {
  valid: [
    forwardOf(
      '',
      colleaguesMail.replace(
        'Ag. sc. Luca Fabiani <l.fabiani',
        'Sistema di protocollazione <noreply',
      ),
      'a bare forward of a system’s notice from the same domain',
    ),
    forwardOf(
      '',
      colleaguesMail
        .replace('Ag. sc. Luca Fabiani <l.fabiani', 'Comando Polizia Locale <comando')
        .replace(' Puoi mandarlo all’assistenza?', ''),
      'a bare forward of an office box’s mail that asks nothing of the reader',
    ),
    forwardOf(
      '',
      colleaguesMail.replace(/comune\.velletri\.rm\.example>\nInviato/, 'posta.example>\nInviato'),
      'a bare forward of a citizen’s mail (another domain)',
    ),
    forwardOf(
      '',
      colleaguesMail.replace('Ag. sc. Luca Fabiani <l.fabiani', 'Enrico Mattei <e.mattei'),
      'a bare forward of one’s own earlier mail',
    ),
    forwardOf(
      'Come d’accordo al telefono con il vostro tecnico.',
      colleaguesMail,
      'a forward with a line of the writer’s own',
    ),
  ],
  invalid: [
    // ZZZZZZZZZZZZZZZZF: a colleague at an office's desk asks the reader to pass it on.
    {
      ...forwardOf(
        '',
        colleaguesMail.replace(
          'Ag. sc. Luca Fabiani <l.fabiani',
          'Comando Polizia Locale <comando',
        ),
        'a bare forward of an office box’s mail whose writer asks "puoi mandarlo all’assistenza?"',
      ),
      findings: [
        {
          messageId: 'default',
          severity: 'warning' as const,
          excerpt: 'Da: Comando Polizia Locale <comando@comune.velletri.rm.example>',
        },
      ],
    },
    // ZZZZZZZT: phone shorthand, the colleague named, the writer's own first name.
    ...[
      '',
      'Vi inoltro, grazie.',
      'Vedi sotto',
      'x competenza, e del collega Luca. grz\nEnrico',
      'x competenza. grz\nEnrico',
      // Second review: "x" after punctuation is shorthand too.
      'Vi inoltro, x competenza. Grz',
      // ZZZZZZZV: the colleague named, and the vendor asked to reach her.
      'Vi giro la mail di Luca, potete sentirlo voi? grazie\nEnrico',
      // Review: the imperative forms.
      'Vi giro la mail di Luca, chiamatelo voi grazie\nEnrico',
      // ZZZZZZZZJ: pressure says nothing of one's own.
      'URGENTE!!! vedi sotto',
    ].map((above) => ({
      ...forwardOf(
        above,
        colleaguesMail,
        `a forward of a colleague’s mail with "${above}" above it`,
      ),
      findings: [
        {
          messageId: 'default',
          severity: 'warning' as const,
          excerpt: 'Da: Ag. sc. Luca Fabiani <l.fabiani@comune.velletri.rm.example>',
        },
      ],
    })),
  ],
});

// ZZZZZZZH: the error first, then the colleague it appears to.
testRule(onBehalf, {
  valid: [
    {
      body: 'Vi invio l’errore che compare anche a me e alla segretaria quando apriamo le determine.',
    },
    { body: 'Vi invio l’errore che compare al cittadino quando paga la retta dal portale.' },
  ],
  invalid: [
    relayed(
      'Buongiorno,\nvi invio l’errore che compare alla segretaria quando apre le determine, grazie.',
      'l’errore che compare alla segretaria',
    ),
  ],
});

// Review of 50ee9f3c: the forwarded mail must tell its writer's own problem; the writer's own
// earlier mail, a reader's problem, a notice to everyone and a shared webmail domain are not
// on behalf.
const forwardHeader = (who: string) =>
  `Da: ${who}\nInviato: giovedì 11 marzo 2027 08:17\nA: Enrico Mattei <e.mattei@comune.velletri.rm.example>\nOggetto: stampa avvisi TARI bloccata\n\n`;
const fromEnrico = {
  from: { name: 'Enrico Mattei', address: 'e.mattei@comune.velletri.rm.example' },
};
const forwarded = (above: string, who: string, text: string, name: string, from = fromEnrico) => ({
  name,
  subject: 'I: stampa avvisi TARI bloccata',
  body: `${above}\n\n${forwardHeader(who)}${text}`,
  draft: from,
});
const marco = 'Marco Ricci <m.ricci@comune.velletri.rm.example>';
testRule(onBehalf, {
  valid: [
    forwarded(
      '',
      marco,
      'Enrico, ho provato dal mio PC e la stampa arriva in fondo: il blocco al 40% è solo sulla tua postazione, apri tu il ticket all’assistenza.\nMarco Ricci - CED',
      'the colleague says the problem is the reader’s',
    ),
    forwarded(
      'Vi inoltro, grazie.',
      marco,
      'A tutti gli uffici: da stamattina Cityware non è raggiungibile da nessuna postazione, non mi risponde neanche il server.\nMarco Ricci - CED',
      'a notice to all offices',
    ),
    forwarded(
      'Vi inoltro, grazie.\n\nEnrico Mattei\nUfficio Tributi - Comune di Velletri\nTel. 06 9630111',
      'Enrico Mattei <enrico.mattei@comune.velletri.rm.example>',
      'Buongiorno Luca, da stamattina la stampa degli avvisi TARI mi si blocca al 40%.',
      'the writer’s own earlier mail, from an office mailbox',
      { from: { name: 'Ufficio Tributi', address: 'tributi@comune.velletri.rm.example' } },
    ),
    forwarded(
      '',
      'Mario Rossi <mario.rossi@libero.it>',
      'Buongiorno, non riesco a pagare la TARI dal portale.',
      'a citizen on the same public mail provider',
      { from: { name: 'Enrico Mattei', address: 'enrico.mattei@libero.it' } },
    ),
  ],
  invalid: [
    ...[
      ['Inoltro per competenza.', marco],
      [
        'Vi inoltro la mail qui sotto, grazie.',
        'Marco Ricci [mailto:m.ricci@comune.velletri.rm.example]',
      ],
    ].map(([above, who]) => ({
      ...forwarded(
        above!,
        who!,
        'Enrico, la stampa degli avvisi TARI non mi arriva oltre il 40%: mi apri tu un ticket?\nMarco',
        `a colleague’s problem forwarded under "${above!.split('\n')[0]}"`,
      ),
      findings: [{ messageId: 'default', severity: 'warning' as const }],
    })),
  ],
});

// Review of f31a16bb: the writer has the same error; the forwarded mail's own words only.
testRule(onBehalf, {
  valid: [
    {
      body: 'Buongiorno,\nallego l’errore che compare alla collega quando lancia l’emissione degli avvisi TARI: "Violazione di chiave primaria". Lo stesso errore esce anche sulla mia postazione.',
    },
    {
      body: 'Buongiorno,\nvi segnalo l’errore che esce all’agente in servizio quando scarica i verbali dal palmare: è così su tutti i palmari del comando, anche sul mio.',
    },
    forwarded(
      'Vi inoltro, grazie.',
      marco,
      'Laura, vedi tu.\n\nDa: Mario Rossi <mario.rossi@gmail.com>\nOggetto: pagamento TARI\n\nBuongiorno, sul portale non mi risulta pagato il bollettino di giugno.',
      'a colleague passing on a citizen’s mail: the citizen’s words are not the colleague’s',
    ),
    forwarded(
      'Vi inoltro, grazie.',
      marco,
      'Enrico, da me la stampa non mi dà nessun errore: il problema ce l’hai solo tu. Apri pure un ticket.',
      'the colleague says the problem is only the writer’s',
    ),
  ],
  invalid: [
    relayed(
      'Buongiorno,\nallego l’errore che compare alla collega quando lancia l’emissione degli avvisi TARI: "Violazione di chiave primaria".',
      'l’errore che compare alla collega',
    ),
  ],
});

// ZZZZZZZN: "la collega dice che nn le va più la stampa".
testRule(onBehalf, {
  valid: [
    {
      body: 'La collega dice che la stampa dei cedolini adesso va, grazie: il problema era la mia stampante.',
    },
  ],
  invalid: [
    relayed(
      'la collega dice che nn le va piu la stampa dei cedolini',
      'la collega dice che nn le va',
    ),
  ],
});

// ZZZZZZZX: "scrivo per il comandante Di Pinto:" then his device's trouble.
testRule(onBehalf, {
  valid: [
    // Review of c3735cfb: "sua" of a document, the trouble the writer's own.
    ...[
      'Scrivo per il Sindaco: ho provato a pubblicare la sua ordinanza ma l’albo da errore.',
      'Scriviamo per il segretario: la sua determina n. 45 è stata pubblicata due volte sull’albo, come possiamo annullare la seconda pubblicazione?',
      'Scrivo per il sindaco: abbiamo protocollato la sua PEC di ieri ma non risulta assegnata, potete verificare?',
    ].map((body) => ({ body })),
    {
      body: 'buonasera, scrivo per il comandante Di Pinto: devo preparare i preavvisi di domani ma dal mio palmare nn si sincronizzano.',
    },
  ],
  invalid: [
    relayed(
      'buonasera, scrivo per il comandante Di Pinto: da ieri dal suo palmare i preavvisi fatti in strada nn si sincronizzano col gestionale, restano in coda.',
      'scrivo per il comandante Di Pinto:',
    ),
  ],
});

// ZZZZZZZX: the screenshot a colleague sent the writer, relayed.
testRule(onBehalf, {
  valid: [
    // Review of ddd4e2cb: the writer has it too, an outside consultant, an error reported.
    ...[
      'vi inoltro lo screen che mi ha mandato la collega Sabrina: lo stesso errore esce anche sulla mia postazione.',
      'vi inoltro lo screenshot che mi ha mandato la collega: il problema ce l’abbiamo anche noi, non riusciamo ad aprire i verbali.',
      'vi inoltro la schermata che mi ha inviato il consulente esterno con i parametri da impostare, ma il verbale non si chiude.',
      'vi giro l’errore che mi ha segnalato il responsabile: quando emetto i verbali compare «chiave duplicata».',
    ].map((body) => ({ body })),
    {
      body: 'vi inoltro lo screen che mi ha mandato la collega Sabrina: è lo stesso errore che ho anche io, il problema è anche mio quando apro il protocollo.',
    },
  ],
  invalid: [
    relayed(
      'buongiorno vi inoltro lo screen che mi ha mandato la collega Sabrina Menegazzo dei servizi sociali: da stamattina cityware le dice password scaduta, lei la cambia e torna al login.',
      'vi inoltro lo screen che mi ha mandato la collega',
    ),
  ],
});

// ZZZZZZZZ: the colleague prepared the act; the trouble, after a ";", is the writer's.
testRule(onBehalf, {
  valid: [
    // Third review: the writer's own clause after a comma too; time passing; a report that ends
    // at a ";".
    {
      body: 'La collega ha predisposto ieri l’atto, io devo chiuderlo ma il programma segnala che manca il visto contabile.',
    },
    {
      body: 'Il responsabile mi ha detto che non passano più di 60 giorni tra notifica e scadenza, ma sugli avvisi TARI che sto emettendo io la scadenza calcolata è a 90 giorni.',
    },
    {
      body: 'La responsabile mi ha detto che la procedura che seguo è corretta; eppure le determine che firmo da ieri non passano in pubblicazione all’albo.',
    },
    {
      body: 'La collega dello stato civile ha predisposto ieri l’atto di matrimonio n. 12 parte I; io devo chiuderlo ma il programma segnala "annotazione obbligatoria mancante" anche se l’annotazione è presente.',
    },
  ],
  invalid: [
    relayed(
      'La collega dello stato civile da ieri non riesce a chiudere l’atto di matrimonio n. 12: il programma segnala "annotazione obbligatoria mancante".',
      'La collega dello stato civile da ieri non riesce',
    ),
    relayed(
      'La collega Bianchi è rientrata ieri dalle ferie; da stamattina non riesce più ad accedere al protocollo.',
      'La collega Bianchi è rientrata ieri dalle ferie; da stamattina non riesce',
    ),
    relayed(
      'la responsabile mi ha riferito che le determine firmate da lunedì non passano più in pubblicazione all’albo, restano "firmate" e basta.',
      'la responsabile mi ha riferito che le determine firmate da lunedì non passano p…',
    ),
  ],
});

// ZZZZZZZZD: the report's verb first, the colleague after it.
testRule(onBehalf, {
  valid: [
    {
      // A citizen's report is the office's work.
      body: 'Mi dice il cittadino allo sportello che il certificato di residenza non si stampa dal portale.',
    },
  ],
  invalid: [
    relayed(
      'Buongiorno mi dice la collega Rita della pubblica istruzione che da lunedì le presenze della mensa segnate sui tablet non arrivano più nel programma in ufficio e quindi non riesce a fare il conteggio dei pasti.',
      'mi dice la collega Rita della pubblica istruzione che da lunedì le presenze del…',
    ),
  ],
});

// ZZZZZZZZF: what the colleague cannot do because of the writer's own problem.
testRule(onBehalf, {
  valid: [
    {
      body: 'Inserisco i permessi dall’app dipendenti: la richiesta dopo l’invio torna "in bozza" e nel portale da PC non la vedo, quindi la mia responsabile non può autorizzarla. Ho provato tre volte.',
    },
  ],
  invalid: [
    relayed(
      'La mia responsabile non può autorizzare i permessi dall’app: la richiesta le resta "in bozza".',
      'La mia responsabile non può',
    ),
  ],
});

// ZZZZZZZZJ: mail passed on.
testRule(onBehalf, {
  valid: [
    // The writer's own words about what they forward: a citizen's message is the office's work.
    {
      body: 'Vi inoltro quello che il cittadino mi ha scritto stamattina: non riesce a pagare l’avviso TARI.',
    },
  ],
  invalid: [
    relayed(
      'Buongiorno,\nvi inoltro quello che l’agente Lucia Ceccarelli mi ha scritto stamattina su WhatsApp dal servizio esterno:\n\n"Comandante il palmare 4 non aggiorna la lista dei veicoli rubati, dice \'Aggiornamento banca dati non riuscito\'"',
      'vi inoltro quello che l’agente Lucia Ceccarelli mi ha scritto',
    ),
    relayed(
      'ci pensate voi? me l’ha girata il comandante stamattina, il passaggio a ruolo dei verbali si ferma con un errore',
      'me l’ha girata il comandante',
    ),
  ],
});

// Review of stop 32: a document a colleague passed on is work, not their problem; a report ends
// at a colon; the writer's own device or action failing is theirs; an outside consultant's words
// are no colleague's; a consequence must follow the writer's own trouble.
testRule(onBehalf, {
  valid: [
    "La determina 233 me l'ha mandata il responsabile da firmare, ma quando la firmo compare l'errore 'certificato non valido'.",
    "Il file dei versamenti me l'ha passato il collega dei tributi: quando lo importo il programma si ferma al record 1200.",
    'Mi dice la collega che devo aprire un ticket: quando firmo le determine il programma si blocca al 90%.',
    "Mi ha detto il sindaco che vuole le ordinanze pubblicate oggi, ma dal mio PC l'albo non si apre.",
    'Vi inoltro quello che mi ha scritto il consulente esterno del lavoro: il file F24 EP risulta errato nel codice tributo.',
  ].map((body) => ({ body })),
  invalid: [
    relayed(
      'Il certificato di firma è scaduto ieri, quindi il sindaco non riesce a firmare le ordinanze.',
      'il sindaco non riesce',
    ),
  ],
});

// ZZZZZZZZN: a mayor or an assessore passes on what an office or its head reported.
testRule(onBehalf, {
  valid: [
    // The writer's own office reports to the writer who has the problem too.
    {
      body: "L'ufficio elettorale mi segnala che le tessere escono con i dati spostati di due centimetri: anche io quando le stampo ho lo stesso problema.",
    },
  ],
  invalid: [
    relayed(
      'la responsabile dell’ufficio scuola, sig.ra Anna Carrozzo, mi segnala che da lunedì il portale delle iscrizioni rifiuta tutte le domande con ISEE sotto i 10.000 euro.',
      'la responsabile dell’ufficio scuola, sig.ra Anna Carrozzo, mi segnala che da lu…',
    ),
    relayed(
      "l'ufficio elettorale mi segnala che le tessere elettorali che sta stampando escono con i dati spostati di due centimetri.",
      "l'ufficio elettorale mi segnala che le tessere elettorali che sta stampando esc…",
    ),
  ],
});

// ZZZZZZZZP: "non si genera" is a reported failure too.
testRule(onBehalf, {
  valid: [
    { body: 'La responsabile mi ha riferito che il flusso F24 EP di marzo si genera alle 14.' },
  ],
  invalid: [
    relayed(
      'la responsabile mi ha riferito che il flusso F24 EP delle ritenute di marzo non si genera, esce "nessun dato da elaborare".',
      'la responsabile mi ha riferito che il flusso F24 EP delle ritenute di marzo non…',
    ),
  ],
});

// ZZZZZZZZR: asked to write because the other one cannot; advice on where to write, with
// "direttamente"; a list item's number before the colleague.
testRule(onBehalf, {
  valid: [
    {
      body: "Il collega dell'urbanistica mi ha detto di scrivere direttamente a questo indirizzo. Sulla pratica PdC n. 22/2025 il calcolo degli oneri restituisce 0,00 euro per l'urbanizzazione secondaria.",
    },
  ],
  invalid: [
    relayed(
      'mi dice Paolo Zanon dei tributi di scrivervi perché lui è fuori per i sopralluoghi: gli avvisi di accertamento IMU 2021 non si stampano',
      'mi dice Paolo Zanon dei tributi di scrivervi perché lui',
    ),
    relayed(
      'buongiorno, mi dice il collega di scrivervi perché a lui non va. chiamate al 081 856 1234',
      'mi dice il collega di scrivervi perché a lui',
    ),
    relayed(
      '2) alla collega dell\'economato non si apre l\'inventario dei beni mobili, le compare "Accesso negato alla funzione"',
      "alla collega dell'economato non si apre",
    ),
  ],
});

// Second review of stop 32: the vendor's operator asking for the ticket, the writer with the
// problem, another Comune's office, a third party, the vendor's office and a condition explained
// are no relay.
testRule(onBehalf, {
  valid: [
    'Ho chiamato il vostro numero e mi ha detto Stefano di scrivervi perché lui oggi è fuori sede. Da stamattina il calcolo IMU 2025 si blocca al 40% con errore di memoria.',
    'Mi dice il responsabile di scrivere a voi perché lui ha già il contratto di assistenza attivo: da stamattina non riesco a entrare in Cityware, password scaduta.',
    "L'ufficio anagrafe del Comune di Asti mi segnala che le pratiche di emigrazione che inviamo da Cityware non arrivano nella loro casella.",
    "L'ufficio postale mi segnala che i bollettini TARI che abbiamo stampato escono con il codice a barre spostato di un centimetro e non vengono letti.",
    'Il vostro ufficio commerciale mi ha detto che il flusso F24 EP non si genera perché manca il modulo aggiuntivo, ma noi lo abbiamo acquistato a gennaio.',
    'La ragioniera mi ha detto che il flusso F24 EP non si genera finché i mandati non sono firmati: li abbiamo firmati ieri ma il flusso ancora non compare.',
  ].map((body) => ({ body })),
  invalid: [
    relayed(
      "L'ufficio elettorale mi segnala che le tessere elettorali escono con i dati spostati di due centimetri.",
      "L'ufficio elettorale mi segnala che le tessere elettorali escono con i dati spo…",
    ),
  ],
});

// ZZZZZZZZZD: asked to write to the operator, in the second person.
testRule(onBehalf, {
  valid: [
    {
      body: 'Ciao Fabio, ti scrivo perché non riesco ad accedere al programma delle sanzioni dal portatile: dopo la password la schermata resta bianca.',
    },
  ],
  invalid: [
    {
      body: 'Ciao Fabio, il comandante mi ha chiesto di scriverti perché lui continua a non riuscire ad accedere al programma delle sanzioni dal portatile.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZH: covering for a colleague, with the writer's own credential locked.
testRule(onBehalf, {
  valid: [
    {
      body: 'In sostituzione della collega in malattia devo firmare oggi i mandati, ma il mio token di firma dopo tre tentativi sbagliati ha bloccato il PIN.',
    },
  ],
  invalid: [
    {
      body: 'In sostituzione della collega in malattia vi scrivo: alla collega il token di firma ha bloccato il PIN dopo tre tentativi sbagliati.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 33: the operator's own colleague asked for the ticket; the writer fine while the
// colleague's access fails.
testRule(onBehalf, {
  valid: [
    {
      body: 'Ciao Simona,\nil tuo collega Marco mi ha chiesto di scriverti per la numerazione delle determine, che da ieri salta un numero a ogni salvataggio.',
    },
  ],
  invalid: [
    {
      body: 'La collega Anna Bianchi non riesce ad accedere a Cityware da stamattina, compare «utente bloccato». La mia utenza non ha nessun problema.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZT: a citizen named in apposition or failing on the public portal is no colleague; the
// office's own test makes the problem the writer's too.
testRule(onBehalf, {
  valid: [
    'Una cittadina, la sig.ra Paola Gallo, non riesce a scaricare dal portale il certificato di stato di famiglia.',
    'Un contribuente, il sig. Ottavio Cipriani, non riesce a scaricare lo F24 precompilato.',
    'Vi giro la mail del sig. Bruno Ferrari: dal portale non riesce a pagare la retta del centro estivo.',
    'La collega Anna non riesce a generare gli avvisi del centro estivo. Ho provato io con la mia utenza e succede lo stesso.',
  ].map((body) => ({ body })),
  invalid: [
    {
      body: 'Il sig. Bertin della ragioneria non riesce ad aprire la maschera dei mandati da stamattina.',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Second review of stop 33: staff named with their office or role, a staff account, and a
// writer who only helped are still someone else's problem.
testRule(onBehalf, {
  valid: [
    {
      body: "Il sig. Ferri, un contribuente, non riesce a pagare dall'app IO l'avviso della seconda rata.",
    },
  ],
  invalid: [
    "La sig.ra Bianchi dell'ufficio segreteria non riesce a pubblicare online le delibere di Giunta: il pulsante Pubblica resta grigio.",
    'Il Sig. Sindaco non riesce a firmare online le delibere di Giunta da ieri sera.',
    'Il nuovo utente, la sig.ra Neri dei servizi sociali, non riesce ad accedere al modulo Protocollo da ieri.',
    'La collega Sara non riesce a protocollare le PEC in arrivo da stamattina, compare un errore di timeout. Ho provato a capire che succede ma non ne vengo a capo.',
    'La collega Anna non riesce a stampare i cedolini di ottobre dal suo PC, si blocca al 50%. Abbiamo provato a reinstallare la stampante sul suo PC ma stesso errore.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZL: the writer's own slip is the matter, even when a colleague cannot mend it.
testRule(onBehalf, {
  valid: [
    'Ho cancellato per errore la determina 212 già firmata; la dirigente è in ferie fino a venerdì e non può firmarla di nuovo. Si può recuperare?',
    'Abbiamo per sbaglio annullato il mandato 1408: il responsabile non può rifirmarlo prima di lunedì.',
  ].map((body) => ({ body })),
  invalid: [
    {
      body: 'La dirigente ha cancellato per errore la determina 212 e ora non può più firmarla. Si può recuperare?',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// ZZZZZZZZZZI: a colleague's own device that fails, and a colleague's message relayed, named
// with a rank's abbreviation ("Ag.", "Isp.").
testRule(onBehalf, {
  valid: [
    'Il palmare del collega non stampa i preavvisi e nemmeno il mio: su tutti i palmari esce una riga bianca.',
    'Il palmare del collega in ferie non serve più: potete disattivarlo?',
  ].map((body) => ({ body })),
  invalid: [
    'Il palmare del collega Ag. Ferri non stampa il verbale di contestazione: esce mezza riga bianca.',
    "Vi giro il messaggio dell'Isp. Carli, che è in strada: il suo tablet non apre la sezione dei preavvisi.",
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Review of stop 34: a mail sent astray is no slip of the writer's in the software.
testRule(onBehalf, {
  valid: [
    {
      body: 'Ho cancellato per sbaglio la delibera 45 in bozza: la collega Bianchi non riesce più a vederla. Si può ripristinare?',
    },
  ],
  invalid: [
    "Scusate, ho girato per sbaglio la mail a contabilità invece che a voi. La collega Bianchi dell'anagrafe non riesce a stampare i certificati di residenza: compare l'errore 'modello non trovato'.",
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZZZZF: interns work in the office too (an external surveyor does not).
testRule(onBehalf, {
  valid: [
    {
      body: 'La pratica SUE 77/2026 del geom. Antonio Russo, tecnico esterno, risulta sospesa ma nel portale non compare il pulsante "Carica integrazione".',
    },
    {
      // The office relays a professional's case: its own work, nobody of the Ente relayed.
      body: 'Scrivo per conto del geom. Antonio Russo, tecnico esterno che segue la pratica SUE n. 77/2026: nel portale non compare il pulsante "Carica integrazione".',
    },
  ],
  invalid: [
    'Scrivo per conto del geom. Antonio Russo, nostro istruttore, che nel back office SUE non vede il pulsante "Richiedi integrazione".',
    'Scrivo per conto del nostro tirocinante, Luca Ferri, che da stamattina non riesce ad entrare in Cityware: gli compare "Utente bloccato".',
    'La nostra stagista, Chiara Li Volsi, non vede il pulsante "Nuova proposta" nell’iter delle determine.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// ZZZZZZZZZZZZW: an account to set up for someone arriving is no colleague's problem relayed.
testRule(onBehalf, {
  valid: [
    {
      body: "Dal 15 arriva una tirocinante all'ufficio cultura, Sara Milani, che avrebbe bisogno di un'utenza in sola consultazione sul protocollo.",
    },
  ],
  invalid: [
    'La nostra tirocinante, Sara Milani, avrebbe bisogno di aiuto: da ieri il protocollo le dà "utente non abilitato" quando apre un documento.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Review of stop 37: access asked for a colleague whose account fails is their problem relayed.
testRule(onBehalf, {
  valid: [
    {
      body: "Dal 15 arriva un nuovo collega, Marco Neri, che avrebbe bisogno di un'utenza sul protocollo.",
    },
  ],
  invalid: [
    "Il collega Luca Bini chiede l'accesso alla procedura: da stamattina con le sue credenziali compare 'utente disabilitato'.",
    'La collega Paola Neri chiede l’accesso alla procedura tributi: la sua utenza risulta bloccata da ieri dopo tre tentativi errati.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// 22Z-K037: the one the thing stops reaching, named at the sentence's start and taken up again by
// a pronoun well after ("…, ma da stamattina non gli arriva più l'OTP").
testRule(onBehalf, {
  valid: [
    {
      body: 'Il Sindaco ci ha chiesto i dati del PNRR per la scuola entro domani e stiamo preparando il prospetto, ma da stamattina non ci arriva più la PEC del ministero.',
    },
  ],
  invalid: [
    'Il Sindaco deve firmare entro domani alle 13 il contratto per il finanziamento PNRR della scuola, ma da stamattina con la firma remota non gli arriva più l’OTP sul cellulare.',
    'La Segretaria deve firmare le determine di oggi con il dispositivo nuovo che le abbiamo consegnato lunedì, però da ieri sera non le funziona più la firma remota.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// 23Z-J029: "a tutti gli altri dipendenti … è comparso regolarmente" says the others are fine;
// the Segretario's problem is still his.
testRule(onBehalf, {
  valid: [
    {
      body: 'Il cedolino di marzo non compare nel portale del dipendente, né a me né a tutti gli uffici.',
    },
  ],
  invalid: [
    'Il Segretario comunale, dott. Gianni Venanzi, non riesce a visualizzare il cedolino di marzo nel portale del dipendente. A tutti gli altri dipendenti il cedolino di marzo è comparso regolarmente ieri.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// 23Z-J054: the vendor asked to call the colleague where she is.
testRule(onBehalf, {
  valid: [
    {
      body: 'Il protocollo non mi registra le PEC in arrivo da stamattina. Potete chiamarmi al 0578 233 410.',
    },
  ],
  invalid: [
    'La collega Rita Pecorari da una settimana non si vede registrare le timbrature fatte dal portale. Potete chiamarla all’interno 234.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZX062): the office's person named before the office.
testRule(onBehalf, {
  valid: [
    {
      body: 'Vi giro la mail di Teresa dell’anagrafe perché il problema è anche mio: la stampa del certificato storico si interrompe.',
    },
  ],
  invalid: [
    'Ti giro la mail di Teresa dell’anagrafe: da ieri non riesce a stampare il certificato storico, le esce un timeout. Riesci a guardarci tu?',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZZK051): a superior's request for data loaded for the office.
testRule(onBehalf, {
  valid: [
    {
      body: 'Su richiesta del Comandante vi chiedo di caricare nel modulo ZTL l’elenco dei nuovi permessi prima dell’attivazione dei varchi. Il file è in allegato.',
    },
  ],
  invalid: [
    'Su richiesta del Comandante vi scrivo: da ieri non riesce a caricare nel modulo ZTL i nuovi permessi, gli compare un errore.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZJ077): "la vostra collega" who asked for the forward is the
// vendor's; the Ente's own colleague asking is a relay.
testRule(onBehalf, {
  valid: [
    {
      body: 'Come mi ha chiesto stamattina al telefono la vostra collega Graziella, vi inoltro la mail del Sindaco: sul pc nuovo il token di firma non viene riconosciuto.',
    },
  ],
  invalid: [
    'Come mi ha chiesto stamattina la nostra collega Graziella, vi inoltro la mail del Sindaco: sul pc nuovo il token di firma non viene riconosciuto.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});

// Stop 53 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZI078, J072): a relayed mail whose matter is the writer's
// too — the office's own need ("ci serve"), the same error on the writer's own workstation.
testRule(onBehalf, {
  valid: [
    {
      body: 'Vi inoltro la richiesta del Segretario. Ci serve il riepilogo delle ore di straordinario 2025 per servizio: dalle stampe riesco ad averlo solo per dipendente. Esiste una stampa?',
    },
    {
      body: 'Vi giro la mail del collega della ragioneria: l’errore è lo stesso anche dalla mia postazione. Generando il file dei pagamenti compare "IBAN non valido".',
    },
  ],
  invalid: [
    'Vi giro la mail del collega della ragioneria: generando il file dei pagamenti gli compare "IBAN non valido" e non riesce ad andare avanti.',
  ].map((body) => ({ body, findings: [{ messageId: 'default' }] })),
});
