import { namedOperator } from '../../../../src/core/rules/named-operator';
import { withContent } from './fixtures';
import { findingsOf, testRule, type InvalidCase } from './rule-tester';

/** A request for a person: the finding quotes the request. */
const asksFor = (body: string, excerpt: string): InvalidCase => ({
  body,
  findings: [
    { messageId: 'default', severity: 'warning', field: 'body', excerpt, data: { excerpt } },
  ],
});

testRule(namedOperator, {
  valid: [
    // The Ente's own colleague after the wish: no operator asked for.
    {
      body: "Il 15 gennaio apriremo le iscrizioni online al trasporto scolastico. Vorremmo che quel giorno fosse a disposizione la collega Paola dell'ufficio scuola: come le abilito il profilo?",
    },
    { body: 'Fateci richiamare dal vostro tecnico appena possibile: il ruolo TARI non si genera.' },
    // ZZZZZZZZZZZZZZZZZV068: an office of the vendor after the title, no person.
    {
      body: "Per le elezioni comunali vorremmo che un vostro tecnico dell'elettorale fosse reperibile la notte dello scrutinio, dalle 23 in poi.",
    },
    {
      body: 'Il ruolo TARI non si genera: fate richiamare il responsabile dal vostro tecnico appena possibile.',
    },
    {
      name: '"Per San Severino:" opens the name of an Ente of the settings, not a person',
      body: 'Per San Severino:\n\nbuongiorno, nel calcolo dell’acconto IMU i terreni dei coltivatori diretti risultano imponibili.',
      settings: { enti: ['Comune di San Severino Marche', 'Unione Montana Potenza Esino Musone'] },
    },
    // "tu" recalled, or the person asked together with a colleague: no one operator asked for.
    ...[
      'Ciao Marco,\nil calcolo IMU esce a zero: vorrei che il calcolo fosse fatto come mi hai detto tu la settimana scorsa.',
      'Ciao Marco,\nil calcolo IMU esce a zero. Mi fai sapere quando tu o un tuo collega potete collegarvi?',
    ].map((body) => ({ body })),
    // A title's letters opening a word, or a titled person who only acts in the sentence.
    ...[
      'Per il corso, se possibile la ragioneria vorrebbe partecipare il martedì mattina.',
      'Se possibile il sig. Neri vorrebbe pagare in 6 rate: la rateizzazione non si salva.',
      'Se possibile il dott. Bianchi deve essere presente: la convocazione non si stampa.',
    ].map((body) => ({ body })),
    // "Preferibilmente" before a role, not a person's title.
    ...[
      'Chiediamo che un vostro tecnico resti a disposizione, se possibile, il tecnico deve conoscere Cityware.',
      'Se possibile il consulente esterno ci manda il file del ruolo.',
    ].map((body) => ({ body })),
    // A citizen or a firm asks for someone (review of stop 24): no operator is asked for.
    {
      body: "La signora Rossi chiede che l'intestatario della TARI sia Marco Bianchi, il figlio, che abita nell'immobile dal 2023. Come possiamo fare la voltura?",
    },
    {
      body: 'La ditta Edilnord chiede che la pratica SUAP sia presa in carico da Marco Bianchi, il tecnico che ha seguito il primo sopralluogo.',
    },
    // A greeting to the helpdesk or by title, in either case, names nobody.
    {
      body: "buongiorno helpdesk,\nla stampa degli avvisi TARI si blocca al 40%. riesci a darci un'occhiata tu?",
    },
    {
      body: 'Buongiorno Dottoressa,\nla stampa degli avvisi TARI si blocca al 40%. Chiamami appena puoi.',
    },
    // A lower-case greeting to a group or with no name: nobody is asked for.
    {
      body: 'ciao ragazzi, il registro di protocollo nn va in conservazione. chiamami appena puoi.',
    },
    {
      body: 'buongiorno vi scrivo perche il registro di protocollo nn va in conservazione, chiamami tu.',
    },
    {
      name: 'a subject "Per" a module names nobody',
      subject: 'Per Tributi - avvisi TARI senza scadenza',
      body: 'Gli avvisi TARI della seconda rata escono senza la data di scadenza.',
    },
    {
      name: 'a subject addressed to an office names nobody',
      subject: "All'attenzione dell'Ufficio Tributi - avvisi TARI senza scadenza",
      body: 'Gli avvisi TARI della seconda rata escono senza la data di scadenza.',
    },
    ...[
      // "Per" and a colon opening a sentence about a day or a firm, not a person.
      'Il calendario dei turni è pronto da ieri. Per Natale: il programma non assegna le festività ai turnisti.',
      'Vi scrivo per due cose. Per Equitalia: il flusso dei ruoli non parte da ieri.',
      // Recalling an earlier talk is allowed.
      'Ne avevo già parlato con Marco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Come concordato con la dott.ssa Neri, il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      // No person: a role, an acronym, a module, a day, a set phrase.
      'Vorrei parlare con un tecnico perché il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      // A citizen's wish is the office's work, not a request for an operator.
      'Il contribuente vorrebbe parlare con il sindaco perché il calcolo IMU 2025 del deceduto risulta errato.',
      'Per IMU: il calcolo 2025 del contribuente deceduto risulta errato.',
      'Per Tributi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Potrebbe richiamarmi Lunedì?',
      'Per Informazione: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      // A wish about the Ente's own people, or about a role, names no operator.
      'Il 3 marzo migriamo la banca dati: chiediamo che il nostro Paolo Ricci del CED sia disponibile in ufficio quel giorno.',
      'Il 3 marzo migriamo la banca dati: chiediamo che la collega Paola Ricci sia disponibile in ufficio quel giorno.',
      'Il 3 marzo migriamo la banca dati: chiedo che il collega Luca Bassi resti reperibile fino a sera.',
      'Il 3 marzo migriamo la banca dati: vorrei che il collega Luca Bassi restasse reperibile fino a sera.',
      // The Ente's own technician or manager, a product, a person in a clause of their own
      // (review of stop 23).
      'Vorremmo che il tecnico comunale restasse reperibile durante la migrazione, così può aprire la sala server.',
      'Vorremmo che la nostra responsabile Anna Gori restasse reperibile durante la migrazione per le autorizzazioni.',
      'Vorremmo che durante la migrazione lo Sportello Telematico restasse disponibile ai cittadini.',
      "Preferirei che il programma restasse disponibile anche il sabato mattina, quando Marco Rossi dell'anagrafe rilascia le carte d'identità.",
      'Il dirigente vorrebbe che la dott.ssa Neri, nostra anagrafista, rimanesse disponibile per voi quel giorno.',
      // The Ente's own person, who knows the work, not the set-up; a colleague or "our" person
      // who knows it.
      'Il 3 marzo migriamo la banca dati: chiediamo che la collega Paola, che conosce bene la nostra configurazione, resti a disposizione.',
      'Il 3 marzo migriamo la banca dati: chiediamo che il nostro Paolo, che conosce bene la nostra rete, resti reperibile.',
      'Il 3 marzo migriamo la banca dati: chiediamo che Gianna, che conosce bene le pratiche, resti in ufficio.',
      'Vi chiedo che la segnalazione sia presa in carico dal tecnico di turno: il ruolo TARI non si genera.',
      // A wish about something that is not a person, and an earlier talk with a title.
      'Preferiremmo che fosse Lunedì, il giorno del passaggio al nuovo tesoriere, quando i flussi ripartono.',
      "La stampa del ruolo si blocca ancora, come mi aveva detto di segnalare dall'ing. Serafini al telefono.",
    ].map((body) => ({ body })),
    // Greeting an operator by name asks nothing of them by itself.
    ...[
      'Ciao Sara,\nda stamattina la stampa dei cartellini si blocca al 40% su tutti i pc.',
      "Gentile dott. Ferri,\nil cedolino di novembre trattiene l'addizionale con l'aliquota sbagliata.",
      // "tu" with nobody greeted by name: no person is asked for.
      'Buongiorno,\nla stampa dei cartellini si blocca al 40%: se riesci a guardarla tu ci fai un favore.',
      'Buongiorno,\nle reversali di aprile non vengono numerate: guarda tu stesso la schermata allegata.',
    ].map((body) => ({ body })),
    {
      name: "a sentence opening with a name that is no recipient's is not a vocative",
      body: 'Buongiorno,\nla pratica è di Laura. Laura, la collega, dice che se riesci a guardarla tu è meglio.',
      draft: {
        to: [{ name: 'Assistenza Personale', address: 'personale@ticket.palitalsoft.example' }],
      },
    },
    // A wish in the subjunctive about the software, or about a role: no person is asked for.
    ...[
      'Vorrei che il programma calcolasse gli interessi di mora dalla data di notifica.',
      'Chiedo che un vostro tecnico del modulo Tributi resti disponibile il giorno della bollettazione.',
      'Per la seduta vorremmo che un vostro tecnico restasse collegato da remoto fino alla fine.',
      // The person named before "lei" is the Ente's own colleague, not an operator.
      'La collega Anna Gori ha preparato i file delle rette: preferirei che fosse lei a ricevere la chiamata.',
      // "tu" inside a clause of its own asks nothing of the greeted person.
      'Ciao Sara,\nmi dici se anche tu vedi lo stesso errore sui mandati di marzo?',
      // A name opening a sentence about someone else, not a vocative before a request.
      'Buongiorno,\nil cedolino di Ferri è sbagliato. Ferri dice che se riesci a guardarla tu è meglio.',
    ].map((body) => ({ body })),
    {
      name: '"Per Rimini:" when the signature says "Comune di Rimini": the place, not a person',
      body: withContent(
        'Per Rimini: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      ),
    },
    // Look-alikes of the requests below: the Ente's own person acts, nobody is named, a thing.
    ...[
      "Deve essere Carlo a firmare la determina, ma il programma non glielo permette dall'aggiornamento.",
      'Sarebbe possibile che mi richiamasse qualcuno in mattinata? Il ruolo TARI non si genera.',
      'Passatemi pure il modulo aggiornato quando è pronto: la stampa dei ruoli esce senza intestazione.',
      'Mi piacerebbe che la procedura funzionasse come prima: la stampa dei ruoli esce senza intestazione.',
      'Vorrei sentire il parere di un vostro tecnico: la stampa dei ruoli esce senza intestazione.',
    ].map((body) => ({ body })),
  ],
  invalid: [
    // ZZZZZZZZZZZZZZG076: the person named after the wish, one who knows the Ente's set-up.
    asksFor(
      "Il 15 gennaio apriremo le iscrizioni online al trasporto scolastico. Come l'anno scorso vorremmo che quel giorno fosse a disposizione Paolo, che conosce bene la nostra configurazione, nel caso le famiglie avessero problemi.",
      'vorremmo che quel giorno fosse a disposizione Paolo',
    ),
    {
      name: '"Per Marco Rossi:" is a person even with two Enti in the settings',
      body: 'Per Marco Rossi:\n\nbuongiorno, nel calcolo dell’acconto IMU i terreni dei coltivatori diretti risultano imponibili.',
      settings: { enti: ['Comune di San Severino Marche', 'Unione Montana Potenza Esino Musone'] },
      findings: [
        {
          messageId: 'default',
          severity: 'warning',
          field: 'body',
          excerpt: 'Per Marco Rossi:',
          data: { excerpt: 'Per Marco Rossi:' },
        },
      ],
    },
    asksFor(
      "Chiediamo che un tecnico resti a disposizione il 9 giugno, preferibilmente l'ing. Melis che conosce già la nostra configurazione.",
      "preferibilmente l'ing. Melis",
    ),
    asksFor(
      'Fateci richiamare dal vostro tecnico, il sig. Gatti, che conosce la procedura: il ruolo TARI non si genera.',
      'Fateci richiamare dal vostro tecnico, il sig. Gatti',
    ),
    asksFor(
      'Potete farmi richiamare dalla vostra consulente, la dott.ssa Neri? Il ruolo TARI non si genera.',
      'Potete farmi richiamare dalla vostra consulente, la dott.ssa Neri',
    ),
    asksFor(
      'Chiediamo che lunedì un vostro tecnico resti a disposizione, preferibilmente l’ing. Melis, che ha configurato le sezioni.',
      'preferibilmente l’ing. Melis',
    ),
    asksFor(
      'Per le elezioni di maggio vi chiediamo che durante lo scrutinio qualcuno dell’assistenza resti reperibile, e se possibile che sia Ivano, che conosce le nostre sezioni.',
      'se possibile che sia Ivano',
    ),
    asksFor(
      'Dal 1° gennaio cambiamo tesoriere. Chiediamo che il 2 gennaio il dott. Ferrante, che ha seguito la configurazione, resti a nostra disposizione per la mattina.',
      'Chiediamo che il 2 gennaio il dott. Ferrante',
    ),
    {
      name: 'a subject for an operator ("Per Alessandra - …")',
      subject: 'Per Rossella - rendiconto 2025, fondo crediti calcolato su quattro anni',
      body: 'Nel prospetto del fondo crediti la media viene calcolata su quattro anni anziché cinque.',
      findings: [
        {
          messageId: 'default',
          severity: 'warning',
          field: 'subject',
          excerpt: 'Per Rossella -',
          data: { excerpt: 'Per Rossella -' },
        },
      ],
    },
    {
      name: 'the subject addressed to an operator ("All\'attenzione di Fabio Marras - …")',
      subject: "All'attenzione di Marta Loddo - stampa dei mandati senza CIG",
      body: 'Nella stampa dei mandati emessi da lunedì non compaiono più il CIG e il CUP.',
      findings: [
        {
          messageId: 'default',
          severity: 'warning',
          field: 'subject',
          excerpt: "All'attenzione di Marta",
          data: { excerpt: "All'attenzione di Marta" },
        },
      ],
    },
    // The greeted operator asked to act or to call, in the second person.
    asksFor(
      "Ciao Paolo,\ndopo l'aggiornamento il lettore di smart card non viene più visto dalla procedura. Stamattina mi ricolleghi tu in remoto come l'altra volta?",
      'mi ricolleghi tu',
    ),
    asksFor(
      'Buongiorno Sara,\nil conguaglio della collega Neri esce con la detrazione sbagliata. Lei preferirebbe essere richiamata da te, che conosci il caso.',
      'preferirebbe essere richiamata da te',
    ),
    // In the plural, and asked for someone else ("chiede di essere richiamato dall'ing. …").
    asksFor(
      'La stampa dei ruoli esce senza intestazione. Vorremmo essere ricontattati dalla sig.ra Bellini, che conosce la nostra installazione.',
      'Vorremmo essere ricontattati dalla sig.ra Bellini',
    ),
    asksFor(
      "La stampa dei ruoli esce senza intestazione. Il Segretario chiede di essere richiamato dall'ing. Fumagalli.",
      "chiede di essere richiamato dall'ing. Fumagalli",
    ),
    // A colleague's wish, passed on by the writer.
    asksFor(
      'La stampa dei ruoli esce senza intestazione. La collega Marta vorrebbe essere ricontattata da Ilaria, che conosce la pratica.',
      'vorrebbe essere ricontattata da Ilaria',
    ),
    // A new writer's ways of asking for one operator.
    asksFor(
      'La stampa dei ruoli esce senza intestazione: fate in modo che mi risponda Elisa, che conosce il nostro caso.',
      'fate in modo che mi risponda Elisa',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione. Mi piacerebbe che la pratica la prendesse Ilaria.',
      'Mi piacerebbe che la pratica la prendesse Ilaria',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione. Sarebbe possibile che mi richiamasse Roberto?',
      'Sarebbe possibile che mi richiamasse Roberto',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione: potrebbe rispondermi direttamente Sonia?',
      'potrebbe rispondermi direttamente Sonia',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione. Se è in ufficio, passatemi pure Gianluca.',
      'passatemi pure Gianluca',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione: vorrei fissare una telefonata con Alessandra.',
      'vorrei fissare una telefonata con Alessandra',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione e deve essere Carlo a richiamarmi, gli altri non conoscono la configurazione.',
      'deve essere Carlo a richiamarmi',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione: preferirei parlarne con Luisa.',
      'preferirei parlarne con Luisa',
    ),
    asksFor(
      'La stampa dei ruoli esce senza intestazione: vorrei sentire Andrea appena possibile.',
      'vorrei sentire Andrea',
    ),

    // A wish that a named person be available or in charge.
    asksFor(
      'Il 20 aprile apriamo le domande per i centri estivi. Vi chiediamo comunque che quel giorno Franco Liverani, che ci segue da anni, resti reperibile.',
      'chiediamo comunque che quel giorno Franco Liverani',
    ),
    asksFor(
      "Il flusso SIOPE+ viene scartato con codice 012. Chiedo gentilmente che la pratica venga presa in carico dall'ing. Sartori.",
      "Chiedo gentilmente che la pratica venga presa in carico dall'ing. Sartori",
    ),
    // "dall'" before a title, and a wish about who it should be.
    asksFor(
      "La stampa del ruolo TARI si interrompe a metà: fatemi ricontattare dall'ing. Serafini, che segue il nostro server.",
      "fatemi ricontattare dall'ing. Serafini",
    ),
    asksFor(
      'Il 15 febbraio cambiamo tesoriere: per il passaggio dei flussi preferirei che fosse Ottavio, che li ha impostati.',
      'preferirei che fosse Ottavio',
    ),
    asksFor(
      'La conservazione del registro giornaliero è ferma da lunedì; vorremmo che intervenisse Marta.',
      'vorremmo che intervenisse Marta',
    ),
    asksFor(
      'Vorrei parlare con Marco perché il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Vorrei parlare con Marco',
    ),
    asksFor(
      "All'attenzione di Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.",
      "All'attenzione di Rossi",
    ),
    asksFor(
      'Per il sig. Bianchi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Per il sig. Bianchi:',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato, mi faccia richiamare da Giulia.',
      'mi faccia richiamare da Giulia',
    ),
    // ZZZZZZZZZZZZZZZZZZG076: the operator named first, then asked to call, with no comma.
    asksFor('Gianluca chiamami appena puoi al 095 791 3320, grazie', 'chiamami'),
    // ZZZZZZZZZZZZZZZZV: the person to be called named between the verb and the operator.
    asksFor(
      'Il Segretario non riesce a firmare il parere sul bilancio. Vi chiedo di far richiamare il Segretario da Renato, che gli aveva già sistemato la firma.',
      'far richiamare il Segretario da Renato',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato: deve occuparsene Laura.',
      'deve occuparsene Laura',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato, chiedo che mi richiami Paolo.',
      'chiedo che mi richiami Paolo',
    ),
    asksFor(
      'Ho bisogno di parlare con Marco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Ho bisogno di parlare con Marco',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Potrebbe richiamarmi Giulia?',
      'Potrebbe richiamarmi Giulia',
    ),
    asksFor(
      'Per Mario Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Per Mario Rossi:',
    ),
    asksFor(
      'Att. sig. Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Att. sig. Rossi',
    ),
    asksFor(
      "Il calcolo IMU 2025 del contribuente deceduto risulta errato: chiedo l'intervento di Luca.",
      "chiedo l'intervento di Luca",
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato, vorrei che fosse Marco a seguire.',
      'che fosse Marco a seguire',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Chiedo cortesemente che mi chiami Elena Berti.',
      'Chiedo cortesemente che mi chiami Elena',
    ),
    // A preference for who should do the work, with the person named.
    asksFor(
      'Chiediamo due giornate di formazione sul rendiconto. Vorremmo che a tenerla fosse Ivana Brusa, che ci ha seguiti.',
      'Vorremmo che a tenerla fosse Ivana',
    ),
    asksFor(
      'Il canone non applica la riduzione oltre i 1.000 mq. Gradirei che a ricontattarmi fosse Simona.',
      'Gradirei che a ricontattarmi fosse Simona',
    ),
    asksFor(
      "Il giorno dell'elaborazione vorremmo un tecnico a disposizione. Se possibile preferiremmo Daniela, che conosce le aliquote.",
      'preferiremmo Daniela',
    ),
    asksFor(
      "Il 15 dicembre cambia il server. Chiediamo che quel giorno l'ing. Paolucci, che conosce la nostra installazione, resti a disposizione.",
      "Chiediamo che quel giorno l'ing. Paolucci",
    ),
    // The wish in the imperfect subjunctive: "…restasse reperibile".
    asksFor(
      "Il 9 ottobre emettiamo il primo ruolo della mensa. Vorremmo che quel giorno Tiziana Sala, che ha fatto l'installazione, restasse reperibile.",
      'Vorremmo che quel giorno Tiziana Sala',
    ),
    // No title, but the person knows the Ente's set-up: someone of the vendor's.
    asksFor(
      'Il 12 giugno si vota per il ballottaggio. Chiediamo che Ilaria, che conosce bene le nostre sezioni, resti reperibile la notte dello spoglio.',
      'Chiediamo che Ilaria',
    ),
    // The mail greets an operator by name and asks them, in the second person, to act.
    asksFor(
      'Cara Marta,\nil ruolo della mensa di marzo esce senza le riduzioni ISEE. Quando rientri segui tu la pratica, che la conosci.',
      'segui tu',
    ),
    asksFor(
      'Ciao Davide,\nda venerdì Cityware ci mette 3 minuti ad aprire ogni maschera. Ti chiedo di richiamarmi tu appena puoi.',
      'richiamarmi tu',
    ),
    asksFor(
      'Roberta ciao, sono Mimma di Frosolone. Ho cancellato per sbaglio 12 iscrizioni. Me le puoi ripristinare tu?',
      'puoi ripristinare tu',
    ),
    asksFor(
      "Gentile dott. Ferri,\nl'addizionale è ancora errata. Preferirei che fosse lei a seguire il ticket.",
      'che fosse lei a seguire',
    ),
    {
      name: 'a recipient addressed by name in the text ("Laura, se riesci…")',
      ...asksFor(
        'Buongiorno,\nla reversale 1402 è sul capitolo sbagliato. Metto in copia Laura: Laura, se riesci a richiamarmi tu mi fai un favore.',
        'riesci a richiamarmi tu',
      ),
      draft: { cc: [{ name: 'Laura Bianco', address: 'laura.bianco@palitalsoft.example' }] },
    },
    // Any wish in the subjunctive that a named person act, with words between.
    asksFor(
      'Il piano dei conti 2027 è da ricostruire. Preferiremmo che la ricostruzione la facesse Gianni, che lo ha impostato.',
      'Preferiremmo che la ricostruzione la facesse Gianni',
    ),
    asksFor(
      "Le reversali di marzo non si chiudono. Gradiremmo che ci richiamasse il vostro consulente, l'ing. Fabbri.",
      "Gradiremmo che ci richiamasse il vostro consulente, l'ing. Fabbri",
    ),
    // The same wish with "lui"/"lei", after the operator is named.
    asksFor(
      'Il piano dei conti lo ha impostato Gianni Rota due anni fa: vorrei che fosse lui a seguire la ricostruzione.',
      'vorrei che fosse lui',
    ),
    // Handing the mail over with a clitic, and asking to send a person.
    asksFor(
      'Per favore passatela alla dott.ssa Renzi: la PEC del 3 marzo non è stata protocollata.',
      'passatela alla dott.ssa Renzi',
    ),
    asksFor(
      "Per il collaudo dei tablet dei messi mandateci Ilario, che ha fatto l'installazione.",
      'mandateci Ilario',
    ),
    asksFor(
      'Gentile Daniele,\na gennaio faremo la chiusura dell’esercizio e vorremmo che nei giorni 13 e 14 tu restassi a disposizione per noi, nel caso ci fossero intoppi.',
      'vorremmo che nei giorni 13 e 14 tu',
    ),
    asksFor(
      'Ciao Marco,\nda ieri sera i palmari non scaricano più i verbali. Mi dai un’occhiata tu appena puoi?',
      'Mi dai un’occhiata tu',
    ),
    // Second-person requests to the greeted person, with words before "tu".
    asksFor(
      'Ciao Irene,\nil riepilogo IVA di marzo non torna. Potresti controllare le aliquote tu?',
      'Potresti controllare le aliquote tu',
    ),
    asksFor(
      'Ciao Bruna,\nil mandato 812 è rimasto sospeso in tesoreria. Appena puoi chiamami, così lo sistemiamo.',
      'chiamami',
    ),
    asksFor(
      'Ciao Bruna,\nil mandato 812 è rimasto sospeso in tesoreria. Preferisco rivederlo con te al telefono.',
      'Preferisco rivederlo con te',
    ),
    asksFor(
      'Cara Lucia,\nil 3 maggio chiudiamo il rendiconto e ti chiedo una mano: preferirei che te ne occupassi tu, come gli altri anni.',
      'che te ne occupassi tu',
    ),
    // "Per Tizio:" opening a sentence, after an earlier one.
    asksFor(
      'Il ricalcolo delle rette di maggio è fermo da ieri. Per il dott. Gianni Serra: mi richiami lei in mattinata.',
      'Per il dott. Gianni Serra:',
    ),
    // The same operator again.
    asksFor(
      "Servirebbe un'altra giornata sul nuovo SUAP. Vorremmo che la tenesse di nuovo Federica Mele, che ci ha già seguiti.",
      'Vorremmo che la tenesse di nuovo Federica',
    ),
    // The greeted operator asked to look at it, with the object pronoun first.
    asksFor(
      'Ciao Marta,\nnella trascrizione di un atto di nascita estero il programma si blocca al salvataggio. Quando hai un attimo me la guardi tu?',
      'me la guardi tu',
    ),
    // A vendor person wished reachable on a day.
    asksFor(
      "Il 9 marzo il nostro tecnico sposta il programma sul nuovo server. Vorremmo che quel giorno l'ing. Bellomo, che ci ha fatto l'installazione, fosse raggiungibile.",
      "Vorremmo che quel giorno l'ing. Bellomo",
    ),
    // A vocative opening the request's own sentence, without a greeting.
    asksFor(
      "Buongiorno,\nle carte d'identità non si stampano più. Giorgio, ti chiedo di verificarla tu stamattina.",
      'verificarla tu',
    ),
    {
      name: 'a personal vendor mailbox without a display name names its owner',
      ...asksFor(
        'Buongiorno,\nla reversale 1402 è sul capitolo sbagliato. Metto in copia Piero che conosce il caso: Piero, richiamami tu.',
        'richiamami tu',
      ),
      draft: { cc: [{ address: 'piero.gallo@palitalsoft.example' }] },
    },
    // The Ente asks in the third person.
    asksFor(
      'Per la tornata elettorale il Comune di Bojano chiede che Rosaria Ventura resti reperibile dalla chiusura dei seggi.',
      'Comune di Bojano chiede che Rosaria Ventura',
    ),
    // Typed on a phone: the greeted name in lower case.
    asksFor(
      'ciao antonio, nel ruolo tari le riduzioni x compostaggio nn sono state applicate. riesci a guardarci tu che conosci gia il nostro archivio?',
      'riesci a guardarci tu',
    ),
    asksFor(
      'ciao davide,\nil registro giornaliero di protocollo nn viene inviato in conservazione. ci pensi tu quando rientri?',
      'ci pensi tu',
    ),
    // "Per Tizio" on a line of its own, with the line breaks of any mail program.
    {
      name: '"Per il sig. Bianchi" on its own line (LF)',
      ...asksFor(
        withContent('Per il sig. Bianchi\nla stampante del protocollo non stampa le etichette.'),
        'Per il sig. Bianchi',
      ),
    },
    {
      name: '"Per il sig. Bianchi" on its own line (CRLF, Outlook on Windows)',
      ...asksFor(
        withContent(
          'Per il sig. Bianchi\nla stampante del protocollo non stampa le etichette.',
        ).replace(/\n/g, '\r\n'),
        'Per il sig. Bianchi',
      ),
    },
  ],
});

test('body offsets point at the request as written in the body', () => {
  const body = withContent(
    'Vorrei parlare con Marco: il calcolo IMU 2025 del contribuente deceduto è errato.',
  );
  const [f] = findingsOf(namedOperator, { body });
  expect(body.slice(f!.where!.start, f!.where!.end)).toBe('Vorrei parlare con Marco');
});

// ZZZZZZP: the greeted operator asked formally, with an emphatic "lei".
testRule(namedOperator, {
  valid: [
    {
      name: 'a formal "lei" offering a colleague too asks nobody in particular',
      body: 'Buongiorno Sig. Toffolo,\ni fascicoli del vecchio settore non sono più visibili al nuovo. Potrebbe guardarci lei o un suo collega?',
    },
    {
      name: 'a formal request with no one greeted by name',
      body: 'Buongiorno,\ni fascicoli del vecchio settore non sono più visibili al nuovo. Potrebbe verificare lei se il titolario è aggiornato?',
    },
  ],
  invalid: [
    asksFor(
      "Buongiorno Sig. Toffolo,\ni fascicoli del vecchio settore non sono più visibili al nuovo. Visto che l'organigramma ce l'ha configurato lei, potrebbe guardarci lei direttamente?",
      'potrebbe guardarci lei',
    ),
  ],
});

// ZZZZZZZF: the wish to be called back by an operator named just before, with a pronoun.
testRule(namedOperator, {
  valid: [
    {
      name: '"da lui" with nobody named before it',
      body: withContent(
        'Da lunedì Cityware è lentissimo sulle postazioni dell’ufficio tecnico. Il responsabile del CED è fuori sede: vorrei essere richiamata da lui appena rientra.',
      ),
    },
  ],
  invalid: [
    asksFor(
      withContent(
        'Da lunedì Cityware è lentissimo sulle postazioni dell’ufficio tecnico. A novembre ci aveva seguito Stefano, che conosce la nostra rete: vorrei essere richiamata da lui.',
      ),
      'vorrei essere richiamata da lui',
    ),
  ],
});

// Review of 50ee9f3c: "lui"/"lei" asks for an operator only after a wish and a person who is
// the vendor's; a duty towards a citizen or the writer's own head asks nobody.
testRule(namedOperator, {
  valid: [
    ...[
      'Il contribuente Mario Bianchi contesta l’avviso IMU 2025: domani ho appuntamento e devo parlare con lui, ma dal programma non vedo lo storico catastale.',
      'Vorremmo una giornata di formazione sul modulo TARI. La nostra responsabile, la dott.ssa Paola Ferri, rientra lunedì: devo confrontarmi con lei prima di confermarvi la data.',
      'La responsabile del servizio, dott.ssa Paola Ferri, rientra lunedì: vorrei parlare con lei prima di fissare la formazione sul modulo TARI.',
      'La stampa degli avvisi TARI si blocca al 40%. Se l’operatore che prende il ticket può chiamarmi, vorrei parlare con lei o con un collega entro oggi.',
    ].map((text) => ({ body: withContent(text) })),
  ],
  invalid: [
    asksFor(
      withContent(
        'La stampa degli avvisi TARI si blocca al 40%. L’anno scorso ci aveva seguito Stefano Galli, che conosce la nostra configurazione: mi farebbe piacere essere richiamata da lui.',
      ),
      'mi farebbe piacere essere richiamata da lui',
    ),
    asksFor(
      withContent(
        'La stampa degli avvisi TARI si blocca al 40%. L’anno scorso ci aveva seguito Stefano Galli: vorrei fosse lui a richiamarmi.',
      ),
      'vorrei fosse lui',
    ),
  ],
});

// ZZZZZZZL: a mail that opens with a name and "ti" addresses that person.
testRule(namedOperator, {
  valid: [
    {
      body: 'Marco mi ha detto di scrivervi: le liste sezionali nn si stampano, esce errore di timeout. me le guardate voi?\n\nGiuseppe Scollo\n0932 759111',
    },
  ],
  invalid: [
    asksFor(
      'Giorgio ti scrivo qui xche al ticket nn risponde nessuno da giovedi. le liste sezionali nn si stampano, esce errore di timeout. me la guardi tu?\n\nGiuseppe Scollo\n0932 759111',
      'me la guardi tu',
    ),
    asksFor(
      'Roberta come d accordo ti mando la visura: nell accertamento imu 2021 ho inserito x errore la rendita vecchia. me lo correggi tu?\n\nLucia Di Febo\n085 8276211',
      'me lo correggi tu',
    ),
  ],
});

// Review of f31a16bb: "lui"/"lei" after a person the text shows is the vendor's; not a colleague
// of the Ente handed the file, nor the person to be called.
const refund =
  'Il rimborso TARI della pratica 45/2026 non viene calcolato: la procedura restituisce zero. ';
testRule(namedOperator, {
  valid: [
    ...[
      'Da domani sono in ferie e la pratica passa a Marta Piccinini, che conosce tutto il caso: vorrei fosse lei a essere richiamata, al numero 0733 290313.',
      'La pratica l’ha istruita Marta Piccinini, che segue i rimborsi: quando richiamate vorrei parlare con lei presente.',
    ].map((text) => ({ body: withContent(refund + text) })),
  ],
  invalid: [
    asksFor(
      withContent(
        `${refund}A gennaio ci aveva seguito la vostra collega Giulia per un caso simile: vorrei essere richiamata da lei.`,
      ),
      'vorrei essere richiamata da lei',
    ),
    asksFor(
      withContent(
        `${refund}Il caso lo conosce il vostro responsabile dell’area tributi, dott. Marchetti: vorrei parlare direttamente con lui.`,
      ),
      'vorrei parlare direttamente con lui',
    ),
    asksFor(
      withContent(
        `${refund}L’anno scorso ci aveva seguito Stefano Galli: mi piacerebbe essere richiamata da lui.`,
      ),
      'mi piacerebbe essere richiamata da lui',
    ),
  ],
});

// ZZZZZZZT: a greeting without a comma ("ciao Fabio ti mando…") still greets Fabio by name.
testRule(namedOperator, {
  valid: [
    {
      // A greeting to a group, the same request: anyone may call.
      body: 'ciao ragazzi vi mando la foto dell errore: quando protocollo una pec con allegati p7m si blocca. chiamami quando puoi',
    },
  ],
  invalid: [
    asksFor(
      "ciao Fabio ti mando la foto dell'errore di cui ti parlavo al telefono, quando protocollo una pec con allegati firmati p7m si blocca. chiamami quando puoi\nNicola Deriu\n079 781200",
      'chiamami',
    ),
  ],
});

// ZZZZZZZT: a colleague's wish passed on, the person after the verb.
testRule(namedOperator, {
  valid: [
    // Review of cc65f34a: the colleague named before is the one to call.
    {
      body: 'la collega Martina Verdi ha lo stesso errore nella stampa delle liste, potete richiamarla Martina al 333 1234567.',
    },
    {
      body: 'la collega Teresa dello stato civile nn riesce a trascrivere un atto di matrimonio celebrato in Germania. chiede se potete richiamarla voi al numero 0966 508227',
    },
  ],
  invalid: [
    // Second review: the vendor's colleague, or another name that begins the same.
    asksFor(
      'il vostro collega Marco ci aveva già aiutato l’anno scorso con il ruolo coattivo, ora si interrompe a metà. Vorrei essere richiamata da Marco.',
      'Vorrei essere richiamata da Marco',
    ),
    asksFor(
      'la collega Mariangela ha provato a stampare il ruolo ma si interrompe a metà. Vorrei essere richiamata da Maria.',
      'Vorrei essere richiamata da Maria',
    ),
    asksFor(
      'la collega Teresa dello stato civile nn riesce a trascrivere un atto di matrimonio celebrato in Germania. chiede se puo richiamarla Giulia che ha gia seguito un caso simile, il numero e 0966 508227',
      'puo richiamarla Giulia',
    ),
  ],
});

// ZZZZZZZT: "x" is "per" typed on a phone: "x Simone - …" addresses the ticket to Simone.
testRule(namedOperator, {
  valid: [
    {
      name: '"x" before a module or a count names nobody',
      subject: 'x Tributi - avvisi TARI senza scadenza',
      body: 'Gli avvisi TARI della seconda rata escono senza la data di scadenza.',
    },
    // Review of 0f4f45c6: "x" is shorthand before any word; only a recipient's name is a person.
    ...[
      'X Info - IMU',
      'X Urgente - IMU',
      'x Collega - IMU',
      'x Natale - chiusura uffici',
      'x Segretario - firma delibere',
    ].map((subject) => ({
      subject,
      body: 'Il calcolo IMU del contribuente deceduto risulta errato: raddoppia l’importo.',
    })),
    {
      body: 'X Info:\nIl calcolo IMU del contribuente deceduto risulta errato: raddoppia l’importo.',
    },
    // Second review: "X Urgente:" opening a mail with a "tu" addresses nobody; nor does a place.
    {
      body: 'X Urgente: il ruolo coattivo dei verbali 2023 si interrompe a metà con errore di timeout, mi richiami tu appena puoi?',
    },
    {
      body: 'x Rimini: il ruolo coattivo dei verbali 2023 si interrompe a metà, ci guardi tu?\nMario Rossi\nComune di Rimini',
    },
  ],
  invalid: [
    {
      name: 'a phone subject for an operator ("x Simone - …") sent to the module',
      subject: 'x Simone - ruolo verbali 2023 non si genera',
      body: 'il ruolo coattivo dei verbali 2023 si interrompe a meta con errore di timeout, abbiamo provato 3 volte ieri.',
      findings: [{ messageId: 'default', field: 'subject', excerpt: 'x Simone -' }],
    },
    {
      name: 'a phone subject for an operator ("x Simone - …"), Simone in copy',
      subject: 'x Simone - ruolo verbali 2023 non si genera',
      draft: { cc: [{ address: 'simone.cara@palitalsoft.example' }] },
      body: 'il ruolo coattivo dei verbali 2023 si interrompe a meta con errore di timeout, abbiamo provato 3 volte ieri.',
      findings: [{ messageId: 'default', field: 'subject', excerpt: 'x Simone -' }],
    },
  ],
});

// Review of 8d25c9cf: the words after a greeting count on its own line only, and whole-word
// titles ("dottoressa", "ingegnere", "geometra") still open a greeted name.
testRule(namedOperator, {
  valid: [
    'Buongiorno\n\nStamattina il calcolo si blocca, me lo guardi tu appena puoi?',
    'Buongiorno\n\nPurtroppo il calcolo si blocca, me lo guardi tu appena puoi?',
    'Ciao\nSimona (ragioneria) mi ha girato l’errore, me lo guardi tu?',
  ].map((body) => ({ body })),
  invalid: [
    asksFor(
      'Gentile dottoressa Neri,\n\nil calcolo IMU del contribuente deceduto raddoppia. Preferirei che fosse lei a seguire la pratica.',
      'che fosse lei a seguire',
    ),
    asksFor(
      'Buongiorno ingegnere Melis,\nil server non risponde da stamattina, richiamami tu.',
      'richiamami tu',
    ),
    // "x Daniela:" opening the mail is the guidelines' "Per Tizio".
    asksFor(
      'x Daniela: quando rientri mi richiami tu? le variazioni di indirizzo nn passano all ANPR da lunedi\nRosaria Lanza',
      'x Daniela:',
    ),
    asksFor(
      'Buongiorno geometra Melis,\nla pratica SUE 12 non si apre, richiamami tu.',
      'richiamami tu',
    ),
  ],
});

// ZZZZZZZZ: the text opens with the recipient's first name, no comma, then "mi chiami tu".
testRule(namedOperator, {
  valid: [
    // Third review: a module mailbox, a colleague in copy who is the subject of the sentence.
    {
      name: 'a module mailbox whose name is a word of the text',
      body: 'Atti di liquidazione n. 45 e 46 bloccati in firma dal dirigente da ieri pomeriggio, la firma remota restituisce errore 403. Mi ricolleghi tu in remoto appena puoi?',
      draft: { to: [{ address: 'atti@ticket.palitalsoft.example' }] },
    },
    {
      name: 'a colleague in copy, subject of the sentence',
      body: 'Serena ed io da stamattina non riusciamo a stampare gli avvisi TARI: esce una pagina bianca. Mi ricolleghi tu in remoto appena puoi?',
      draft: {
        to: [{ address: 'tributi@ticket.palitalsoft.example' }],
        cc: [{ name: 'Serena Bianchi', address: 's.bianchi@comune.rimini.example' }],
      },
    },
    {
      name: 'the same words to the module address',
      body: 'Serena fatto come mi hai detto ma i pagamenti di gennaio restano da riconciliare. mi chiami tu quando puoi?\nAntonio Grasso 0825 875 210',
    },
  ],
  invalid: [
    {
      name: 'to Serena Ruggiero',
      body: 'Serena fatto come mi hai detto ma i pagamenti di gennaio restano da riconciliare. mi chiami tu quando puoi?\nAntonio Grasso 0825 875 210',
      draft: { to: [{ name: 'Serena Ruggiero', address: 's.ruggiero@palitalsoft.example' }] },
      findings: [{ messageId: 'default', excerpt: 'chiami tu' }],
    },
  ],
});

// ZZZZZZZZD: the colleague the mail is about, called back by a named operator.
testRule(namedOperator, {
  valid: [
    {
      body: 'Potete farla richiamare dal vostro tecnico? Le presenze della mensa non arrivano più.',
    },
    // The recall and the name in one clause stays allowed.
    {
      body: 'Le presenze della mensa non arrivano più, come concordato con Michela vi mando le schermate.',
    },
  ],
  invalid: [
    asksFor(
      'Le presenze della mensa non arrivano più nel programma, lei aveva già parlato con Michela: potete farla richiamare da Michela che sa già tutto?',
      'potete farla richiamare da Michela',
    ),
    asksFor(
      'Il collega non riesce a firmare i mandati: fatelo contattare da Marco, per favore.',
      'fatelo contattare da Marco',
    ),
  ],
});

// ZZZZZZZZF: the wish said bluntly.
testRule(namedOperator, {
  valid: [
    { body: 'Le tavole non si aprono dal tablet. Voglio essere richiamato appena possibile.' },
  ],
  invalid: [
    asksFor(
      "Le tavole non si aprono dal tablet. Voglio essere richiamato dall'ing. Sartori, che conosce la nostra installazione, non da altri.",
      "Voglio essere richiamato dall'ing. Sartori",
    ),
    asksFor(
      'Preferisco parlare con Marco, la stampa dei verbali non parte.',
      'Preferisco parlare con Marco',
    ),
  ],
});

// ZZZZZZZZN: a secretary's wish for a named technician, a mayor's order to tell one to call.
testRule(namedOperator, {
  valid: [
    {
      body: 'Per la seduta preferirei un collegamento da remoto, che ci eviti di spostare il tecnico.',
    },
    { body: 'Dite ai colleghi di chiamarmi quando il portale torna disponibile.' },
  ],
  invalid: [
    asksFor(
      "Chiedo che un vostro tecnico resti collegato con noi durante la seduta: preferirei Roberto Pieri, che ci ha fatto l'installazione.",
      'preferirei Roberto Pieri',
    ),
    asksFor(
      "Il portale SUE è irraggiungibile da venerdì. Dite all'ing. Cecchini di chiamarmi, lui ha il mio numero.",
      "Dite all'ing. Cecchini di chiamarmi",
    ),
  ],
});

// ZZZZZZZZP: the verb first, then the named operator.
testRule(namedOperator, {
  valid: [
    { body: 'Da ieri la scrivania risulta vuota. Se possibile lo richiami qualcuno di voi.' },
  ],
  invalid: [
    asksFor(
      'Da ieri la scrivania del geometra risulta vuota. Se possibile lo richiami Stefano, che lo ha già seguito il mese scorso.',
      'Se possibile lo richiami Stefano',
    ),
  ],
});

// Second review of stop 32: software and third parties are no operators.
testRule(namedOperator, {
  valid: [
    'Per il collegamento remoto preferiamo AnyDesk, che è già installato su tutte le postazioni.',
    'Come browser preferisco Chrome, perché con Edge la firma non parte.',
    'Preferiamo Firefox, che è quello aggiornato sulle postazioni.',
    'Il versamento non risulta. Chiedete a Intesa di contattarci, perché dal loro lato risulta inviato.',
  ].map((body) => ({ body })),
  invalid: [
    asksFor(
      "Chiedo un tecnico collegato durante la seduta: preferirei l'ing. Melis, che conosce la nostra installazione.",
      "preferirei l'ing. Melis",
    ),
  ],
});

// ZZZZZZZZZD: a reply to the operator's own answer opens with the operator's first name.
const quotedAnswer = (author: string, address: string) =>
  `\n\nIl giorno 19 mar 2025, alle ore 17:12, ${author} <${address}> ha scritto:\n\n> Buongiorno, stiamo analizzando il problema, la ricontattiamo domani.`;
testRule(namedOperator, {
  valid: [
    {
      name: "a colleague's forwarded mail is no operator replied to",
      body:
        'Simona mi ha girato questa mail: le delibere di giunta non si pubblicano all’albo. Richiamatemi appena potete al 348 5512093.' +
        quotedAnswer('Simona Gatti', 's.gatti@comune.anagni.fr.example'),
      draft: { to: [{ address: 'atti@ticket.palitalsoft.example' }] },
    },
  ],
  invalid: [
    {
      ...asksFor(
        'Simona ancora niente?? Le delibere di giunta di lunedì non si pubblicano ancora all’albo.\nRichiamami appena puoi al 348 5512093' +
          quotedAnswer('Simona Gatti', 'atti@ticket.palitalsoft.example'),
        'Richiamami',
      ),
      name: 'the operator whose answer is quoted, by first name, asked to call back (module mailbox)',
      draft: { to: [{ address: 'atti@ticket.palitalsoft.example' }] },
    },
    {
      ...asksFor(
        'Chiara scusa se insisto ma è la terza volta che ti scrivo: le ordinanze firmate da lunedì non compaiono sull’albo online. Puoi vederla tu oggi?',
        'Puoi vederla tu',
      ),
      name: 'a personal mailbox names its owner: her first name opens the mail',
      draft: { to: [{ address: 'chiara.pagliarini@palitalsoft.example' }] },
    },
  ],
});

// Review of stop 33: Outlook's quoted header, and an answer from the vendor's own domain.
testRule(namedOperator, {
  valid: [
    {
      name: "a colleague's mail quoted in Outlook's header shape",
      body: 'Simona riesci a guardarla tu oggi?\n\n-----Messaggio originale-----\nDa: Simona Gatti [mailto:s.gatti@comune.anagni.fr.example]\nOggetto: delibere\n\nLe delibere non si pubblicano.',
      draft: { to: [{ address: 'atti@ticket.palitalsoft.example' }] },
    },
  ],
  invalid: [
    {
      ...asksFor(
        'Simona ancora niente?? mi avevi detto entro ieri, riesci a guardarla tu oggi?\n\n-----Messaggio originale-----\nDa: Simona Gatti [mailto:atti@ticket.palitalsoft.example]\nOggetto: R: delibere\n\nBuongiorno, guardiamo.',
        'riesci a guardarla tu',
      ),
      name: "Outlook's 'Da: … [mailto:…]'",
      draft: { to: [{ address: 'atti@ticket.palitalsoft.example' }] },
    },
    {
      ...asksFor(
        'Simona ancora niente?? mi avevi detto entro ieri, riesci a guardarla tu oggi?' +
          quotedAnswer('Simona Gatti', 's.gatti@palitalsoft.example'),
        'riesci a guardarla tu',
      ),
      name: "the operator's own address on the vendor's domain",
      draft: { to: [{ address: 'atti@ticket.palitalsoft.example' }] },
    },
  ],
});

// ZZZZZZZZZZK: the office asks for one operator in the first person plural.
testRule(namedOperator, {
  valid: [
    { body: withContent("Chiediamo di essere richiamati dall'assistenza appena possibile.") },
  ],
  invalid: [
    {
      body: withContent(
        'Chiediamo di essere richiamati da Giorgio Bellin, che ha configurato il nostro portale.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Review of stop 34: the helpdesk asked to talk with the Ente's own staff.
testRule(namedOperator, {
  valid: [
    {
      body: withContent(
        'Vi chiediamo di parlare con Sara Neri della ragioneria, che ha i dati degli eredi.',
      ),
    },
  ],
  invalid: [
    {
      body: withContent(
        'La stampa dei preavvisi è vuota.\n\nChiediamo di essere richiamati da Giorgio Bellin.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Third review of stop 34: "vi chiedo di parlare con Sara della ragioneria" (singular), and the
// vendor's technician named after it.
testRule(namedOperator, {
  valid: [
    { body: withContent('Vi chiedo di parlare con Sara della ragioneria, che segue i mandati.') },
  ],
  invalid: [
    {
      body: withContent(
        'Vi chiediamo di parlare con Fabio, il vostro tecnico che ha seguito la migrazione.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Stop 49 (ZZZZZZZZZZZZZZZZZZZZZZZZZN013): a reply that thanks the operator by name, then asks
// him in the second person.
testRule(namedOperator, {
  valid: [
    {
      body: 'Grazie mille,\n\nse riesci chiamami nel pomeriggio: la determina 233 non compare sull’albo online.\n\nSilvana Pestarino\nComune di Roccaverde\n0131 80 55 62',
    },
  ],
  invalid: [
    {
      body: 'Grazie Marco,\n\nse riesci chiamami tu nel pomeriggio: la determina 233 non compare sull’albo online.\n\nSilvana Pestarino\nComune di Roccaverde\n0131 80 55 62',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZK023, K045): the greeted operator asked in the second person
// to keep a morning free, and the formal wish with "lei" its subject.
testRule(namedOperator, {
  valid: [
    {
      body: 'Buongiorno,\n\nriesci a tenere libera la sala riunioni quella mattina? Mercoledì attiviamo il nuovo portale pagoPA.\n\nSalvatore Nicosia\nComune di Villarosa Alta\n329 6618420',
    },
    {
      body: 'Gentile dott.ssa Lorenzini,\n\nvorremmo una mattinata di formazione sul nuovo iter SCIA, tenuta da lei o da un collega.\n\nFederica Bacci\nSUAP - Comune di Pomarance Alta\n0588 623301',
    },
  ],
  invalid: [
    {
      body: 'Ciao Stefano,\n\nmercoledì attiviamo il nuovo portale pagoPA. Riesci a tenerti libero quella mattina?\n\nSalvatore Nicosia\nComune di Villarosa Alta\n329 6618420',
      findings: [{ messageId: 'default' }],
    },
    {
      body: 'Gentile dott.ssa Lorenzini,\n\nvorremmo una mattinata di formazione sul nuovo iter SCIA. Vorremmo che la formazione la tenesse lei, che ci ha già seguiti nell’avvio.\n\nFederica Bacci\nSUAP - Comune di Pomarance Alta\n0588 623301',
      findings: [{ messageId: 'default' }],
    },
  ],
});

// Stop 51 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZZP017, P031, P048): the technician asked to be sent again
// ("mandarci di nuovo Gianluca"), the trainer asked to give the course again ("che la tenga di
// nuovo la dott.ssa Piras"), and an untitled full name preferred with what the person did.
testRule(namedOperator, {
  valid: [
    {
      name: 'the file asked to be sent again',
      body: withContent(
        'Vi chiediamo di mandarci di nuovo il file del tracciato, quello di ieri non si apre.',
      ),
    },
    {
      name: 'a colleague of the Comune who did the set-up, no wish',
      body: withContent(
        'La configurazione l’aveva fatta Davide Colombo, che ci ha seguito fino al 2024.',
      ),
    },
  ],
  invalid: [
    {
      name: '"mandarci di nuovo Gianluca"',
      body: withContent(
        'Il lettore di impronte non viene riconosciuto. Vi chiediamo di mandarci di nuovo Gianluca, che lo ha installato.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: '"che la tenga di nuovo la dott.ssa Piras"',
      body: withContent(
        'Ci serve una giornata di formazione sul fascicolo. Chiediamo che la tenga di nuovo la dott.ssa Piras.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: '"Possibilmente Davide Colombo, che l’anno scorso ci ha seguito"',
      body: withContent(
        'Vorremmo prenotare un vostro tecnico per la mattina del 2. Possibilmente Davide Colombo, che l’anno scorso ci ha seguito per il cambio di versione.',
      ),
      findings: [{ messageId: 'default' }],
    },
  ],
});
