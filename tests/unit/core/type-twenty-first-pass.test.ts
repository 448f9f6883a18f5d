// What kind of request, read on the opened set ZZZZZZZZZZZZZZZZV (doubts of ordinary months) in
// stop 45: a training agreed on the phone whose dates the office now awaits asks for training,
// however little the body says; a request for dates of something else does not.
import { checkTicket } from '../../../src/core/engine';
import { draft, typeOf } from './helpers';

const mail = (text: string) => `Buongiorno,\n\n${text}\n\nGrazie\n\nLuca Neri\nComune di Pietralta`;

describe('a training agreed, its dates awaited', () => {
  test.each([
    "come d'accordo al telefono, attendiamo le date.",
    'restiamo in attesa delle date proposte.',
    'come concordato con il vostro commerciale, aspettiamo una data.',
  ])('subject names the training, body "%s": formazione', (text) => {
    expect(typeOf('Formazione nuovo portale dei pagamenti pagoPA', mail(text))).toBe('formazione');
  });

  test('the same words under a subject that names no training ask no training', () => {
    expect(
      typeOf(
        'Portale dei pagamenti pagoPA',
        mail("come d'accordo al telefono, attendiamo le date."),
      ),
    ).not.toBe('formazione');
  });
});

describe('technician time reserved for a vote, with the last vote’s trouble told', () => {
  const reserve =
    'in vista del referendum della prossima primavera vorremmo sapere fin da ora se è possibile ' +
    'avere un vostro tecnico reperibile la domenica sera, fino alla fine dello scrutinio.';

  test('the trouble of the last elections is history: a booking, typed supporto', () => {
    const text =
      `${reserve} Alle ultime europee il collegamento con il Ministero si è bloccato due volte. ` +
      "Quest'anno le prove sono andate bene, ma preferiremmo avere qualcuno pronto.";
    expect(typeOf('Referendum - tecnico reperibile', mail(text))).toBe('supporto');
  });

  test('the same trouble today is a fault', () => {
    const text = `${reserve} Stamattina, durante le prove, il collegamento con il Ministero si è bloccato due volte.`;
    expect(typeOf('Referendum - tecnico reperibile', mail(text))).toBe('anomalia');
  });
});

// Opened set ZZZZZZZZZZZZZZZZZU (the doubts of ordinary months).
describe('a figure computed on last year’s tables, told with a hedge', () => {
  const subject = 'Cedolini gennaio 2026: IRPEF calcolata con gli scaglioni vecchi';
  test('the program still on the old brackets, against the writer’s own figure: a fault', () => {
    const text =
      "l'IRPEF lorda sembra calcolata ancora con gli scaglioni del 2025: per la matricola 214 il " +
      'programma trattiene 563,40, mentre con la nuova aliquota a me viene circa 538. Può darsi ' +
      'che mi sfugga qualcosa, però non capisco da dove prenda i valori vecchi.';
    expect(typeOf(subject, mail(text))).toBe('anomalia');
  });

  test('the same figures asked as a how-to, with nothing said wrong: no fault', () => {
    const text =
      'dal 2026 cambiano gli scaglioni IRPEF: le nuove aliquote le carichiamo noi nelle tabelle ' +
      'fiscali o arrivano con l’aggiornamento di gennaio?';
    expect(typeOf(subject, mail(text))).not.toBe('anomalia');
  });
});

describe('a record entered by the writer on a wrong belief, to be undone', () => {
  test('"l’ho inserita io a mano perché pensavo che…" then "come si annulla": supporto', () => {
    const text =
      'la fattura n. 45/2026 risulta registrata due volte, con i numeri 388 e 391: la seconda ' +
      "l'ho inserita io a mano perché pensavo che l'importazione dallo SdI non l'avesse presa. " +
      'Come si annulla la registrazione 391 senza toccare la 388?';
    expect(typeOf('Fattura registrata due volte', mail(text))).toBe('supporto');
  });

  test('checking by oneself is no own action: "ho verificato io stessa" keeps the fault', () => {
    const text =
      'in alcuni verbali notificati via PEC la scadenza del pagamento ridotto viene calcolata ' +
      'dalla data di accertamento. Ho verificato io stessa: su 12 verbali 8 hanno la scadenza ' +
      'sbagliata.';
    expect(typeOf('Verbali PEC: scadenza errata', mail(text))).toBe('anomalia');
  });
});

describe('a chase, then two numbered faults', () => {
  test('the ticket is typed by the first item, not by the chase above the announcement', () => {
    const body =
      'Buongiorno,\nè la terza volta che scrivo e ancora nessuna risposta.\n\nVi segnalo due cose.\n' +
      '1) Gli arretrati del nuovo CCNL caricati sul cedolino di luglio sono calcolati solo da ' +
      'gennaio 2026 e non dal 2024, anche se nella tabella contrattuale la decorrenza è 01/01/2024.\n' +
      '2) I rimborsi 730 di tre dipendenti non compaiono nel cedolino di luglio.\n\n' +
      'Beatrice Lotti\nUfficio Personale\nComune di Querceto Pisano\n0588 670 552';
    const report = checkTicket(
      draft({ subject: 'Terza richiesta: arretrati CCNL e rimborsi 730', bodyText: body }),
    );
    expect(report.ticketType).toBe('anomalia');
  });
});

// Opened set ZZZZZZZZZZZZZZZZZZF: what the software produced, and a correction the writer makes.
describe('the writer’s own action beside the software’s fault', () => {
  test('"gli avvisi che abbiamo generato riportano l’importo del 2025 invece di quello nuovo"', () => {
    const text =
      "gli avvisi pagoPA del canone 2026 che abbiamo generato ieri riportano tutti l'importo del " +
      '2025 (18,00 euro) invece di quello nuovo (20,00 euro). La tariffa nuova è nella lista di ' +
      'carico: solo gli avvisi hanno il vecchio importo.';
    expect(typeOf('Avvisi pagoPA con importo vecchio', mail(text))).toBe('anomalia');
  });

  test('a rectification of a material error in an act, which the software refuses', () => {
    const text =
      "quando rettifico la data di nascita di un cittadino (errore materiale nella trascrizione dell'atto) " +
      'il salvataggio dà "ANPR: errore 0452 - dati anagrafici non coerenti" e la pratica resta in ' +
      'attesa di invio.';
    expect(typeOf('ANPR - rettifica data di nascita', mail(text))).toBe('anomalia');
  });

  test('a material error to be corrected by the vendor is still supporto', () => {
    const text =
      "per un errore materiale ho registrato l'atto di nascita con la data sbagliata: potete " +
      'correggerlo voi?';
    expect(typeOf('Atto di nascita con data errata', mail(text))).toBe('supporto');
  });
});
