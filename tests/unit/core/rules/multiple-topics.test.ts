import { multipleTopics } from '../../../../src/core/rules/multiple-topics';
import { goodBody } from './fixtures';
import { testRule, type InvalidCase } from './rule-tester';

const request = 'Il calcolo IMU 2025 del contribuente deceduto risulta errato.';
/** The request, then a second one opened by a marker: the finding quotes the second one. */
const secondRequest = (then: string): InvalidCase => ({
  body: `${request} ${then}`,
  findings: [
    {
      messageId: 'default',
      severity: 'info',
      field: 'body',
      excerpt: then,
      data: { excerpt: then },
    },
  ],
});

/** A ticket whose content is `content`, signed. */
const ticket = (content: string) => `Buongiorno,\n${content}\n\nCordiali saluti\nLucia Ferri`;
const cedolini =
  "da quando avete installato l'aggiornamento la stampa dei cedolini di marzo non funziona:";
const symptoms =
  '1. il PDF esce con le pagine bianche;\n2. le trattenute sindacali non compaiono;\n3. il totale netto risulta a zero.';

/** The first words of a segment, as the finding quotes them. */
const opens = (body: string, excerptStart: string): InvalidCase => ({
  body,
  findings: [{ messageId: 'default', severity: 'info', field: 'body' }],
  name: `second request opening "${excerptStart}"`,
});

testRule(multipleTopics, {
  valid: [
    { name: 'one topic', body: goodBody },
    // A closing confirmation, then the chance taken: the new problem belongs to
    // reply-to-ticket-notification, not to two requests.
    {
      name: 'thanks for a ticket after "approfitto per ringraziarvi" ask nothing',
      body: ticket(
        "Le ingiunzioni TARI 2021 vengono generate senza le spese di notifica, anche se la tabella delle spese è impostata.\n\nGià che ci sono, vi ringrazio per il ticket sulle rendite catastali: l'importazione ora funziona.",
      ),
    },
    {
      name: '"lo stesso di sempre" inside one matter points at nothing',
      body: ticket(
        'Sulla postazione del protocollo lo scanner (lo stesso di sempre, collegato via USB) non viene più visto da Cityware quando si fa "Acquisisci da scanner"; da Windows invece scansiona.',
      ),
    },
    {
      name: 'thanks for a problem now solved, then the one request of this mail',
      body: ticket(
        "lo scarto delle fatture elettroniche doppie adesso è risolto, vi ringrazio.\nNe approfitto per segnalarvi che da stamattina l'elenco dei mandati da firmare risulta vuoto, anche se ne abbiamo emessi dodici.",
      ),
    },
    {
      name: 'a question added "chiedo anche" on the same matter as the first',
      body: ticket(
        'entro fine mese dobbiamo registrare il riaccertamento ordinario dei residui: come si riportano i residui passivi reimputati sul nuovo esercizio?\nChiedo anche se per ogni residuo reimputato serve un nuovo impegno con la sua determina.',
      ),
    },
    {
      name: 'a list of questions on one matter is one request',
      body: ticket(
        'il Responsabile della conservazione ci chiede di verificare il registro di emergenza del protocollo. Vi chiediamo:\n\n1. come si attiva il registro di emergenza e chi può farlo;\n2. come vengono riportate nel registro ufficiale le registrazioni fatte in emergenza, alla ripresa del servizio?',
      ),
    },
    {
      name: 'an abbreviation’s dot ends no sentence: the title’s office is not a first topic',
      body: ticket(
        "scrivo per il Comandante della Polizia Locale, dott. Ferri, che da ieri non riesce più ad accedere a Cityware: la password risulta scaduta e l'utenza bloccata.\n\nVi chiedo di sbloccare l'utenza e di reimpostare la password.",
      ),
    },
    {
      name: 'a marker at the very start opens the only request',
      body: "Colgo l'occasione di questa mail per segnalare che il calcolo IMU 2025 del contribuente deceduto risulta errato.",
    },
    {
      name: 'the points of one training: "domande" of iscrizione are applications, not questions',
      body: ticket(
        "Vorremmo due incontri da remoto per la nuova collega dell'Ufficio Scuola, su:\n- raccolta delle domande di iscrizione alla mensa arrivate dal portale;\n- calcolo delle rette con le fasce ISEE;\n- stampa degli elenchi per le scuole.",
      ),
    },
    {
      name: 'the quote for the training just asked is part of that request',
      body: ticket(
        'Vorremmo una mattina di formazione da remoto sul protocollo informatico per i due nuovi messi.\n\nVi chiediamo poi di inviarci il preventivo, perché la Ragioneria deve impegnare la spesa sul capitolo del personale.',
      ),
    },
    // A later request that says it is about the same thing.
    {
      name: '"un\'altra domanda sempre sugli stessi solleciti"',
      body: ticket(
        "la stampa dei solleciti TARI 2024 esce con la data di scadenza vuota per tutti i contribuenti.\nUn'altra domanda sempre sugli stessi solleciti: è possibile escludere chi ha già pagato dopo l'estrazione?",
      ),
    },
    {
      name: '"inoltre lo stesso arrotondamento"',
      body: ticket(
        "nel calcolo della TARI 2025 l'importo delle utenze domestiche viene arrotondato all'euro invece che al centesimo.\nInoltre lo stesso arrotondamento compare anche nella stampa degli avvisi di pagamento: potete verificare?",
      ),
    },
    // A numbered list of the symptoms of one problem.
    { name: 'a list of symptoms', body: ticket(`${cedolini}\n${symptoms}`) },
    {
      name: 'a list of symptoms, then the question in its own paragraph',
      body: ticket(`${cedolini}\n${symptoms}\n\nPotete verificare?`),
    },
    {
      name: 'a count of things that stopped is a list of symptoms, not announced requests',
      body: ticket(
        "dopo il cambio del server si sono bloccate due cose:\n1) la stampa dei cedolini di aprile esce senza importi;\n2) l'invio dei cedolini per posta elettronica non funziona più.",
      ),
    },
    {
      name: '"il secondo" as a count inside one problem is no second request',
      body: ticket(
        'la stampa dei mandati si interrompe sempre al secondo foglio.\nIl secondo è proprio quello con le ritenute: potete verificare il modello di stampa?',
      ),
    },
    {
      name: '"visto che vi scrivo" then more about the same problem',
      body: ticket(
        'la stampa dei mandati si interrompe al secondo foglio.\nVisto che vi scrivo, allego anche la stampa del mandato 1418 che si è interrotto stamattina con lo stesso errore.',
      ),
    },
  ],
  invalid: [
    // Blind set ZZZZZZZZZZZZZZI: announced matters whose first one asks nothing in so many words.
    opens(
      ticket(
        "vi scrivo per due cose diverse.\n\nLa prima: da Economato > Buoni economali > Stampa buono, da lunedì il PDF che si apre è completamente bianco.\n\nLa seconda è una domanda: qual è la procedura corretta per la dismissione di un'auto dall'inventario?",
      ),
      'La seconda',
    ),
    opens(
      ticket(
        "vi segnalo due problemi.\n\nIl primo: il mandato n. 1873 per la fattura in split payment è stato generato per l'intero importo, IVA compresa, e manca la reversale per la scissione.\n\nIl secondo: la stampante laser della ragioneria da ieri stampa i mandati tagliati sul lato destro.",
      ),
      'Il secondo',
    ),
    opens(
      ticket(
        'vi scrivo per due cose distinte.\n\n1. La variazione di bilancio n. 14 è stata registrata, ma lo stanziamento del capitolo 2310 resta quello iniziale.\n2. Vorrei sapere come si stampa il registro unico delle fatture di un solo settore.',
      ),
      '2.',
    ),
    // "Un'altra cosa" says it is another matter, whatever its wording.
    opens(
      ticket(
        "Negli elenchi degli alunni per gli autisti del trasporto scolastico una dozzina di bambini compare alla fermata sbagliata.\n\nUn'altra cosa: nel conteggio mensile della mensa i pasti dei docenti vengono sommati a quelli dei bambini della classe.",
      ),
      "Un'altra cosa",
    ),
    opens(
      ticket(
        "Dal 14 dicembre prende servizio all'anagrafe la signora Elena Fumagalli: vi chiedo di crearle l'utenza Cityware.\n\nUn'altra cosa: sulla postazione del protocollo lo scanner (lo stesso di sempre) non viene più visto da Cityware.",
      ),
      "Un'altra cosa",
    ),
    opens(
      ticket(
        "Nella stampa del verbale della seconda revisione dinamica il totale degli elettori cancellati per emigrazione è 14, mentre l'elenco dei cancellati ne contiene 19.\n\nApprofitto per chiedervi una sessione di formazione per me e per la collega sullo stato civile digitale (ANSC).",
      ),
      'Approfitto',
    ),
    {
      name: 'a publication still visible after its end is a first request; "vi segnalo inoltre" opens a second',
      body: ticket(
        'gli atti pubblicati all’Albo online con fine pubblicazione al 31 agosto sono ancora visibili ai cittadini, mentre nel gestionale risultano "scaduti".\nVi segnalo inoltre una seconda questione: nella sezione Amministrazione Trasparente le determine di luglio non sono state pubblicate in automatico.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a problem told next to one that is solved is still a first request',
      body: ticket(
        "da stamattina l'anagrafe non stampa più i certificati di residenza, mentre il problema della firma si è risolto.\nInoltre vi chiedo come si stampa il registro IVA delle fatture di acquisto.",
      ),
      findings: [{ messageId: 'modules' }],
    },
    {
      name: 'a problem "non ancora risolto" is still a first request',
      body: ticket(
        'lo scarto delle fatture elettroniche doppie non è stato ancora risolto.\nInoltre vi chiedo come si stampa il registro IVA delle fatture di acquisto.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a first problem told over lines the client wrapped, then "inoltre vorrei sapere"',
      body: ticket(
        "la stampa del riepilogo della revisione di luglio riporta zero\niscritti e zero cancellati, mentre l'elenco delle variazioni ne mostra 21\niscritti per immigrazione.\nInoltre vorrei sapere come si estrae l'elenco delle tessere elettorali consegnate a giugno.",
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: '"approfitto anche per chiedervi" asks without a question mark',
      body: ticket(
        'Le ferie residue del 2025 non sono state riportate nel cartellino di gennaio.\nApprofitto anche per chiedervi da quale voce si stampa il prospetto dei buoni pasto per il revisore.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: '"un\'altra cosa" followed by a print that comes out shifted',
      body: ticket(
        "Vi chiedo di reimpostare la password dell'utente della biblioteca, che è scaduta.\nUn'altra cosa: dalla postazione dell'ufficio tecnico le etichette dei fascicoli escono spostate di un centimetro.",
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'an item of an announced list is a matter of its own even when told without a problem word',
      body: ticket(
        'vi segnalo due problemi.\n\n1) Le richieste di CIE inviate da lunedì restano in stato "In lavorazione" e non passano a "Emessa".\n\n2) Da ieri le PEC in arrivo con allegati firmati .p7m vengono registrate in protocollo senza gli allegati.',
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a list announced on the greeting’s line ("salve, due domande.") holds two requests',
      body: 'Salve, due domande.\n1) le delibere di Consiglio si possono numerare con un registro separato da quelle di Giunta?\n2) in amministrazione trasparente come si aggiunge una sezione nuova sotto "consulenti e collaboratori"?\n\nGrazie\nLucia Ferri',
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'a list item opened by "un\'altra cosa" is another request',
      body: ticket(
        "stiamo chiudendo il rendiconto e vi chiedo:\n\n1) da quale menu si stampa il prospetto dei residui attivi riaccertati per titolo? Trovo solo quello per capitolo.\n\n2) un'altra cosa: nel registro delle fatture le note di credito del 2026 compaiono ancora da liquidare, come si chiudono?",
      ),
      findings: [{ messageId: 'default' }],
    },
    {
      name: 'an indirect question is a request: "non capisco se…", then "la seconda…"',
      body: ticket(
        "vi scrivo per due dubbi.\n\nLa prima riguarda il rendiconto dell'economo: non capisco se la reversale di restituzione la genera il programma o se la devo emettere io.\n\nLa seconda riguarda le presenze: dove si imposta il recupero delle ore per i dipendenti part-time?",
      ),
      findings: [
        {
          messageId: 'modules',
          excerpt:
            'La seconda riguarda le presenze: dove si imposta il recupero delle ore per i di…',
        },
      ],
    },

    // Ordinals after an announced count, "visto che vi scrivo", "due dubbi".
    {
      name: '"ho due dubbi": "il primo riguarda…", "il secondo è…"',
      body: ticket(
        'vi scrivo per due dubbi.\n\nIl primo riguarda la TARI: il ruolo 2025 esce senza le riduzioni per il compostaggio, anche se sono registrate.\n\nIl secondo è sulle presenze: dove si imposta il recupero delle ore per i dipendenti part-time?',
      ),
      findings: [
        {
          messageId: 'modules',
          excerpt:
            'Il secondo è sulle presenze: dove si imposta il recupero delle ore per i dipend…',
        },
      ],
    },
    {
      name: '"visto che vi scrivo" opens another request',
      body: ticket(
        "il ruolo TARI 2025 esce senza le riduzioni per il compostaggio, anche se sono registrate.\nVisto che vi scrivo, vorrei anche sapere come si stampa l'elenco dei cedolini di marzo per il revisore.",
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },

    {
      name: 'the writer announces three questions, then lists them',
      body: ticket(
        `abbiamo tre domande sulla stampa dei cedolini di marzo, che non funziona:\n${symptoms}`,
      ),
      findings: [{ messageId: 'default', severity: 'info' }],
    },
    ...[
      'Approfitto per chiedere come stampare i ruoli.',
      'Inoltre vorrei segnalare che la TARI non si stampa.',
      "Un'altra questione: la TARI non si stampa.",
      "Un'ultima cosa: come si stampa il ruolo TARI?",
      'Inoltre, vi segnalo che la TARI non si stampa.',
      'Poi vorrei sapere come si stampa la TARI.',
    ].map(secondRequest),
    {
      name: '"vi segnalo due cose", then two different problems',
      body: ticket(
        "vi segnalo due cose che non funzionano da ieri:\n1) la stampa dei cedolini di marzo si blocca con un errore di memoria;\n2) nel protocollo le PEC in arrivo non vengono più assegnate all'ufficio competente.",
      ),
      findings: [
        {
          messageId: 'default',
          excerpt:
            "2) nel protocollo le PEC in arrivo non vengono più assegnate all'ufficio compet…",
        },
      ],
    },
    {
      name: 'a request for a new account after a problem',
      body: ticket(
        "da ieri la stampa dei mandati di pagamento si interrompe al secondo foglio con un errore di memoria. Vi chiedo inoltre di creare un'utenza per la nuova collega dell'ufficio ragioneria, Sara Conti.",
      ),
      findings: [
        {
          messageId: 'default',
          excerpt:
            "Vi chiedo inoltre di creare un'utenza per la nuova collega dell'ufficio ragione…",
        },
      ],
    },
    {
      name: 'two sentences about two modules, with strong evidence each',
      body: ticket(
        "il calcolo dell'IMU 2025 per i contribuenti con immobili in comodato risulta errato: la riduzione del 50% non viene applicata. Non si stampano i cedolini degli stipendi di marzo e le presenze dei dipendenti sono vuote.",
      ),
      findings: [
        {
          messageId: 'modules',
          excerpt:
            'Non si stampano i cedolini degli stipendi di marzo e le presenze dei dipendenti…',
          data: { first: 'Tributi', second: 'Personale / Stipendi' },
        },
      ],
    },
    {
      name: 'two modules with strong evidence each',
      subject: 'Calcoli e stampe non corretti',
      body: 'Il calcolo IMU e TARI del contribuente risulta errato nei tributi. Non si stampano i cedolini degli stipendi e le presenze.',
      findings: [
        {
          messageId: 'modules',
          field: 'body',
          excerpt: 'Non si stampano i cedolini degli stipendi e le presenze.',
          data: { first: 'Tributi', second: 'Personale / Stipendi' },
        },
      ],
    },
  ],
});
