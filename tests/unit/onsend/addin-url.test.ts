// The hosting address given to the build (ADDIN_URL) and the production manifest made from it.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const { addinUrl, productionManifest } = require('../../../build/webpack/onsend.cjs') as {
  addinUrl: (raw: string | undefined) => string;
  productionManifest: (xml: string, base: string) => string;
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
  it('moves every development URL to the hosting address and nothing else', () => {
    const source = readFileSync(path.join(__dirname, '../../../manifest.xml'), 'utf8');
    const base = 'https://servizi.comune.example.it/verifica/';
    const built = productionManifest(source, base);
    expect(built).not.toContain('localhost');
    const count = (text: string, s: string) => text.split(s).length - 1;
    expect(count(built, base)).toBe(count(source, 'https://localhost:3443/'));
    expect(built.replaceAll(base, 'https://localhost:3443/')).toBe(source);
  });
});
