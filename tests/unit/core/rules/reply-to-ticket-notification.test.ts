import { replyToTicketNotification } from '../../../../src/core/rules/reply-to-ticket-notification';
import { checkTicket } from '../../../../src/core/engine';
import { withContent } from './fixtures';
import { testRule, type InvalidCase, type RuleCase } from './rule-tester';

// Answering the automatic mail is what it asks for when the reply adds to the same ticket; the
// rule speaks only when the reply raises a different problem.
const otherProblem =
  'Approfitto per segnalarvi un altro problema: la stampa dei bollettini TARI si interrompe a metà.';
const writingHere =
  'Vi scrivo qui per un altro problema: la stampa dei bollettini TARI del 2025 si interrompe a metà.';
const sameTicket =
  "Come richiesto, integro la segnalazione: l'errore compare anche per il contribuente RSSMRA40A01H294X.";

/** A reply saying `content` above the quoted mail; named by the quote unless `name` is given. */
const replyTo = (
  quoted: string,
  {
    subject = 'Re: calcolo IMU 2025 errato',
    content = otherProblem,
    name = quoted.replace(/\s+/g, ' '),
  } = {},
): RuleCase => ({ name, subject, body: `${withContent(content)}\n\n${quoted}` });
const quotedNotification = (
  quoted: string,
  excerpt: string,
  subject?: string,
  content?: string,
): InvalidCase => ({
  ...replyTo(quoted, { subject, content }),
  findings: [{ messageId: 'default', severity: 'warning', field: 'body', excerpt }],
});
const inSubject: InvalidCase['findings'] = [
  { messageId: 'default', severity: 'warning', field: 'subject' },
];
const confirmation = '> La sua richiesta di assistenza è stata registrata con il numero 48213.';
const taggedSubject = 'Re: [Ticket #48213] calcolo IMU contribuente deceduto';
const closedNotice =
  "> Gentile cliente, il ticket n. 48213 è stato chiuso con esito Risolto. Per una nuova richiesta scriva all'indirizzo del modulo.";

/** A reply with the ticket tag in its subject, saying `content` above `quoted`. */
const taggedReply = (quoted: string, content: string, name = content): RuleCase =>
  replyTo(quoted, { name, subject: taggedSubject, content });
/** The same reply found raising a new problem on the ticket's mail (shown at the subject). */
const newProblemReply = (quoted: string, content: string, name?: string): InvalidCase => ({
  ...taggedReply(quoted, content, name),
  findings: inSubject,
});

testRule(replyToTicketNotification, {
  valid: [
    // ZZZZZZZZZZZZZZZZZZZZ079: only when and where to call, on the "preso in carico" mail.
    taggedReply(
      '> Gentile Cliente,\n> il ticket n. 48213 è stato preso in carico dall’operatore Davide R.',
      'oggi pomeriggio sono fuori ufficio, domani mattina ci sono dalle 8 alle 12.30: potete chiamarmi sul cellulare 340 118 7265.',
      'only a contact ("sono fuori ufficio… potete chiamarmi sul cellulare"), no other problem',
    ),
    // ZZZZZZZZZZZZZZZZZZZQ069: the ticket's error named as such, in words its subject does not use.
    taggedReply(
      confirmation,
      'Vi segnalo anche che lo stesso errore di scarto compare ora sulle fatture pagate a settembre: l’esito di ieri riporta 22 fatture con "Importo pagato superiore al dovuto".',
      'the same error ("lo stesso errore") on more records, in other words than the subject',
    ),
    // ZZZZZZZZZZZZZZZZZZB001: the screenshot added to the same ticket, as the confirmation asks.
    taggedReply(
      confirmation,
      'Come indicato nella mail di conferma rispondo qui per aggiungere la schermata che compare quando la stampa si ferma: succede sempre al contribuente n. 1.240, anche da un’altra postazione.',
      'a screenshot added "come indicato nella mail di conferma"',
    ),
    // ZZZZZZZZZZZZZZZZZZG047: the contact asked for, and who should call about "questo errore".
    replyTo('> Gentile utente,\n> ci serve un recapito telefonico e un orario.', {
      name: 'the number asked for and the operator wished for, about "questo errore"',
      subject: taggedSubject,
      content:
        'Il mio numero è 0934 571 210, meglio dopo le 10. Preferirei che mi richiamasse Chiara, che la settimana scorsa ha già visto i log di questo errore.',
    }),
    // On the mail that closed the ticket ("Il ticket n. … è stato chiuso"), its problem come back
    // or a question about its own fix belongs to it; "Chiuso -" is the system's, not the topic.
    replyTo("> Il ticket n. 48213 è stato chiuso dall'operatore.", {
      name: 'the closed ticket’s problem come back, on its closing mail',
      subject: 'R: [Ticket #48213] Chiuso - Mandati non trasmessi al tesoriere tramite OPI',
      content:
        'Purtroppo il problema si è ripresentato: da stamattina i mandati firmati restano in attesa e il flusso OPI non parte.',
    }),
    replyTo('> Gentile Cliente,\n> il ticket n. 341471 è stato chiuso.', {
      name: 'a question about the closed ticket’s own fix, on its closing mail',
      subject: 'Re: [Ticket #341471] Chiuso - Rette mensa: sconto secondo figlio non applicato',
      content:
        'Grazie mille, adesso lo sconto fratelli viene calcolato su tutte le rette. Solo una domanda: se si iscrive un terzo figlio, le rette dei fratelli già emesse le devo ricalcolare io?',
    }),
    // After the fix, a question about the same fix or its recurrence (second review of stop 23).
    taggedReply(
      confirmation,
      'Adesso funziona, grazie. Vorrei sapere invece come si evita che ricapiti alla prossima elaborazione, se dipende da qualche parametro nostro.',
    ),
    // After the fix, asking to do something for the same fix ("vi chiedo di ricalcolare…") goes on
    // with the ticket: it shares the ticket's words.
    taggedReply(
      confirmation,
      'Il calcolo adesso funziona, potete chiudere il ticket. Vi chiedo di ricalcolare anche il calcolo IMU degli altri eredi del contribuente deceduto.',
      'the ticket closed, then a request about the same calculation',
    ),
    // Review of 50ee9f3c: asking something about the ticket's own fix is no new request.
    ...[
      'Il calcolo adesso funziona, potete chiudere il ticket. Vi chiediamo gentilmente di spiegarci per iscritto quale parametro avete modificato.',
      'Il calcolo adesso funziona, potete chiudere il ticket. Chiediamo se potete mandarci due righe su cosa avete corretto, da tenere agli atti.',
      'Ora il calcolo è corretto, potete chiudere il ticket. Vi chiedo di inviarmi una breve nota dell’intervento effettuato.',
    ].map((content) => taggedReply(confirmation, content)),
    // Review of 62a82a37: a short reply that says the ticket's problem goes on.
    ...[
      'si pianta ancora al record 1200 con lo stesso errore di ieri',
      'nn va ancora, si pianta sempre al record 1200 con violazione chiave primaria',
      'ancora non funziona, chiamatemi',
      // ZZZZZZZX: a closing reply in other words than the ticket's ("potete chiudere" alone).
      'ok grazie ora entro regolarmente con la password nuova, potete chiudere',
      // ZZZZZZZV: the operator's instructions done, the problem still there.
      'fatto ma nn va',
      'ho reinstallato i driver come mi avete detto ma non funziona',
    ].map((content) => taggedReply(confirmation, content)),
    // "Integro la segnalazione" opening the reply adds to the ticket, even in other words.
    taggedReply(
      confirmation,
      'Integro la segnalazione: oltre alla posizione 7781 anche la 7790 e la 7802 hanno l’importo dovuto moltiplicato per gli eredi.',
      'a reply that says it adds to the ticket, in other words than its subject',
    ),
    // On the mail that closed the ticket, the same problem come back, in the ticket's words.
    taggedReply(
      closedNotice,
      'Il calcolo IMU del contribuente deceduto risulta di nuovo errato dopo la chiusura del ticket: gli eredi hanno ancora l’importo raddoppiato.',
      'the closed ticket’s problem come back, in its words',
    ),
    // Fixed for the new records only: "ora esce giusto, ma per i vecchi…" goes on with the ticket.
    taggedReply(
      confirmation,
      'Il calcolo ora esce giusto per i contribuenti nuovi, ma per quelli deceduti prima dell’aggiornamento l’importo IMU degli eredi resta raddoppiato.',
      'fixed only in part: the same problem goes on',
    ),
    // Solved in part: what is still wrong goes on in the ticket's own words.
    taggedReply(
      confirmation,
      'Per il marito il calcolo è risolto, grazie. Per il contribuente deceduto invece il calcolo IMU resta doppio: potete verificare?',
      'solved for one case, the same problem still there for another',
    ),
    // Not the automatic mail.
    replyTo("> Mario, puoi segnalare tu il problema dell'IMU?"),
    replyTo('> Buongiorno, abbiamo corretto il calcolo: può riprovare?', { content: writingHere }),
    {
      name: 'a new ticket that cites an old ticket number',
      subject: 'IMU 2025 – seguito ticket 12345',
      body: withContent(otherProblem),
    },
    // The ticket's own problem goes on, then a second request: multiple-topics, not this rule.
    {
      name: 'a reply that goes on with the ticket, then asks another thing',
      subject: 'Re: [Ticket #50112] Stampa mandati interrotta',
      body: withContent(
        "Come chiedevate, la stampa dei mandati si interrompe sempre al mandato 1418 del capitolo 2040, anche rilanciandola dal mattino presto con un solo utente collegato e la tesoreria attende il flusso firmato entro venerdì. Un'altra cosa: dove si imposta il logo nuovo sulle reversali?",
      ),
    },
    // The automatic mail, answered about the same ticket.
    replyTo(confirmation, {
      name: 'adding to the same ticket, as the automatic mail asks',
      subject: 'Re: Ticket #12345 IMU 2025',
      content: sameTicket,
    }),
    {
      name: '"Integro il ticket": the same ticket, under its subject',
      subject: 'Re: Ticket #12345 IMU 2025',
      body: withContent(
        "Integro il ticket: il calcolo IMU 2025 errato riguarda anche gli eredi dell'altro contribuente.",
      ),
    },
    taggedReply(
      confirmation,
      'Già che ci sono aggiungo che il calcolo IMU risulta errato anche per un secondo contribuente deceduto.',
      '"già che ci sono" followed by "aggiungo": the same ticket',
    ),
    taggedReply(
      confirmation,
      'Integro la segnalazione: il calcolo IMU risulta errato anche per la moglie del contribuente deceduto, per gli stessi anni.',
      '"integro": more about the same ticket',
    ),
    {
      name: "adding to the notification sender's mail, in the words of the answered subject",
      subject: 'R: Conferma apertura',
      body: withContent(
        "Integro con un dettaglio: l'avviso IMU del contribuente deceduto riporta gli anni 2023 e 2024 sommati.",
      ),
      draft: {
        replyContext: {
          originalFrom: 'noreply@ticket.palitalsoft.example',
          originalSubject: '[Ticket #48213] calcolo IMU contribuente deceduto',
        },
      },
    },
    // A reminder on the same ticket is insistence's business, not this rule's.
    taggedReply(
      confirmation,
      "Sollecito una risposta: il calcolo IMU del contribuente deceduto risulta ancora errato e l'avviso va emesso entro venerdì.",
      'a reminder on the same ticket',
    ),
    taggedReply(
      confirmation,
      'Il calcolo IMU del contribuente deceduto risulta ancora errato anche dopo la correzione di ieri pomeriggio.',
      "a reply that shares words with the ticket's topic",
    ),
    // Look-alikes: the ticket declared solved with thanks only, a problem that is not solved, a
    // further error of the same problem.
    taggedReply(
      confirmation,
      'Il problema si è risolto, potete chiudere il ticket. Grazie ancora a tutti voi per la disponibilità e la pazienza di questi giorni, buon lavoro e buone feste.',
      'the ticket declared solved, then only thanks',
    ),
    taggedReply(
      confirmation,
      'Purtroppo non si è risolto nulla. Anche oggi il calcolo per il contribuente deceduto riporta gli anni sommati e la moglie riceve due avvisi: potete verificare?',
      'not solved: the same ticket goes on',
    ),
    taggedReply(
      confirmation,
      'Vi segnalo anche un altro errore dello stesso calcolo: per il coniuge superstite la detrazione non viene applicata.',
      'another error of the same problem',
    ),
    taggedReply(
      confirmation,
      "Oltre a questo, vi segnalo che anche un secondo contribuente deceduto a gennaio ha l'importo degli eredi raddoppiato.",
      '"oltre a questo, … anche": more of the same problem',
    ),
    taggedReply(
      confirmation,
      'Adesso funziona, grazie. Vorrei sapere se dobbiamo rilanciare il calcolo IMU per gli eredi degli altri contribuenti deceduti.',
      'after the fix, a question about the same fix',
    ),
    taggedReply(
      confirmation,
      'Non è un problema diverso: il calcolo IMU del contribuente deceduto è ancora errato anche dopo la vostra correzione.',
      '"non è un problema diverso": the same ticket, said so',
    ),
  ],
  invalid: [
    // ZZZZZZZZZZZZZZZZZZZZX061: "cogliamo l'occasione" on the confirmation opens another question.
    newProblemReply(
      confirmation,
      "Grazie per la presa in carico. Cogliamo l'occasione per chiedervi anche come si registra nel programma la dichiarazione IMU di successione di un contribuente deceduto: in quale maschera va inserita?",
      '"cogliamo l\'occasione" on the confirmation',
    ),
    // ZZZZZZZZZZZZZZZZZZZZ049: thanks on the closing mail, then "visto che ci sono" a technician
    // booked for another day: another request.
    newProblemReply(
      closedNotice,
      'Grazie, il giornale di cassa adesso si stampa correttamente. Visto che ci sono, vi anticipo che dal 1° giugno cambiamo tesoriere: quel giorno vorremmo che qualcuno di voi restasse collegato con noi durante il primo invio dei flussi OPI.',
      '"visto che ci sono" on the closing mail, a booking after it',
    ),
    // On the closing mail, "non so dove altro scrivere" opens another problem.
    newProblemReply(
      closedNotice,
      'Rispondo a questa mail perché non so dove altro scrivere: nello Stato Civile la stampa dell’estratto di matrimonio esce senza il nome dell’ufficiale celebrante.',
      '"non so dove altro scrivere" on the closing mail',
    ),
    // Changing the subject in other words, even beside the ticket's words.
    ...[
      'Cambiando argomento, sempre per il contribuente deceduto non riesco a stampare il modello F24 della TARI.',
      'Vi scrivo per un motivo diverso: per il contribuente deceduto serve annullare la cartella TARI del 2023.',
    ].map((content) => newProblemReply(confirmation, content)),

    // The old ticket declared solved, then a present problem with none of its words.
    newProblemReply(
      confirmation,
      'Il calcolo ora torna, grazie: potete chiudere il ticket. Da questa mattina però non riesco più ad accedere al protocollo, mi dice che la password è scaduta.',
      'the ticket closed, then a new present problem in other words',
    ),
    // Review of 0b41577a: something done, then a failure with a subject of its own.
    ...[
      'ok fatto grazie ma il protocollo non si apre da stamattina',
      'installato il pc nuovo ma il protocollo si blocca quando apro la scrivania',
      // Second review: a bare-looking failure that goes on with its own subject.
      'fatto ma non funziona la stampa dei verbali della polizia locale',
    ].map((content) => newProblemReply(confirmation, content)),
    newProblemReply(
      confirmation,
      'Il calcolo è risolto, potete chiudere il ticket. Vi segnalo però che da lunedì gli avvisi IMU non partono più via PEC e restano in coda.',
      'the ticket closed, then a new problem sharing only the office word',
    ),
    newProblemReply(
      confirmation,
      "Per l'IMU adesso funziona, grazie. Però da lunedì la stampante dello sportello non stampa più le etichette del protocollo, escono bianche.",
      'the old problem now works, then a new one in other words',
    ),
    newProblemReply(
      confirmation,
      'I conteggi IMU adesso escono, grazie. Ora però da stamattina due postazioni non entrano in Cityware: dopo il login si torna sempre alla schermata iniziale.',
      'the old prints now come out, then a new problem in other words',
    ),
    newProblemReply(
      confirmation,
      'Il calcolo adesso funziona, potete chiudere il ticket.\nVi chiedo anche come si riapre il periodo delle iscrizioni al trasporto scolastico per una famiglia arrivata in ritardo.',
      'the ticket closed, then a question asked without a question mark',
    ),
    // ZZZZZZZF: a request to do something, asked without "?", after the ticket is closed.
    newProblemReply(
      confirmation,
      "Il calcolo adesso funziona, il ticket si può chiudere.\nVi chiedo anche di creare l'utenza di Cityware per la nuova collega del protocollo, in servizio da lunedì, con lo stesso profilo della collega Ornella.",
      'the ticket closed, then "vi chiedo anche di creare…" without a question mark',
    ),
    // ZZZZZZZL: a phone's "nn riesco" after "risolto".
    newProblemReply(
      confirmation,
      'risolto grazie, il calcolo ora torna. ora pero nn riesco a stampare le ingiunzioni della tari 2019, il pdf esce tutto bianco',
      'closed, then "nn riesco a stampare…" typed on a phone',
    ),
    ...[
      "Vi chiederei anche di creare l'utenza di Cityware per la nuova collega del protocollo, in servizio da lunedì.",
      "Chiedo inoltre se sia possibile creare l'utenza di Cityware per la nuova collega del protocollo.",
      "Avremmo anche bisogno che creaste l'utenza di Cityware per la nuova collega del protocollo.",
      "Vi chiedo anche la creazione dell'utenza di Cityware per la nuova collega del protocollo.",
    ].map((request) =>
      newProblemReply(
        confirmation,
        `Il calcolo adesso funziona, potete chiudere il ticket.\n${request}`,
        request,
      ),
    ),
    newProblemReply(
      confirmation,
      "L'emissione della carta d'identità ora funziona, grazie. Vorrei sapere invece come si registra il trasferimento all'estero di un cittadino quando il consolato non ha ancora scritto.",
      'the old problem works now, then "vorrei sapere invece come si…"',
    ),
    newProblemReply(
      confirmation,
      'Il calcolo IMU è risolto, grazie. Vi segnalo però una cosa diversa: per il contribuente deceduto la TARI del 2023 risulta ancora intestata a lui.',
      '"una cosa diversa" after the ticket is solved',
    ),
    // Another report announced, whatever the adverb or the noun.
    ...[
      "Colgo quindi l'occasione per chiedervi come si ristampa l'avviso IMU di un contribuente trasferito in un altro Comune.",
      'Sul ticket del calcolo aspetto vostre notizie. Vi segnalo inoltre una nuova anomalia: le PEC in uscita non vengono più protocollate in automatico.',
      'Oltre al calcolo IMU, vi segnalo che nel portale le famiglie non riescono a scaricare il prospetto delle rette pagate.',
    ].map((content) => newProblemReply(confirmation, content)),

    {
      name: 'the old ticket declared solved, then a new report set against it',
      subject: 'R: [Ticket #50112] Stampa mandati lenta',
      body: withContent(
        'Per la stampa dei mandati si è sistemato tutto, il ticket si può chiudere. Vi segnaliamo invece che il giornale di cassa di novembre non riporta le reversali incassate.',
      ),
      findings: inSubject,
    },
    ...[
      'Re: Ticket #12345 IMU 2025',
      'R: [Ticket n. 12345] apertura',
      'RE: Apertura ticket 12345',
    ].map((subject) => ({ subject, body: withContent(otherProblem), findings: inSubject })),
    {
      ...replyTo('> Buongiorno, abbiamo verificato.', {
        name: 'a subject with a bracketed case number',
        subject: 'R: [#482130] calcolo IMU',
        content: writingHere,
      }),
      findings: inSubject,
    },
    {
      name: 'the answered mail comes from the notification sender',
      subject: 'Re: IMU 2025 calcolo errato',
      body: withContent(otherProblem),
      draft: { replyContext: { originalFrom: 'noreply@ticket.palitalsoft.example' } },
      findings: inSubject,
    },
    newProblemReply(
      confirmation,
      'Da stamattina la stampa dei bollettini TARI del 2025 si interrompe a metà e il file PDF risulta vuoto.',
      "a different problem that shares no word with the ticket's topic",
    ),
    // Words that open another problem, even beside words of the ticket's topic.
    ...[
      "Un'altra cosa: per lo stesso contribuente deceduto non riesco a stampare il modello F24 della TARI.",
      'Approfitto per chiedervi come si annulla un avviso IMU già emesso a un contribuente trasferito.',
      "Non c'entra con il calcolo, ma anche la stampa delle ricevute IMU per i contribuenti esce senza il logo del Comune.",
      "Vi scrivo qui anche se è un'altra questione: il contribuente deceduto compare ancora nella lista di carico TARI.",
    ].map((content) => newProblemReply(confirmation, content)),
    // On the mail that closed the ticket, a present problem sharing only an office word with it.
    newProblemReply(
      closedNotice,
      'Vi scrivo su questo ticket perché è l’ultimo che abbiamo aperto: da lunedì i versamenti IMU arrivati con F24 non vengono più abbinati alle posizioni dei fabbricati rurali.',
      'a new problem on the closed ticket’s mail, sharing only "IMU" with its topic',
    ),
    // ZZZZZZZZZZZZZZZZV: the closing mail names the ticket's subject between its number and "è
    // stato chiuso"; a question about something else raised on it.
    newProblemReply(
      '> Gentile Cliente,\n> la informiamo che il ticket n. 48213 "Calcolo IMU contribuente deceduto" è stato chiuso.',
      'Rispondo a questa vecchia mail perché non ho sottomano l’indirizzo giusto. Nel cedolino di dicembre compare la voce "Indennità di vacanza contrattuale" con importi che non riesco a ricostruire: su quale base la calcola il programma?',
      'a question on another matter, on a closing mail that quotes the ticket’s subject',
    ),
    // ZZZZZZZZZZZZZZZZV: "per una richiesta diversa" says it is another matter.
    newProblemReply(
      confirmation,
      "Rispondo su questo ticket, che per noi si è chiuso bene, per una richiesta diversa: la collega chiede un'estrazione di tutti i contribuenti IMU con il calcolo del ravvedimento e la data di pagamento.",
      'a reply that says it is for a different request',
    ),
    quotedNotification(
      '-----Messaggio originale-----\nDa: Ticket\nGentile cliente, è stato aperto il ticket numero 4567.',
      'è stato aperto il ticket',
      'Re: IMU 2025 calcolo errato',
    ),
    quotedNotification(
      'Da: Helpdesk <noreply@ticket.palitalsoft.example>\nInviato: lunedì\nA: Mario\nOggetto: Conferma',
      'noreply@ticket.palitalsoft.example',
      'R: Conferma',
    ),
    quotedNotification(
      '> Gentile utente, la sua richiesta è stata presa in carico.',
      'la sua richiesta è stata presa in carico',
      'Re: richiesta',
    ),
    quotedNotification(
      confirmation,
      'richiesta di assistenza è stata registrata con il numero',
      undefined,
      writingHere,
    ),
    quotedNotification(
      '> Messaggio generato automaticamente, si prega di non rispondere.',
      'Messaggio generato automaticamente',
      undefined,
      writingHere,
    ),
  ],
});

// ZZZZZZZF: an access asked for a newcomer on the mail of a closed access ticket belongs to the
// module that handles accesses; the newcomer's office names the profile.
describe('the module of a new request raised on the ticket’s mail', () => {
  const reply = (request: string) =>
    checkTicket({
      subject: 'R: [Ticket #63410] Reset password utente pbiancheri',
      bodyText: `${withContent(`Ho reimpostato la password e ora accedo, potete chiudere il ticket.\n\n${request}`)}\n\n${confirmation}`,
      to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
  test('an account for a newcomer of the tax office: the access module', () => {
    const report = reply(
      "Vi chiedo anche di creare l'utenza per la nuova collega dell'Ufficio Tributi, in servizio da lunedì, con il profilo Tributi completo (IMU, TARI e canone unico).",
    );
    expect(report.findings.map((f) => f.rule)).toContain('reply-to-ticket-notification');
    expect(report.module?.id).toBe('sistemistica');
  });
  test('an account asked on a tax ticket: the access module too', () => {
    const report = checkTicket({
      subject: 'R: [Ticket #48213] calcolo IMU contribuente deceduto',
      bodyText: `${withContent("Il calcolo ora torna, potete chiudere il ticket.\n\nVi chiedo anche di creare l'utenza di Cityware per la nuova collega del protocollo, in servizio da lunedì.")}\n\n${confirmation}`,
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
    expect(report.module?.id).toBe('sistemistica');
  });
  test('ZZZZZZZN: "nn riesco ad accedere chiamatemi" on a tax ticket’s mail: a new access problem', () => {
    const report = checkTicket({
      subject: 'R: [Ticket #48213] calcolo IMU contribuente deceduto',
      bodyText: `nn riesco ad accedere chiamatemi\n\nInviato da iPhone\n\n${confirmation}`,
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
    expect(report.findings.map((f) => f.rule)).toContain('reply-to-ticket-notification');
    expect(report.module?.id).toBe('sistemistica');
  });
  test('ZZZZZZZP: a new problem told in a module’s menu path takes that module', () => {
    const report = checkTicket({
      subject: 'RE: [Ticket #58611] Pratica edilizia 311/2025 non visibile nel fascicolo',
      bodyText: `${withContent('Uso questa mail per fare prima, ma è un’altra questione.\nI versamenti degli oneri di urbanizzazione pagati dai titolari dei permessi di costruire con avviso pagoPA non risultano riconciliati: in pagoPA > Riconciliazione > Flussi di rendicontazione i flussi del 10 novembre non sono stati importati.')}\n\n${confirmation}`,
      to: [{ address: 'suap-sue@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
    });
    expect(report.module?.id).toBe('pagopa');
  });
  test('a tax problem told after it: the tax module', () => {
    const report = reply(
      'Vi segnalo invece che da lunedì il calcolo della TARI per le utenze non domestiche raddoppia la quota variabile.',
    );
    expect(report.module?.id).toBe('tributi');
  });
});

/** A reply on the ticket's automatic mail: `own` above the quoted confirmation. */
const onTicketMail = (name: string, subject: string, own: string) => ({
  name,
  subject,
  body: `${withContent(own)}\n\n${confirmation}`,
});

// ZZZZZZZZH: the number corrected first, then "Aggiungo che…" a detail of the same problem.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'the number corrected, then a detail added',
      'R: [Ticket #58213] Stampante etichette anagrafe non vista dopo aggiornamento Windows',
      'Scusate, il numero completo è 0535 29511 interno 23, mattina.\nAggiungo che la Zebra è collegata in USB direttamente alla postazione, non è in rete.',
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        'the number corrected, then another problem',
        'R: [Ticket #58213] Stampante etichette anagrafe non vista dopo aggiornamento Windows',
        'Scusate, il numero completo è 0535 29511 interno 23, mattina.\nDa ieri i mandati di pagamento non partono verso il tesoriere, restano in stato da firmare.',
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
  ],
});

// Review of stop 32: after a closing sentence, "Aggiungo che…" may still open another problem.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'closed, then "Aggiungo che" a detail of the same fix',
      'R: [Ticket #48213] calcolo IMU contribuente deceduto',
      'Il calcolo IMU ora è corretto, potete chiudere il ticket. Aggiungo che il calcolo IMU è corretto anche per gli eredi del contribuente.',
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        'closed, then "Aggiungo che" another problem',
        'R: [Ticket #48213] calcolo IMU contribuente deceduto',
        'Il calcolo IMU ora è corretto, potete chiudere il ticket. Aggiungo che da ieri il protocollo non invia più le PEC in uscita ai professionisti.',
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
  ],
});

// ZZZZZZZZL: solved in part, the rest "resta ancora" wrong: the same problem goes on.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'part solved, part still wrong',
      'R: [Ticket #58533] Ricevute telematiche pagoPA non arrivano',
      'Confermo che le ricevute telematiche ora arrivano. Però le 47 posizioni pagate a settembre restano ancora "da riconciliare" anche se la ricevuta c\'è: le dovete rilanciare voi o devo riconciliarle a mano?',
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        'solved, then "ancora una cosa" another problem',
        'R: [Ticket #58533] Ricevute telematiche pagoPA non arrivano',
        'Confermo che le ricevute telematiche ora arrivano. Ancora una cosa: da ieri i mandati di pagamento non partono verso il tesoriere, restano in stato da firmare.',
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
  ],
});

// ZZZZZZZZL: the old ticket closed and a new problem raised in the same phone line; "Rif:" is a
// reply prefix too.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'the figures add up now, and the same fix is asked about',
      'Re: [Ticket #58110] Calcolo IMU ravvedimento errato',
      "ok l'IMU ora torna grazie, però adesso il calcolo IMU del ravvedimento torna anche per gli altri contribuenti?",
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        '"ora torna grazie, però adesso…" another problem in the same line',
        'Re: [Ticket #58110] Calcolo IMU ravvedimento errato',
        "ok l'IMU ora torna grazie, però adesso il mandato per il rimborso a quel contribuente non si salva, appena confermo esce un errore e si chiude la maschera",
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
    {
      name: '"Rif:" on the ticket\'s subject',
      subject: 'Rif: [Ticket #58711] Segnatura di protocollo non leggibile',
      body: withContent(
        'risolto grazie. già che ci siete il fascicolo 2025/14 dei lavori pubblici non si apre più, dice "accesso negato" anche a me che sono il responsabile',
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
  ],
});

// ZZZZZZZZT: closed, then help asked for the day it might block again: the same ticket's matter.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'closed, then "nel caso il portale si blocchi di nuovo"',
      'R: [Ticket #77104] Portale imposta di soggiorno: "sessione scaduta" al salvataggio delle presenze',
      'Da stamattina le strutture ricettive riescono di nuovo a salvare le presenze sul portale. Potete chiudere il ticket, grazie. Il 16 scade la dichiarazione: quel giorno potete tenervi pronti nel caso il portale si blocchi di nuovo?',
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        'closed, then another problem "di nuovo" nowhere',
        'R: [Ticket #77104] Portale imposta di soggiorno: "sessione scaduta" al salvataggio delle presenze',
        'Da stamattina le strutture ricettive riescono a salvare le presenze sul portale. Potete chiudere il ticket, grazie. Da ieri però i mandati di pagamento non partono verso il tesoriere e restano da firmare.',
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
  ],
});

// Second review of stop 32: another problem worded with "persiste" or "restano ancora" is still
// another one when it shares no word with the ticket.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'part of the same problem goes on, in its words',
      'Re: [Ticket #48213] calcolo IMU contribuente deceduto',
      'Confermo che adesso funziona, grazie. Restano ancora da rifare i calcoli IMU del contribuente deceduto per il 2024.',
    ),
  ],
  invalid: [
    'Confermo che adesso funziona, grazie. Persiste però l’errore sulla stampa dei cedolini di dicembre: il netto esce a zero per tutti i dipendenti.',
    'Ora funziona, grazie. Restano ancora da sistemare le utenze dei due nuovi vigili, che non riescono ad accedere al modulo verbali.',
  ].map((own) => ({
    name: own,
    subject: 'Re: [Ticket #48213] calcolo IMU contribuente deceduto',
    body: `${withContent(own)}\n\n${confirmation}`,
    findings: [{ messageId: 'default', severity: 'warning' as const }],
  })),
});

// ZZZZZZZZV: a chase on the ticket's mail is about that ticket.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'a chase with no word of the topic',
      'R: [Ticket #58290] Scrutinio: la stampa del verbale di sezione non esce',
      'SOLLECITO!!! È la terza mail che mando stanotte e ancora nessuna risposta. Qualcuno mi chiami subito.',
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        'a chase that raises another problem',
        'R: [Ticket #58290] Scrutinio: la stampa del verbale di sezione non esce',
        'SOLLECITO!!! Nessuna risposta. E da stanotte i mandati di pagamento non partono verso il tesoriere.',
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
  ],
});

// ZZZZZZZZZL: a chase that only asks how the ticket stands is about that ticket.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'a chase ending "Novità?"',
      'R: [Ticket #60112] Calcolo acconto IMU errato per le aree fabbricabili',
      'Sono passate due settimane e ancora nessuna risposta. Novità?',
    ),
    onTicketMail(
      'a chase asking where things stand',
      'R: [Ticket #60112] Calcolo acconto IMU errato per le aree fabbricabili',
      'Sollecito: a che punto siamo?',
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        'a chase that asks about another matter',
        'R: [Ticket #60112] Calcolo acconto IMU errato per le aree fabbricabili',
        'Ancora nessuna risposta. Come si stampa il registro delle pubblicazioni all’albo?',
      ),
      findings: [{ messageId: 'default', severity: 'warning' }],
    },
  ],
});

// Review of stop 34: "Novità?" and then another request is a new matter on the ticket's mail.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'a chase asking news and a call',
      'R: [Ticket #60112] Calcolo acconto IMU errato per le aree fabbricabili',
      'Sollecito: ancora nessuna risposta. Novità? Chiamatemi appena potete.',
    ),
  ],
  invalid: [
    'Sollecito: ancora nessuna risposta. Novità? Vorrei inoltre sapere come si stampa il registro delle rateizzazioni TARI.',
    'Sollecito: ancora nessuna risposta. Novità? Vi chiedo inoltre di abilitare la collega Verdi al modulo delle pubblicazioni all’albo.',
  ].map((own) => ({
    ...onTicketMail(
      own.slice(0, 40),
      'R: [Ticket #60112] Calcolo acconto IMU errato per le aree fabbricabili',
      own,
    ),
    findings: [{ messageId: 'default', severity: 'warning' as const }],
  })),
});

// Third review of stop 34: answers between the ticket mail's questions answer that ticket.
testRule(replyToTicketNotification, {
  valid: [
    {
      name: 'answers written between the operator questions',
      subject: 'R: [Ticket #48213] Calcolo IMU 2025 acconto a zero',
      body: [
        'Buongiorno, rispondo sotto.',
        '',
        'Il giorno 12/06/2025 alle 10:15 Assistenza Tributi ha scritto:',
        '> 1) Il contribuente ha concesso l’immobile in comodato?',
        '',
        'Sì, al figlio, con contratto registrato il 3/2/2024.',
        '',
        '> 2) Ci manda la visura?',
        '',
        'La trovate in allegato.',
        '',
        'Mario Rossi',
        'Ufficio Tributi - Comune di Riccione',
        'tel. 0541 608111',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      ...onTicketMail(
        'another matter after the answers, marked',
        'R: [Ticket #48213] Calcolo IMU 2025 acconto a zero',
        "Un'altra cosa: da ieri la stampa del registro delle pubblicazioni all’albo si blocca.",
      ),
      findings: [{ messageId: 'default', severity: 'warning' as const }],
    },
  ],
});

// Stop 50 (ZZZZZZZZZZZZZZZZZZZZZZZZZZZB055): "aggiorno la segnalazione" adds to the same ticket,
// whatever words the slowness is told with.
testRule(replyToTicketNotification, {
  valid: [
    onTicketMail(
      'the report updated',
      'R: [Ticket #64088] Cityware lentissimo dalle 11 di stamattina',
      'aggiorno la segnalazione: anche i colleghi della ragioneria hanno lo stesso rallentamento, quindi non è solo la mia postazione. L’apertura di una maschera richiede 40-50 secondi.',
    ),
  ],
  invalid: [
    {
      ...onTicketMail(
        'another problem told in the same words',
        'R: [Ticket #64088] Cityware lentissimo dalle 11 di stamattina',
        'anche i colleghi della ragioneria hanno un problema: da ieri i mandati di pagamento non partono verso il tesoriere.',
      ),
      findings: [{ messageId: 'default', severity: 'warning' as const }],
    },
  ],
});
