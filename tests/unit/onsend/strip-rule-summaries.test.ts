// The on-send build drops the contributors' one-line summary of each rule, and nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import * as esbuild from 'esbuild';
import { rules } from '../../../src/core/rules';

const { stripSummaries } = require('../../../build/webpack/strip-rule-summaries.cjs') as {
  stripSummaries: (source: string) => { code: string; stripped: number };
};

const rulesDir = path.join(__dirname, '../../../src/core/rules');
const toJs = (file: string) =>
  esbuild.transformSync(readFileSync(file, 'utf8'), {
    loader: 'ts',
    target: 'es2020',
    format: 'esm',
  }).code;

describe('strip-rule-summaries', () => {
  const ruleFiles = rules.map((r) => path.join(rulesDir, `${r.id}.ts`));

  it.each(ruleFiles.map((f) => [path.basename(f), f]))(
    '%s loses its summary and keeps every other part of the rule',
    (_name, file) => {
      const js = toJs(file);
      const { code, stripped } = stripSummaries(js);
      expect(stripped).toBe(1);
      expect(() =>
        acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }),
      ).not.toThrow();
      // What was cut is the summary property and its comma, nothing more.
      const removed = js.length - code.length;
      const summary = rules.find((r) => file.endsWith(`${r.id}.ts`))!.summary;
      expect(removed).toBeGreaterThan(summary.length);
      expect(removed).toBeLessThan(summary.length + 40);
      expect(code).not.toContain(JSON.stringify(summary).slice(1, -1).slice(0, 30));
    },
  );

  it('leaves other modules of the rules folder as they are', () => {
    const others = readdirSync(rulesDir)
      .filter((f) => f.endsWith('.ts') && !rules.some((r) => f === `${r.id}.ts`))
      .map((f) => path.join(rulesDir, f));
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) expect(stripSummaries(toJs(file)).stripped).toBe(0);
  });

  it('drops a last summary and leaves a computed one or another call alone', () => {
    expect(stripSummaries("defineRule({ id: 'x', summary: 'One line.' });").code).toBe(
      "defineRule({ id: 'x',  });",
    );
    const kept = [
      'defineRule({ id: "x", summary: describe("x") });',
      'defineOther({ id: "x", summary: "One line." });',
      'const summary = "One line."; defineRule({ summary });',
    ];
    for (const source of kept)
      expect(stripSummaries(source)).toEqual({ code: source, stripped: 0 });
  });
});
