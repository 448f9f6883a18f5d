// The shipped examples must show what examples/README.md says they show. Expectations come from
// docs/rules.md; a rule is checked as soon as the engine registers it, so the examples stay a
// living demonstration while the rule set grows.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run-cli';
import type { JsonFileResult } from '../../../src/cli/format-json';
import { rules } from '../../../src/core';
import type { RuleId, Severity, TicketType, Verdict } from '../../../src/core';

interface Expectation {
  verdict: Verdict;
  /** Findings the example exists to show. */
  rules: RuleId[];
  module: string | null;
  /** Acceptable ticket types (a booking, for instance, can fairly be read either way). */
  ticketTypes: (TicketType | null)[];
}

const expected: Record<string, Expectation> = {
  '01-anomalia-tari-corretto.eml': {
    verdict: 'ok',
    rules: [],
    module: 'tributi',
    ticketTypes: ['anomalia'],
  },
  '02-oggetto-vuoto.eml': {
    verdict: 'block',
    rules: ['subject-missing'],
    module: 'demografici',
    ticketTypes: ['anomalia'],
  },
  '03-aiuto-generico.eml': {
    verdict: 'block',
    rules: [
      'subject-generic',
      'body-too-vague',
      'signature-missing',
      'phone-missing',
      'insistence',
    ],
    // The text names no module: the address the user chose is the answer.
    module: 'contabilita',
    ticketTypes: ['anomalia'],
  },
  '04-operatore-personale.eml': {
    verdict: 'block',
    rules: ['personal-recipient', 'named-operator', 'wrong-module-address'],
    // "certificato non valido" with the smart card while signing mandati: the device's module.
    module: 'sistemistica',
    ticketTypes: ['anomalia'],
  },
  '05-risposta-notifica.eml': {
    verdict: 'warn',
    rules: ['reply-to-ticket-notification'],
    module: 'contabilita',
    ticketTypes: ['anomalia'],
  },
  '06-formazione-protocollo.eml': {
    verdict: 'ok',
    rules: ['paid-service'],
    module: 'protocollo',
    ticketTypes: ['formazione'],
  },
  '07-per-conto-collega-unione.eml': {
    verdict: 'warn',
    rules: ['on-behalf', 'ente-multiple'],
    module: 'suap-sue',
    ticketTypes: ['anomalia'],
  },
  '08-prenotazione-allegato-mancante.eml': {
    verdict: 'warn',
    rules: ['booking', 'attachment-mentioned-missing', 'wrong-module-address'],
    module: 'personale',
    ticketTypes: [null, 'supporto', 'formazione'],
  },
};

const dir = join(__dirname, '..', '..', '..', 'examples');
const implemented = new Map<RuleId, Severity>(rules.map((r) => [r.id, r.severity]));

async function checkAll(): Promise<Map<string, JsonFileResult>> {
  let out = '';
  const files = Object.keys(expected).map((f) => join(dir, f));
  await runCli(['--format', 'json', ...files], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    readFile: (p) => readFile(p),
    readStdin: async () => Buffer.alloc(0),
    env: {},
  });
  const results = JSON.parse(out) as JsonFileResult[];
  return new Map(results.map((r) => [r.file.split(/[\\/]/).pop()!, r]));
}

describe('examples', () => {
  let results: Map<string, JsonFileResult>;
  beforeAll(async () => {
    results = await checkAll();
  });

  it('has an expectation for every example file and parses all of them', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files.sort()).toEqual(Object.keys(expected).sort());
    expect([...results.keys()].sort()).toEqual(files.sort());
  });

  it.each(Object.entries(expected))('%s shows what it is meant to show', (file, exp) => {
    const result = results.get(file)!;
    const found = result.findings.map((f) => f.rule);
    const wanted = exp.rules.filter((r) => implemented.has(r));
    expect(found).toEqual(expect.arrayContaining(wanted));
    // Nothing blocking or warning beyond what the example is about.
    const unexpected = result.findings.filter(
      (f) => f.severity !== 'info' && !exp.rules.includes(f.rule),
    );
    expect(unexpected).toEqual([]);
    if (wanted.some((r) => implemented.get(r) === 'error')) expect(result.verdict).toBe('block');
    if (exp.verdict !== 'block') expect(result.verdict).not.toBe('block');
    if (exp.verdict === 'ok') expect(result.verdict).toBe('ok');
    // The classifiers may still abstain, but must not pick a wrong module or type.
    if (result.module) expect(result.module.id).toBe(exp.module);
    if (result.ticketType) expect(exp.ticketTypes).toContain(result.ticketType);
  });
});
