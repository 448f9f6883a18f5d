// Shared pieces of the webpack targets.
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

/** TypeScript/TSX through esbuild: fast, and emits no eval in production. */
function tsRule(target = 'es2020') {
  return {
    test: /\.[cm]?tsx?$/,
    loader: 'esbuild-loader',
    options: { target, jsx: 'automatic' },
  };
}

const resolve = { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] };

module.exports = { root, tsRule, resolve };
