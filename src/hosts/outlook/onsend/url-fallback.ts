// Classic Outlook's JavaScript-only runtime is a bare JavaScript engine: the URL class (a web
// API) may be missing there. The admin file's JSON-schema validator (@cfworker/json-schema) uses
// URL only to name schemas by absolute address; the on-send build hands it this module instead
// of the global (webpack ProvidePlugin). It is the runtime's own URL when there is one, else a
// minimal stand-in for absolute URLs and "#fragment" references — enough for our schema, which
// has an absolute $id and no $ref. A complete polyfill (core-js) costs 20 KB gzip, a third of the
// on-send budget.

interface UrlLike {
  href: string;
  hash: string;
}

/** The global object without eval or globalThis (neither exists in an ES2016 runtime). */
function nativeUrl(): (new (url: string, base?: string) => UrlLike) | undefined {
  const scopes: unknown[] = [
    typeof self !== 'undefined' ? self : undefined,
    typeof window !== 'undefined' ? window : undefined,
    typeof global !== 'undefined' ? global : undefined,
  ];
  for (const scope of scopes) {
    const candidate = (scope as { URL?: unknown } | undefined)?.URL;
    if (typeof candidate === 'function') {
      return candidate as new (url: string, base?: string) => UrlLike;
    }
  }
  return undefined;
}

const absolute = /^([a-z][a-z0-9+.-]*:)(\/\/([^/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/i;

/** Absolute URLs and references relative to one ("#x", "/p", "p", "?q"). */
export class MinimalURL implements UrlLike {
  protocol: string;
  host: string;
  pathname: string;
  search: string;
  private fragment: string;

  constructor(input: string, base?: string | UrlLike) {
    const text = String(input);
    const baseHref = base === undefined ? undefined : typeof base === 'string' ? base : base.href;
    const parts = absolute.exec(text) ?? (baseHref ? absolute.exec(resolve(text, baseHref)) : null);
    if (!parts) throw new TypeError(`Invalid URL: ${text}`);
    this.protocol = parts[1]!.toLowerCase();
    this.host = (parts[3] ?? '').toLowerCase();
    this.pathname = parts[4] || (parts[2] ? '/' : '');
    this.search = parts[5] && parts[5] !== '?' ? parts[5] : '';
    this.fragment = parts[6] ?? '';
  }

  get origin(): string {
    return this.host ? `${this.protocol}//${this.host}` : 'null';
  }

  get hash(): string {
    return this.fragment === '#' ? '' : this.fragment;
  }

  set hash(value: string) {
    const v = String(value);
    this.fragment = v === '' ? '' : v.startsWith('#') ? v : `#${v}`;
  }

  get href(): string {
    const authority = this.host || this.protocol === 'file:' ? `//${this.host}` : '';
    return `${this.protocol}${authority}${this.pathname}${this.search}${this.fragment}`;
  }

  toString(): string {
    return this.href;
  }
}

function resolve(reference: string, base: string): string {
  const parts = absolute.exec(base);
  if (!parts) return reference;
  const origin = `${parts[1]}${parts[2] ?? ''}`;
  const path = parts[4] || '/';
  if (reference.startsWith('//')) return `${parts[1]}${reference}`;
  if (reference.startsWith('#')) return `${origin}${path}${parts[5] ?? ''}${reference}`;
  if (reference.startsWith('?')) return `${origin}${path}${reference}`;
  if (reference.startsWith('/')) return `${origin}${reference}`;
  return `${origin}${path.replace(/[^/]*$/, '')}${reference}`;
}

export const URLClass = nativeUrl() ?? MinimalURL;
