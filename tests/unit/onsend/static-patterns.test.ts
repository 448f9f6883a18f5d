// The build-time folding of word-list patterns into regex literals (build/webpack/
// static-patterns.cjs): every module of the engine that builds patterns must give the same
// values folded as written, and what cannot be known at build time must be left alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as acorn from 'acorn';
import * as esbuild from 'esbuild';

const { foldPatterns } = require('../../../build/webpack/static-patterns.cjs') as {
  foldPatterns: (source: string) => { code: string; folded: number };
};

const root = path.join(__dirname, '../../..');
const core = path.join(root, 'src/core');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The engine modules that build word-list patterns (word-list.ts itself aside). */
const patternModules = tsFiles(core).filter(
  (f) =>
    !f.endsWith('word-list.ts') &&
    /\b(?:pattern`|patternWith\(|anyOf\()/.test(readFileSync(f, 'utf8')),
);

const toJs = (source: string) =>
  esbuild.transformSync(source, { loader: 'ts', target: 'es2020', format: 'esm' }).code;

/** The names of a module's top-level consts. */
function topLevelConsts(js: string): string[] {
  const ast = acorn.parse(js, { ecmaVersion: 'latest', sourceType: 'module' });
  return ast.body.flatMap((stmt) => {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') return [];
    return decl.declarations.flatMap((d) => (d.id.type === 'Identifier' ? [d.id.name] : []));
  });
}

/**
 * Every top-level const of `entry`, with the engine bundled as written (fold: false) or with
 * every engine module folded as the on-send build does (fold: true).
 */
async function constsOf(entry: string, fold: boolean): Promise<Record<string, unknown>> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'fold',
        setup(build) {
          build.onLoad({ filter: /[\\/]src[\\/]core[\\/].*\.ts$/ }, (args) => {
            let js = toJs(readFileSync(args.path, 'utf8'));
            if (fold) js = foldPatterns(js).code;
            if (args.path === entry) {
              js += `\nexport const __consts__ = { ${topLevelConsts(js).join(', ')} };\n`;
            }
            return { contents: js, loader: 'js' };
          });
        },
      },
    ],
  });
  const module = { exports: {} as Record<string, unknown> };
  const run = vm.runInThisContext(
    `(function (module, exports) {${result.outputFiles[0]!.text}\n})`,
  );
  run(module, module.exports);
  return module.exports.__consts__ as Record<string, unknown>;
}

const tag = (value: unknown) => Object.prototype.toString.call(value);

/** Values comparable with toEqual (from any realm): a regex as its text, functions as a mark. */
function comparable(value: unknown): unknown {
  if (tag(value) === '[object RegExp]') return `RegExp ${String(value)}`;
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return value.map(comparable);
  if (tag(value) === '[object Set]') return [...(value as Set<unknown>)].map(comparable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v)]));
  }
  return value;
}

describe('word-list patterns folded at build time', () => {
  it('finds the modules that build patterns', () => {
    expect(patternModules.map((f) => path.relative(root, f))).toEqual(
      expect.arrayContaining([
        'src/core/classify/type-cues.ts',
        'src/core/classify/future-need.ts',
        'src/core/rules/named-operator.ts',
      ]),
    );
  });

  it.each(patternModules.map((f) => [path.relative(root, f), f]))(
    '%s: every top-level value is the same folded, and its patterns are folded',
    async (_name, file) => {
      const js = toJs(readFileSync(file, 'utf8'));
      const { code, folded } = foldPatterns(js);
      expect(folded).toBeGreaterThan(0);
      const asWritten = await constsOf(file, false);
      const built = await constsOf(file, true);
      expect(Object.keys(asWritten).length).toBeGreaterThan(0);
      expect(comparable(built)).toEqual(comparable(asWritten));
      // Folded code still parses as a module.
      expect(() =>
        acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }),
      ).not.toThrow();
    },
    30_000,
  );
});

describe('foldPatterns on small modules', () => {
  const header = "import { anyOf, pattern, patternWith } from '../text/word-list';\n";

  it('writes a pattern over known lists as a regex literal, flags included', () => {
    const { code, folded } = foldPatterns(
      `${header}const verbs = ['apro', 'chiudo'];\nconst more = [...verbs, /ri\\w+/];\n` +
        'export const re = patternWith("g")`\\b${more} (?:la|il) ${"pratica"}\\b`;\n' +
        'export const src = anyOf(verbs);\n',
    );
    expect(folded).toBe(2);
    expect(code).toContain('export const re = /\\b(?:apro|chiudo|ri\\w+) (?:la|il) pratica\\b/g;');
    expect(code).toContain('export const src = "(?:apro|chiudo)";');
  });

  it('folds a pattern made by a one-line helper over known lists', () => {
    const { code } = foldPatterns(
      `${header}const writeFor = (verbs) => pattern\`(?:\${verbs}) per\`.source;\n` +
        "const re = pattern`\\b${writeFor(['scrivo', 'chiedo'])}`;\n",
    );
    expect(code).toContain('const re = /\\b(?:(?:scrivo|chiedo)) per/;');
  });

  it('leaves alone what is only known at run time', () => {
    const cases = [
      // a name from another module
      `${header}import { words } from './words';\nconst re = pattern\`\${words}\`;\n`,
      // a parameter with the name of a top-level list
      `${header}const words = ['a'];\nfunction f(words) { return pattern\`\${words}\`; }\n`,
      // a list changed after its declaration
      `${header}const words = ['a'];\nwords.push('b');\nconst re = pattern\`\${words}\`;\n`,
      // a let, which may change
      `${header}let words = ['a'];\nconst re = pattern\`\${words}\`;\n`,
      // a value that is not text or a regex
      `${header}const n = { a: 1 };\nconst re = pattern\`\${n}\`;\n`,
    ];
    for (const source of cases) expect(foldPatterns(source)).toEqual({ code: source, folded: 0 });
  });

  it('leaves a module that does not use the word-list functions untouched', () => {
    const source = 'const pattern = (s) => s;\nconst re = pattern`x`;\n';
    expect(foldPatterns(source)).toEqual({ code: source, folded: 0 });
  });
});
