// Mail typed on a phone in a hurry, read on the opened set ZZZZZZZZZZZZZZZZZZD (stop 45): the
// shorthand of a phone ("xké", "x errore") reads as the words it stands for, a reply with only
// the hours and numbers asked for asks nothing, and a fault told in few words is still a fault.
import { checkTicket } from '../../../src/core/engine';
import { draft, rulesFired, typeOf } from './helpers';

const signed =
  '\n\nLucia Ferrante\nragioneria Comune di San Polo\n0865 908811\n\nInviato da iPhone';

describe('urgency explained with a phone’s "xké"', () => {
  test('"urgente" in the subject, then "è urgente xké…" with its reason: no insistence', () => {
    const rules = rulesFired(
      draft({
        subject: 'delibere giunta nn compaiono in amministrazione trasparente - urgente',
        bodyText:
          'buongiorno, le delibere di giunta pubblicate ieri nn compaiono in amministrazione ' +
          'trasparente. e urgente xke il revisore le deve controllare entro stasera' +
          signed,
      }),
    );
    expect(rules).not.toContain('insistence');
  });
});

describe('a reply with the hours and the numbers the operator asked for', () => {
  const report = checkTicket(
    draft({
      from: { name: 'Chiara Nocentini', address: 'c.nocentini@comune.rignano.example' },
      subject: "R: [Ticket #61990] determina 112 nn va all'albo pretorio",
      bodyText:
        'ok, domani tra le 9 e le 12 al 055 8305127, oppure al cell 334 9087761\nChiara\n\n' +
        'Da: Assistenza Atti <atti@ticket.palitalsoft.example>\nInviato: lunedì 25 maggio 2026 ' +
        '15:12\nA: Chiara Nocentini\nOggetto: R: [Ticket #61990] ' +
        "determina 112 nn va all'albo pretorio\n\nBuongiorno,\nci indica quando possiamo " +
        'chiamarla?\nServizio Assistenza Atti',
      attachments: [],
    }),
  );
  const rules = report.findings.map((f) => f.rule);

  test('asks nothing: no type, not vague', () => {
    expect(report.ticketType).toBeNull();
    expect(rules).not.toContain('body-too-vague');
  });

  test('"domani tra le 9 e le 12 al 055 …" says when to call', () => {
    expect(rules).not.toContain('availability-missing');
  });
});

describe('the kind of request in a few hurried words', () => {
  test('rejected "x errore sul codice siope" is the flow’s error, not the writer’s slip', () => {
    const text =
      'vi giro la mail della tesoreria, ci hanno scartato tutti i mandati di ieri x errore sul ' +
      'codice siope. potete vedere cosa nn va nel flusso?';
    expect(typeOf('I: scarto mandati tesoreria', text + signed)).toBe('anomalia');
  });

  test('an invoice "rifiutata per errore" by the office is the writer’s slip', () => {
    const text =
      'oggi abbiamo rifiutato su SdI la fattura sbagliata: la 87 risulta rifiutata per errore. ' +
      'come la sistemiamo in Cityware?';
    expect(typeOf('Fattura SdI rifiutata per errore', text + signed)).toBe('supporto');
  });

  test('the phone forgotten in the first mail is a slip about the mail, not the software', () => {
    const text =
      'scusate, riscrivo con un oggetto chiaro e il telefono che prima avevo dimenticato. nel ' +
      'registro di protocollo le pec in uscita restano "in attesa di consegna" anche quando la ' +
      'ricevuta è arrivata. da lunedi sono una trentina';
    expect(typeOf('PEC in uscita in attesa di consegna', text + signed)).toBe('anomalia');
  });

  test('"mi ha creato 2 IUV diversi x la stessa rata", then "come facciamo?": a fault', () => {
    const text =
      'buongiorno, generando gli avvisi pagoPA della mensa mi ha creato 2 IUV diversi x la ' +
      'stessa rata a circa 40 famiglie, e qualcuno ha gia pagato. come facciamo?';
    expect(typeOf('Richiesta assistenza', text + signed)).toBe('anomalia');
  });

  test('"esecutive ma senza numero", the others "invece si numerano regolarmente": a fault', () => {
    const text =
      'le delibere di consiglio della seduta del 22 maggio risultano esecutive ma senza numero. ' +
      'le delibere di giunta invece si numerano regolarmente.';
    expect(typeOf('delibere di consiglio', text + signed)).toBe('anomalia');
  });
});

describe('a firm named in the request signs nothing', () => {
  test('"della ditta Irpinia Verde" above an office-only signature: signature-missing', () => {
    const rules = rulesFired(
      draft({
        from: { name: 'Ragioneria Ceppaloni', address: 'ragioneria@comune.ceppaloni.example' },
        bodyText:
          'buongiorno, nn riesco a registrare la liquidazione della fattura n. 118/2026 della ' +
          'ditta Irpinia Verde, mi dice "impegno insufficiente" ma l\'impegno ha ancora 4.200 ' +
          'euro disponibili.\n\nUfficio Ragioneria\nComune di Ceppaloni\n0824 46 21 07',
      }),
    );
    expect(rules).toContain('signature-missing');
  });
});
