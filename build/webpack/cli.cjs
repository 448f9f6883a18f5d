// The `ticket-check` command: one self-contained CommonJS file for Node 20 with the engine,
// mailparser and html-to-text bundled, so it runs without the repository's node_modules.
const path = require('path');
const { root, tsRule, resolve } = require('./common.cjs');

module.exports = (_env, argv) => ({
  name: 'cli',
  mode: argv.mode || 'production',
  entry: path.join(root, 'src/cli/main.ts'),
  target: 'node20',
  devtool: false,
  module: { rules: [tsRule('node20')] },
  resolve: { ...resolve, conditionNames: ['node', 'require', 'default'] },
  output: {
    path: path.join(root, 'dist/cli'),
    filename: 'ticket-check.cjs',
    library: { type: 'commonjs2' },
    clean: true,
  },
  // Readable stack traces matter more than a few kilobytes for a command-line tool.
  optimization: { minimize: false },
  performance: { hints: false },
});
