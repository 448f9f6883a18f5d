// The task pane's Fluent UI theme, trimmed to the tokens its CSS reads.
//
// FluentProvider writes every token of its theme as a CSS variable on the pane's root. Fluent's
// webLightTheme has 459 of them and is computed at load time from the colour palettes (6.5 KB
// gzip of code and palettes); the pane's CSS (ours, after Griffel's ahead-of-time pass, and
// Fluent's own components) reads about a hundred. A variable that no CSS reads changes nothing
// on screen, so the Outlook pane and the preview are built with src/ui/pane-theme-trimmed.ts in
// place of src/ui/pane-theme.ts: webLightTheme's values, as data, for the tokens used only
// (src/ui/generated/pane-theme-tokens.json). Tests and the Thunderbird build keep the whole
// theme.
//
// The build checks it: every var(--name) in the pane's built files (initial and lazy JS, HTML)
// that is a token of webLightTheme must be in the JSON with webLightTheme's value, or the build
// fails and says to regenerate it:
//   node build/webpack/pane-theme.cjs      rebuilds the pane in a temporary folder and writes
//                                           src/ui/generated/pane-theme-tokens.json
// token-literals.cjs makes this scan complete: with it, Fluent's `tokens` object (which names
// every token) is not in the pane, so each token the pane uses is written where it is used.
const fs = require('fs');
const os = require('os');
const path = require('path');
const webpack = require('webpack');
const { webLightTheme } = require('@fluentui/tokens');

const root = path.resolve(__dirname, '..', '..');
const TRIMMED = path.join(root, 'src/ui/pane-theme-trimmed.ts');
const TOKENS_FILE = path.join(root, 'src/ui/generated/pane-theme-tokens.json');
const REGENERATE = 'node build/webpack/pane-theme.cjs';

/** Token names read as var(--name) in the compilation's JS, HTML and CSS files. */
function usedTokens(compilation) {
  const used = new Set();
  for (const [name, source] of Object.entries(compilation.assets)) {
    if (!/\.(m?js|html|css)$/.test(name)) continue;
    for (const m of source
      .source()
      .toString()
      .matchAll(/var\(--([A-Za-z][\w-]*)/g)) {
      if (Object.hasOwn(webLightTheme, m[1])) used.add(m[1]);
    }
  }
  return used;
}

/** webLightTheme restricted to `names`, in its own order. */
function trimmedTheme(names) {
  return Object.fromEntries(Object.entries(webLightTheme).filter(([key]) => names.has(key)));
}

/** What is wrong with the stored tokens for the pane that uses `used`: a list of sentences. */
function problems(used, stored) {
  const out = [];
  const missing = [...used].filter((name) => !Object.hasOwn(stored, name));
  if (missing.length) out.push(`the pane reads tokens it does not define: ${missing.join(', ')}`);
  if (missing.length > 200) {
    out.push("Fluent's tokens object is back in the pane: see build/webpack/token-literals.cjs");
  }
  const differ = Object.keys(stored).filter((name) => stored[name] !== webLightTheme[name]);
  if (differ.length) out.push(`values differ from webLightTheme's: ${differ.join(', ')}`);
  const unused = Object.keys(stored).filter((name) => !used.has(name));
  if (unused.length) out.push(`tokens defined and read by nothing: ${unused.join(', ')}`);
  return out;
}

class PaneThemePlugin {
  /**
   * check: compare the built files with the stored tokens (the Outlook pane's build; the preview
   * runs the same pane code). write: store the tokens the built files read instead.
   */
  constructor({ check = false, write = false } = {}) {
    this.check = check;
    this.write = write;
  }

  apply(compiler) {
    // Writing, the pane keeps the whole theme: the tokens it reads are the same either way.
    if (!this.write) {
      new webpack.NormalModuleReplacementPlugin(/(^|[\\/])pane-theme$/, (resource) => {
        resource.request = TRIMMED;
      }).apply(compiler);
    }
    if (!this.check && !this.write) return;
    compiler.hooks.thisCompilation.tap('PaneThemePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PaneThemePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const used = usedTokens(compilation);
          if (this.write) {
            fs.mkdirSync(path.dirname(TOKENS_FILE), { recursive: true });
            fs.writeFileSync(TOKENS_FILE, `${JSON.stringify(trimmedTheme(used), null, 2)}\n`);
            return;
          }
          const stored = JSON.parse(fs.readFileSync(TOKENS_FILE, 'utf8'));
          const found = problems(used, stored);
          if (found.length) {
            compilation.errors.push(
              new Error(
                `${path.relative(root, TOKENS_FILE)} is out of date (${found.join('; ')}). ` +
                  `Run \`${REGENERATE}\`, then build again.`,
              ),
            );
          }
        },
      );
    });
  }
}

module.exports = { PaneThemePlugin, usedTokens, trimmedTheme, problems, TOKENS_FILE };

if (require.main === module) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'vt-pane-theme-'));
  const config = require('./outlook.cjs')({}, { mode: 'production' }).find(
    (c) => c.name === 'outlook',
  );
  config.output = { ...config.output, path: out, clean: false };
  config.plugins = [
    ...config.plugins.filter((p) => !(p instanceof PaneThemePlugin)),
    new PaneThemePlugin({ write: true }),
  ];
  webpack(config, (err, stats) => {
    fs.rmSync(out, { recursive: true, force: true });
    if (err || stats.hasErrors()) {
      console.error(err ?? stats.toString('errors-only'));
      process.exit(1);
    }
    const count = Object.keys(JSON.parse(fs.readFileSync(TOKENS_FILE, 'utf8'))).length;
    console.log(
      `${path.relative(root, TOKENS_FILE)}: ${count} of webLightTheme's ` +
        `${Object.keys(webLightTheme).length} tokens`,
    );
  });
}
