import type { Finding, Report } from '../../../src/core/types';
import { formatStylish } from '../../../src/cli/format-stylish';

const finding = (
  rule: Finding['rule'],
  severity: Finding['severity'],
  message: string,
): Finding => ({
  rule,
  severity,
  messageId: 'default',
  message,
});

const report: Report = {
  verdict: 'block',
  findings: [
    finding('phone-missing', 'error', 'Manca un numero di telefono.'),
    finding(
      'named-operator',
      'warning',
      'Non chiedere un operatore per nome: rallenta la risposta.',
    ),
    finding('paid-service', 'info', 'Il supporto è a pagamento.'),
  ],
  module: {
    id: 'tributi',
    name: 'Tributi',
    address: 'tributi@ticket.palitalsoft.example',
    confidence: 0.834,
    reasons: [],
  },
  ticketType: 'anomalia',
  score: 40,
  locale: 'it',
  internalErrors: [],
  skippedRules: [],
};

describe('formatStylish', () => {
  const text = formatStylish([{ file: 'a.eml', report }], { locale: 'it', color: false });
  const lines = text.split('\n');

  it('puts the severity in a column and the message under itself, then the rule id', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        '  errore  Manca un numero di telefono.',
        '          phone-missing',
        '  avviso  Non chiedere un operatore per nome: rallenta la risposta.',
        '          named-operator',
        '  info    Il supporto è a pagamento.',
        '          paid-service',
      ]),
    );
  });

  it('shows the verdict in the pane’s words, module name and address, and the ticket type', () => {
    expect(lines.slice(0, 3)).toEqual([
      'a.eml  ✖ da correggere',
      '  Modulo: Tributi, tributi@ticket.palitalsoft.example',
      '  Tipo: anomalia',
    ]);
    // The classifier's confidence is an internal figure.
    expect(text).not.toContain('%');
  });

  it('wraps a long message under itself within 80 columns, never mid-word', () => {
    const long = finding(
      'body-too-vague',
      'error',
      'Il testo è troppo breve per capire il problema: descrivi cosa stavi facendo, cosa è successo, il messaggio di errore esatto e i passi per riprodurlo.',
    );
    const out = formatStylish([{ file: 'b.eml', report: { ...report, findings: [long] } }], {
      locale: 'it',
      color: false,
    }).split('\n');
    const at = out.findIndex((l) => l.startsWith('  errore  Il testo'));
    expect(out.slice(at, at + 3)).toEqual([
      '  errore  Il testo è troppo breve per capire il problema: descrivi cosa stavi',
      '          facendo, cosa è successo, il messaggio di errore esatto e i passi per',
      '          riprodurlo.',
    ]);
    for (const line of out) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('says where a finding is and which fix it offers', () => {
    const located: Finding = {
      ...finding('personal-recipient', 'error', 'Indirizzo personale.'),
      where: { field: 'to', excerpt: 'marco.bianchi@palitalsoft.example' },
      fix: { id: 'use-module-address', label: 'Usa tributi@ticket.palitalsoft.example', edits: [] },
    };
    const out = formatStylish([{ file: 'c.eml', report: { ...report, findings: [located] } }], {
      locale: 'it',
      color: false,
    });
    expect(out).toContain(
      '          personal-recipient · A: «marco.bianchi@palitalsoft.example»\n' +
        '          Correzione: Usa tributi@ticket.palitalsoft.example\n',
    );
  });

  it('closes with files by verdict and findings by severity, in Italian and English', () => {
    expect(lines.filter(Boolean).pop()).toBe(
      '✖ 1 file: 1 da correggere; 1 errore, 1 avviso, 1 suggerimento',
    );
    const ok: Report = { ...report, verdict: 'ok', findings: [report.findings[2]!] };
    const en = formatStylish(
      [
        { file: 'a.eml', report },
        { file: 'b.eml', report: ok },
      ],
      { locale: 'en', color: false, unread: 1 },
    );
    // Longer than 80 columns: it wraps too.
    expect(en.trimEnd().split('\n').slice(-2)).toEqual([
      '✖ 3 files: 1 needs fixing, 1 ready, 1 not read; 1 error, 1 warning, 2',
      '  suggestions',
    ]);
  });

  it('closes with ✔ when every ticket is ready, suggestions included', () => {
    const clean: Report = {
      ...report,
      verdict: 'ok',
      findings: [report.findings[2]!],
      module: null,
      ticketType: null,
    };
    const out = formatStylish([{ file: 'ok.eml', report: clean }], { locale: 'it', color: false });
    expect(out).toContain('non individuato');
    expect(out.trimEnd().split('\n').pop()).toBe(
      '✔ 1 file: 1 pronto; 0 errori, 0 avvisi, 1 suggerimento',
    );
  });
});

describe('a check that could not run whole', () => {
  const incomplete: Report = {
    ...report,
    internalErrors: [{ stage: 'rule', rule: 'personal-recipient', message: 'boom' }],
    skippedRules: ['paid-service'],
  };

  test('says so under the file, naming what did not run, and that the mail is not at fault', () => {
    const out = formatStylish([{ file: 'a.eml', report: incomplete }], {
      locale: 'it',
      color: false,
    });
    const text = out.replace(/\n\s+/g, ' ');
    expect(text).toContain('controllo incompleto');
    expect(text).toContain('non del messaggio');
    expect(text).toContain('personal-recipient, paid-service');
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  test('a complete check prints no such note', () => {
    const out = formatStylish([{ file: 'a.eml', report }], { locale: 'it', color: false });
    expect(out).not.toContain('incompleto');
  });
});

describe('formatStylish and terminal escapes', () => {
  // OSC 52 writes the clipboard, OSC 0 the window title, CSI 2J clears the screen (as ESC [ or
  // as the one-byte C1 CSI), a bidi override reorders what is shown.
  const osc52 = '\u001b]52;c;ZWNobyBwd25lZA==\u0007';
  const payload = `${osc52}\u001b]0;titolo\u001b\\\u009b2J\u202e\u0000\u007f`;
  const hostile: Report = {
    ...report,
    findings: [
      {
        ...finding('insistence', 'warning', `Evita i solleciti ${payload}nel testo.`),
        where: { field: 'subject', start: 0, end: 20, excerpt: `URGENTE ${payload} subito` },
        fix: { id: 'set-subject', label: `Usa l'oggetto «Tributi ${payload}»`, edits: [] },
      },
    ],
    module: { ...report.module!, name: `Tributi${payload}`, address: `t${payload}@x.it` },
    internalErrors: [{ stage: 'rule', rule: `insistence${payload}` as never, message: payload }],
  };

  test.each([false, true])('prints no control character from any field (colour %s)', (color) => {
    const out = formatStylish([{ file: `ticket${payload}.eml`, report: hostile }], {
      locale: 'it',
      color,
    });
    // Our own colours are SGR sequences (ESC [ … m); nothing else may reach the terminal.
    const withoutColours = out.replace(
      new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'),
      '',
    );
    // eslint-disable-next-line no-control-regex -- the point of the pattern
    expect(withoutColours).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    // The harmless text around each payload is still there.
    for (const text of ['ticket', 'Tributi', 'Evita i solleciti', 'URGENTE', 'Usa l', '52;c;']) {
      expect(withoutColours).toContain(text);
    }
  });
});
