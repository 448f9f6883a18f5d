// 24Z-P021: the vendor's version update is the systems' matter, whatever day it falls on. Sent to
// sistemistica@, a mail that asks to move it away from a council meeting is not about the acts.
import { draft, rulesFired } from './helpers';

const body =
  'Buongiorno,\n\nci avete comunicato che giovedì 9 aprile, dalle 13 alle 15, verrà installato ' +
  "l'aggiornamento di versione di Cityware con il blocco delle procedure. Quel giorno alle 14 " +
  'abbiamo il Consiglio comunale e la segreteria deve poter aprire le proposte di delibera e ' +
  "registrare le votazioni in seduta.\n\nÈ possibile spostare l'intervento a venerdì 10?\n\n" +
  'Grazie\nSilvia Tedeschi\nSegreteria del Sindaco - Comune di Frassineto del Po (MN)\n' +
  '0376 612 084, in ufficio tutte le mattine';

test('no wrong-module-address prompt on sistemistica@', () => {
  const d = draft({
    subject:
      'Aggiornamento di versione del 9 aprile: possibile spostarlo al 10? (Consiglio comunale)',
    bodyText: body,
    to: [{ address: 'sistemistica@ticket.palitalsoft.example' }],
  });
  expect(rulesFired(d)).not.toContain('wrong-module-address');
});
