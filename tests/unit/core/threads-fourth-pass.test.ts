// Replies and threads, fourth pass, and the kind of request, fourteenth pass (opened sets
// ZZZZZZZZZZZZZZZZH and ZZZZZZZZZZZZZZZZI): the helpdesk's number the writer called is not theirs;
// a colleague's mail forwarded because the writer has the problem too, or because the vendor's
// technician asked for it, is no relay; "io faccio solo da tramite" is; the earlier mail named to
// tie a reply to it is no chase; the number the operator asked for is no vague mail; "vi rimando
// la stampa" promises a file; a function an update moved is looked for, not broken.
import type { TicketDraft } from '../../../src/core/types';
import { checkTicket } from '../../../src/core/engine';
import { draft, rulesFired, typeOf } from './helpers';

const signature = '\n\nGiacomo Rota\nUfficio Protocollo - Comune di Albino Basso\n035 77 60 218';
const rulesOf = (draft: Partial<TicketDraft>) =>
  rulesFired({
    subject: 'Stampa registro di protocollo: pagine mancanti',
    to: [{ address: 'protocollo@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png', size: 20_000, contentType: 'image/png' }],
    from: { name: 'Giacomo Rota', address: 'g.rota@comune.albinobasso.example' },
    bodyText: '',
    ...draft,
  });
const problem =
  'la stampa del registro di protocollo di novembre salta le registrazioni dal n. 14802 al n. ' +
  '14950, che a video ci sono.';

describe('the number the writer called', () => {
  const called =
    `Buongiorno,\n${problem} Ho provato anche a chiamare lo 0733 280 418 indicato sul vostro ` +
    'sito, ma non risponde nessuno.\n\nGiacomo Rota\nUfficio Protocollo - Comune di Albino Basso';
  test('"ho provato anche a chiamare lo 0733 …" is the helpdesk\'s, not the writer\'s', () => {
    expect(rulesOf({ bodyText: called })).toContain('phone-missing');
  });
  test("the writer's own number under it still counts", () => {
    expect(rulesOf({ bodyText: `${called}\n035 77 60 218` })).not.toContain('phone-missing');
  });
});

describe('who has the problem', () => {
  const forward = (line: string) =>
    `Buongiorno,\n${line}\n${signature}\n\nDa: Federica Loi <f.loi@comune.albinobasso.example>\n` +
    'Inviato: martedì 24 novembre 2026 13:31\nA: Giacomo Rota <g.rota@comune.albinobasso.example>\n' +
    'Oggetto: registro\n\nGiacomo, a me la stampa del registro salta delle pagine.\nFederica';
  test("forwarded because the problem is the same on the writer's PC: no relay", () => {
    expect(
      rulesOf({
        bodyText: forward(
          `inoltro la mail della collega del demografico perché il problema è lo stesso anche sul mio pc: ${problem}`,
        ),
      }),
    ).not.toContain('on-behalf');
  });
  test("forwarded because the vendor's technician asked for it: no relay", () => {
    expect(
      rulesOf({
        bodyText: forward(
          `come mi ha chiesto il vostro tecnico Paolo al telefono stamattina, vi inoltro la mail della collega. Riassumo: ${problem}`,
        ),
      }),
    ).not.toContain('on-behalf');
  });
  test("the same forward with nothing of the writer's is a relay", () => {
    expect(
      rulesOf({ bodyText: forward(`vi inoltro la mail della collega. Riassumo: ${problem}`) }),
    ).toContain('on-behalf');
  });
  test('"la collega Bruna Fabbri…; io faccio solo da tramite"', () => {
    const body =
      'Buongiorno,\nrispondo alle vostre domande: chi ha il problema è la collega Bruna Fabbri ' +
      `dell'ufficio protocollo; io faccio solo da tramite perché lei non ha accesso alla posta. ${problem}${signature}`;
    expect(rulesOf({ bodyText: body })).toContain('on-behalf');
  });
  test('"Per conto dell\'ufficio tecnico vi giro la mail qui sotto"', () => {
    const body = `Per conto dell'ufficio tecnico vi giro la mail qui sotto: ${problem}${signature}`;
    expect(rulesOf({ bodyText: body })).toContain('on-behalf');
  });
});

describe('chases and short replies on a ticket', () => {
  test('"lo stesso problema di cui vi avevo già scritto" ties the reply to the thread', () => {
    const body = `Buongiorno,\nrispondo qui perché è lo stesso problema di cui vi avevo già scritto: ${problem}${signature}`;
    expect(rulesOf({ bodyText: body })).not.toContain('insistence');
  });
  test('"vi avevo già scritto" as a chase still is one', () => {
    const body = `Buongiorno,\nvi avevo già scritto e nessuno si è fatto vivo: ${problem}${signature}`;
    expect(rulesOf({ bodyText: body })).toContain('insistence');
  });
  const reply = (operator: string) =>
    rulesOf({
      from: { name: 'Protocollo Comune di Apice', address: 'protocollo@comune.apice.example' },
      subject: 'Re: [Ticket #52402] Segnatura non apposta sui documenti in uscita',
      bodyText:
        'Il numero è 0824 51 33 20 int. 2, chiamate pure in mattinata\nInviato da iPhone\n\n' +
        '> Il giorno 25 nov 2026, alle ore 15:10, Palitalsoft - Assistenza Protocollo ' +
        `<protocollo@ticket.palitalsoft.example> ha scritto:\n> Buongiorno,\n> ${operator}\n> Assistenza Protocollo`,
    });
  // A chase over a signed number ("Novità? Grazie") stays vague: tests/unit/core/review-42.test.ts.
  test('the number the operator asked for is no vague mail', () => {
    expect(
      reply('per verificare abbiamo bisogno del nominativo e di un recapito della persona.'),
    ).not.toContain('body-too-vague');
  });
  // The reply asks nothing: no type, whatever fault the ticket's subject names (LABELLING.md).
  const replyType = (own: string) =>
    checkTicket(
      draft({
        from: { name: 'Protocollo Comune di Apice', address: 'protocollo@comune.apice.example' },
        subject: 'Re: [Ticket #52402] Segnatura non apposta sui documenti in uscita',
        bodyText:
          `${own}\nInviato da iPhone\n\n` +
          '> Il giorno 25 nov 2026, alle ore 15:10, Palitalsoft - Assistenza Protocollo ' +
          '<protocollo@ticket.palitalsoft.example> ha scritto:\n> Buongiorno,\n> per verificare ' +
          'abbiamo bisogno di un recapito della persona.\n> Assistenza Protocollo',
        attachments: [],
      }),
    ).ticketType;
  test('the number the operator asked for has no type of its own', () => {
    expect(replyType('Il numero è 0824 51 33 20 int. 2, chiamate pure in mattinata')).toBeNull();
  });
  test("a form's contact field typed as the reply: no type and no vague mail, both", () => {
    const report = checkTicket(
      draft({
        from: { name: 'Protocollo Comune di Apice', address: 'protocollo@comune.apice.example' },
        subject: 'Re: [Ticket #52402] Segnatura non apposta sui documenti in uscita',
        bodyText:
          'Cellulare: 347 556 1092 dalle 9 alle 13\n\n' +
          '> Il giorno 25 nov 2026, alle ore 15:10, Palitalsoft - Assistenza Protocollo ' +
          '<protocollo@ticket.palitalsoft.example> ha scritto:\n> Buongiorno,\n> ci serve un ' +
          'recapito della persona.\n> Assistenza Protocollo',
        attachments: [],
      }),
    );
    expect(report.ticketType).toBeNull();
    expect(report.findings.map((f) => f.rule)).not.toContain('body-too-vague');
  });
  // ZZZZZZZZZZZZZZZZZZS040 ("il numero diretto è …") and ZZZZZZZZZZZZZZZZZV049 ("dopo le 10", a
  // time to call like "in mattinata"): the contact asked for, nothing else.
  test.each([
    [
      'R: [Ticket #61022] TARI - scarti nel caricamento dei versamenti F24',
      { name: 'Nicoletta Di Renzo', address: 'n.direnzo@comune.rocca.example' },
      'Buongiorno,\nil numero diretto è 0872 98 14 11, mi trovate la mattina dalle 8 alle 13.\n\n' +
        'Nicoletta Di Renzo\n\nIl 06/05/2026 15:12, Assistenza Tributi Palitalsoft ha scritto:\n' +
        '> Può indicarci un numero diretto e un orario in cui trovarla?\n> Assistenza Tributi',
    ],
    [
      'Re: [Ticket #62044] Presenze: timbrature doppie del 21 aprile',
      { name: 'Ilaria Cragno', address: 'ilaria.cragno@comune.moruzzo.example' },
      'Il numero è 0432 851 204 int. 3, chiamatemi pure dopo le 10.\nGrazie, Ilaria\n\n' +
        '> Il 07/05/2026 12:41, Assistenza Personale ha scritto:\n> Gentile cliente, può ' +
        'indicarci un recapito telefonico e una fascia oraria?\n> Assistenza Personale',
    ],
  ])('the contact asked for on "%s": no type and no vague mail', (subject, from, bodyText) => {
    const report = checkTicket(draft({ from, subject, bodyText, attachments: [] }));
    expect(report.ticketType).toBeNull();
    expect(report.findings.map((f) => f.rule)).not.toContain('body-too-vague');
  });
  test('the number and a new symptom: the fault is told again', () => {
    expect(
      replyType(
        'Il numero è 0824 51 33 20 int. 2, chiamate pure in mattinata. Da ieri la segnatura ' +
          'manca anche sui documenti interni e la stampa del registro si blocca.',
      ),
    ).toBe('anomalia');
  });
});

describe('files promised', () => {
  test('"Vi rimando la stampa in pdf così vedete dove si interrompe"', () => {
    const body = `Buongiorno,\n${problem} Vi rimando la stampa in pdf così vedete dove si interrompe.${signature}`;
    expect(rulesOf({ bodyText: body, attachments: [] })).toContain('attachment-mentioned-missing');
  });
  test('"vi giro la mail della ditta e lo screenshot che ci hanno mandato"', () => {
    const body = `Buongiorno,\nvi giro la mail della ditta e lo screenshot che ci hanno mandato: ${problem}${signature}`;
    expect(rulesOf({ bodyText: body, attachments: [] })).toContain('attachment-mentioned-missing');
  });
});

describe('the kind of request', () => {
  test('"il problema si è ripresentato" then a question on another matter: a fault', () => {
    expect(
      typeOf(
        'Importazione dichiarazioni TARI',
        'purtroppo il problema si è ripresentato: le dichiarazioni vengono importate senza gli ' +
          'allegati.\nInoltre vorrei sapere se è possibile far comparire le istruzioni per il pagamento rateale.',
      ),
    ).toBe('anomalia');
  });
  test.each([
    'Quello che non trovo è come generare dal back office un avviso spontaneo. Da quale menu si fa?',
    "dopo l'aggiornamento non trovo più il tasto per ristampare l'etichetta: prima stava nella " +
      'barra in alto, ora non lo vedo da nessuna parte. Dove è stato spostato?',
    "con la nuova versione non trovo più la spunta per pubblicare gli allegati separati. C'è " +
      "ancora quell'opzione da qualche parte o è cambiata la procedura?",
    'è arrivato il parere della Provincia e non trovo più la scheda dove si registravano i pareri ' +
      'degli enti terzi. Dove si inserisce adesso?',
    "vorremmo attivare l'accesso con SPID o CIE per tutti gli operatori, al posto delle " +
      'credenziali con utente e password. Cosa serve da parte nostra?',
  ])('asks, reports no fault: %s', (body) => {
    expect(typeOf('Richiesta', body)).toBeNull();
  });
  test('"aggiungo i recapiti che avevo dimenticato nella prima mail" is no mistake to undo', () => {
    expect(
      typeOf(
        'R: [Ticket #52688] Avvisi senza QR code',
        'aggiungo i recapiti che avevo dimenticato nella prima mail: Vito Lorusso, Economato.',
      ),
    ).not.toBe('supporto');
  });
  test.each([
    "L'ho registrata io come servizio istituzionale, ma si tratta di attività commerciale. Qual " +
      'è il modo corretto per rimettere a posto la registrazione?',
    'La colpa è mia: in fase di pubblicazione ho lasciato la durata standard. Ora il programma ' +
      'non mi permette di cambiare la data. Vi chiedo come prolungarla.',
  ])("the writer's own mistake to undo: %s", (body) => {
    expect(typeOf('Richiesta', body)).toBe('supporto');
  });
});
