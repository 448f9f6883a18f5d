// The rule as a unit: what must hold for every registered rule, so that adding, renaming or
// removing a rule cannot leave a part behind. No rule count is written anywhere: everything is
// derived from the registry (src/core/rules/index.ts).
// - its file src/core/rules/<id>.ts exports it, and every rule file is registered;
// - its table tests/unit/core/rules/<id>.test.ts runs it through the rule tester, and every table
//   belongs to a registered rule;
// - docs/rules.md has its row, with the same default severity;
// - its Italian and English messages have the same keys and the same {placeholders};
// - the corpus labels name only registered rules;
// - the admin file's schema accepts exactly the registered ids in its "rules" section.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { placeholdersOf } from '../../../../src/core/messages/interpolate';
import { registry, ruleIds } from '../../../../src/core/rules';
import { CORPUS_SETS, corpusDir } from '../../../corpus/labels';

const root = join(__dirname, '../../../..');
const rulesDir = join(root, 'src/core/rules');

describe('rule files', () => {
  test.each(ruleIds)('src/core/rules/%s.ts exports the rule with that id', (id) => {
    const file = join(rulesDir, `${id}.ts`);
    expect(existsSync(file)).toBe(true);
    const exported: unknown[] = Object.values(require(file) as object);
    expect(exported).toContain(registry[id]);
    expect(registry[id].id).toBe(id);
  });

  test('every file that defines a rule is registered under its file name', () => {
    const defining = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /\bdefineRule\(/.test(readFileSync(join(rulesDir, f), 'utf8')))
      .map((f) => f.slice(0, -'.ts'.length))
      .filter((name) => name !== 'rule');
    expect(defining.sort()).toEqual([...ruleIds].sort());
  });
});

describe('rule tables', () => {
  const tables = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.ts') && f !== 'meta.test.ts')
    .map((f) => f.slice(0, -'.test.ts'.length));

  test('the tables are exactly the registered rules', () => {
    expect([...tables].sort()).toEqual([...ruleIds].sort());
  });

  test.each(ruleIds)('%s.test.ts runs its own rule through the rule tester', (id) => {
    const source = readFileSync(join(__dirname, `${id}.test.ts`), 'utf8');
    expect(source).toContain(`from '../../../../src/core/rules/${id}'`);
    expect(source).toMatch(/\btestRule\(/);
  });
});

describe('docs/rules.md', () => {
  // A row of the rules table: "| [`subject-missing`](#subject-missing) | error | …".
  const rows = new Map<string, string>();
  for (const line of readFileSync(join(root, 'docs/rules.md'), 'utf8').split('\n')) {
    const m = /^\|\s*\[?`([a-z][a-z-]*)`\]?(?:\([^)]*\))?\s*\|\s*([^|]*)\|/.exec(line);
    if (m) rows.set(m[1]!, m[2]!.trim());
  }

  test.each(ruleIds)('has a row for %s with its default severity', (id) => {
    expect(rows.has(id)).toBe(true);
    expect(rows.get(id)!.split(/\s/)[0]).toBe(registry[id].severity);
  });

  test('has no row for a rule that does not exist', () => {
    expect([...rows.keys()].filter((id) => !(id in registry))).toEqual([]);
  });
});

/** A rule's texts, looked up by any key. */
function messagesOf(id: string): { it: Record<string, string>; en: Record<string, string> } {
  return registry[id as keyof typeof registry].messages;
}

describe('messages', () => {
  /**
   * Placeholders that only Italian grammar needs: "Invia ad atti@…" / "Invia a tributi@…" elide
   * the preposition; English says "Send to" either way.
   */
  const italianOnly: Record<string, Record<string, string[]>> = {
    'wrong-module-address': { fix: ['to'] },
  };

  test.each(ruleIds)('%s: English has the Italian keys and the same {placeholders}', (id) => {
    const texts = messagesOf(id);
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.it).sort());
    for (const key of Object.keys(texts.it)) {
      const grammar = italianOnly[id]?.[key] ?? [];
      const italian = placeholdersOf(texts.it[key]!).filter((p) => !grammar.includes(p));
      const english = placeholdersOf(texts.en[key]!);
      expect({ key, placeholders: english.sort() }).toEqual({ key, placeholders: italian.sort() });
    }
  });

  test('each Italian-only placeholder is still used in Italian and still absent in English', () => {
    for (const [id, keys] of Object.entries(italianOnly)) {
      const texts = messagesOf(id);
      for (const [key, names] of Object.entries(keys)) {
        for (const name of names) {
          expect(placeholdersOf(texts.it[key]!)).toContain(name);
          expect(placeholdersOf(texts.en[key]!)).not.toContain(name);
        }
      }
    }
  });
});

test.each(CORPUS_SETS)('corpus set %s labels only registered rules', (set) => {
  const { tickets } = JSON.parse(readFileSync(join(corpusDir(set), 'labels.json'), 'utf8')) as {
    tickets: { file: string; rules: string[] }[];
  };
  const unknown = tickets.flatMap((t) =>
    t.rules.filter((r) => !(r in registry)).map((r) => `${t.file}: ${r}`),
  );
  expect(unknown).toEqual([]);
});

test('the admin file schema lists exactly the registered rule ids (a misspelt id is refused)', () => {
  const schema = JSON.parse(
    readFileSync(join(root, 'assets/directory/ticket-directory.schema.json'), 'utf8'),
  ) as { properties: { rules: { propertyNames: { enum: string[] } } } };
  expect([...schema.properties.rules.propertyNames.enum].sort()).toEqual([...ruleIds].sort());
});

describe('advisory rules (info or off only)', () => {
  const advisory = ruleIds.filter((id) => registry[id].advisory);

  test('are info by default, and the admin file schema allows them info or off only', () => {
    expect(advisory.length).toBeGreaterThan(0);
    for (const id of advisory) expect(registry[id].severity).toBe('info');
    const schema = JSON.parse(
      readFileSync(join(root, 'assets/directory/ticket-directory.schema.json'), 'utf8'),
    ) as { properties: { rules: { properties: Record<string, { enum: string[] }> } } };
    const limited = schema.properties.rules.properties;
    expect(Object.keys(limited).sort()).toEqual([...advisory].sort());
    for (const id of advisory) expect(limited[id]!.enum).toEqual(['info', 'off']);
  });

  // No send verdict may depend on the ticket type (about 7 in 8 right on unseen tickets): the
  // on-send file does not even classify it (build/webpack/onsend.cjs).
  test('are the only rules that read the ticket type', () => {
    // Every module of the rules folder (helpers too) but the context's declaration.
    const readers = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && f !== 'rule.ts')
      .filter((f) => /\bticketType\b/.test(readFileSync(join(rulesDir, f), 'utf8')))
      .map((f) => f.slice(0, -'.ts'.length));
    expect(readers.sort()).toEqual([...advisory].sort());
  });
});
