// Time from Send to the Smart Alerts decision, with the BUILT dist/outlook/onsend.js in a bare
// vm context (as classic Outlook runs it) and Office.js answering at once — so the numbers are
// our own cost, not Outlook's. Prints medians; the budget is Outlook's 5 s "taking longer than
// expected" notice, and our own 3 s timeout.   npm run build && npm run bench:onsend
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { goodTicket } from '../tests/fixtures/good-ticket';

const root = path.resolve(__dirname, '..');
const bundlePath = path.join(root, 'dist/outlook/onsend.js');
if (!existsSync(bundlePath)) {
  console.error(`${bundlePath} missing: run npm run build first`);
  process.exit(1);
}
const source = readFileSync(bundlePath, 'utf8');
const directory = JSON.parse(
  readFileSync(path.join(root, 'assets/directory/ticket-directory.json'), 'utf8'),
);
/** The ticket-directory.json built beside onsend.js, served at once (onsend.js has no copy). */
const hosted = readFileSync(path.join(path.dirname(bundlePath), 'ticket-directory.json'), 'utf8');
const fetch = async () => ({ status: 200, text: async () => hosted });

/** A typical ticket: a reply-free request with signature, to a module address. */
const ticket = {
  to: [directory.modules[0].address],
  subject: goodTicket.subject,
  body: goodTicket.bodyText,
};

function outlook(mail: typeof ticket) {
  const handlers: Record<string, (event: unknown) => void> = {};
  const ok = (value: unknown) => (cb: (r: unknown) => void) => cb({ status: 'succeeded', value });
  const who = (list: string[]) => list.map((a) => ({ emailAddress: a, displayName: a }));
  const item = {
    to: { getAsync: ok(who(mail.to)) },
    cc: { getAsync: ok([]) },
    bcc: { getAsync: ok([]) },
    subject: { getAsync: ok(mail.subject) },
    body: {
      getAsync: (_t: string, cb: (r: unknown) => void) => ok(mail.body)(cb),
      getTypeAsync: ok('text'),
    },
    getAttachmentsAsync: ok([{ name: 'errore.png', size: 20480 }]),
  };
  const Office = {
    actions: { associate: (n: string, f: (e: unknown) => void) => (handlers[n] = f) },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context: {
      displayLanguage: 'it-IT',
      requirements: { isSetSupported: () => true },
      roamingSettings: { get: () => undefined },
      mailbox: { item },
    },
  };
  const quiet = { log() {}, warn() {}, error() {}, info() {} };
  const context = vm.createContext({ Office, console: quiet, setTimeout, clearTimeout, fetch });
  const loadStart = performance.now();
  new vm.Script(source, { filename: 'onsend.js' }).runInContext(context);
  const loadMs = performance.now() - loadStart;
  const send = () =>
    new Promise<{ ms: number; allow: boolean }>((resolve) => {
      const start = performance.now();
      handlers.onMessageSendHandler!({
        completed: (o: { allowEvent: boolean }) =>
          resolve({ ms: performance.now() - start, allow: o.allowEvent }),
      });
    });
  return { loadMs, send };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

async function main() {
  const loads: number[] = [];
  const firsts: number[] = [];
  let verdict = true;
  for (let i = 0; i < 15; i++) {
    const o = outlook(ticket);
    loads.push(o.loadMs);
    const first = await o.send();
    firsts.push(first.ms);
    verdict = first.allow;
  }
  const o = outlook(ticket);
  await o.send();
  const warm: number[] = [];
  for (let i = 0; i < 50; i++) warm.push((await o.send()).ms);
  const other = outlook({ ...ticket, to: ['collega@comune.example.it'] });
  await other.send();
  const skip: number[] = [];
  for (let i = 0; i < 50; i++) skip.push((await other.send()).ms);

  console.log(
    `onsend.js on a typical ticket (${verdict ? 'allowed' : 'stopped'}), Node ${process.version}`,
  );
  console.log(`  load the file (compile + register)      median ${fmt(median(loads))}`);
  console.log(`  first send (engine start + check)     median ${fmt(median(firsts))}`);
  console.log(`  later sends in the same runtime       median ${fmt(median(warm))}`);
  console.log(`  mail not to the helpdesk              median ${fmt(median(skip))}`);
  console.log('  limits: our timeout 3000 ms; Outlook warns after 5000 ms including its start-up');
}

void main();
