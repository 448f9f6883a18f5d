// Builds the labelled .eml corpus from the readable ticket sources in tests/corpus/sources/<set>/.
// Run: npx tsx tests/corpus/build-corpus.ts
//
// Each source file holds several tickets. A ticket starts with "=== <file-stem>", then
// "key: value" header lines up to a line "---", then the body up to the next "=== " line.
// Keys: from, to, cc, subject, subject-encoding (q | b | b-latin1 | raw), form (plain | qp |
// base64 | html | alternative | latin1 | latin1-qp | raw), agent (outlook | thunderbird), attach,
// in-reply-to, references, date, rules, module, type, settings (JSON), note. With `form: raw` the
// body is the whole message as it travels (headers, MIME parts): any client shape can be written.
// The labels (rules, module, type, settings, note) are written by hand while reading the ticket
// against docs/rules.md; this script only copies them into labels.json next to the .eml files.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import libmime from 'libmime';
import { encode as qpEncode, wrap as qpWrap } from 'libqp';
import type { RuleId, TicketType, UserSettings } from '../../src/core/types';
import { ALL_RULES, corpusDir, type CorpusSet, type TicketLabel } from './labels';
import { SETS } from './sets';
import directoryJson from '../../assets/directory/ticket-directory.json';

const MODULE_IDS = new Set(directoryJson.modules.map((m) => m.id));
const TYPES = new Set(['anomalia', 'supporto', 'formazione']);
const FORMS = [
  'plain',
  'qp',
  'base64',
  'html',
  'alternative',
  'latin1',
  'latin1-qp',
  'raw',
] as const;
/** Header keys that `form: raw` takes from the message itself. */
const RAW_HEADER_KEYS = [
  'from',
  'to',
  'cc',
  'subject',
  'subject-encoding',
  'agent',
  'attach',
  'in-reply-to',
  'references',
  'date',
];
type Form = (typeof FORMS)[number];

interface TicketSource {
  stem: string;
  origin: string;
  fields: Map<string, string>;
  body: string;
}

// A 1x1 PNG and a one-page PDF: real, tiny files so the attachments are valid parts.
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const PDF_MINIMAL = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj',
  'trailer<</Root 1 0 R>>',
  '%%EOF',
  '',
].join('\n');

function parseSources(dir: string): TicketSource[] {
  const tickets: TicketSource[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const lines = readFileSync(join(dir, name), 'utf8').replace(/\r\n/g, '\n').split('\n');
    let current: TicketSource | null = null;
    let inBody = false;
    let bodyLines: string[] = [];
    const finish = () => {
      if (current) {
        current.body = bodyLines.join('\n').replace(/\s+$/, '') + '\n';
        tickets.push(current);
      }
    };
    lines.forEach((line, i) => {
      if (line.startsWith('=== ')) {
        finish();
        current = {
          stem: line.slice(4).trim(),
          origin: `${name}:${i + 1}`,
          fields: new Map(),
          body: '',
        };
        inBody = false;
        bodyLines = [];
        return;
      }
      if (!current) {
        if (line.trim() !== '' && !line.startsWith('#'))
          throw new Error(`${name}:${i + 1}: text before the first "=== " ticket line`);
        return;
      }
      if (inBody) {
        bodyLines.push(line);
      } else if (line === '---') {
        inBody = true;
      } else if (line.trim() !== '') {
        const m = /^([a-z-]+):\s?(.*)$/.exec(line);
        if (!m) throw new Error(`${name}:${i + 1}: expected "key: value", got "${line}"`);
        current.fields.set(m[1]!, m[2]!.trim());
      }
    });
    finish();
  }
  return tickets;
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function encodeSubject(subject: string, mode: string): string {
  if (mode === 'raw' || (mode === 'auto' && /^[\x20-\x7e]*$/.test(subject))) return subject;
  if (mode === 'b-latin1') {
    assertLatin1(subject, 'subject');
    // Encoded words may be at most 75 characters: split into chunks, one word per folded line.
    const chunks = subject.match(/[\s\S]{1,30}/g) ?? [];
    return chunks
      .map((c) => `=?ISO-8859-1?B?${Buffer.from(c, 'latin1').toString('base64')}?=`)
      .join('\r\n ');
  }
  return libmime.encodeWord(subject, mode === 'b' ? 'B' : 'Q', 52);
}

function assertLatin1(text: string, what: string): void {
  const bad = [...text].find((c) => c.charCodeAt(0) > 0xff);
  if (bad) throw new Error(`${what}: character "${bad}" cannot be written in ISO-8859-1`);
}

function base64Lines(data: Buffer): string {
  return (data.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Renders the plain body as the HTML a mail client would produce (Outlook or Thunderbird). */
function toHtml(body: string, agent: string): string {
  const lines = body.replace(/\n+$/, '').split('\n');
  const out: string[] = [];
  let quoteDepth = 0;
  const p = agent === 'outlook' ? '<p class="MsoNormal">' : '<div>';
  const pEnd = agent === 'outlook' ? '</p>' : '</div>';
  for (const line of lines) {
    const depth = /^(>\s?)+/.exec(line)?.[0].replace(/\s/g, '').length ?? 0;
    while (quoteDepth < depth) {
      out.push(
        '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">',
      );
      quoteDepth++;
    }
    while (quoteDepth > depth) {
      out.push('</blockquote>');
      quoteDepth--;
    }
    const text = line.replace(/^(>\s?)+/, '');
    if (
      /^-----\s*Messaggio originale\s*-----$/.test(text) ||
      (/^Da: /.test(text) && agent === 'outlook')
    ) {
      out.push(
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>',
      );
    }
    // Outlook sets the field names of a quoted header block in bold ("<b>Da:</b> ...").
    const header = agent === 'outlook' ? /^(Da|Inviato|A|Cc|Oggetto):\s/.exec(text) : null;
    const html = header
      ? `<b>${header[1]}:</b> ${escapeHtml(text.slice(header[0].length))}`
      : escapeHtml(text);
    out.push(text.trim() === '' ? `${p}&nbsp;${pEnd}` : `${p}${html}${pEnd}`);
  }
  while (quoteDepth-- > 0) out.push('</blockquote>');
  const bodyClass = agent === 'outlook' ? ' lang="IT" link="#0563C1"' : '';
  const wrapperStart = agent === 'outlook' ? '<div class="WordSection1">' : '';
  const wrapperEnd = agent === 'outlook' ? '</div>' : '';
  return [
    '<html>',
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
    `<body${bodyClass}>`,
    wrapperStart,
    ...out,
    wrapperEnd,
    '</body>',
    '</html>',
    '',
  ].join('\r\n');
}

function textPart(body: string, form: Form): string {
  const crlf = body.replace(/\n/g, '\r\n');
  switch (form) {
    case 'plain':
      return `Content-Type: text/plain; charset=UTF-8; format=flowed\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${crlf}`;
    case 'qp':
      return `Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpWrap(qpEncode(Buffer.from(crlf, 'utf8')), 76)}`;
    case 'base64':
      return `Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64Lines(Buffer.from(crlf, 'utf8'))}\r\n`;
    case 'latin1':
      // Returned as a latin1 "binary" string: assemble() writes it byte for byte.
      assertLatin1(body, 'body');
      return `Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${crlf}`;
    case 'latin1-qp':
      assertLatin1(body, 'body');
      return `Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpWrap(qpEncode(Buffer.from(crlf, 'latin1')), 76)}`;
    default:
      throw new Error(`textPart: unexpected form ${form}`);
  }
}

function htmlPart(body: string, agent: string): string {
  const html = toHtml(body, agent);
  return `Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpWrap(qpEncode(Buffer.from(html, 'utf8')), 76)}`;
}

function attachmentPart(name: string): string {
  const lower = name.toLowerCase();
  const [type, data] = lower.endsWith('.pdf')
    ? ['application/pdf', Buffer.from(PDF_MINIMAL, 'latin1')]
    : lower.endsWith('.png')
      ? ['image/png', Buffer.from(PNG_1X1, 'base64')]
      : (() => {
          throw new Error(`attachment ${name}: only .png and .pdf are supported`);
        })();
  const encodedName = /^[\x20-\x7e]*$/.test(name)
    ? `"${name}"`
    : `"${libmime.encodeWord(name, 'Q')}"`;
  return [
    `Content-Type: ${type}; name=${encodedName}`,
    `Content-Disposition: attachment; filename=${encodedName}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(data),
    '',
  ].join('\r\n');
}

function multipart(boundary: string, subtype: string, parts: string[]): string {
  return [
    `Content-Type: multipart/${subtype}; boundary="${boundary}"`,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.map((part) => `--${boundary}\r\n${part.replace(/(\r\n)*$/, '')}\r\n`),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/**
 * An HTML tag as a writer would type one: a known tag name, attributes as name=value on the same
 * line. Not "<nome.cognome@ente.it>", "a < b" nor a message quoted in angle brackets ("<i dati non
 * sono validi>").
 */
const htmlTagNames = [
  'p',
  'br',
  'hr',
  'div',
  'span',
  'ul',
  'ol',
  'li',
  'b',
  'i',
  'u',
  'em',
  'strong',
].concat(['a', 'img', 'table', 'tr', 'td', 'th', 'font', 'html', 'body', 'h[1-6]', 'blockquote']);
const htmlTag = new RegExp(
  `</?(?:${htmlTagNames.join('|')})(?:\\s+[a-z-]+=(?:"[^"\\n]*"|'[^'\\n]*'|[^\\s<>"']+))*\\s*/?>`,
  'i',
);

function buildEml(t: TicketSource, index: number, set: string): Buffer {
  const f = t.fields;
  const form = (f.get('form') ?? 'plain') as Form;
  if (!FORMS.includes(form)) throw new Error(`${t.origin}: unknown form "${form}"`);
  if (form === 'raw') return rawEml(t);
  // The body is the text as the user typed it; the form only says how it travels. Tags written
  // into it would travel as visible text ("<p>Grazie,<br>" in the mail): a writer's slip that
  // cost a batch seven false blocks before this check.
  const tag = htmlTag.exec(t.body);
  if (tag) {
    throw new Error(
      `${t.origin}: the body holds the HTML tag "${tag[0]}": write the text as the user typed it ` +
        '(form html renders it as HTML), or use form raw for a message written as it travels',
    );
  }
  const agent = f.get('agent') ?? (index % 3 === 0 ? 'thunderbird' : 'outlook');
  const attachments = list(f.get('attach'));
  const day = 2 + (index % 24);
  const date =
    f.get('date') ??
    `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri'][index % 5]}, ${day} Nov 2026 ${String(8 + (index % 9)).padStart(2, '0')}:${String((index * 7) % 60).padStart(2, '0')}:00 +0100`;
  const headers: string[] = [
    `From: ${encodeAddressList(f.get('from') ?? '')}`,
    `To: ${encodeAddressList(f.get('to') ?? '')}`,
  ];
  if (f.get('cc')) headers.push(`Cc: ${encodeAddressList(f.get('cc')!)}`);
  headers.push(
    `Subject: ${encodeSubject(f.get('subject') ?? '', f.get('subject-encoding') ?? 'auto')}`,
    `Date: ${date}`,
    `Message-ID: <${set}-${t.stem}.${index}@mail.corpus.example>`,
  );
  if (f.get('in-reply-to')) headers.push(`In-Reply-To: ${f.get('in-reply-to')}`);
  if (f.get('references')) headers.push(`References: ${f.get('references')}`);
  headers.push(
    agent === 'outlook'
      ? 'X-Mailer: Microsoft Outlook 16.0'
      : 'User-Agent: Mozilla Thunderbird 128.5.0',
    'MIME-Version: 1.0',
    'Content-Language: it',
  );

  let content: string;
  const alt = form === 'alternative';
  if (form === 'html') content = htmlPart(t.body, agent);
  else if (alt)
    content = multipart(`alt-${index}-${t.stem}`, 'alternative', [
      textPart(t.body, 'qp'),
      htmlPart(t.body, agent),
    ]);
  else content = textPart(t.body, form);
  if (attachments.length > 0) {
    content = multipart(`mix-${index}-${t.stem}`, 'mixed', [
      content,
      ...attachments.map(attachmentPart),
    ]);
  }
  const eml = `${headers.join('\r\n')}\r\n${content}`;
  // Latin-1 bodies are written as real ISO-8859-1 bytes; everything else is UTF-8.
  return form === 'latin1' ? Buffer.from(eml, 'latin1') : Buffer.from(eml, 'utf8');
}

/** A message written whole in the source: line ends become CRLF, bytes stay UTF-8. */
function rawEml(t: TicketSource): Buffer {
  const stray = RAW_HEADER_KEYS.filter((k) => t.fields.has(k));
  if (stray.length > 0)
    throw new Error(`${t.origin}: form raw takes ${stray.join(', ')} from the message itself`);
  if (!/^[A-Za-z-]+:/.test(t.body) || !/\n\n/.test(t.body))
    throw new Error(`${t.origin}: form raw needs header lines, a blank line and a body`);
  return Buffer.from(t.body.replace(/\r?\n/g, '\r\n'), 'utf8');
}

/** Display names with accents are RFC 2047-encoded; the rest stays as written. */
function encodeAddressList(value: string): string {
  return list(value)
    .map((entry) => {
      const m = /^(.*?)\s*<([^>]+)>$/.exec(entry);
      if (!m || /^[ -~]*$/.test(m[1]!)) return entry;
      return `${libmime.encodeWord(m[1]!, 'Q')} <${m[2]}>`;
    })
    .join(', ');
}

function labelOf(t: TicketSource): TicketLabel {
  const f = t.fields;
  const rules = list(f.get('rules')) as RuleId[];
  for (const r of rules)
    if (!ALL_RULES.includes(r)) throw new Error(`${t.origin}: unknown rule id "${r}"`);
  const module = f.get('module') ?? 'null';
  if (module !== 'null' && !MODULE_IDS.has(module))
    throw new Error(`${t.origin}: unknown module "${module}"`);
  const type = f.get('type') ?? 'null';
  if (type !== 'null' && !TYPES.has(type)) throw new Error(`${t.origin}: unknown type "${type}"`);
  if (!f.get('note')) throw new Error(`${t.origin}: every ticket needs a note`);
  const label: TicketLabel = {
    file: `${t.stem}.eml`,
    rules: [...rules].sort((a, b) => ALL_RULES.indexOf(a) - ALL_RULES.indexOf(b)),
    module: module === 'null' ? null : module,
    ticketType: type === 'null' ? null : (type as TicketType),
    note: f.get('note')!,
  };
  if (f.get('settings')) label.settings = JSON.parse(f.get('settings')!) as UserSettings;
  return label;
}

export interface RenderedSet {
  /** File name -> bytes of every generated file, labels.json included. */
  files: Map<string, Buffer>;
  labels: TicketLabel[];
}

/** Renders one set from its sources, without touching the disk. */
export function renderSet(set: CorpusSet): RenderedSet {
  const tickets = parseSources(join(__dirname, 'sources', set));
  const stems = new Set<string>();
  for (const t of tickets) {
    if (stems.has(t.stem)) throw new Error(`${t.origin}: duplicate ticket "${t.stem}"`);
    stems.add(t.stem);
  }
  const files = new Map<string, Buffer>();
  const labels = tickets.map((t, i) => {
    files.set(`${t.stem}.eml`, buildEml(t, i, set));
    return labelOf(t);
  });
  files.set('labels.json', Buffer.from(JSON.stringify({ tickets: labels }, null, 2) + '\n'));
  return { files, labels };
}

function writeSet(set: CorpusSet, minPerRule: number, minTickets: number): void {
  const { files, labels } = renderSet(set);
  const outDir = corpusDir(set);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, data] of files) writeFileSync(join(outDir, name), data);

  const counts = new Map(ALL_RULES.map((r) => [r, 0]));
  for (const l of labels) for (const r of l.rules) counts.set(r, (counts.get(r) ?? 0) + 1);
  console.log(`${set}: ${labels.length} tickets`);
  for (const [r, n] of counts)
    console.log(`  ${r.padEnd(30)} ${n}${n < minPerRule ? '  < ' + minPerRule : ''}`);
  if (labels.length < minTickets) console.log(`  WARNING: fewer than ${minTickets} tickets`);
}

if (require.main === module) {
  // `npx tsx tests/corpus/build-corpus.ts [SET…]`: the named sets, or every set of sets.ts.
  // A name not yet in sets.ts (a batch being written) is built too, with no minimum.
  const names = process.argv.slice(2);
  if (names.length === 0)
    for (const info of SETS) writeSet(info.name, info.minPositives, info.minTickets);
  for (const name of names) {
    const info = SETS.find((s) => s.name === name);
    writeSet(name, info?.minPositives ?? 0, info?.minTickets ?? 0);
  }
}
