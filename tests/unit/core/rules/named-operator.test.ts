import { namedOperator } from '../../../../src/core/rules/named-operator';
import { withContent } from './fixtures';
import { findingsOf, testRule, type InvalidCase } from './rule-tester';

/** A request for a person: the finding quotes the request. */
const asksFor = (body: string, excerpt: string): InvalidCase => ({
  body,
  findings: [
    { messageId: 'default', severity: 'warning', field: 'body', excerpt, data: { excerpt } },
  ],
});

testRule(namedOperator, {
  valid: [
    ...[
      // Recalling an earlier talk is allowed.
      'Ne avevo già parlato con Marco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Come concordato con la dott.ssa Neri, il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      // No person: a role, an acronym, a module, a day, a set phrase.
      'Vorrei parlare con un tecnico perché il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Per IMU: il calcolo 2025 del contribuente deceduto risulta errato.',
      'Per Tributi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Potrebbe richiamarmi Lunedì?',
      'Per Informazione: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
    ].map((body) => ({ body })),
    {
      name: '"Per Rimini:" when the signature says "Comune di Rimini": the place, not a person',
      body: withContent(
        'Per Rimini: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      ),
    },
  ],
  invalid: [
    asksFor(
      'Vorrei parlare con Marco perché il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Vorrei parlare con Marco',
    ),
    asksFor(
      "All'attenzione di Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.",
      "All'attenzione di Rossi",
    ),
    asksFor(
      'Per il sig. Bianchi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Per il sig. Bianchi:',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato, mi faccia richiamare da Giulia.',
      'mi faccia richiamare da Giulia',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato: deve occuparsene Laura.',
      'deve occuparsene Laura',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato, chiedo che mi richiami Paolo.',
      'chiedo che mi richiami Paolo',
    ),
    asksFor(
      'Ho bisogno di parlare con Marco: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Ho bisogno di parlare con Marco',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Potrebbe richiamarmi Giulia?',
      'Potrebbe richiamarmi Giulia',
    ),
    asksFor(
      'Per Mario Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Per Mario Rossi:',
    ),
    asksFor(
      'Att. sig. Rossi: il calcolo IMU 2025 del contribuente deceduto risulta errato.',
      'Att. sig. Rossi',
    ),
    asksFor(
      "Il calcolo IMU 2025 del contribuente deceduto risulta errato: chiedo l'intervento di Luca.",
      "chiedo l'intervento di Luca",
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato, vorrei che fosse Marco a seguire.',
      'che fosse Marco a seguire',
    ),
    asksFor(
      'Il calcolo IMU 2025 del contribuente deceduto risulta errato. Chiedo cortesemente che mi chiami Elena Berti.',
      'Chiedo cortesemente che mi chiami Elena',
    ),
    // "Per Tizio" on a line of its own, with the line breaks of any mail program.
    {
      name: '"Per il sig. Bianchi" on its own line (LF)',
      ...asksFor(
        withContent('Per il sig. Bianchi\nla stampante del protocollo non stampa le etichette.'),
        'Per il sig. Bianchi',
      ),
    },
    {
      name: '"Per il sig. Bianchi" on its own line (CRLF, Outlook on Windows)',
      ...asksFor(
        withContent(
          'Per il sig. Bianchi\nla stampante del protocollo non stampa le etichette.',
        ).replace(/\n/g, '\r\n'),
        'Per il sig. Bianchi',
      ),
    },
  ],
});

test('body offsets point at the request as written in the body', () => {
  const body = withContent(
    'Vorrei parlare con Marco: il calcolo IMU 2025 del contribuente deceduto è errato.',
  );
  const [f] = findingsOf(namedOperator, { body });
  expect(body.slice(f!.where!.start, f!.where!.end)).toBe('Vorrei parlare con Marco');
});
