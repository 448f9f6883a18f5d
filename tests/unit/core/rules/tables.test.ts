// Every registered rule has its table here, <id>.test.ts, which runs that rule through the rule
// tester; and every table belongs to a registered rule. A new rule without examples, or a table
// left behind by a renamed rule, fails here.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ruleIds } from '../../../../src/core/rules';

const tables = readdirSync(__dirname)
  .filter((f) => f.endsWith('.test.ts') && f !== 'tables.test.ts')
  .map((f) => f.slice(0, -'.test.ts'.length));

test('the tables are exactly the registered rules', () => {
  expect([...tables].sort()).toEqual([...ruleIds].sort());
});

test.each(ruleIds)('%s.test.ts runs its own rule through the rule tester', (id) => {
  const source = readFileSync(join(__dirname, `${id}.test.ts`), 'utf8');
  expect(source).toContain(`from '../../../../src/core/rules/${id}'`);
  expect(source).toMatch(/\btestRule\(/);
});
