// Webpack loader (after esbuild-loader): the word-list patterns of src/core become plain regex
// literals at build time. In the sources a pattern is a template over reviewable arrays
// (pattern`\b${verbs} ${objects}\b`, see src/core/text/word-list.ts); built, it is the RegExp
// those calls would make at load time, so the file carries `/\b(?:a|b) (?:c|d)\b/` instead of
// the arrays, the templates and the joining code (smaller, and nothing to build at start-up).
//
// Only what is known before run time is folded: string, number and regex literals, array
// literals (with spreads), template literals, String.raw, `.source` / `.flags` of a known
// regex, `+` on strings, and the word-list functions themselves (pattern, patternWith(flags),
// anyOf), read from top-level `const` bindings of the same module. The values are computed by
// the real word-list.ts, so a folded pattern is the one the sources make, by construction.
// Anything else (imports from other modules, locals, calls) is left as written. A top-level
// name that is declared again in an inner scope, assigned through, or mutated is not folded.
const fs = require('fs');
const path = require('path');
const Module = require('module');
const acorn = require('acorn');
const walk = require('acorn-walk');
const esbuild = require('esbuild');

const WORD_LIST = path.resolve(__dirname, '../../src/core/text/word-list.ts');
const MUTATORS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'add',
  'delete',
  'clear',
  'set',
]);

let wordList;
/** src/core/text/word-list.ts, compiled and loaded once per build. */
function loadWordList() {
  if (!wordList) {
    const { code } = esbuild.transformSync(fs.readFileSync(WORD_LIST, 'utf8'), {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
    });
    const mod = new Module(WORD_LIST);
    mod.filename = WORD_LIST;
    mod._compile(code, WORD_LIST);
    wordList = mod.exports;
  }
  return wordList;
}

class NotStatic extends Error {}

/** A RegExp from any realm (word-list.ts is loaded in its own module context). */
const isRegExp = (v) => Object.prototype.toString.call(v) === '[object RegExp]';

/** A top-level arrow function of one expression (`(verbs) => pattern`…`.source`). */
class StaticFunction {
  constructor(node, env) {
    this.node = node;
    this.env = env;
  }

  call(args, fns) {
    const scope = new Map(this.env);
    this.node.params.forEach((p, i) => scope.set(p.name, args[i]));
    return evaluate(this.node.body, scope, fns);
  }
}

/** The value of `node` when it is known at build time; throws NotStatic otherwise. */
function evaluate(node, env, fns) {
  const ev = (n) => evaluate(n, env, fns);
  switch (node.type) {
    case 'Literal':
      if (node.regex) return new RegExp(node.regex.pattern, node.regex.flags);
      if (typeof node.value === 'string' || typeof node.value === 'number') return node.value;
      throw new NotStatic();
    case 'Identifier':
      if (env.has(node.name)) return env.get(node.name);
      throw new NotStatic();
    case 'ArrayExpression': {
      const out = [];
      for (const el of node.elements) {
        if (!el) throw new NotStatic();
        if (el.type === 'SpreadElement') {
          const v = ev(el.argument);
          if (!Array.isArray(v)) throw new NotStatic();
          out.push(...v);
        } else out.push(ev(el));
      }
      return out;
    }
    case 'TemplateLiteral': {
      let s = node.quasis[0].value.cooked;
      node.expressions.forEach((e, i) => {
        const v = ev(e);
        if (typeof v !== 'string' && typeof v !== 'number') throw new NotStatic();
        s += String(v) + node.quasis[i + 1].value.cooked;
      });
      return s;
    }
    case 'TaggedTemplateExpression': {
      const tag = tagFunction(node.tag, env, fns);
      const { quasis, expressions } = node.quasi;
      const strings = Object.assign(
        quasis.map((q) => q.value.cooked),
        { raw: quasis.map((q) => q.value.raw) },
      );
      const values = expressions.map(ev);
      // What pattern`…` takes (word-list.ts): text, a regex, or a list of them; String.raw: text.
      const part =
        tag === String.raw
          ? (v) => typeof v === 'string' || typeof v === 'number'
          : (v) => typeof v === 'string' || isRegExp(v);
      if (
        !values.every((v) => part(v) || (tag !== String.raw && Array.isArray(v) && v.every(part)))
      )
        throw new NotStatic();
      return tag(strings, ...values);
    }
    case 'MemberExpression': {
      if (node.computed || node.property.type !== 'Identifier') throw new NotStatic();
      const v = ev(node.object);
      if (isRegExp(v) && (node.property.name === 'source' || node.property.name === 'flags'))
        return v[node.property.name];
      throw new NotStatic();
    }
    case 'CallExpression': {
      if (node.callee.type !== 'Identifier') throw new NotStatic();
      if (fns.get(node.callee.name) === 'anyOf') {
        if (node.arguments.length !== 1) throw new NotStatic();
        const list = ev(node.arguments[0]);
        if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' || isRegExp(v)))
          throw new NotStatic();
        return loadWordList().anyOf(list);
      }
      const fn = env.get(node.callee.name);
      if (fn instanceof StaticFunction && node.arguments.every((a) => a.type !== 'SpreadElement'))
        return fn.call(node.arguments.map(ev), fns);
      throw new NotStatic();
    }
    case 'BinaryExpression': {
      if (node.operator !== '+') throw new NotStatic();
      const a = ev(node.left);
      const b = ev(node.right);
      if (typeof a !== 'string' || typeof b !== 'string') throw new NotStatic();
      return a + b;
    }
    default:
      throw new NotStatic();
  }
}

/** pattern, patternWith('g') (imported from word-list) or String.raw as a tag. */
function tagFunction(tag, env, fns) {
  if (tag.type === 'Identifier' && fns.get(tag.name) === 'pattern') return loadWordList().pattern;
  if (
    tag.type === 'CallExpression' &&
    tag.callee.type === 'Identifier' &&
    fns.get(tag.callee.name) === 'patternWith' &&
    tag.arguments.length === 1
  ) {
    const flags = evaluate(tag.arguments[0], env, fns);
    if (typeof flags !== 'string') throw new NotStatic();
    return loadWordList().patternWith(flags);
  }
  if (
    tag.type === 'MemberExpression' &&
    !tag.computed &&
    tag.object.type === 'Identifier' &&
    tag.object.name === 'String' &&
    !env.has('String') &&
    tag.property.name === 'raw'
  ) {
    return String.raw;
  }
  throw new NotStatic();
}

/** Local names of pattern / patternWith / anyOf imported from the word-list module. */
function wordListImports(ast) {
  const fns = new Map();
  for (const stmt of ast.body) {
    if (stmt.type !== 'ImportDeclaration' || !/(^|\/)word-list(\.ts)?$/.test(stmt.source.value))
      continue;
    for (const spec of stmt.specifiers) {
      if (spec.type !== 'ImportSpecifier') continue;
      const name = spec.imported.name;
      if (name === 'pattern' || name === 'patternWith' || name === 'anyOf') {
        fns.set(spec.local.name, name);
      }
    }
  }
  return fns;
}

/**
 * Names that must not be folded: declared in an inner scope (a parameter, a local, a catch
 * clause), assigned, or mutated through a method or an element assignment.
 */
function unsafeNames(ast) {
  const unsafe = new Set();
  const declare = (pattern) => {
    if (!pattern) return;
    if (pattern.type === 'Identifier') unsafe.add(pattern.name);
    else if (pattern.type === 'ObjectPattern')
      pattern.properties.forEach((p) => declare(p.type === 'RestElement' ? p.argument : p.value));
    else if (pattern.type === 'ArrayPattern') pattern.elements.forEach(declare);
    else if (pattern.type === 'RestElement') declare(pattern.argument);
    else if (pattern.type === 'AssignmentPattern') declare(pattern.left);
  };
  walk.ancestor(ast, {
    VariableDeclarator(node, ancestors) {
      // Top-level declarations are the bindings themselves; every other one shadows.
      const parent = ancestors[ancestors.length - 2];
      const grand = ancestors[ancestors.length - 3];
      const topLevel =
        parent.type === 'VariableDeclaration' &&
        (grand.type === 'Program' ||
          (grand.type === 'ExportNamedDeclaration' &&
            ancestors[ancestors.length - 4]?.type === 'Program'));
      if (!topLevel) declare(node.id);
    },
    Function(node) {
      node.params.forEach(declare);
      if (node.id && node.type !== 'FunctionDeclaration') declare(node.id);
    },
    FunctionDeclaration(node, ancestors) {
      if (ancestors.length > 2) declare(node.id);
    },
    CatchClause(node) {
      declare(node.param);
    },
    ClassDeclaration(node) {
      declare(node.id);
    },
    AssignmentExpression(node) {
      declare(node.left);
      if (node.left.type === 'MemberExpression' && node.left.object.type === 'Identifier')
        unsafe.add(node.left.object.name);
    },
    UpdateExpression(node) {
      declare(node.argument);
    },
    CallExpression(node) {
      const c = node.callee;
      if (
        c.type === 'MemberExpression' &&
        c.object.type === 'Identifier' &&
        !c.computed &&
        MUTATORS.has(c.property.name)
      ) {
        unsafe.add(c.object.name);
      }
    },
  });
  return unsafe;
}

/** The source with every foldable word-list expression replaced by its literal value. */
function foldPatterns(source) {
  if (!/\b(?:pattern|patternWith|anyOf)\b/.test(source)) return { code: source, folded: 0 };
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const fns = wordListImports(ast);
  if (fns.size === 0) return { code: source, folded: 0 };
  const unsafe = unsafeNames(ast);
  const env = new Map();
  // Top-level consts in order: a later one may use an earlier one.
  for (const stmt of ast.body) {
    const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
    if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
    for (const d of decl.declarations) {
      if (d.id.type !== 'Identifier' || !d.init || unsafe.has(d.id.name)) continue;
      if (
        d.init.type === 'ArrowFunctionExpression' &&
        d.init.expression &&
        !d.init.async &&
        d.init.params.every((p) => p.type === 'Identifier')
      ) {
        // The environment as it is now: the body may only use what is declared above it.
        env.set(d.id.name, new StaticFunction(d.init, new Map(env)));
        continue;
      }
      try {
        env.set(d.id.name, evaluate(d.init, env, fns));
      } catch (err) {
        if (!(err instanceof NotStatic)) throw err;
      }
    }
  }
  for (const name of fns.keys()) env.delete(name);
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    const foldable =
      node.type === 'TaggedTemplateExpression' ||
      (node.type === 'CallExpression' &&
        node.callee.type === 'Identifier' &&
        fns.get(node.callee.name) === 'anyOf');
    if (foldable) {
      try {
        const value = evaluate(node, env, fns);
        if (isRegExp(value)) {
          edits.push([node.start, node.end, `/${value.source}/${value.flags}`]);
          return;
        }
        if (typeof value === 'string') {
          edits.push([node.start, node.end, JSON.stringify(value)]);
          return;
        }
      } catch (err) {
        if (!(err instanceof NotStatic)) throw err;
      }
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child.type === 'string') visit(child);
    }
  };
  visit(ast);
  let code = source;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    code = code.slice(0, start) + text + code.slice(end);
  }
  return { code, folded: edits.length };
}

module.exports = function staticPatternsLoader(source) {
  return foldPatterns(source).code;
};
module.exports.foldPatterns = foldPatterns;
