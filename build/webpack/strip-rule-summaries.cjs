// Webpack loader (after esbuild-loader) for the on-send build: drops the `summary` of each
// defineRule({…}) in src/core/rules. A summary is one line for contributors and docs/rules.md
// (tests read it from the sources); no code reads it at run time, and onsend.js is measured by
// the byte. Only a plain text value is dropped; anything else is left as written.
const acorn = require('acorn');
const walk = require('acorn-walk');

function stripSummaries(source) {
  if (!source.includes('summary')) return { code: source, stripped: 0 };
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module' });
  const cuts = [];
  walk.simple(ast, {
    CallExpression(node) {
      if (node.callee.type !== 'Identifier' || node.callee.name !== 'defineRule') return;
      const [definition] = node.arguments;
      if (definition?.type !== 'ObjectExpression') return;
      const props = definition.properties;
      props.forEach((p, i) => {
        const isSummary =
          p.type === 'Property' &&
          !p.computed &&
          ((p.key.type === 'Identifier' && p.key.name === 'summary') || p.key.value === 'summary');
        const text =
          p.value?.type === 'Literal'
            ? typeof p.value.value === 'string'
            : p.value?.type === 'TemplateLiteral' && p.value.expressions.length === 0;
        // Up to the next property, so its comma goes too.
        if (isSummary && text) cuts.push([p.start, props[i + 1]?.start ?? p.end]);
      });
    },
  });
  let code = source;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    code = code.slice(0, start) + code.slice(end);
  }
  return { code, stripped: cuts.length };
}

module.exports = function stripRuleSummariesLoader(source) {
  return stripSummaries(source).code;
};
module.exports.stripSummaries = stripSummaries;
