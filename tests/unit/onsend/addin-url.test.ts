// The hosting address (ADDIN_URL) and Id (ADDIN_ID) given to the build, and the production
// manifest made from them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const { addinId, addinUrl, manifestVersion, productionManifest } =
  require('../../../build/webpack/onsend.cjs') as {
    addinId: (raw: string | undefined) => string | undefined;
    addinUrl: (raw: string | undefined) => string;
    manifestVersion: (version: string) => string;
    productionManifest: (
      xml: string,
      base: string,
      opts?: { version?: string; id?: string },
    ) => string;
  };

describe('ADDIN_URL', () => {
  it('keeps the development address when none is given', () => {
    expect(addinUrl(undefined)).toBe('https://localhost:3443/');
    expect(addinUrl('')).toBe('https://localhost:3443/');
  });

  it('adds the final slash of a folder address', () => {
    expect(addinUrl('https://servizi.comune.example.it/verifica')).toBe(
      'https://servizi.comune.example.it/verifica/',
    );
  });

  it.each([
    ['http://servizi.comune.example.it/verifica/', /must start with https:\/\//],
    ['servizi.comune.example.it/verifica/', /is not a valid URL/],
    ['https://servizi.comune.example.it/verifica/?v=2', /must not have a query/],
  ])('rejects %s with a clear message', (raw, message) => {
    expect(() => addinUrl(raw)).toThrow(message);
  });
});

describe('production manifest', () => {
  const source = readFileSync(path.join(__dirname, '../../../manifest.xml'), 'utf8');
  const base = 'https://servizi.comune.example.it/verifica/';
  const withoutHeader = (xml: string) => xml.replace(/<!--[\s\S]*?-->/, '<!-- header -->');

  it('moves every development URL to the hosting address and changes nothing else', () => {
    const built = productionManifest(source, base, { version: '0.1.0' });
    expect(built).not.toContain('localhost');
    const count = (text: string, s: string) => text.split(s).length - 1;
    expect(count(built, base)).toBe(count(source, 'https://localhost:3443/'));
    expect(withoutHeader(built.replaceAll(base, 'https://localhost:3443/'))).toBe(
      withoutHeader(source),
    );
  });

  it('replaces the development comment and sets the version and, when given, the Id', () => {
    const id = '5c0e1d2a-7b3f-4e8a-9c61-0f2d4b6a8e13';
    const built = productionManifest(source, base, { version: '2.3.1', id });
    expect(built).not.toMatch(/development copy|npm start|dev certificates/i);
    expect(built).toContain(`<!-- Verifica Ticket 2.3.1, built by \`npm run build\` for ${base}.`);
    expect(built).toContain('<Version>2.3.1.0</Version>');
    expect(built).toContain(`<Id>${id}</Id>`);
    expect(productionManifest(source, base)).toContain(/<Id>[^<]*<\/Id>/.exec(source)![0]);
  });

  it.each([
    ['0.1.0', '0.1.0.0'],
    ['1.2', '1.2.0.0'],
    ['1.2.3-beta.1', '1.2.3.0'],
  ])('writes version %s as %s', (version, expected) => {
    expect(manifestVersion(version)).toBe(expected);
  });

  it.each(['', undefined])('keeps the Id of manifest.xml without ADDIN_ID (%p)', (raw) => {
    expect(addinId(raw)).toBeUndefined();
  });

  it.each(['comune-rimini', '5c0e1d2a-7b3f-4e8a-9c61', '{5c0e1d2a-7b3f-4e8a-9c61-0f2d4b6a8e13}'])(
    'rejects ADDIN_ID %p with a clear message',
    (raw) => {
      expect(() => addinId(raw)).toThrow(/is not a GUID/);
    },
  );
});
