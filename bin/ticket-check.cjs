#!/usr/bin/env node
// `ticket-check`: runs the bundled CLI built by `npm run build` (dist/cli/ticket-check.cjs).
'use strict';
const fs = require('fs');
const path = require('path');

const built = path.join(__dirname, '..', 'dist', 'cli', 'ticket-check.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write(
    'ticket-check: il programma non è ancora compilato: esegui prima "npm run build".\n' +
      'ticket-check: not built yet: run "npm run build" first.\n',
  );
  process.exitCode = 2;
} else {
  require(built);
}
