// What kind of request, fifteenth pass, and who has the problem, fourth pass (opened sets
// ZZZZZZZZZZZZZZZZM and ZZZZZZZZZZZZZZZZL): a function an update moved is looked for ("è sparito il
// pulsante", "È stata spostata in un altro menu?", "Dove l'avete messa?"); who does a change a new
// law asks for is a question; the writer's own operation and its undoing asked is a mistake to
// undo, without the word "errore"; and the colleague the mail is written for, said in new ways.
import { rulesFired, typeOf } from './helpers';

describe('a function an update moved', () => {
  test.each([
    [
      'Stampa giornale di cassa non più presente nel menu',
      "dopo l'aggiornamento non trovo più la stampa del giornale di cassa che c'era in Contabilità > " +
        'Stampe. È stata spostata in un altro menu o tolta del tutto?',
    ],
    [
      'Certificato contestuale',
      'con la nuova versione è sparito il pulsante "Certificato contestuale" dalla scheda ' +
        "dell'individuo. Adesso come si fa? C'è un'altra voce oppure va riabilitato da qualche parte?",
    ],
    [
      'Pubblica su Albo',
      'da stamattina nel menu delle azioni non c\'è più la voce "Pubblica su Albo". Immagino che ' +
        "con l'aggiornamento sia stata spostata altrove: mi dite da dove si fa adesso?",
    ],
    [
      'Preavvisi in bianco',
      "dopo l'aggiornamento di ieri non troviamo più la stampa dei preavvisi in bianco. Prima era " +
        "in Verbali > Stampe > Modulistica. Dove l'avete messa?",
    ],
  ])('%s: a question', (subject, body) => {
    expect(typeOf(subject, body)).toBeNull();
  });
  test('the same words with a wrong result are a fault', () => {
    expect(
      typeOf(
        'Pubblica su Albo',
        'da stamattina premendo "Pubblica su Albo" compare un errore e la determina non viene pubblicata.',
      ),
    ).toBe('anomalia');
  });
});

describe('who does a change a new law asks for', () => {
  test('"Vi chiedo se … verranno aggiornate da voi, oppure se dobbiamo inserire noi…"', () => {
    expect(
      typeOf(
        'Importi sanzioni Codice della Strada dal 1 gennaio',
        'dal 1° gennaio entrano in vigore i nuovi importi delle sanzioni. Vi chiedo se le tabelle ' +
          'verranno aggiornate da voi con un rilascio, oppure se dobbiamo inserire noi i nuovi importi.',
      ),
    ).toBeNull();
  });
});

describe("the writer's own mistake, told by what they did", () => {
  test.each([
    "stamattina ho pubblicato all'Albo la determinazione n. 412, ma come allegato è partito il " +
      'file della n. 411. Mi dite come si ritira la pubblicazione?',
    "ieri ho lanciato l'emissione degli avvisi IMU 2020, ma nella maschera ho lasciato come anno " +
      "d'imposta il 2021. Come si annulla l'intero lotto?",
    "venerdì ho caricato il file delle posizioni partendo dal tracciato dell'anno scorso, e così " +
      "sono stati generati 1.240 avvisi con l'importo 2025 invece di quello nuovo. Si possono " +
      'annullare tutti gli IUV?',
    'la seduta di Giunta risulta chiusa ma ci manca la delibera sul contributo, che è stata ' +
      "approvata quel giorno e non l'avevamo inserita nell'ordine del giorno. Potete riaprire la seduta?",
    'la registrazione n. 4521 è stata annullata in ufficio la settimana scorsa al posto della ' +
      '4512, che era il doppione. Vi prego di ripristinarla.',
  ])('%s', (body) => {
    expect(typeOf('Richiesta', body)).toBe('supporto');
  });
  test('"abbiamo registrato a mano, ma l\'avviso resta aperto: come si annulla?" asks how', () => {
    expect(
      typeOf(
        'Come annullare un avviso',
        "una famiglia ha pagato con bonifico. Il pagamento l'abbiamo registrato a mano, ma l'avviso " +
          "resta aperto. Come si annulla l'avviso senza cancellare la retta?",
      ),
    ).toBeNull();
  });
});

const signature = '\n\nMirella Foschi\nTributi - Comune di San Leo\n0541 91 62 30';
const rulesOf = (bodyText: string) =>
  rulesFired({
    subject: 'Stampa avvisi di accertamento IMU',
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png', size: 20_000, contentType: 'image/png' }],
    from: { name: 'Mirella Foschi', address: 'm.foschi@comune.sanleo.example' },
    bodyText: `Buongiorno,\n${bodyText}${signature}`,
  });

describe('the colleague the mail is written for', () => {
  test.each([
    "vi scrivo io perché la collega dell'anagrafe è senza PC. Il problema è suo: quando salva il " +
      'numero della carta compare "Documento già presente".',
    "Vi segnalo un problema che ha il mio agente, l'ag. sc. Enrico Fabbri: da lunedì il verbale " +
      'resta nello stato "in lavorazione".',
    'La collega Samanta Biondi, che oggi lavora da casa, non riesce a stampare gli avvisi. Vi ' +
      "allego l'errore come me l'ha girato lei su WhatsApp.",
  ])('%s', (body) => {
    expect(rulesOf(body)).toContain('on-behalf');
  });
  test('"il vostro consulente … mi ha chiesto di aprire un ticket" far back in the sentence', () => {
    expect(
      rulesOf(
        'durante la formazione di ieri sulla riconciliazione, il vostro consulente ha verificato ' +
          'con me che dal 10 marzo non viene scaricato nessun flusso di rendicontazione dal nodo, e ' +
          'mi ha chiesto di aprire un ticket perché lo veda il gruppo tecnico.',
      ),
    ).not.toContain('on-behalf');
  });
  test('"anche la collega, come me, non riesce" shares the writer\'s problem', () => {
    expect(
      rulesOf('non riesco a stampare gli avvisi: anche la collega, come me, non riesce.'),
    ).not.toContain('on-behalf');
  });
});
