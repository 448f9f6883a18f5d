// Thunderbird MailExtension (manifest v3).
//   thunderbird        dist/thunderbird/ (background, compose-action popup, send dialog) and,
//                      after emit, dist/verifica-ticket.xpi (scripts/pack-xpi.mjs)
//   thunderbird-test   dist/thunderbird-test/: the test harness background module and the
//                      test manifest (adds harness.js, http://127.0.0.1/* and compose.send,
//                      accountsRead, accountsFolders, messagesImport). The end-to-end
//                      test zips dist/thunderbird/ + these files; nothing of it is shipped.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const {
  root,
  tsRule,
  resolve,
  preactResolve,
  compiledPhoneClassifier,
  NoPhoneLibraryPlugin,
} = require('./common.cjs');
const pkg = require('../../package.json');

/**
 * The extension's manifest is src/hosts/thunderbird/manifest.json (what it is called, which
 * permissions it asks for and why: docs/admin-thunderbird.md). The build sets only its version,
 * from package.json, and for the test build adds the harness and the test-only permissions.
 */
const srcDir = path.join(root, 'src/hosts/thunderbird');
const sourceManifest = JSON.parse(fs.readFileSync(path.join(srcDir, 'manifest.json'), 'utf8'));
const GECKO_ID = sourceManifest.browser_specific_settings.gecko.id;
/** Icon files the manifest names, copied from assets/. */
const icons = [
  ...new Set([
    ...Object.values(sourceManifest.icons),
    ...Object.values(sourceManifest.compose_action.default_icon),
  ]),
];

function manifest({ test }) {
  const out = { ...structuredClone(sourceManifest), version: pkg.version };
  if (test) {
    // The harness reports to the test over http://127.0.0.1 and sends/imports test mail.
    out.background.scripts.push('harness.js');
    out.permissions.push('compose.send', 'accountsRead', 'accountsFolders', 'messagesImport');
    out.host_permissions = ['http://127.0.0.1/*'];
  }
  return out;
}

class EmitManifestPlugin {
  constructor(content) {
    this.content = content;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EmitManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EmitManifestPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = `${JSON.stringify(this.content, null, 2)}\n`;
          compilation.emitAsset('manifest.json', new webpack.sources.RawSource(json));
        },
      );
    });
  }
}

/** Zips the emitted folder into dist/verifica-ticket.xpi once webpack has written it. */
class PackXpiPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('PackXpiPlugin', async (compilation) => {
      if (compilation.errors.length > 0) return;
      const { packXpi } = await import(pathToFileURL(path.join(root, 'scripts/pack-xpi.mjs')).href);
      const r = packXpi(
        compilation.outputOptions.path,
        path.join(root, 'dist/verifica-ticket.xpi'),
      );
      console.log(`Thunderbird: ${path.relative(root, r.out)} (${r.count} files, ${r.size} bytes)`);
    });
  }
}

function base(mode) {
  return {
    mode,
    target: ['web', 'es2022'],
    devtool: false, // webpack's development default uses eval, which extension pages forbid
    module: { rules: [tsRule('es2022')] },
    resolve,
    output: { filename: '[name].js', clean: true },
    optimization: { splitChunks: false, runtimeChunk: false, minimize: mode === 'production' },
    performance: { hints: false },
  };
}

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const shipped = {
    ...base(mode),
    name: 'thunderbird',
    entry: {
      background: path.join(srcDir, 'background.ts'),
      popup: path.join(srcDir, 'popup.ts'),
      'send-dialog': path.join(srcDir, 'send-dialog.ts'),
    },
    // The compose-action popup renders the task pane: on Preact, as in Outlook.
    resolve: preactResolve,
    output: { ...base(mode).output, path: path.join(root, 'dist/thunderbird') },
    plugins: [
      new CopyPlugin({
        patterns: [
          { from: path.join(srcDir, 'static'), to: '.' },
          ...icons.map((to) => ({ from: path.join(root, 'assets', to), to })),
        ],
      }),
      new EmitManifestPlugin(manifest({ test: false })),
      new PackXpiPlugin(),
      compiledPhoneClassifier(),
      new NoPhoneLibraryPlugin('The Thunderbird extension'),
    ],
  };
  const test = {
    ...base(mode),
    name: 'thunderbird-test',
    entry: { harness: path.join(root, 'tests/e2e/thunderbird/extension/harness.ts') },
    output: { ...base(mode).output, path: path.join(root, 'dist/thunderbird-test') },
    optimization: { ...base(mode).optimization, minimize: false },
    plugins: [
      new EmitManifestPlugin(manifest({ test: true })),
      compiledPhoneClassifier(),
      new CopyPlugin({
        patterns: [{ from: path.join(root, 'tests/e2e/thunderbird/extension/harness.html') }],
      }),
    ],
  };
  return [shipped, test];
};

module.exports.GECKO_ID = GECKO_ID;
module.exports.manifest = manifest;
