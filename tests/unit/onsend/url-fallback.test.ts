import { MinimalURL } from '../../../src/hosts/outlook/onsend/url-fallback';

// Node's own URL is the reference for what the stand-in must do where it is used.
describe('URL stand-in for the JavaScript-only runtime', () => {
  it.each([
    ['https://verifica-ticket.example/ticket-directory.schema.json', undefined],
    ['https://github.com/cfworker', undefined],
    ['#/properties/modules', 'https://verifica-ticket.example/ticket-directory.schema.json'],
    ['#', 'https://verifica-ticket.example/a/b.json?x=1#old'],
    ['other.json', 'https://verifica-ticket.example/a/b.json'],
    ['/root.json#x', 'https://verifica-ticket.example/a/b.json'],
    ['?q=2', 'https://host.example/a/b.json?q=1'],
    ['HTTPS://Host.Example/Path', undefined],
  ])('resolves %s against %s like URL does', (input, base) => {
    const expected = new URL(input, base);
    const actual = new MinimalURL(input, base);
    expect(actual.href).toBe(expected.href);
    expect(actual.hash).toBe(expected.hash);
    expect(actual.origin).toBe(expected.origin);
    expect(actual.pathname).toBe(expected.pathname);
    expect(actual.search).toBe(expected.search);
  });

  it('rebuilds href when the fragment is changed, as the schema validator does', () => {
    const expected = new URL('https://x.example/s.json#/a');
    const actual = new MinimalURL('https://x.example/s.json#/a');
    for (const hash of ['', '#/b', 'c']) {
      expected.hash = hash;
      actual.hash = hash;
      expect(actual.href).toBe(expected.href);
    }
  });

  it('rejects a relative reference without a base, like URL', () => {
    expect(() => new URL('schema.json')).toThrow(/Invalid URL/);
    expect(() => new MinimalURL('schema.json')).toThrow(/Invalid URL/);
  });
});
