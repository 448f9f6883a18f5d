// Call-back times and who asked for the ticket (opened sets ZZZZZZZZZZZZZZZZC and ZZZZZZZZZZZZZZZV):
// "meglio se mi cercate tra le 8 e le 12" and "potete sentire me, in mattinata" give a time to call;
// an operator who "ha già visto la cosa in collegamento remoto e mi ha detto di aprire il ticket"
// is the vendor's, no colleague written for.
import { rulesFired } from './helpers';

const rulesOf = (line: string) =>
  rulesFired({
    subject: 'Esportazione punti patente bloccata',
    to: [{ address: 'polizia-locale@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png', size: 20_000, contentType: 'image/png' }],
    from: { name: 'Davide Marras', address: 'd.marras@comune.portobelloni.example' },
    bodyText:
      "Buongiorno,\nda lunedì l'esportazione dei verbali verso la Motorizzazione si interrompe con " +
      `"Errore in fase di generazione file" dopo pochi secondi.\n${line}\n\nCordialità\nDavide Marras\n` +
      'Polizia Locale - Comune di Porto Belloni\n079 4451120',
  });

describe('a time to call, with the verbs clerks use', () => {
  test.each([
    'Il pomeriggio sono in pattuglia, meglio se mi cercate tra le 8 e le 12.',
    'Fino al rientro del collega potete sentire me, in mattinata.',
  ])('%s', (line) => {
    expect(rulesOf(line)).not.toContain('availability-missing');
  });
  test('a time of the problem is none', () => {
    expect(rulesOf('Il blocco si presenta tra le 8 e le 12.')).toContain('availability-missing');
  });
});

describe('the operator who asked for the ticket', () => {
  test('"che ha già visto la cosa in collegamento remoto e mi ha detto di aprire il ticket"', () => {
    expect(
      rulesOf(
        'Ne ho parlato ieri con Gianni Ruggeri, che ha già visto la cosa in collegamento remoto e mi ha detto di aprire il ticket.',
      ),
    ).not.toContain('on-behalf');
  });
  test('a colleague who asks for a ticket about her own trouble is written for', () => {
    expect(
      rulesOf(
        'La collega Anna Porcu non riesce ad aprire i verbali dal suo PC e mi ha chiesto di segnalarvelo.',
      ),
    ).toContain('on-behalf');
  });
});
