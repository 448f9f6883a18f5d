// Outlook task pane and the preview page.
//   dist/outlook/taskpane.html + taskpane.[hash].js (+ lazy chunks)   office.js from Microsoft's CDN
//   dist/preview/index.html + JS    simulated compose window + the same task pane entry over an
//                                   in-page Office.js subset (no office.js)
// dist/outlook is shared with the on-send target: only the task pane's own old files are cleaned.
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const webpack = require('webpack');
const {
  root,
  tsRule,
  preactResolve,
  lightHtmlToText,
  compiledPhoneClassifier,
  NoPhoneLibraryPlugin,
} = require('./common.cjs');
const { PaneThemePlugin } = require('./pane-theme.cjs');

const TARGET = 'es2020'; // Fluent UI v9 supports evergreen engines only (no IE 11)
const taskpaneEntry = path.join(root, 'src/hosts/outlook/taskpane/index.tsx');
const previewDir = path.join(root, 'src/hosts/preview');

function base(mode) {
  const production = mode === 'production';
  return {
    mode,
    target: ['web', TARGET],
    // No eval-based source maps: Outlook and the add-in rules forbid eval in shipped code.
    devtool: production ? false : 'source-map',
    // As in onsend.js: the word-list patterns become regex literals (smaller, and nothing to
    // build while the pane starts), the rules lose their contributors' summaries (no code reads
    // them at run time; the pane shows each finding's message: 0.7 KB gzip less), and phone
    // numbers are classified without libphonenumber-js.
    module: {
      rules: [
        {
          test: tsRule(TARGET).test,
          use: [
            // Fluent's `tokens.name` read at run time becomes its "var(--name)" string.
            { loader: require.resolve('./token-literals.cjs') },
            // Griffel's ahead-of-time pass (as Fluent UI ships its own components): our makeStyles
            // calls become precomputed class names and CSS rules, so the pane does not carry
            // Griffel's runtime style resolver (stylis, rtl-css-js: ~6 KB gzip). It reads the
            // JavaScript esbuild made, last in the chain.
            // Its build-time evaluation of the style modules runs on React itself, not on the
            // Preact alias (whose ES module it cannot load).
            {
              loader: require.resolve('@griffel/webpack-loader'),
              options: { inheritResolveOptions: ['modules', 'plugins'] },
            },
            { loader: require.resolve('./static-patterns.cjs') },
            { loader: require.resolve('./strip-rule-summaries.cjs') },
            { loader: tsRule(TARGET).loader, options: tsRule(TARGET).options },
          ],
        },
        // The same in Fluent UI's own modules (the style files of Button, Input, Select…).
        {
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: [{ loader: require.resolve('./token-literals.cjs') }],
        },
      ],
    },
    resolve: preactResolve,
    optimization: {
      minimize: production,
      // Shortest names for what the lazy chunks import from the pane's file, and shortest ids
      // for the modules and chunks left unconcatenated (React, JSON), instead of hashed ones:
      // 0.5 KB gzip less (mangleExports -339 B, ids -139 B at e5b29cf0). The ids move when
      // modules come and go; file names carry a content hash either way.
      mangleExports: 'size',
      moduleIds: 'size',
      chunkIds: 'size',
      // Terser: about 8% less gzip than esbuild's minifier on this bundle, for ~10 s more build.
      // hoist_funs puts each scope's function declarations first, where the language hoists them
      // anyway (functions side by side compress better): 1.5 KB gzip less. ascii_only writes
      // accented letters as \xe0 escapes, which gzip codes better than two-byte UTF-8 (the
      // strings and regex literals are the same; the pane has no character beyond U+FFFF):
      // 0.3 KB. Together 197,545 -> 195,713 bytes gzip at 72fc1ff6, as in onsend.js. Measured and
      // left out: passes 3 (+39 B), keep_fargs: false (+4 B); pure_getters and unsafe (0.3 and
      // 0.2 KB) assume things of React's and Fluent's objects that nobody has checked.
      minimizer: [
        new TerserPlugin({
          parallel: 2,
          extractComments: false,
          terserOptions: {
            ecma: 2020,
            compress: { passes: 2, hoist_funs: true },
            format: { comments: false, ascii_only: true },
          },
        }),
      ],
    },
    performance: { hints: false }, // scripts/size.mjs reports sizes against the budget
    plugins: [
      lightHtmlToText(),
      compiledPhoneClassifier(),
      new NoPhoneLibraryPlugin('The task pane'),
      // V8's explicit compile hint (Chromium 136+, as in Edge WebView2): every function of the
      // pane's initial scripts is compiled on a background thread while the file streams in,
      // not on the main thread at its first call. Most of it runs before the first report
      // (preview load, Chromium 156: main-thread compile ~95 -> ~22 ms, background ~100 ->
      // ~160 ms). Lazy chunks (chunks/…) stay lazy. Added after Terser, which drops comments;
      // other engines ignore it.
      new webpack.BannerPlugin({
        banner: '//# allFunctionsCalledOnLoad',
        raw: true,
        test: /^[^/]+\.js$/,
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING,
      }),
    ],
  };
}

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  return [
    {
      ...base(mode),
      name: 'outlook',
      entry: { taskpane: taskpaneEntry },
      output: {
        path: path.join(root, 'dist/outlook'),
        filename: '[name].[contenthash:8].js',
        chunkFilename: 'chunks/[name].[contenthash:8].js',
        // Relative to the page: taskpane.html, its script and chunks/ are always served from one
        // folder (the HTML names its script that way too). 'auto' worked the same out from the
        // running script's address, with 0.2 KB gzip of code.
        publicPath: '',
        // Remove only our own stale hashed files; the on-send target writes here too.
        clean: { keep: (file) => !/^(taskpane\.[0-9a-f]+\.js|chunks\/)/.test(file) },
      },
      plugins: [
        ...base(mode).plugins,
        // The theme trimmed to the tokens the pane reads; this build checks the list.
        new PaneThemePlugin({ check: true }),
        new HtmlWebpackPlugin({
          template: path.join(root, 'src/hosts/outlook/taskpane/taskpane.html'),
          filename: 'taskpane.html',
          chunks: ['taskpane'],
          scriptLoading: 'defer',
        }),
      ],
    },
    {
      ...base(mode),
      name: 'preview',
      entry: {
        preview: path.join(previewDir, 'index.tsx'),
        taskpane: taskpaneEntry,
      },
      output: {
        path: path.join(root, 'dist/preview'),
        filename: '[name].[contenthash:8].js',
        chunkFilename: 'chunks/[name].[contenthash:8].js',
        publicPath: '', // as the task pane's
        clean: true,
      },
      optimization: {
        ...base(mode).optimization,
        // The simulated compose window and the pane share one copy of React and Fluent UI.
        splitChunks: { chunks: 'all' },
      },
      plugins: [
        ...base(mode).plugins,
        // The same pane as in Outlook, so the same trimmed theme (checked by the outlook build).
        new PaneThemePlugin(),
        new HtmlWebpackPlugin({
          template: path.join(previewDir, 'index.html'),
          filename: 'index.html',
          // The Office.js subset must exist before the task pane entry runs.
          chunks: ['preview', 'taskpane'],
          chunksSortMode: 'manual',
          scriptLoading: 'defer',
        }),
        new CopyPlugin({
          patterns: [{ from: path.join(root, 'assets/directory/ticket-directory.json'), to: '.' }],
        }),
      ],
    },
  ];
};
