// Thunderbird MailExtension (manifest v3).
//   thunderbird        dist/thunderbird/ (background, compose-action popup, send dialog) and,
//                      after emit, dist/verifica-ticket.xpi (scripts/pack-xpi.mjs)
//   thunderbird-test   dist/thunderbird-test/: the test harness background module and the
//                      test manifest (adds http://127.0.0.1/* and compose.send). The end-to-end
//                      test zips dist/thunderbird/ + these files; nothing of it is shipped.
const path = require('path');
const { pathToFileURL } = require('url');
const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const { root, tsRule, resolve } = require('./common.cjs');
const pkg = require('../../package.json');

const GECKO_ID = 'verifica-ticket@verifica-ticket.example';
const srcDir = path.join(root, 'src/hosts/thunderbird');
const icons = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  64: 'icons/icon-64.png',
  128: 'icons/icon-128.png',
};

function manifest({ test }) {
  return {
    manifest_version: 3,
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    version: pkg.version,
    default_locale: 'it',
    // No data_collection_permissions: Thunderbird 128 does not know the key (the extension
    // collects and transmits nothing).
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } },
    icons,
    background: { scripts: test ? ['background.js', 'harness.js'] : ['background.js'] },
    compose_action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'popup.html',
      default_icon: { 16: icons[16], 32: icons[32] },
    },
    // messagesRead: the author and subject of the mail being answered (reply to a notification).
    permissions: [
      'compose',
      'messagesRead',
      'storage',
      ...(test ? ['compose.send', 'accountsRead', 'accountsFolders', 'messagesImport'] : []),
    ],
    ...(test ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
  };
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
    output: { ...base(mode).output, path: path.join(root, 'dist/thunderbird') },
    plugins: [
      new CopyPlugin({
        patterns: [
          { from: path.join(srcDir, 'static'), to: '.' },
          ...Object.values(icons).map((to) => ({
            from: path.join(root, 'assets', to),
            to,
          })),
        ],
      }),
      new EmitManifestPlugin(manifest({ test: false })),
      new PackXpiPlugin(),
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
      new CopyPlugin({
        patterns: [{ from: path.join(root, 'tests/e2e/thunderbird/extension/harness.html') }],
      }),
    ],
  };
  return [shipped, test];
};

module.exports.GECKO_ID = GECKO_ID;
module.exports.manifest = manifest;
