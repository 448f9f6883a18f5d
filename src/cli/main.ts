// Entry point of the bundled CLI (dist/cli/ticket-check.cjs): wires runCli to the real process.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { oneLine, runCli } from './run-cli';
import { printable } from './terminal-text';

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path),
  // Messages are streamed: an attachment's content is counted, never held in memory.
  openFile: (path) => createReadStream(path),
  readStdin,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // One line, no stack trace: the reader is a clerk or an admin, not a debugger.
    process.stderr.write(`ticket-check: internal error: ${printable(oneLine(err))}\n`);
    process.exitCode = 2;
  },
);
