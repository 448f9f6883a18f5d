// What kind of request, read on the opened set ZZZZZZZZZZZZZZZZV (doubts of ordinary months) in
// stop 45: a training agreed on the phone whose dates the office now awaits asks for training,
// however little the body says; a request for dates of something else does not.
import { typeOf } from './helpers';

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
