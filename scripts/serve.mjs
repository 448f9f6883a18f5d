#!/usr/bin/env node
// Serves the built add-in from dist/ with Node's own http/https (files exactly as built, no
// dev-server code injected):
//   /preview/…  → dist/preview (the preview page)     everything else → dist/outlook
// Plain http on localhost:3000; https on 3443 too when office-addin-dev-certs certificates
// exist in ~/.office-addin-dev-certs (for sideloading manifest.xml in Outlook).
// Options: --port N (http, 0 = any free port), --https-port N, --no-https.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Maps a URL path to a file under dist/, or null when it would leave dist/. */
function fileFor(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const [dir, rest] =
    decoded.startsWith('/preview/') || decoded === '/preview'
      ? ['preview', decoded.slice('/preview'.length)]
      : ['outlook', decoded];
  const base = path.join(root, dir);
  let file = path.normalize(path.join(base, rest));
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return file;
}

function handler(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/preview') {
    res.writeHead(301, { Location: '/preview/' }).end();
    return;
  }
  const file = fileFor(url.pathname);
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(server.address().port));
  });
}

if (!existsSync(path.join(root, 'preview', 'index.html'))) {
  console.error(
    `Nothing to serve: ${path.join(root, 'preview', 'index.html')} is missing. Run \`npm run build\` first.`,
  );
  process.exit(1);
}

const httpPort = await listen(http.createServer(handler), Number(option('--port', '3000')));
console.log(`Preview: http://localhost:${httpPort}/preview/`);
console.log(`Task pane (needs Outlook): http://localhost:${httpPort}/taskpane.html`);

const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
const cert = path.join(certDir, 'localhost.crt');
const key = path.join(certDir, 'localhost.key');
if (process.argv.includes('--no-https')) {
  // http only, as asked
} else if (existsSync(cert) && existsSync(key)) {
  const server = https.createServer({ cert: readFileSync(cert), key: readFileSync(key) }, handler);
  const port = await listen(server, Number(option('--https-port', '3443')));
  console.log(
    `Outlook sideloading: https://localhost:${port}/ (manifest: dist/outlook/manifest.xml)`,
  );
} else {
  console.log(
    `No https: certificates not found in ${certDir} (create them with \`npx office-addin-dev-certs install\` to sideload in Outlook).`,
  );
}
