// What kind of request, read on the opened sets ZZZZZZZZZZZZZZZZZZZQ and ZZZZZZZZZZZZZZZZZZZZW in stop
// 46: a value the program computed wrong after the office ran it is the program's fault, not the
// user's own mistake; one result wrong while the others of the run are right is a fault; a
// newcomer arriving in an office starts nothing that fails; colleagues with the same problem make
// it a fault.
import { typeOf } from './helpers';

const mail = (text: string) =>
  `Buongiorno,\n\n${text}\n\nMatteo Brivio\nUfficio Tributi - Comune di Pontirolo al Serio\n035 4876 124`;

describe('what the program computed after the office ran it', () => {
  test('"che abbiamo elaborato … gli interessi sono calcolati … invece che …": a fault', () => {
    const text =
      'sugli avvisi di accertamento IMU 2021 che abbiamo elaborato venerdì gli interessi sono ' +
      'calcolati fino alla data di elaborazione invece che fino alla data di scadenza del pagamento.';
    expect(typeOf('Avvisi di accertamento IMU 2021: interessi', mail(text))).toBe('anomalia');
  });

  test('the value the office typed in wrong is still its own mistake', () => {
    const text =
      'negli avvisi di accertamento IMU 2021 abbiamo inserito la data di elaborazione invece che ' +
      'la data di scadenza del pagamento: come possiamo correggere prima di spedirli?';
    expect(typeOf('Avvisi di accertamento IMU 2021: data di scadenza', mail(text))).toBe(
      'supporto',
    );
  });
});

// ZZZZZZZZZZZZZZZZZZZZW006: one result of a run wrong, the others right.
describe('one result wrong while the others are right', () => {
  test('"la seconda rata a zero mentre la prima e la terza sono giuste": a fault', () => {
    const text =
      "l'F24 dell'avviso TARI 2026 ha la seconda rata a zero mentre la prima e la terza sono giuste.";
    expect(typeOf('Avviso TARI 2026', mail(text))).toBe('anomalia');
  });

  test('the same contrast asked about is still asked ("…sono giuste?")', () => {
    const text =
      "l'F24 dell'avviso TARI 2026 ha la seconda rata a zero: è normale, mentre la prima e la terza sono giuste?";
    expect(typeOf('Avviso TARI 2026', mail(text))).not.toBe('anomalia');
  });
});

// ZZZZZZZZZZZZZZZZZZZZW049: a new colleague arriving in an office, named with the office, starts
// nothing that fails.
describe('a newcomer arriving in an office', () => {
  test('"da lunedì 9 arriva in anagrafe la nuova istruttrice": no fault', () => {
    const text =
      'da lunedì 9 arriva in anagrafe la nuova istruttrice Martina Lombardo. Ci create l’utenza Cityware con gli stessi permessi miei?';
    expect(typeOf('Utenza nuova istruttrice anagrafe', mail(text))).toBeNull();
  });
});

// ZZZZZZZZZZZZZZZZZZZZW024: colleagues with the same problem make it a fault, even when the mail
// ends asking whether something can be done.
describe('colleagues with the same problem', () => {
  test('"anche le colleghe … hanno lo stesso problema" then "si può rilanciare…?": a fault', () => {
    const text =
      'nel cartellino presenze non vedo nessuna timbratura di ieri. Anche le colleghe della ragioneria hanno lo stesso problema sul loro cartellino. Si può rilanciare l’importazione di quella giornata?';
    expect(typeOf('Timbrature di ieri', mail(text))).toBe('anomalia');
  });

  // batch-e e048: a parent's "anche altre mamme hanno lo stesso problema" was left untyped.
  test('other parents with the same problem add no fault sign', () => {
    const text =
      'ci hanno addebitato i pasti dei giorni di sciopero. Anche altre mamme della classe hanno lo stesso problema. Potete verificare?';
    expect(typeOf('Addebito pasti mensa', mail(text))).not.toBe('anomalia');
  });
});
