// The production manifest as an admin deploys it: built with ADDIN_URL, every URL must point
// there and name a file that `npm run build` put in dist/outlook/. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { imageSize } from 'image-size';
import { validateManifest } from '../../scripts/validate-manifest';

const root = path.join(__dirname, '../..');
const dist = path.join(root, 'dist/outlook');
const ADDIN_URL = 'https://servizi.comune-castelnuovo.example.it/verifica-ticket/';
const ADDIN_ID = '5c0e1d2a-7b3f-4e8a-9c61-0f2d4b6a8e13';
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
};

function buildOnsend(env: string[], outDir: string) {
  return spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/webpack-cli/bin/cli.js'),
      '--config-name',
      'onsend',
      '--mode',
      'production',
      ...env.flatMap((e) => ['--env', e]),
      '--env',
      `OUTLOOK_OUT=${outDir}`,
    ],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
}

let outDir: string;
let xml: string;

beforeAll(() => {
  if (!existsSync(path.join(dist, 'manifest.xml'))) {
    throw new Error('dist/outlook missing: run npm run build first');
  }
  outDir = mkdtempSync(path.join(os.tmpdir(), 'vt-manifest-'));
  const result = buildOnsend([`ADDIN_URL=${ADDIN_URL}`, `ADDIN_ID=${ADDIN_ID}`], outDir);
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  xml = readFileSync(path.join(outDir, 'manifest.xml'), 'utf8');
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** URLs of files the manifest makes Outlook load (AppDomains are origins, not files). */
function fileUrls(manifest: string): string[] {
  const withoutDomains = manifest.replace(/<AppDomains>[\s\S]*?<\/AppDomains>/, '');
  return [...withoutDomains.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map(
    (m) => m[1]!,
  );
}

describe('production manifest built with ADDIN_URL', () => {
  it('has no localhost address left', () => {
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('points every URL at ADDIN_URL, each naming a file of the built add-in', () => {
    const urls = fileUrls(xml);
    expect(urls.length).toBeGreaterThan(10);
    const missing = urls.filter((u) => {
      if (!u.startsWith(ADDIN_URL)) return true;
      return !existsSync(path.join(dist, u.slice(ADDIN_URL.length)));
    });
    expect(missing).toEqual([]);
    // The pane, the on-send page and the classic-Windows script are among them.
    for (const file of ['taskpane.html', 'onsend.html', 'onsend.js', 'support.html']) {
      expect(urls).toContain(`${ADDIN_URL}${file}`);
    }
  });

  it('uses icons of the declared sizes', () => {
    const icons = [
      ...xml.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="([^"]+)"/g),
      ...xml.matchAll(/<(?:HighResolution)?IconUrl DefaultValue="([^"]+)"/g),
    ];
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="([^"]+)"/g)) {
      const size = imageSize(readFileSync(path.join(dist, m[2]!.slice(ADDIN_URL.length))));
      expect([size.width, size.height, size.type]).toEqual([Number(m[1]), Number(m[1]), 'png']);
    }
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(xml)![1]!;
    const hiRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(xml)![1]!;
    expect(imageSize(readFileSync(path.join(dist, icon.slice(ADDIN_URL.length)))).width).toBe(64);
    expect(imageSize(readFileSync(path.join(dist, hiRes.slice(ADDIN_URL.length)))).width).toBe(128);
  });

  it("passes the offline validation as a production manifest, Microsoft's XSDs included", async () => {
    const issues = await validateManifest(xml, { servedDir: dist, production: true });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('says what it is, without the development comment', () => {
    expect(xml).not.toMatch(/Development copy|localhost|npm start|dev certificates/i);
    expect(xml).toMatch(
      new RegExp(`<!-- Verifica Ticket ${pkg.version}, built by .* for ${ADDIN_URL}`),
    );
  });

  it('takes the version from package.json, like the Thunderbird extension', () => {
    const version = pkg.version.split('.').concat('0', '0', '0').slice(0, 4).join('.');
    expect(/<Version>([^<]*)<\/Version>/.exec(xml)![1]).toBe(version);
    const xpiManifest = JSON.parse(
      readFileSync(path.join(root, 'dist/thunderbird/manifest.json'), 'utf8'),
    );
    expect(xpiManifest.version).toBe(pkg.version);
  });

  it("carries the deployment's own Id given with ADDIN_ID", () => {
    expect(/<Id>([^<]*)<\/Id>/.exec(xml)![1]).toBe(ADDIN_ID);
    // Without ADDIN_ID the Id of manifest.xml is kept.
    const source = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
    const built = readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
    expect(/<Id>([^<]*)<\/Id>/.exec(built)![1]).toBe(/<Id>([^<]*)<\/Id>/.exec(source)![1]);
  });

  it('reaches on-premises Exchange and shared mailboxes', () => {
    expect(xml).toMatch(/<Set Name="Mailbox" MinVersion="1\.1"\/>/);
    expect(xml).toContain('<SupportsSharedFolders>true</SupportsSharedFolders>');
    expect(xml).not.toContain('<AppDomains>');
  });

  it('lets classic Outlook fetch the admin file (well-known allow list names onsend.js)', () => {
    const allowed = JSON.parse(
      readFileSync(path.join(outDir, '.well-known/microsoft-officeaddins-allowed.json'), 'utf8'),
    );
    expect(allowed).toEqual({ allowed: [`${ADDIN_URL}onsend.js`] });
  });

  it('refuses to build with an ADDIN_ID that is not a GUID', () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'vt-manifest-id-'));
    try {
      const result = buildOnsend([`ADDIN_URL=${ADDIN_URL}`, 'ADDIN_ID=comune-castelnuovo'], other);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(
        /ADDIN_ID "comune-castelnuovo" is not a GUID/,
      );
      expect(existsSync(path.join(other, 'manifest.xml'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses to build for an address that is not https', () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'vt-manifest-http-'));
    try {
      const result = buildOnsend(['ADDIN_URL=http://servizi.comune.example.it/verifica/'], other);
      expect(result.status).not.toBe(0);
      expect(`${result.stdout}${result.stderr}`).toMatch(/ADDIN_URL .* must start with https:\/\//);
      expect(existsSync(path.join(other, 'manifest.xml'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);
});
