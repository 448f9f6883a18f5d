// Structure over phrases: bookings (a reserved time + a future frame + no present problem),
// writing for someone else, symptom-only subjects, and ticket types decided by what is asked.
// Every sentence here is written for this test, with varied persons, tenses, order and typos.
import { classifyTicketType } from '../../../src/core/classify/classify-type';
import { prepareText } from '../../../src/core/text/prepare';

const typeOf = (body: string, subject = '') => classifyTicketType(subject, prepareText(body));

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
