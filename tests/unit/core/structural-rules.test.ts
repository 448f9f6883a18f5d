// Structure over phrases: bookings (a reserved time + a future frame + no present problem),
// writing for someone else, symptom-only subjects, and ticket types decided by what is asked.
// Every sentence here is written for this test, with varied persons, tenses, order and typos.
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { prepareText } from '../../../src/core/text/prepare';
import { draft, rulesFired, withContent } from './helpers';

const typeOf = (body: string, subject = '') => classifyTicketType(subject, prepareText(body));
// A neutral subject: the default one reports an error, which is a present problem.
const fires = (content: string, rule: 'booking' | 'on-behalf') =>
  rulesFired(
    draft({ subject: 'Ragioneria - chiusura esercizio 2025', bodyText: withContent(content) }),
  ).includes(rule);

describe('booking: a reserved time or technician for a possible future need', () => {
  test.each([
    "Per la chiusura dell'esercizio vorremmo già da ora fissare una mattinata con un vostro tecnico, casomai ci fossero intoppi.",
    'vorrei bloccare un tecnico per il giorno della scadenza TARI, nel caso in cui ci siano problemi con gli avvisi.',
    "Chiediamo che il 16 dicembre ci sia un vostro tecnico disponibile per sicurezza, durante l'elaborazione di fine anno.",
    'Potreste garantirci la presenza di un operatore il giorno delle elezioni? Preferiamo muoverci in anticipo.',
    'In vista del conguaglio di fine anno chiedo di tenere libero un pomeriggio per noi, eventualmente ci sentiamo quel giorno.',
    'se dovesse servire vorremmo avere a disposizione un tecnico lunedì prossimo durante il caricamento dei flussi',
    'Vorremmo riservarci in anticipo una giornata del vostro tecnico per il passaggio al nuovo anno contabile.',
    'vorei fissare gia da ora un appuntamento con un tecnico per quando faremo il riaccertamento, casomai servisse.',
    "Qualora l'invio dei flussi F24 del 16 giugno desse problemi, vorremmo che un vostro operatore fosse già allertato e disponibile quel giorno.",
    'Fin dora vi chiedo di prenotarci un tecnico per la notte dello spoglio elettorale.',
    'Il 30 aprile scade il rendiconto: vorremmo riservare sin da adesso mezza giornata di un tecnico, caso mai qualcosa andasse storto.',
    'sarebbe possibile avere un vostro sistemista reperibile sabato prossimo durante la migrazione del server? giusto per sicurezza',
    'Vi chiedo di tenerci libero il pomeriggio del 15 per il passaggio ad ANPR, qualora servisse un intervento.',
    'Vorremmo concordare fin da ora la presenza di un vostro tecnico per la prima elaborazione degli stipendi di gennaio.',
    'per precauzione chiediamo che durante la notte delle elezioni ci sia un operatore disponibile',
    "Nel caso in cui il 16 dicembre l'invio al tesoriere non andasse a buon fine vorremmo poter contare su un vostro tecnico già prenotato.",
    'Siccome a gennaio cambia il tesoriere, chiediamo di bloccarci una giornata con un vostro operatore.',
    'VORREMMO PRENOTARE UN TECNICO PER IL 31 DICEMBRE, NON SI SA MAI.',
    "vorremo fissare un collegamento con un vostro tecnico x il giorno dell'invio del 770, casomai",
    'Chiedo la disponibilità di un vostro operatore per la giornata di venerdì 12, quando caricheremo i dati del censimento.',
    'Per stare tranquilli vorremmo un tecnico a disposizione durante la prima emissione dei ruoli con il nuovo sistema.',
    'Sarebbe possibile prenotarvi per la mattina del 2 gennaio? Dobbiamo fare la chiusura e preferiamo avere qualcuno.',
    "Vi chiediamo di garantirci un supporto nelle giornate di scadenza dell'IMU, in caso di problemi.",
  ])('%j', (content) => {
    expect(fires(content, 'booking')).toBe(true);
  });

  test.each([
    // A present problem: help now, even if a time is proposed.
    'Da stamattina la stampa dei mandati si blocca; vorremmo fissare già da ora un intervento di un vostro tecnico.',
    'Il programma non calcola gli interessi di mora: potete far intervenire un tecnico, eventualmente anche domani?',
    "L'elaborazione di fine anno si è fermata con un messaggio di errore, vorremmo un tecnico a disposizione per sicurezza mentre la rilanciamo.",
    // Training or advice about a topic: a legitimate appointment.
    "Vorremmo fissare in anticipo una giornata di formazione per la nuova collega sull'uso del protocollo.",
    'Potete fissare un appuntamento con un tecnico per spiegarci la nuova procedura di conservazione?',
    // No request for help at a time.
    'Qualora ci fossero altri problemi vi ricontatto, intanto grazie per la correzione degli avvisi.',
    'Vi ringrazio fin da ora per la disponibilità del vostro tecnico.',
    'Ieri la stampa del rendiconto è andata in errore: vorremmo un tecnico disponibile già da ora per rilanciarla insieme.',
    'Vorrei fissare un appuntamento per la formazione sulla nuova PagoPA, eventualmente a dicembre.',
    'Potete richiamarmi domani mattina? sono disponibile dalle 9 alle 12.',
    'Grazie fin da ora a chi potrà darci supporto sul calcolo della mensa.',
    'Il tecnico che era presente ieri ci ha lasciato le istruzioni, ma la chiusura del mese prossimo non parte.',
    // A date, a slot or a person of the Ente, or a how-to question: nothing of the vendor is booked.
    'Come posso fissare la data di scadenza della prima rata TARI a marzo?',
    "Vorremmo bloccare l'orario di apertura dello sportello online a partire da gennaio: dove si imposta?",
    'Dobbiamo riservare una parte dei posti del nido ai residenti per il prossimo anno scolastico, come si configura?',
    'Il tecnico comunale sarà presente alla commissione di lunedì: come lo inseriamo nel verbale?',
    'Buongiorno, vi chiedo un intervento urgente: il server non risponde da stamattina.',
    'Potete fissarmi un appuntamento telefonico per oggi pomeriggio? La stampa dei mandati esce vuota.',
    'Vorrei sapere se per la prossima versione è prevista la stampa del DURC.',
    'Quando sarà disponibile il nuovo tracciato F24? Ci servirà a gennaio.',
    'Il tecnico della ditta verrà lunedì prossimo a installare la stampante: dobbiamo configurare qualcosa nel programma?',
    'Vorrei prenotare la sala consiliare per il 12 dicembre tramite il modulo prenotazioni, ma non trovo la voce.',
    'Il nuovo operatore dello stato civile inizierà a gennaio: come gli creiamo le credenziali?',
    'Per la scadenza di dicembre dobbiamo garantire la presenza del messo: come si gestisce nel calendario notifiche?',
  ])('not a booking: %j', (content) => {
    expect(fires(content, 'booking')).toBe(false);
  });
});

describe('on-behalf: the person with the problem is someone else', () => {
  test.each([
    'La responsabile del servizio mi chiede di scrivervi perché non riesce ad accedere alla firma digitale.',
    'Scrivo io per il segretario comunale, che da ieri non vede più le delibere in bacheca.',
    "Su richiesta dell'assessore al bilancio vi segnalo che il prospetto delle entrate riporta importi doppi.",
    "Vi giro la richiesta del dirigente dell'area tecnica: non gli arrivano le notifiche delle pratiche SUAP.",
    'il sindaco non riesce a firmare i decreti dal suo account, io invece non ho problemi.',
    'Da parte della dott.ssa Ferretti vi chiedo di verificare il suo profilo: non le compare il menu delle determine.',
    "Marco dell'ufficio tecnico mi ha chiesto di segnalarvi che il programma gli si chiude all'avvio.",
    'la mia responsabile mi prega di inoltrarvi questa richiesta: non riesce a stampare il registro.',
    'scrivo per conto del mio dirigente che non riesce ad entrare nella procedura degli atti.',
    'Una dipendente dei servizi sociali non riesce a protocollare le istanze e mi ha chiesto di aprire il ticket.',
    'Il comandante della polizia locale mi ha detto di scrivervi: i verbali non vengono più inviati al portale.',
    'La nostra segretaria non riesce più ad aprire le delibere dal 3 marzo.',
    'Vi scrivo su richiesta del Responsabile del Servizio Finanziario, che non visualizza i capitoli di spesa.',
    "L'assessore mi chiede di chiedervi perché il portale non mostra le pratiche.",
    'giro a voi la segnalazione del collega Bianchi: non gli parte la stampa dei mandati',
    'La dott.ssa Verdi dell’ufficio personale lamenta che i cedolini non si aprono.',
    'per conto del sig. Mancini vi segnalo che il suo profilo è bloccato',
    'Vi contatto per la mia collega Sara che è in ferie ma ha urgenza di ristampare un certificato.',
    'La segretaria comunale non riesce a firmare digitalmente gli atti da lunedì; mi ha chiesto di aprire il ticket.',
    "Vi scrivo per conto dell'assessora Bruni, che non vede le proposte di delibera.",
    'La mia collega Anna è assente oggi, ma mi ha detto di segnalarvi che il suo programma non stampa.',
    'Su richiesta di Paola Neri vi segnalo che il suo account risulta scaduto da lunedì.',
    'vi scrivo a nome del mio capoufficio, visto che lui non ha accesso alla posta: la stampa dei ruoli si blocca.',
  ])('%j', (content) => {
    expect(fires(content, 'on-behalf')).toBe(true);
  });

  test.each([
    'Anche la mia collega ha lo stesso problema quando apre il registro delle determine.',
    'Il collega ha già configurato la stampante, ma la stampa dei mandati si interrompe a metà.',
    "La collega ha già preparato l'elenco delle posizioni da correggere: non riesco però a caricarlo.",
    "Insieme alla collega abbiamo provato a rilanciare l'elaborazione ma non riusciamo a completarla.",
    "Come mi ha suggerito la collega dell'anagrafe, vi scrivo perché non riesco a salvare le variazioni.",
    'Il responsabile mi ha chiesto di controllare i dati prima dell’invio e durante il controllo il programma si blocca.',
    "L'Ufficio Tributi segnala che la stampa degli avvisi TARI esce senza il codice IUV.",
    'Scrivo a nome dell’Ufficio Tributi: la stampa degli avvisi TARI esce senza il codice IUV.',
    'Il vostro tecnico al telefono mi ha chiesto di aprire un ticket: la stampa dei ruoli si blocca.',
    'Da parte nostra i dati sono corretti, ma il riepilogo riporta importi doppi.',
    'Ho provato con il responsabile a rilanciare la procedura, ma non riesco a completarla.',
    'Il dirigente ha firmato la determina ma non riesco a trasmetterla alla ragioneria.',
    'Come da indicazioni del segretario, vi segnalo che non riesco a pubblicare le delibere.',
    'Il sindaco ha chiesto un report delle pratiche: come lo estraggo?',
    'Sia io che la collega non riusciamo ad accedere dal mattino.',
    "Il cittadino non riesce a pagare l'avviso tramite PagoPA: il portale restituisce un errore.",
    'Un contribuente lamenta di aver ricevuto due avvisi per la stessa utenza.',
    "Il responsabile del procedimento non viene riportato nella stampa dell'atto.",
    "Il sindaco non risulta tra i firmatari nell'elenco dei decreti.",
    'Il dirigente non riesce a firmare perché il sistema non riconosce la sua smart card, e lo stesso capita a me.',
    'La ditta mi ha chiesto di inviarle la fattura di nuovo: come si ristampa?',
    'Il cittadino mi chiede di inviargli il certificato via PEC ma il programma non lo allega.',
    "L'utente non riesce a completare la domanda online, ci ha chiamato stamattina.",
    'La dipendente della ditta esterna non riesce ad accedere al portale fornitori.',
  ])('not on behalf: %j', (content) => {
    expect(fires(content, 'on-behalf')).toBe(false);
  });
});

describe('ticket type: topic words are not training', () => {
  test.each([
    'Durante la formazione della lista di leva il programma non inserisce i nati del 2008.',
    'Nella formazione del ruolo TARI 2025 mancano le utenze commerciali.',
    'Nella scheda anagrafica il corso di laurea del cittadino risulta vuoto dopo la variazione.',
    'Per la formazione delle liste elettorali sezionali la stampa esce con un totale sbagliato.',
  ])('anomaly: %j', (body) => {
    expect(typeOf(body)).toBe('anomalia');
  });

  test.each([
    'Per la formazione delle liste elettorali sezionali quale stampa dobbiamo usare?',
    'Nella scheda del cittadino come si inserisce il corso di laurea?',
    'Come si caricano le iscrizioni al corso di nuoto?',
    'Il corso di formazione obbligatoria sulla privacy si terrà in sala consiliare: come lo registro nel fascicolo del dipendente?',
    'Nel corso della giornata vorrei sapere come si esporta il registro.',
    "La commissione per la formazione dell'albo degli scrutatori chiede come si stampa l'elenco.",
  ])('no type: %j', (body) => {
    expect(typeOf(body)).toBeNull();
  });

  test.each([
    'Vorremmo una giornata di formazione sul nuovo modulo paghe per due colleghe.',
    'Chiediamo un corso sul protocollo informatico per il personale neoassunto.',
    "Avremmo bisogno di una consulenza sull'impostazione del bilancio di previsione.",
    'potreste organizzare una sessione da remoto per spiegarci la revisione dinamica delle liste?',
    'Vorremmo organizzare un affiancamento sul nuovo modulo mensa.',
    'Vorrei iscrivere una collega al corso di aggiornamento sul nuovo protocollo.',
    'Chiediamo una consulenza sulla gestione dello split payment.',
    'Avremmo bisogno di formazione per due nuovi colleghi sul modulo paghe.',
    "La collega dell'anagrafe avrebbe bisogno di un po' di formazione sul protocollo informatico.",
    'Ci servirebbe una mezza giornata di formazione sul SUAP.',
    'E possibile organizzare un corso online sulla contabilità economico-patrimoniale?',
  ])('training: %j', (body) => {
    expect(typeOf(body)).toBe('formazione');
  });
});

describe('ticket type: an anomaly described only by its effect', () => {
  test.each([
    'Nel riepilogo mancano i versamenti di novembre.',
    'La stampa del ruolo mostra un importo diverso da quello calcolato nella scheda.',
    'Il contribuente Rossi non compare nell’elenco dei destinatari.',
    'Il campo della data di notifica risulta vuoto.',
    'nel prospetto esce un totale sbagliato',
    'Nella lista delle pratiche chiuse mancano quelle di ottobre.',
    "mancano i dati catastali nell'avviso di accertamento",
    "L'avviso riporta una scadenza diversa da quella della delibera.",
    'Il totale del mandato viene calcolato più alto del dovuto.',
    'In fase di formazione delle classi la graduatoria esce in ordine alfabetico invece che per punteggio.',
    'Il certificato di frequenza del corso di laurea esce senza la data di rilascio.',
    'La formazione professionale del cittadino non viene salvata nella scheda.',
    'Nella distinta di trasmissione non ci sono i mandati di ieri.',
    'Nella ricevuta appare la data del 2023 anziché del 2025.',
    'Il calcolo della TARI dà un risultato più basso del dovuto.',
    "Nell'elenco manca il contribuente Bianchi.",
    'La stampa riporta solo la prima pagina.',
    "mancano all'appello tre versamenti",
    'Nel fascicolo del dipendente non compare il corso di formazione svolto a marzo.',
    'Per la formazione del bilancio di previsione il programma non riporta gli stanziamenti.',
    'Nel ruolo mancano le rate di ottobre.',
    'Il cedolino di marzo riporta un netto diverso da quello di febbraio senza variazioni.',
    'La colonna del totale risulta vuota nella stampa.',
  ])('%j', (body) => {
    expect(typeOf(body)).toBe('anomalia');
  });
});

describe('ticket type: the subject counts too', () => {
  test('a training request in the subject', () => {
    expect(
      classifyTicketType(
        'Richiesta formazione modulo paghe',
        prepareText('Vi chiediamo una giornata sul nuovo modulo paghe per le due nuove assunte.'),
      ),
    ).toBe('formazione');
  });
  test('a topic in the subject is no training', () => {
    expect(
      classifyTicketType(
        'Formazione liste di leva 2026',
        prepareText("Il programma non estrae i nati del 2008 residenti all'estero."),
      ),
    ).toBe('anomalia');
  });
  test('new colleagues who cannot see a menu report a malfunction', () => {
    expect(
      classifyTicketType('', prepareText('I nuovi colleghi non vedono il menu delle determine.')),
    ).toBe('anomalia');
  });
});
