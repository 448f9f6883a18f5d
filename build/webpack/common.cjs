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

/**
 * For every browser bundle (onsend.js, the task pane, the Thunderbird extension): phone numbers
 * are classified with libphonenumber-js's own metadata compiled into regex literals at build time
 * (src/core/phone/compiled-classify-number.ts, `npm run phone-classifier`), not with the library
 * and its metadata interpreter: the same answers (tests/unit/onsend/compiled-classify-number*),
 * about 7 KB gzip less in each. The CLI and the npm package keep the library.
 */
function compiledPhoneClassifier() {
  return new webpack.NormalModuleReplacementPlugin(/(^|\/)classify-number$/, (resource) => {
    resource.request = path.join(root, 'src/core/phone/compiled-classify-number.ts');
  });
}

/**
 * With compiledPhoneClassifier: if libphonenumber-js or its metadata file reach the bundle anyway
 * (a new import somewhere in the engine), the build fails instead of growing silently.
 */
class NoPhoneLibraryPlugin {
  constructor(bundle) {
    this.bundle = bundle;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('NoPhoneLibraryPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('NoPhoneLibraryPlugin', (modules) => {
        for (const module of modules) {
          const file = module.resource ?? '';
          if (/[\\/]libphonenumber-js[\\/]|[\\/]phone[\\/]metadata\.it\.json$/.test(file)) {
            compilation.errors.push(
              new Error(
                `${this.bundle} must not bundle ${path.relative(root, file)}: its phone numbers are ` +
                  'classified by src/core/phone/compiled-classify-number.ts',
              ),
            );
            return;
          }
        }
      });
    });
  }
}

const resolve = { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] };

/** Browser bundles with the task pane: React's API served by Preact's compatibility layer. */
const preactResolve = {
  ...resolve,
  alias: {
    react$: 'preact/compat',
    'react-dom$': 'preact/compat',
    'react-dom/client$': 'preact/compat/client',
    'react/jsx-runtime$': 'preact/jsx-runtime',
    'react/jsx-dev-runtime$': 'preact/jsx-runtime',
  },
};

module.exports = {
  root,
  tsRule,
  resolve,
  preactResolve,
  lightHtmlToText,
  compiledPhoneClassifier,
  NoPhoneLibraryPlugin,
};
