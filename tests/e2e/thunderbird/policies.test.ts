// The deployment the admin guide describes, in a real headless Thunderbird: a policies.json in
// the installation's distribution/ folder installs the .xpi (ExtensionSettings, force_installed)
// and hands it the configuration (3rdparty), which the extension reads from storage.managed.
// The installation is a throwaway copy (support/throwaway-distribution.ts): no root needed.
import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHarnessServer, type HarnessServer } from './support/harness-server';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import { ensureBuilt, root, testXpi } from './support/test-extension';
import { throwawayDistribution, type Distribution } from './support/throwaway-distribution';
import { createProfile, GECKO_ID, type Profile } from './support/thunderbird-profile';
import { startThunderbird, type RunningThunderbird } from './support/thunderbird-process';

jest.setTimeout(90_000);

const configuration = {
  officialListUrl: 'https://assistenza.fornitore.example/indirizzi/',
  vendorDomains: ['fornitore.example'],
  modules: [
    {
      id: 'tributi',
      name: 'Tributi',
      address: 'tributi@help.fornitore.example',
      keywords: ['IMU'],
    },
  ],
  mode: 'warn-only',
};

let smtp: SmtpSink | undefined;
let server: HarnessServer | undefined;
let profile: Profile | undefined;
let dist: Distribution | undefined;
let tb: RunningThunderbird | undefined;

beforeAll(async () => {
  ensureBuilt();
  smtp = await startSmtpSink();
  server = await startHarnessServer();
  const xpi = testXpi(server.port);
  profile = createProfile({ smtpPort: smtp.port, xpi });
  // Not sideloaded: the policy must install it.
  unlinkSync(path.join(profile.dir, 'extensions', `${GECKO_ID}.xpi`));
  const xpiFile = path.join(profile.home, 'verifica-ticket.xpi');
  writeFileSync(xpiFile, xpi);
  dist = throwawayDistribution({
    policies: {
      ExtensionSettings: {
        [GECKO_ID]: {
          installation_mode: 'force_installed',
          install_url: pathToFileURL(xpiFile).href,
        },
      },
      '3rdparty': { Extensions: { [GECKO_ID]: configuration } },
    },
  });
  tb = startThunderbird(profile.dir, profile.home, dist.binary);
  try {
    await server.connected(60_000);
  } catch (err) {
    throw new Error(`${(err as Error).message}\nThunderbird output:\n${tb.output()}`);
  }
});

afterAll(async () => {
  await tb?.stop();
  await server?.close();
  await smtp?.close();
  if (profile) rmSync(profile.home, { recursive: true, force: true });
  if (dist) rmSync(dist.dir, { recursive: true, force: true });
});

test('policies.json ExtensionSettings installs the .xpi as an admin install', async () => {
  expect(await server!.call<string>('installType')).toBe('admin');
});

test('policies.json 3rdparty reaches storage.managed and replaces the bundled directory', async () => {
  const admin = await server!.call<{
    source: string;
    error: string | null;
    vendorDomains: string[];
  }>('adminConfig');
  expect(admin).toEqual({
    source: 'policies.json (3rdparty)',
    error: null,
    vendorDomains: ['fornitore.example'],
  });
});

test('the admin guides name the .xpi the build writes', () => {
  expect(existsSync(path.join(root, 'dist/verifica-ticket.xpi'))).toBe(true);
  for (const guide of ['docs/admin-thunderbird.md', 'docs/en/admin-thunderbird.md']) {
    const names = [...readFileSync(path.join(root, guide), 'utf8').matchAll(/[\w.-]+\.xpi\b/g)].map(
      (m) => m[0],
    );
    expect(names.length).toBeGreaterThan(0);
    expect([...new Set(names)]).toEqual(['verifica-ticket.xpi']);
  }
});
