// A report stays proportional to the mail (issue 11, point 11): findings do not each carry the
// whole recipient field. 2,000 personal recipients used to make 192 MB of JSON.
import { checkTicket } from '../../../src/core/engine';
import { draft } from './helpers';

function reportWith(personal: number) {
  const to = Array.from({ length: personal }, (_, i) => ({
    address: `operatore.${i}@palitalsoft.example`,
  }));
  return checkTicket(draft({ to, cc: [{ address: 'collega@comune.rimini.it' }] }));
}

test('the serialized report grows linearly with the personal recipients', () => {
  const small = reportWith(200);
  const large = reportWith(2000);
  expect(large.findings.filter((f) => f.rule === 'personal-recipient')).toHaveLength(2000);
  const ratio = JSON.stringify(large).length / JSON.stringify(small).length;
  // Linear: about 10 (the findings dominate); copies of the field in each finding: about 100.
  expect(ratio).toBeGreaterThan(5);
  expect(ratio).toBeLessThan(12);
});

test('each personal-recipient finding still offers its own fix', () => {
  const report = reportWith(3);
  const fixes = report.findings.filter((f) => f.rule === 'personal-recipient').map((f) => f.fix);
  expect(fixes.map((f) => f?.edits[0])).toEqual([
    expect.objectContaining({ basedOn: [{ address: 'operatore.0@palitalsoft.example' }] }),
    expect.objectContaining({ basedOn: [{ address: 'operatore.1@palitalsoft.example' }] }),
    expect.objectContaining({ basedOn: [{ address: 'operatore.2@palitalsoft.example' }] }),
  ]);
});
