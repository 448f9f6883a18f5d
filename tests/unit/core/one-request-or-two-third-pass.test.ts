// One request or two inside one module, third pass (opened set ZZZZZZZZZZZZZZZP): "vorrei anche
// sapere…" after a problem opens a second matter of the same module when it names none of the
// first request's things; it goes on with the first when it names one of them again, asks what
// the fix leaves to do ("una volta ripristinata, devo rifare…?") or points back at it ("quel
// giorno"). A month or a wish shared by both is no shared thing.
import { checkTicket } from '../../../src/core/engine';

const topicsOf = (first: string, second: string) =>
  checkTicket({
    subject: 'Cedolini di novembre',
    to: [{ address: 'personale@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'cedolino.pdf', size: 20_000, contentType: 'application/pdf' }],
    from: { name: 'Silvia Tonelli', address: 's.tonelli@comune.poggiorusco.example' },
    bodyText:
      `Buongiorno,\n\n${first}\n\n${second}\n\nSono in ufficio la mattina.\n\n` +
      'Grazie\nSilvia Tonelli\nUfficio Personale - Comune di Poggio Rusco\n0376 51 20 44',
  }).findings.some((f) => f.rule === 'multiple-topics');

const problem =
  'nei cedolini di novembre le tre dipendenti in part-time orizzontale al 50% hanno la ' +
  'trattenuta del buono pasto piena dal 10 novembre, anche se il profilo orario è corretto.';

describe('"vorrei anche sapere…" on another matter of the same module', () => {
  test.each([
    "Vorrei anche sapere se il modello 770 di quest'anno lo caricate voi o se dobbiamo generarlo noi.",
    "Vorrei anche sapere come si esporta l'elenco delle assenze per malattia da mandare al medico competente entro il 30 novembre.",
  ])('%s', (second) => {
    expect(topicsOf(problem, second)).toBe(true);
  });
});

describe('"vorrei anche sapere…" going on with the first request', () => {
  test.each([
    // A thing of the first request named again.
    'Vorrei anche sapere se la trattenuta in eccesso va restituita nel cedolino di dicembre.',
    // What the fix leaves to do.
    "Vorrei anche sapere se, una volta sistemato il calcolo, devo rifare l'elaborazione del mese.",
    // Pointed back at.
    'Vorrei anche sapere se quel giorno è cambiato qualcosa nel programma.',
  ])('%s', (second) => {
    expect(topicsOf(problem, second)).toBe(false);
  });
});
