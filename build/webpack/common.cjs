// Shared pieces of the webpack targets.
const path = require('path');
const webpack = require('webpack');

const root = path.resolve(__dirname, '..', '..');

/** TypeScript/TSX through esbuild: fast, and emits no eval in production. */
function tsRule(target = 'es2020') {
  return {
    test: /\.[cm]?tsx?$/,
    loader: 'esbuild-loader',
    options: { target, jsx: 'automatic' },
  };
}

/**
 * For Outlook bundles: Outlook always hands the body over as text, so the engine's HTML fallback
 * uses its dependency-free converter instead of htmlparser2 + entities (~20 KB gzip less).
 */
function lightHtmlToText() {
  // Any import of core/text/html-to-text, from the engine or a host module.
  return new webpack.NormalModuleReplacementPlugin(/(^|\/)html-to-text$/, (resource) => {
    resource.request = `${resource.request}-light`;
  });
}

const resolve = { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] };

module.exports = { root, tsRule, resolve, lightHtmlToText };
