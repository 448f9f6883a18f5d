// The BUILT on-send file against the engine as written, on the labelled corpus: for every ticket
// (every set open for reading), in Italian and in English, pressing Send must give the
// same answer (allow, ask or block) with the same messages from dist/outlook/onsend.js, run
// alone in a bare JavaScript context as classic Outlook runs it, as from the sources' on-send
// handler with the whole engine (every rule, fix and classifier). Whatever the on-send build
// leaves out or rewrites to be smaller must not change what the user sees. Needs `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { emlToDraft } from '../../src/cli/eml-to-draft';
import type { TicketDraft, UserSettings } from '../../src/core/types';
import { bundledAdminConfig } from '../../src/hosts/shared/load-admin-config';
import {
  createOnSendHandler,
  type SendCompletion,
} from '../../src/hosts/outlook/onsend/on-send-handler';
import { officeEnvironment } from '../../src/hosts/outlook/onsend/office-environment';
import { corpusDir, loadLabels } from '../corpus/labels';
import { SETS } from '../corpus/sets';
import { ADDIN_URL, bundlePath, composeItem, officeStub, runBundle } from './outlook-js-runtime';

// Sets open for reading only: a difference names its tickets, which a sealed set must not show.
const SETS_COMPARED = SETS.filter((s) => s.role === 'tuned' || s.role === 'scored').map(
  (s) => s.name,
);

interface Ticket {
  name: string;
  draft: TicketDraft;
  settings?: UserSettings;
}

/** The Office object both runs read: one compose item, the user's settings, the language. */
const office = officeStub(null);

function press(handler: (event: { completed(o: SendCompletion): void }) => void) {
  return new Promise<SendCompletion>((resolve) => handler({ completed: resolve }));
}

let tickets: Ticket[] = [];
let fromBundle: (event: { completed(o: SendCompletion): void }) => void;
let fromSources: (event: { completed(o: SendCompletion): void }) => Promise<void>;

beforeAll(async () => {
  if (!existsSync(bundlePath)) throw new Error(`${bundlePath} missing: run npm run build first`);
  for (const set of SETS_COMPARED) {
    for (const label of loadLabels(set)) {
      const draft = await emlToDraft(readFileSync(join(corpusDir(set), label.file)));
      tickets.push({ name: `${set}/${label.file}`, draft, settings: label.settings });
    }
  }
  // The built file, alone in a context with Office, console, timers and a fetch that serves the
  // ticket-directory.json built beside it: the directory the sources' handler below is given.
  runBundle(office);
  fromBundle = office.registered.onMessageSendHandler as typeof fromBundle;
  (globalThis as unknown as { Office: unknown }).Office = office;
  fromSources = createOnSendHandler({
    ...officeEnvironment(ADDIN_URL),
    loadAdminConfig: async () => bundledAdminConfig,
    log: () => undefined,
  });
  // Every tuned and scored mail of the corpus (it grows by 80 per writer): generous limits.
}, 600_000);

afterAll(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
  tickets = [];
});

describe.each([
  ['it-IT', 'Il ticket non verrebbe preso in carico:'],
  ['en-US', 'The helpdesk would not accept this ticket:'],
])('dist/outlook/onsend.js on the corpus (%s)', (language, blockedHead) => {
  it('answers every ticket as the engine does: same action, same messages', async () => {
    office.context.displayLanguage = language;
    const differ: string[] = [];
    const answers = { allowed: 0, asked: 0, blocked: 0 };
    const heads = new Set<string>();
    for (const ticket of tickets) {
      office.context.mailbox.item = composeItem(ticket.draft);
      office.context.roamingSettings.get = () => ticket.settings;
      const expected = await press(fromSources);
      const got = await press(fromBundle);
      // Through JSON: the bundle's objects come from another realm.
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(got)), expected)) differ.push(ticket.name);
      if (expected.allowEvent) answers.allowed++;
      else if (expected.sendModeOverride) answers.asked++;
      else {
        answers.blocked++;
        heads.add(expected.errorMessage!.split('\n')[0]!);
      }
    }
    expect(differ).toEqual([]);
    // The comparison covers every kind of answer, in the language asked for.
    expect(tickets.length).toBeGreaterThan(500);
    expect(answers.blocked).toBeGreaterThan(50);
    expect(answers.asked).toBeGreaterThan(20);
    expect(answers.allowed).toBeGreaterThan(50);
    expect([...heads]).toEqual([blockedHead]);
  }, 900_000);
});
