// `npm run bench`: speed of checkTicket on a typical ticket, on large bodies and on adversarial
// text. Prints median and p99 per case and the time per KB, which should stay flat (linear
// growth). Budget: <= 1 ms median for 2 KB, <= 100 ms for 1 MB.
import { performance } from 'node:perf_hooks';
import { checkTicket } from '../src/core';
import type { TicketDraft } from '../src/core/types';

const paragraph =
  "nel modulo Tributi il calcolo dell'IMU 2025 per un contribuente deceduto nel 2024 risulta " +
  "errato: l'importo dovuto dagli eredi è raddoppiato rispetto al 2024 e l'avviso non si può " +
  'emettere. Ho provato a ricalcolare dalla maschera Calcolo > IMU ma compare il messaggio ' +
  '"Errore 512: rendita non valida" (prot. n. 12345/2024, importo € 1.234,56). ';
const signature =
  '\n\nSono reperibile dalle 9 alle 13.\n\nCordiali saluti\nMario Rossi\nUfficio Tributi - Comune di Rimini\nTel. 0541 123456\n';

function ticketOf(size: number): string {
  let body = 'Buongiorno,\n\n';
  while (body.length + signature.length < size)
    body += paragraph + (body.length % 3 === 0 ? '\n' : '');
  return body.slice(0, Math.max(0, size - signature.length)) + signature;
}

function draft(bodyText: string): TicketDraft {
  return {
    subject: 'Tributi – calcolo IMU 2025 errato per contribuente deceduto',
    bodyText,
    to: [{ address: 'tributi@ticket.palitalsoft.example' }],
    cc: [],
    attachments: [{ name: 'errore.png' }],
  };
}

function measure(
  name: string,
  d: TicketDraft,
  runs: number,
): { name: string; kb: number; median: number } {
  for (let i = 0; i < Math.min(5, runs); i++) checkTicket(d); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    checkTicket(d);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p99 = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!;
  const kb = (d.bodyText.length || (d.bodyHtml ?? '').length) / 1024;
  console.log(
    `${name.padEnd(28)} ${kb.toFixed(0).padStart(6)} KB  median ${median.toFixed(3).padStart(9)} ms  p99 ${p99
      .toFixed(3)
      .padStart(9)} ms  ${(median / kb).toFixed(4)} ms/KB`,
  );
  return { name, kb, median };
}

const K = 1024;
console.log(`checkTicket benchmark (node ${process.version})\n`);
const typical = measure('typical ticket', draft(ticketOf(2 * K)), 2000);
measure('ticket 10 KB', draft(ticketOf(10 * K)), 500);
const r100 = measure('ticket 100 KB', draft(ticketOf(100 * K)), 60);
measure('ticket 500 KB', draft(ticketOf(500 * K)), 20);
const r1m = measure('ticket 1 MB', draft(ticketOf(1024 * K)), 15);
console.log('');
measure('adversarial "!!!!"', draft('!'.repeat(100 * K)), 60);
measure('adversarial spaces', draft(' '.repeat(100 * K)), 60);
measure('adversarial digits', draft('7'.repeat(100 * K)), 60);
measure('adversarial phone-like', draft('0541 '.repeat(20 * K)), 60);
measure('adversarial one long word', draft('a'.repeat(100 * K)), 60);
measure('adversarial "> " quotes', draft('> '.repeat(50 * K)), 60);
measure(
  'HTML ticket 1 MB',
  { ...draft(''), bodyHtml: `<p>${ticketOf(1024 * K).replace(/\n/g, '</p><p>')}</p>` },
  10,
);
measure('adversarial HTML', { ...draft(''), bodyHtml: '<div><p>x'.repeat(10 * K) }, 30);

console.log('');
console.log(
  `linear growth: time per KB 1 MB / 100 KB = ${(r1m.median / r1m.kb / (r100.median / r100.kb)).toFixed(2)} (≤ 1: growth at most linear)`,
);
console.log(
  `budgets: 2 KB median ${typical.median.toFixed(3)} ms (≤ 1 ms: ${typical.median <= 1 ? 'ok' : 'OVER'}), ` +
    `1 MB median ${r1m.median.toFixed(1)} ms (≤ 100 ms: ${r1m.median <= 100 ? 'ok' : 'OVER'})`,
);
