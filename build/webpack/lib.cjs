// The engine as a library: `import { checkTicket } from 'verifica-ticket'` (ESM) or require (CJS).
const path = require('path');
const { root, tsRule, resolve } = require('./common.cjs');

module.exports = (_env, argv) => {
  const base = {
    mode: argv.mode || 'production',
    entry: path.join(root, 'src/core/index.ts'),
    target: 'node20',
    devtool: false,
    module: { rules: [tsRule('node20')] },
    resolve,
    optimization: { minimize: false },
  };
  return [
    {
      ...base,
      name: 'lib-esm',
      experiments: { outputModule: true },
      output: {
        path: path.join(root, 'dist/lib'),
        filename: 'index.mjs',
        library: { type: 'module' },
      },
    },
    {
      ...base,
      name: 'lib-cjs',
      output: {
        path: path.join(root, 'dist/lib'),
        filename: 'index.cjs',
        library: { type: 'commonjs2' },
      },
    },
  ];
};
