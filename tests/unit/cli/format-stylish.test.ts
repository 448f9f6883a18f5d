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

  it('puts messages and rule ids of one file in aligned columns', () => {
    const findingLines = lines.filter((l) =>
      /(phone-missing|named-operator|paid-service)$/.test(l),
    );
    expect(findingLines).toHaveLength(3);
    const ruleColumns = findingLines.map((l) => l.search(/[a-z]+-[a-z]+$/));
    expect(new Set(ruleColumns).size).toBe(1);
    const messageColumns = findingLines.map((l) => l.search(/(Manca|Non chiedere|Il supporto)/));
    expect(new Set(messageColumns).size).toBe(1);
  });

  it('shows module name, address, confidence in percent and the ticket type', () => {
    const header = lines.slice(0, 2).join('\n');
    expect(header).toContain('a.eml');
    expect(header).toContain('Tributi <tributi@ticket.palitalsoft.example> 83%');
    expect(header).toContain('anomalia');
  });

  it('counts errors, warnings and suggestions in the summary, in Italian and English', () => {
    expect(lines.filter(Boolean).pop()).toBe('✖ 3 problemi (1 errore, 1 avviso, 1 suggerimento)');
    const en = formatStylish(
      [
        { file: 'a.eml', report },
        { file: 'b.eml', report },
      ],
      {
        locale: 'en',
        color: false,
      },
    );
    expect(en.trimEnd().split('\n').pop()).toBe(
      '✖ 6 problems (2 errors, 2 warnings, 2 suggestions)',
    );
  });

  it('says so when there is nothing to report', () => {
    const clean: Report = {
      ...report,
      verdict: 'ok',
      findings: [],
      module: null,
      ticketType: null,
    };
    const out = formatStylish([{ file: 'ok.eml', report: clean }], { locale: 'it', color: false });
    expect(out).toContain('non individuato');
    expect(out.trimEnd().split('\n').pop()).toMatch(/^✔/);
  });
});
