// Peak memory (max RSS) of the BUILT ticket-check on a mail with a large attachment, beside the
// same mail without it: the CLI counts an attachment's bytes and keeps none of them, so the
// difference should stay far below the attachment's size.
//   npm run build && npm run bench:memory [-- MB]        (default 100 MB)
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'bin/ticket-check.cjs');
if (!existsSync(path.join(root, 'dist/cli/ticket-check.cjs'))) {
  console.error('dist/cli/ticket-check.cjs missing: run npm run build first');
  process.exit(1);
}
const megabytes = Number(process.argv[2] ?? 100);
const dir = mkdtempSync(path.join(tmpdir(), 'ticket-check-memory-'));

const head = [
  'From: Mario Rossi <mario.rossi@comune.example.it>',
  'To: tributi@ticket.palitalsoft.example',
  'Subject: Tributi - errore nel calcolo IMU',
  'Date: Mon, 3 Mar 2025 10:00:00 +0100',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="B"',
  '',
  '--B',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Buongiorno, il calcolo IMU restituisce errore: allego il dump.',
  'Mario Rossi, Comune di Fano, tel. 0721 887654',
].join('\r\n');

/** Writes the mail to disk piece by piece (the script itself must not hold 100 MB either). */
function writeMail(file: string, attachmentBytes: number): void {
  const fd = openSync(file, 'w');
  writeSync(fd, head + '\r\n');
  if (attachmentBytes > 0) {
    writeSync(
      fd,
      [
        '--B',
        'Content-Type: application/octet-stream; name="dump.bin"',
        'Content-Disposition: attachment; filename="dump.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        '',
      ].join('\r\n'),
    );
    // 57 bytes encode to one 76-character base64 line; 16,384 lines per write.
    const lineBytes = 57;
    const linesPerChunk = 16_384;
    const raw = Buffer.alloc(lineBytes * linesPerChunk);
    for (let i = 0; i < raw.length; i++) raw[i] = (i * 131 + 7) & 0xff;
    const chunk = raw.toString('base64').replace(/.{76}/g, '$&\r\n');
    let left = attachmentBytes;
    while (left >= raw.length) {
      writeSync(fd, chunk);
      left -= raw.length;
    }
    if (left > 0) writeSync(fd, raw.subarray(0, left).toString('base64') + '\r\n');
  }
  writeSync(fd, '--B--\r\n');
  closeSync(fd);
}

/** Max RSS in MB of one ticket-check run, read by the child itself when it exits. */
function maxRssOf(file: string): number {
  const report =
    'process.on("exit",()=>process.stderr.write("maxRSS="+process.resourceUsage().maxRSS+"\\n"))';
  const run = spawnSync(
    process.execPath,
    [`--import=data:text/javascript,${encodeURIComponent(report)}`, cli, '--format', 'json', file],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const kb = Number(/maxRSS=(\d+)/.exec(run.stderr)?.[1]);
  // Exit 0 or 1: the mail was read and checked (2 would be a failure to read it).
  if (!Number.isFinite(kb) || (run.status !== 0 && run.status !== 1)) {
    throw new Error(`ticket-check failed (exit ${run.status}):\n${run.stderr}`);
  }
  return kb / 1024;
}

try {
  const small = path.join(dir, 'senza-allegato.eml');
  const big = path.join(dir, `allegato-${megabytes}MB.eml`);
  writeMail(small, 0);
  writeMail(big, megabytes * 1024 * 1024);
  const base = maxRssOf(small);
  const withAttachment = maxRssOf(big);
  const fileMb = statSync(big).size / 1024 / 1024;
  console.log(`ticket-check max RSS (built CLI, node ${process.version})`);
  console.log(`  mail without attachment           ${base.toFixed(1)} MB`);
  console.log(
    `  mail with a ${megabytes} MB attachment   ${withAttachment.toFixed(1)} MB` +
      `  (file ${fileMb.toFixed(0)} MB on disk)`,
  );
  console.log(
    `  cost of the attachment            ${(withAttachment - base).toFixed(1)} MB` +
      ` = ${((100 * (withAttachment - base)) / megabytes).toFixed(1)} % of its size`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
