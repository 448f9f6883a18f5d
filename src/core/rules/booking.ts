// Guidelines: avoid "prenotazioni di assistenza", help asked for a possible future need.
import { findBooking } from '../classify/classify-type';
import { defineRule } from './rule';
import { bodyWhere, hitAt, quoting } from './text-locations';

/** A second request that goes back to the first's job: "rilanciarla", "quando la rifacciamo". */
const picksUpFirst = /\b(?:rilanc|rifar|rifacc|ripet|riprov)[a-z]*|\bquando (?:la|lo|li|le) /;

export const booking = defineRule({
  id: 'booking',
  severity: 'warning',
  summary: 'Help is reserved for a possible future need, with no present problem.',
  messages: {
    it: {
      default:
        'Sembra una «prenotazione di assistenza» («{excerpt}»): apri il ticket quando il problema si presenta.',
    },
    en: {
      default:
        'This looks like "booking" assistance in advance ("{excerpt}"): open the ticket when the problem occurs.',
    },
  },
  check(ctx) {
    // The same test that makes the ticket type no anomaly: a present problem makes "fissare già
    // da ora un intervento" a request for help now.
    const found = findBooking(ctx.content.folded);
    if (found) {
      return [quoting('default', bodyWhere(hitAt(ctx.content, found.index, found.length)))];
    }
    // A second request of its own may be the booking: "2 cose. Oggi la stampa si ferma… Poi la
    // settimana prossima potete tenere un tecnico pronto?". Only its own words are read.
    // Not when it picks the failing job up again: "Quando la rilanciamo, lunedì, potete tenere un
    // tecnico collegato?" is help with today's problem.
    // Not a question asked in passing on the same module ("vorrei anche sapere se lunedì potete
    // restare collegati nel caso si ripresenti"): help with the problem told.
    const second = ctx.secondTopic?.askedInModule ? undefined : ctx.secondTopic?.segment;
    const inSecond =
      second && !picksUpFirst.test(second.folded) ? findBooking(second.folded) : null;
    return second && inSecond
      ? [quoting('default', bodyWhere(hitAt(second, inSecond.index, inSecond.length)))]
      : [];
  },
});
