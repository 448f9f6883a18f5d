// Who has the problem, read on the opened sets ZZZZZZZZZZZZZZZZZZZZZM and N (stop 47): a bare
// "vedete voi" over a colleague's forwarded mail and "vi scrivo io perché il Comandante è fuori"
// relay someone else's problem; "scrivo anche a nome del Sindaco: né io né lui riusciamo più a
// firmare" and the vendor's manager who said to open the ticket ("il vostro responsabile d'area,
// il dott. Ferretti, che mi ha detto di aprire un ticket") do not. A taxpayer's number after "cod.
// 003318," is still the taxpayer's.
import { checkTicket } from '../../../src/core/engine';
import type { TicketDraft } from '../../../src/core/types';

const draft = (bodyText: string, over: Partial<TicketDraft> = {}): TicketDraft => ({
  subject: 'Firma digitale: token non rilevato da Cityware',
  to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [{ name: 'errore.png', contentType: 'image/png', size: 1000 }],
  from: { name: 'Tonino Serra', address: 't.serra@comune.orunealto.example' },
  bodyText,
  ...over,
});
const rulesOf = (bodyText: string, over: Partial<TicketDraft> = {}) =>
  checkTicket(draft(bodyText, over)).findings.map((f) => f.rule);
const signature =
  '\n\nTonino Serra\nSegretario Comunale - Comune di Orune Alto\nTel. 0784 27 110 (tutto il giorno)';

describe('the writer has the problem too', () => {
  test('"scrivo anche a nome del Sindaco: né io né lui riusciamo più a firmare"', () => {
    const text =
      'Buongiorno,\nscrivo anche a nome del Sindaco: né io né lui riusciamo più a firmare con il ' +
      'token USB da giovedì. Cityware risponde "Nessun dispositivo di firma rilevato".';
    expect(rulesOf(text + signature)).not.toContain('on-behalf');
  });
});

describe('the vendor asked for the ticket', () => {
  test('"il vostro responsabile d\'area, il dott. Ferretti, che mi ha detto di aprire un ticket"', () => {
    const text =
      'Buongiorno,\nda giovedì il token USB non viene più rilevato e Cityware risponde "Nessun ' +
      'dispositivo di firma rilevato". Ne ho parlato ieri con il vostro responsabile d\'area, il ' +
      'dott. Ferretti, che mi ha detto di aprire un ticket.';
    expect(rulesOf(text + signature)).not.toContain('on-behalf');
  });
});

describe("someone else's problem relayed", () => {
  test('"vedete voi" over a colleague\'s forwarded mail that asks to pass it on', () => {
    const text =
      'vedete voi\nTonino\n________________________________\nDa: Paola Mura <p.mura@comune.orunealto.example>\n' +
      'Inviato: giovedì 14 maggio 2026 08:47\nA: Tonino Serra <t.serra@comune.orunealto.example>\n' +
      'Oggetto: token non rilevato\n\nCiao Tonino,\nda stamattina quando provo a firmare le ' +
      'determine esce "Nessun dispositivo di firma rilevato". Puoi segnalarlo tu all\'assistenza?\nPaola';
    expect(rulesOf(text)).toContain('on-behalf');
  });

  test('"vi scrivo io perché il Comandante è in servizio esterno"', () => {
    const text =
      'Buongiorno,\nvi scrivo io perché il Comandante è in servizio esterno tutta la settimana. Da ' +
      'lunedì, quando dal suo PC lancia la firma dei verbali, il programma si chiude senza messaggi.';
    expect(rulesOf(text + signature)).toContain('on-behalf');
  });
});

describe("a taxpayer's number", () => {
  test('"la contribuente … (cod. 003318, tel. 338 …)" is no phone of the writer\'s', () => {
    const text =
      'Buongiorno,\nla contribuente Bruna Pinna (cod. 003318, tel. 338 4127765) ha ricevuto ' +
      "l'avviso IMU 2023 senza la riduzione per inagibilità registrata nella sua scheda.\n\n" +
      'Tonino Serra\nUfficio Tributi - Comune di Orune Alto';
    expect(
      rulesOf(text, {
        subject: 'Avviso IMU 2023 senza riduzione per inagibilità',
        to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      }),
    ).toContain('phone-missing');
  });
});

// ZZZZZZZZZZZZZZZZZZZZZV008 and V049: asked by a superior, the office sets up or does the work.
describe("a superior's request the office carries out", () => {
  test('"su richiesta del Responsabile…, arch. Bruno Vailati, vi chiedo di creare un\'utenza"', () => {
    const text =
      "Buongiorno,\nsu richiesta del Responsabile dell'Area Tecnica, arch. Mario Sala, vi chiedo di " +
      "creare un'utenza Cityware per la nuova geometra, che prende servizio il 2 marzo.";
    expect(
      rulesOf(text + signature, { subject: 'Nuova utenza Cityware per la geometra' }),
    ).not.toContain('on-behalf');
  });

  test('"su richiesta del Sindaco stiamo preparando l\'elenco…" and the print goes wrong', () => {
    const text =
      "Buongiorno,\nsu richiesta del Sindaco stiamo preparando l'elenco dei nati nel 2008: con il " +
      'filtro "solo residenti" la stampa riporta anche sette iscritti AIRE.';
    expect(
      rulesOf(text + signature, { subject: 'Elenco per età con iscritti AIRE' }),
    ).not.toContain('on-behalf');
  });

  test('"su richiesta del Sindaco vi segnalo che dal suo PC…" still relays his problem', () => {
    const text =
      'Buongiorno,\nsu richiesta del Sindaco vi segnalo che dal suo PC la firma delle delibere non ' +
      'parte più da lunedì.';
    expect(rulesOf(text + signature)).toContain('on-behalf');
  });
});

// ZZZZZZZZZZZZZZZZZZZZZZK042, K067 and K079: the writer's own problem after all.
describe("the ticket is the writer's own", () => {
  test('"su richiesta del Comandante, che se ne è accorto…, vi segnalo…"', () => {
    const text =
      "Buongiorno,\nsu richiesta del Comandante, che se ne è accorto controllando l'elenco dei " +
      'solleciti, vi segnalo che i verbali pagati con bollettino ad aprile risultano ancora non pagati.';
    expect(
      rulesOf(text + signature, { subject: 'Verbali pagati risultano insoluti' }),
    ).not.toContain('on-behalf');
  });

  // 24Z-P061: a superior's request to switch a module on for the office.
  test('"su richiesta della Responsabile vi chiedo di attivare il modulo del canone unico"', () => {
    const text =
      'Buongiorno,\nsu richiesta della Responsabile del Servizio Entrate vi chiedo di attivare il ' +
      'modulo del canone unico patrimoniale, acquistato con la determina n. 122 del 28 aprile.';
    expect(rulesOf(text + signature)).not.toContain('on-behalf');
  });

  // 23Z-X078: "il problema ce l'abbiamo tutti e due".
  test('"vi scrivo anche per il Sindaco, perché il problema ce l\'abbiamo tutti e due"', () => {
    const text =
      "Buongiorno,\nvi scrivo anche per il Sindaco, perché il problema ce l'abbiamo tutti e due: da " +
      "venerdì, quando firmiamo le delibere con la firma remota, l'SMS con il codice OTP non arriva più.";
    expect(rulesOf(text + signature)).not.toContain('on-behalf');
  });

  // 22Z-S004: the same, with the article elided.
  test('"su richiesta del Sindaco, che se n\'è accorto…, vi segnalo…"', () => {
    const text =
      "Buongiorno,\nsu richiesta del Sindaco, che se n'è accorto consultando il sito, vi segnalo " +
      "che le delibere pubblicate all'albo dal 26 ottobre mostrano il PDF senza firma digitale.";
    expect(rulesOf(text + signature, { subject: 'Albo: delibere senza firma' })).not.toContain(
      'on-behalf',
    );
  });

  test('"scrivo anche a nome del collega…, perché il problema lo abbiamo tutti e due"', () => {
    const text =
      'Buongiorno,\nscrivo anche a nome del collega Marco Pinna, perché il problema lo abbiamo ' +
      'tutti e due: da giovedì il token USB non viene più rilevato da Cityware.';
    expect(rulesOf(text + signature)).not.toContain('on-behalf');
  });

  test('"la collega ha chiamato il vostro numero… e l\'operatore le ha chiesto di aprire un ticket"', () => {
    const text =
      'Buongiorno,\nstamattina la collega Paola Sanna ha chiamato il vostro numero per il token e ' +
      "l'operatore le ha chiesto di aprire un ticket; oggi lei è fuori, quindi lo apro io. Da " +
      'giovedì il token USB non viene più rilevato da Cityware.';
    expect(rulesOf(text + signature)).not.toContain('on-behalf');
  });
});

// ZZZZZZZZZZZZZZZZZZZZZZK058: who found the problem, answering the operator who asked.
describe('a reply that only says who to call', () => {
  test('"sono io che ho riscontrato il problema: il mio numero diretto è …"', () => {
    const rules = rulesOf(
      'Buongiorno,\nsono io che ho riscontrato il problema: il mio numero diretto è 0784 27 115, ' +
        'chiamatemi pure dopo le 10.\nTonino Serra\nSegretario Comunale - Comune di Orune Alto\n' +
        'Il 12/05/2026 12:47, sistemistica@ticket.palitalsoft.example ha scritto:\n' +
        '> Gentile utente,\n> per verificare avremmo bisogno di parlare con chi ha riscontrato il ' +
        'problema. Può indicarci un recapito?\n> Assistenza Sistemistica - Palitalsoft',
      { subject: 'R: [Ticket #64410] Token di firma non rilevato' },
    );
    expect(rules).not.toContain('body-too-vague');
    expect(rules).not.toContain('reply-to-ticket-notification');
  });
});
