// Webpack loader (last in the chain, on our modules and on Fluent UI's): `tokens.colorX`, read
// from Fluent's `tokens` object, becomes the string it holds, "var(--colorX)". Griffel's
// ahead-of-time pass already does this inside makeStyles; this covers what is left at run time
// (an icon's primaryFill, a few lines of Fluent's own style files). With no reader left, Fluent's
// `tokens` module (every token's name and var() string: 3.5 KB gzip) drops out of the pane,
// and every token the pane uses is written where it is used, so build/webpack/pane-theme.cjs can
// see them all in the built files.
//
// Only `tokens` imported by name from @fluentui/react-components, @fluentui/react-theme or
// @fluentui/tokens, and read as `tokens.name` with a name the object has. A module that uses the
// binding any other way (tokens[key], passes it on, declares the name again) is left as written.
const acorn = require('acorn');
const walk = require('acorn-walk');
const { tokens } = require('@fluentui/tokens');

const SOURCES = new Set([
  '@fluentui/react-components',
  '@fluentui/react-theme',
  '@fluentui/tokens',
]);

/** The code with every `tokens.name` replaced by its string, or the code itself. */
function tokenLiterals(code) {
  if (!/\btokens\b/.test(code)) return code;
  let ast;
  try {
    ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return code;
  }
  const locals = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !SOURCES.has(node.source.value)) continue;
    for (const spec of node.specifiers) {
      const imported = spec.imported?.name ?? spec.imported?.value;
      if (spec.type === 'ImportSpecifier' && imported === 'tokens') locals.add(spec.local.name);
    }
  }
  if (locals.size === 0) return code;
  const edits = [];
  const replaced = new Set();
  walk.simple(ast, {
    MemberExpression(node) {
      const { object, property } = node;
      if (
        object.type === 'Identifier' &&
        locals.has(object.name) &&
        !node.computed &&
        property.type === 'Identifier' &&
        Object.hasOwn(tokens, property.name)
      ) {
        edits.push([node.start, node.end, JSON.stringify(tokens[property.name])]);
        replaced.add(object);
      }
    },
  });
  // Every other mention of the name (bar the import itself) must be gone: otherwise it may be
  // another binding, or the object is needed whole.
  let otherUse = false;
  walk.full(ast, (node) => {
    if (node.type === 'Identifier' && locals.has(node.name) && !replaced.has(node)) {
      otherUse = true;
    }
  });
  // walk.full visits neither import nor export specifiers' names (nor non-computed keys).
  for (const node of ast.body) {
    if (node.type !== 'ExportNamedDeclaration') continue;
    for (const spec of node.specifiers) if (locals.has(spec.local.name)) otherUse = true;
  }
  if (otherUse || edits.length === 0) return code;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

module.exports = function tokenLiteralsLoader(source) {
  return tokenLiterals(source);
};
module.exports.tokenLiterals = tokenLiterals;
