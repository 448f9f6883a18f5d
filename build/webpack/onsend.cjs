// Outlook on-send (Smart Alerts) target and the production manifest.
//   dist/outlook/onsend.js      one self-contained ES2016 file: classic Outlook on Windows runs it
//                               alone (no DOM, no import); onsend.html loads it elsewhere
//   dist/outlook/onsend.html    the HTML runtime page (office.js from Microsoft's CDN + onsend.js)
//   dist/outlook/manifest.xml   manifest.xml with every URL pointing at ADDIN_URL, the version of
//                               package.json and, with ADDIN_ID, the deployment's own Id
//   dist/outlook/assets/        icons; ticket-directory.json (+ schema) beside the files
//   dist/outlook/.well-known/microsoft-officeaddins-allowed.json   lets the classic Windows
//                               runtime fetch ticket-directory.json (goes at the origin root)
// ADDIN_URL comes from `--env ADDIN_URL=https://host/path/` or the ADDIN_URL variable; ADDIN_ID
// (a GUID) from `--env ADDIN_ID=…` or the ADDIN_ID variable.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const webpack = require('webpack');
const CopyPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const acorn = require('acorn');
const esbuild = require('esbuild');
const walk = require('acorn-walk');
const {
  root,
  resolve,
  lightHtmlToText,
  compiledPhoneClassifier,
  NoPhoneLibraryPlugin,
} = require('./common.cjs');
const pkg = require('../../package.json');

const DEV_URL = 'https://localhost:3443/';
const TARGET = 'es2016'; // classic Outlook builds before 2403 only parse ES2016
const MODULE_TARGET = 'es2020';
// Decimal kilobytes, like the pane's 200 KB budget (scripts/size.mjs, which also breaks it down
// by module with --modules). Issue 12's target: the engine must fit with room for more rules.
const BUDGET_GZIP = 40_000;
const srcDir = path.join(root, 'src/hosts/outlook/onsend');

/** Validates ADDIN_URL: https, no query or fragment, ends with a slash. Throws a clear error. */
function addinUrl(raw) {
  if (raw === undefined || raw === '') return DEV_URL;
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    throw new Error(`ADDIN_URL "${raw}" is not a valid URL (expected https://host/path/)`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `ADDIN_URL "${raw}" must start with https:// — Outlook loads add-in files only over https`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL "${raw}" must not have a query (?…) or fragment (#…)`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates ADDIN_ID: a GUID (one per deployment that hosts its own copy). Throws a clear error. */
function addinId(raw) {
  if (raw === undefined || raw === '') return undefined;
  if (!GUID.test(String(raw))) {
    throw new Error(
      `ADDIN_ID "${raw}" is not a GUID (expected e.g. 2a145045-4d9e-4430-a581-e95d5f7ab1ad; ` +
        'on Linux `cat /proc/sys/kernel/random/uuid`, on Windows `New-Guid`)',
    );
  }
  return String(raw).toLowerCase();
}

/** package.json's version as the manifest wants it: four numbers (0.1.0 -> 0.1.0.0). */
function manifestVersion(version) {
  const parts = String(version)
    .replace(/[-+].*$/, '')
    .split('.');
  while (parts.length < 4) parts.push('0');
  return parts.slice(0, 4).join('.');
}

/**
 * The manifest as deployed: every development URL replaced by the hosting address, the version
 * of package.json, the deployment's own Id when given, and the development comment replaced.
 */
function productionManifest(xml, base, { version = pkg.version, id } = {}) {
  let out = xml.split(DEV_URL).join(base);
  out = out.replace(
    /<!--[\s\S]*?-->/,
    `<!-- Verifica Ticket ${version}, built by \`npm run build\` for ${base}.\n` +
      '     Deployment, updates and removal: docs/admin.md (docs/en/admin.md in English). -->',
  );
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (id) out = out.replace(/<Id>[^<]*<\/Id>/, `<Id>${id}</Id>`);
  return out;
}

/**
 * esbuild lowers most newer regex syntax to `new RegExp(...)` but leaves Unicode property escapes
 * (\\p{L}) as literals, which an ES2016 engine cannot even parse: the whole file would fail and
 * the handler never be registered. As constructor calls they can only fail when the engine code
 * runs, which the entry catches (the mail is then sent unchecked). Returns the fixed code.
 */
function lowerRegexLiterals(code) {
  const ast = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  const edits = [];
  walk.simple(ast, {
    Literal(node) {
      if (!node.regex) return;
      const { pattern, flags } = node.regex;
      try {
        acorn.parse(`/${pattern}/${flags}`, { ecmaVersion: 2016 });
      } catch {
        edits.push([
          node.start,
          node.end,
          `new RegExp(${JSON.stringify(pattern)},${JSON.stringify(flags)})`,
        ]);
      }
    },
  });
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return { code: out, lowered: edits.length };
}

/** Throws with the place of the first syntax an ES2016 engine would reject. */
function assertEs2016(code, file) {
  try {
    acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' });
  } catch (err) {
    const at = err.pos ?? 0;
    throw new Error(
      `${file} is not ES2016 (classic Outlook cannot load it): ${err.message} near ` +
        JSON.stringify(code.slice(Math.max(0, at - 60), at + 60)),
    );
  }
}

/** Built-in APIs newer than ES2016 that the file calls (syntax is lowered; APIs are not). */
const NEWER_APIS = [
  'Object.entries(',
  'Object.values(',
  'Object.fromEntries(',
  '.padStart(',
  '.padEnd(',
  '.trimStart(',
  '.trimEnd(',
  '.flatMap(',
  '.flat(',
  '.matchAll(',
  '.replaceAll(',
  '.finally(',
  'Promise.allSettled(',
  'globalThis',
  'BigInt(',
];

/** Lowers the bundled file to ES2016 in one pass, before minification: one set of helpers. */
class LowerOncePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LowerOncePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'LowerOncePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        () => {
          const asset = compilation.getAsset('onsend.js');
          if (!asset) return;
          try {
            // format iife: esbuild's helpers stay out of the global scope.
            const { code } = esbuild.transformSync(asset.source.source().toString(), {
              target: TARGET,
              format: 'iife',
            });
            compilation.updateAsset('onsend.js', new webpack.sources.RawSource(code));
          } catch (err) {
            compilation.errors.push(err instanceof Error ? err : new Error(String(err)));
          }
        },
      );
    });
  }
}

function loudWarning(lines) {
  const bar = '!'.repeat(78);
  return ['', bar, ...lines.map((l) => `!! ${l}`), bar, ''].join('\n');
}

class OnSendAssetsPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { base, production, id } = this.options;
    const manifestPath = path.join(root, 'manifest.xml');
    compiler.hooks.thisCompilation.tap('OnSendAssetsPlugin', (compilation) => {
      compilation.fileDependencies.add(manifestPath);
      compilation.hooks.processAssets.tap(
        { name: 'OnSendAssetsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const xml = productionManifest(fs.readFileSync(manifestPath, 'utf8'), base, { id });
          compilation.emitAsset('manifest.xml', new webpack.sources.RawSource(xml));
          const allowed = { allowed: [`${base}onsend.js`] };
          compilation.emitAsset(
            '.well-known/microsoft-officeaddins-allowed.json',
            new webpack.sources.RawSource(`${JSON.stringify(allowed, null, 2)}\n`),
          );
        },
      );
      // After minification: the file as Outlook will get it.
      compilation.hooks.processAssets.tap(
        {
          name: 'OnSendAssetsPlugin',
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER,
        },
        () => {
          const asset = compilation.getAsset('onsend.js');
          if (!asset) return;
          try {
            const { code } = lowerRegexLiterals(asset.source.source().toString());
            assertEs2016(code, 'onsend.js');
            if (/\beval\s*\(|\bnew Function\b|\bimport\s*\(/.test(code)) {
              throw new Error('onsend.js contains eval, new Function or import(): not allowed');
            }
            compilation.updateAsset('onsend.js', new webpack.sources.RawSource(code));
          } catch (err) {
            compilation.errors.push(err instanceof Error ? err : new Error(String(err)));
          }
        },
      );
    });
    compiler.hooks.afterEmit.tap('OnSendAssetsPlugin', (compilation) => {
      const file = path.join(compilation.outputOptions.path, 'onsend.js');
      if (fs.existsSync(file)) {
        const raw = fs.readFileSync(file);
        const gz = zlib.gzipSync(raw, { level: 9 }).length;
        const verdict = gz <= BUDGET_GZIP ? 'within' : 'OVER';
        console.log(
          `onsend.js: ${raw.length} bytes, ${gz} bytes gzip (${verdict} the ${BUDGET_GZIP} bytes budget)`,
        );
        const text = raw.toString('utf8');
        const newer = NEWER_APIS.filter((api) => text.includes(api));
        if (newer.length > 0) {
          console.log(
            `onsend.js calls APIs newer than ES2016 (where missing, the check fails open): ${newer.join(' ')}`,
          );
        }
        if (gz > BUDGET_GZIP) {
          compilation.warnings.push(
            new Error(`onsend.js is ${gz} bytes gzip, budget ${BUDGET_GZIP}`),
          );
        }
      }
      console.log(
        `Outlook manifest: ${path.join(compilation.outputOptions.path, 'manifest.xml')} → ${base}`,
      );
      const directory = JSON.parse(
        fs.readFileSync(path.join(root, 'assets/directory/ticket-directory.json'), 'utf8'),
      );
      if (production && directory.placeholder) {
        console.warn(
          loudWarning([
            'WARNING: the bundled ticket-directory.json still holds PLACEHOLDER addresses.',
            'Ticket mails to the real helpdesk addresses will not be recognised until the',
            'admin puts the official addresses (https://www.palitalsoft.it/indirizzi-per-ticket/)',
            'in ticket-directory.json beside the hosted files. See docs/admin.md.',
          ]),
        );
      }
      if (production && base === DEV_URL) {
        console.warn(
          'Outlook manifest still points at https://localhost:3443/ (no ADDIN_URL given): ' +
            'for deployment run `npm run build -- --env ADDIN_URL=https://host/path/`.',
        );
      }
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const base = addinUrl(env.ADDIN_URL ?? process.env.ADDIN_URL);
  const id = addinId(env.ADDIN_ID ?? process.env.ADDIN_ID);
  const outDir = env.OUTLOOK_OUT ? path.resolve(env.OUTLOOK_OUT) : path.join(root, 'dist/outlook');
  // Modules are compiled for ES2020 and the whole file is lowered to ES2016 once (LowerOnce
  // below): lowered per module, every file carried its own copy of esbuild's helpers
  // (__async, __spreadValues…): 1.1 KB gzip of duplicates.
  const esbuild = (loader) => ({
    loader: 'esbuild-loader',
    options: { loader, target: MODULE_TARGET },
  });
  return {
    name: 'onsend',
    mode,
    entry: { onsend: path.join(srcDir, 'entry.ts') },
    // No platform runtime code: the file must run without document, import() or chunk loading.
    target: ['web', TARGET],
    devtool: false, // webpack's development default uses eval, which the runtimes forbid
    module: {
      rules: [
        {
          test: /\.[cm]?tsx?$/,
          // Loaders run last to first: esbuild strips the types, the rules lose their
          // contributors' summaries (strip-rule-summaries.cjs) and the word-list patterns
          // become regex literals (static-patterns.cjs).
          use: [
            { loader: require.resolve('./static-patterns.cjs') },
            { loader: require.resolve('./strip-rule-summaries.cjs') },
            esbuild('ts'),
          ],
        },
        // Dependencies too: everything in the one file must parse as ES2016.
        { test: /\.[cm]?js$/, use: [esbuild('js')] },
      ],
    },
    resolve,
    // No `global` shim: webpack's uses new Function, which the runtimes forbid.
    node: { global: false },
    output: {
      path: outDir,
      filename: '[name].js',
      iife: true,
      chunkLoading: false,
      wasmLoading: false,
      asyncChunks: false,
      environment: { module: false, dynamicImport: false },
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimize: mode === 'production',
      // Terser (ES2016 output, two passes): a few KB of gzip less than esbuild's minifier.
      // hoist_funs puts each scope's function declarations first, where the language hoists
      // them anyway: 0.5 KB gzip less (functions side by side compress better).
      // pure_getters: reading a property has no side effect (no getters in the engine's data;
      // Office's objects are only read for their values): 150 B gzip less. unsafe: String(x) as
      // ""+x and the like, safe for strings, numbers and errors: 110 B. ascii_only: accented
      // letters as \xe0 escapes, which gzip codes better than two-byte UTF-8: 190 B (the
      // strings are the same). Measured and left out: passes 3-5, toplevel, unsafe_arrows,
      // unsafe_methods, unsafe_comps (each within 0.03 KB); booleans_as_integers would hand
      // Outlook allowEvent: 1 instead of true.
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: {
            ecma: 2016,
            compress: { passes: 2, hoist_funs: true, pure_getters: true, unsafe: true },
            format: { comments: false, ascii_only: true },
          },
        }),
      ],
    },
    performance: { hints: false }, // our own gzip budget is printed instead
    plugins: [
      new webpack.DefinePlugin({ __ADDIN_URL__: JSON.stringify(base) }),
      lightHtmlToText(),
      // An invalid admin file is only logged on Send: its first problem, not every one in words.
      new webpack.NormalModuleReplacementPlugin(/(^|\/)schema-issues$/, (resource) => {
        resource.request = path.join(srcDir, 'brief-schema-issues.ts');
      }),
      // Findings on Send need their message, not the text of their fix (the pane builds it).
      new webpack.NormalModuleReplacementPlugin(
        /(^|\/)fixes\/(propose-subject|signature-block|ticket-template)$/,
        (resource) => {
          resource.request = path.join(srcDir, 'no-fix-text.ts');
        },
      ),
      // Only advisory rules read the ticket type (never raised above info): no verdict needs it.
      new webpack.NormalModuleReplacementPlugin(/(^|\/)classify\/context-type$/, (resource) => {
        resource.request = path.join(srcDir, 'no-ticket-type.ts');
      }),
      // Phone numbers: the compiled classifier, 6.8 KB gzip less (onsend.js 60,263 -> 53,454
      // bytes on main 707266a).
      compiledPhoneClassifier(),
      // No directory of its own: the send check reads the hosted ticket-directory.json
      // (office-environment.ts) and lets the mail go unchecked when it cannot. 2.5 KB gzip less.
      new webpack.NormalModuleReplacementPlugin(
        /[\\/]assets[\\/]directory[\\/]ticket-directory\.json$/,
        (resource) => {
          resource.request = path.join(srcDir, 'no-bundled-directory.ts');
        },
      ),
      new NoPhoneLibraryPlugin('onsend.js'),
      new LowerOncePlugin(),
      new CopyPlugin({
        patterns: [
          { from: path.join(srcDir, 'onsend.html'), to: 'onsend.html' },
          { from: path.join(srcDir, 'support.html'), to: 'support.html' },
          { from: path.join(root, 'assets/icons'), to: 'assets' },
          { from: path.join(root, 'assets/directory/ticket-directory.json'), to: '.' },
          { from: path.join(root, 'assets/directory/ticket-directory.schema.json'), to: '.' },
        ],
      }),
      new OnSendAssetsPlugin({ base, id, production: mode === 'production' }),
    ],
  };
};

module.exports.addinUrl = addinUrl;
module.exports.addinId = addinId;
module.exports.manifestVersion = manifestVersion;
module.exports.productionManifest = productionManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.BUDGET_GZIP = BUDGET_GZIP;
