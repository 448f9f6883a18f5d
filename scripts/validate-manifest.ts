// Offline validation of the Outlook manifest:
//   1. XSD: Microsoft's manifest schemas vendored in schemas/outlook/ (see its README), run by
//      xmllint-wasm (libxml2 compiled to WebAssembly: no service, no native dependency);
//   2. what a schema cannot say: the files the URLs name exist and icons have their sizes, the
//      on-send function is the one the code registers, resource ids resolve, requirement sets
//      fit the features, a production manifest points at no local address.
//   npm run validate                      manifest.xml, and dist/outlook/manifest.xml if built
//   npm run validate -- FILE [--served DIR] [--production]
// Each problem is printed as FILE:LINE: error|warning: message; the exit code is 1 when there is
// an error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { imageSize } from 'image-size';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import {
  CANCEL_LABELS,
  ON_SEND_FUNCTION_NAME,
  PANE_COMMAND_ID,
} from '../src/hosts/outlook/onsend/constants';

export interface ManifestIssue {
  severity: 'error' | 'warning';
  line?: number;
  message: string;
}

export interface ValidateOptions {
  /** Folder served at the manifest's base URL; when given, every URL must be a file there. */
  servedDir?: string;
  /** Where to find a file when servedDir is not given or lacks it (e.g. the source icons). */
  sourceFile?: (relative: string) => string | undefined;
  /** Handler names registered with Office.actions.associate in the on-send code. */
  registeredHandlers?: string[];
  /** A production manifest must not point at localhost. */
  production?: boolean;
}

const SCHEMA_DIR = path.join(__dirname, '..', 'schemas', 'outlook');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

const NS = {
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/**
 * Highest Mailbox requirement set on-premises Exchange 2016/2019/SE supports: a base requirement
 * above it hides the add-in from those mailboxes.
 */
const ON_PREMISES_MAILBOX = '1.5';
const CANCEL_LABEL_LIMIT = 20;
/** Minimum Mailbox requirement set of each launch event (Microsoft's "Supported events"). */
const LAUNCH_EVENTS: Record<string, string> = {
  OnNewMessageCompose: '1.10',
  OnNewAppointmentOrganizer: '1.10',
  OnMessageAttachmentsChanged: '1.11',
  OnAppointmentAttachmentsChanged: '1.11',
  OnMessageRecipientsChanged: '1.11',
  OnAppointmentAttendeesChanged: '1.11',
  OnAppointmentTimeChanged: '1.11',
  OnAppointmentRecurrenceChanged: '1.11',
  OnInfoBarDismissClicked: '1.11',
  OnMessageSend: '1.12',
  OnAppointmentSend: '1.12',
  OnMessageCompose: '1.12',
  OnAppointmentOrganizer: '1.12',
  OnMessageFromChanged: '1.13',
  OnAppointmentFromChanged: '1.13',
  OnSensitivityLabelChanged: '1.14',
  OnMessageReadWithCustomAttachment: '1.15',
  OnMessageReadWithCustomHeader: '1.15',
};
/** Button icon sizes Outlook needs in every Icon element. */
const REQUIRED_ICON_SIZES = ['16', '32', '80'];

type Kind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

let schemas: { main: XMLFileInfo; others: XMLFileInfo[] } | undefined;

function loadSchemas() {
  if (!schemas) {
    const files = readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.xsd'))
      .map((fileName) => ({
        fileName,
        contents: readFileSync(path.join(SCHEMA_DIR, fileName), 'utf8'),
      }));
    const main = files.find((f) => f.fileName === MAIN_SCHEMA);
    if (!main) throw new Error(`${MAIN_SCHEMA} is missing from ${SCHEMA_DIR}`);
    schemas = { main, others: files.filter((f) => f !== main) };
  }
  return schemas;
}

/** XSD validation against the vendored schemas: one issue per libxml2 message, with its line. */
export async function schemaIssues(xml: string): Promise<ManifestIssue[]> {
  const { main, others } = loadSchemas();
  const result = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: main,
    preload: others,
  });
  return result.errors.map((e) => ({
    severity: 'error',
    ...(e.loc?.lineNumber ? { line: e.loc.lineNumber } : {}),
    message: `schema: ${plainSchemaMessage(e.message)}`,
  }));
}

/** libxml2's "{namespace}Name" is long; the element name is what an admin looks for. */
function plainSchemaMessage(message: string): string {
  return message
    .replace(/^Schemas validity error : /, '')
    .replace(/\{http:\/\/schemas\.microsoft\.com\/office\/[^}]*\}/g, '')
    .trim();
}

function children(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (!name || (n as XmlElement).localName === name)) {
      out.push(n as XmlElement);
    }
  }
  return out;
}

function descendants(el: XmlElement, name: string): XmlElement[] {
  return Array.from(el.getElementsByTagNameNS('*', name)) as XmlElement[];
}

function xsiType(el: XmlElement): string {
  return el.getAttributeNS(NS.xsi, 'type') ?? '';
}

function versionAtLeast(have: string, want: string): boolean {
  const [h1 = 0, h2 = 0] = have.split('.').map(Number);
  const [w1 = 0, w2 = 0] = want.split('.').map(Number);
  return h1 > w1 || (h1 === w1 && h2 >= w2);
}

/** Checks one manifest's text: the XSD first, then what the schema cannot express. */
export async function validateManifest(
  xml: string,
  options: ValidateOptions = {},
): Promise<ManifestIssue[]> {
  const issues: ManifestIssue[] = [];
  const error = (message: string, at?: XmlElement | null) =>
    issues.push({ severity: 'error', line: at?.lineNumber ?? undefined, message });
  const warning = (message: string, at?: XmlElement | null) =>
    issues.push({ severity: 'warning', line: at?.lineNumber ?? undefined, message });

  const parseErrors: string[] = [];
  let doc: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') parseErrors.push(message);
      },
    }).parseFromString(xml, 'text/xml');
  } catch (err) {
    // Fatal errors are reported through onError and then thrown.
    if (parseErrors.length === 0) parseErrors.push((err as Error).message);
  }
  if (!doc || parseErrors.length > 0 || !doc.documentElement) {
    for (const m of parseErrors) error(`not well-formed XML: ${m.trim()}`);
    return issues;
  }
  issues.push(...(await schemaIssues(xml)));
  const root = doc.documentElement as unknown as XmlElement;
  if (root.localName !== 'OfficeApp' || xsiType(root) !== 'MailApp') return issues;

  const base = children(children(root, 'Requirements')[0] ?? root, 'Sets')[0];
  const baseMailbox = base
    ? children(base, 'Set').find((s) => s.getAttribute('Name') === 'Mailbox')
    : undefined;
  const baseVersion =
    baseMailbox?.getAttribute('MinVersion') ?? base?.getAttribute('DefaultMinVersion') ?? '1.1';
  if (!versionAtLeast(ON_PREMISES_MAILBOX, baseVersion)) {
    error(
      `base requirement Mailbox ${baseVersion} hides the add-in on on-premises Exchange ` +
        `(Mailbox 1.1-${ON_PREMISES_MAILBOX}): require newer sets inside VersionOverrides`,
      baseMailbox ?? base,
    );
  }

  // URLs: https, within the add-in's folder, and present as files.
  const urls = collectUrls(root);
  const baseUrl = addinBaseUrl(root);
  for (const u of urls) {
    if (!/^https:\/\//.test(u.url)) error(`${u.where}: "${u.url}" must be an https:// URL`, u.el);
  }
  const local = urls.filter((u) => /^https:\/\/(localhost|127\.0\.0\.1)[:/]/.test(u.url));
  if (options.production && local.length > 0) {
    error(
      `production manifest points at ${local[0]!.url} and ${local.length - 1} more local ` +
        'address(es): build with --env ADDIN_URL=https://your-server/path/',
      local[0]!.el,
    );
  }
  if (baseUrl) checkFiles(urls, baseUrl, options, error, warning);
  else error('no task pane SourceLocation in FormSettings: cannot tell the add-in address');

  for (const u of urls.filter((x) => x.size)) checkIconSize(u, baseUrl, options, error);

  const overrides = descendants(root, 'VersionOverrides');
  if (overrides.length === 0) error('no VersionOverrides: the add-in would have no button');
  for (const vo of overrides) checkVersionOverrides(vo, options, error, warning);
  return issues;
}

interface UrlRef {
  url: string;
  where: string;
  el: XmlElement;
  /** Expected square pixel size when the URL is an icon. */
  size?: number;
}

function collectUrls(root: XmlElement): UrlRef[] {
  const out: UrlRef[] = [];
  const add = (el: XmlElement, where: string, size?: number) => {
    for (const [v, label] of [
      [el.getAttribute('DefaultValue'), where],
      ...children(el, 'Override').map((o) => [
        o.getAttribute('Value'),
        `${where} (${o.getAttribute('Locale')})`,
      ]),
    ] as Array<[string | null, string]>) {
      if (v) out.push({ url: v, where: label, el, ...(size ? { size } : {}) });
    }
  };
  const top = (name: string, size?: number) => {
    const el = children(root, name)[0];
    if (el) add(el, name, size);
  };
  top('IconUrl', 64);
  top('HighResolutionIconUrl', 128);
  top('SupportUrl');
  for (const el of descendants(root, 'SourceLocation')) {
    if (el.getAttribute('DefaultValue')) add(el, 'FormSettings SourceLocation');
  }
  for (const vo of descendants(root, 'VersionOverrides')) {
    const resources = children(vo, 'Resources')[0];
    if (!resources) continue;
    for (const img of children(children(resources, 'Images')[0] ?? resources, 'Image')) {
      add(img, `bt:Image ${img.getAttribute('id')}`, iconSizeFor(vo, img.getAttribute('id') ?? ''));
    }
    for (const u of children(children(resources, 'Urls')[0] ?? resources, 'Url')) {
      add(u, `bt:Url ${u.getAttribute('id')}`);
    }
  }
  return out;
}

/** The size an image resource is used at in Icon elements (they must agree). */
function iconSizeFor(vo: XmlElement, id: string): number | undefined {
  const uses = descendants(vo, 'Image').filter(
    (i) => i.getAttribute('resid') === id && i.getAttribute('size'),
  );
  const size = uses[0]?.getAttribute('size');
  return size ? Number(size) : undefined;
}

/** The folder URL of the task pane page: every hosted file is under it. */
function addinBaseUrl(root: XmlElement): string | undefined {
  const form = descendants(root, 'SourceLocation').find((s) => s.getAttribute('DefaultValue'));
  const url = form?.getAttribute('DefaultValue');
  return url ? url.replace(/[?#].*$/, '').replace(/[^/]*$/, '') : undefined;
}

function locate(relative: string, options: ValidateOptions): string | undefined {
  if (options.servedDir) {
    const file = path.join(options.servedDir, relative);
    if (existsSync(file)) return file;
  }
  const source = options.sourceFile?.(relative);
  return source && existsSync(source) ? source : undefined;
}

function checkFiles(
  urls: UrlRef[],
  base: string,
  options: ValidateOptions,
  error: (m: string, at?: XmlElement) => void,
  warning: (m: string, at?: XmlElement) => void,
) {
  const unchecked = new Set<string>();
  for (const u of urls) {
    if (!u.url.startsWith(base)) {
      error(`${u.where}: "${u.url}" is outside the add-in's address ${base}`, u.el);
      continue;
    }
    const relative = decodeURIComponent(u.url.slice(base.length).replace(/[?#].*$/, ''));
    if (locate(relative, options)) continue;
    if (options.servedDir) {
      error(`${u.where}: ${relative} not found in ${options.servedDir}`, u.el);
    } else if (options.sourceFile?.(relative)) {
      error(`${u.where}: ${relative} not found (${options.sourceFile(relative)})`, u.el);
    } else {
      unchecked.add(relative);
    }
  }
  if (unchecked.size > 0) {
    warning(
      `not checked here (the build makes them; see dist/outlook/manifest.xml): ${[...unchecked].join(', ')}`,
    );
  }
}

function checkIconSize(
  u: UrlRef,
  base: string | undefined,
  options: ValidateOptions,
  error: (m: string, at?: XmlElement) => void,
) {
  if (!base || !u.url.startsWith(base)) return;
  const file = locate(u.url.slice(base.length), options);
  if (!file) return;
  try {
    const { width, height, type } = imageSize(readFileSync(file));
    if (type !== 'png') error(`${u.where}: ${path.basename(file)} is ${type}, expected PNG`, u.el);
    if (width !== u.size || height !== u.size) {
      error(
        `${u.where}: ${path.basename(file)} is ${width}x${height}, expected ${u.size}x${u.size}`,
        u.el,
      );
    }
  } catch (err) {
    error(`${u.where}: ${file} is not a readable image (${(err as Error).message})`, u.el);
  }
}

/** Resource references, the pane button, launch events and runtimes of one VersionOverrides. */
function checkVersionOverrides(
  vo: XmlElement,
  options: ValidateOptions,
  error: (m: string, at?: XmlElement) => void,
  warning: (m: string, at?: XmlElement) => void,
) {
  const type = xsiType(vo);
  if (type !== 'VersionOverridesV1_0' && type !== 'VersionOverridesV1_1') return;
  // Elements of a nested VersionOverrides are checked against its own Resources.
  const own = (el: XmlElement) => {
    let p = el.parentNode as XmlElement | null;
    while (p && p.localName !== 'VersionOverrides') p = p.parentNode as XmlElement | null;
    return p === vo;
  };
  const resources = children(vo, 'Resources')[0];
  const ids: Record<Kind, Set<string>> = {
    Images: new Set(),
    Urls: new Set(),
    ShortStrings: new Set(),
    LongStrings: new Set(),
  };
  for (const kind of Object.keys(ids) as Kind[]) {
    const group = resources ? children(resources, kind)[0] : undefined;
    if (!group) continue;
    for (const item of children(group)) {
      const id = item.getAttribute('id') ?? '';
      if (ids[kind].has(id)) error(`${kind} id "${id}" is defined twice`, item);
      ids[kind].add(id);
    }
  }

  // Every resid must name a resource of the kind its element needs.
  const kindOf = (el: XmlElement): Kind => {
    if (el.localName === 'Image') return 'Images';
    if (el.localName === 'Label' || el.localName === 'Title') return 'ShortStrings';
    if (el.localName === 'Description') return 'LongStrings';
    return 'Urls';
  };
  const all = descendants(vo, '*').filter(own);
  for (const el of all) {
    const resid = el.getAttribute('resid');
    if (resid === null || resid === '') continue;
    const kind = kindOf(el);
    if (!ids[kind].has(resid)) {
      error(`<${el.localName} resid="${resid}"> has no matching ${kind} entry in ${type}`, el);
    }
  }

  // Control ids unique; each button has the three required icon sizes.
  const controlIds = new Map<string, XmlElement>();
  for (const control of all.filter((e) => e.localName === 'Control')) {
    const id = control.getAttribute('id') ?? '';
    if (controlIds.has(id)) error(`Control id "${id}" is used twice in ${type}`, control);
    controlIds.set(id, control);
    const sizes = descendants(control, 'Image').map((i) => i.getAttribute('size') ?? '');
    for (const s of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(s)) error(`Control "${id}" has no ${s}px icon`, control);
    }
  }
  const compose = all.filter(
    (e) => e.localName === 'ExtensionPoint' && xsiType(e) === 'MessageComposeCommandSurface',
  );
  const paneButton = controlIds.get(PANE_COMMAND_ID);
  if (!paneButton || !compose.some((c) => descendants(c, 'Control').includes(paneButton))) {
    error(`no compose button with id "${PANE_COMMAND_ID}" (Smart Alerts commandId)`, vo);
  }

  const minVersion = requirementVersion(vo);
  const launchEvents = all.filter((e) => e.localName === 'LaunchEvent');
  const runtimes = all.filter((e) => e.localName === 'Runtime');
  const sendEvents = launchEvents.filter((e) => e.getAttribute('Type') === 'OnMessageSend');
  if (type === 'VersionOverridesV1_1' && sendEvents.length !== 1) {
    error(`${type} must declare exactly one OnMessageSend LaunchEvent`, vo);
  }
  for (const ev of launchEvents) {
    const evType = ev.getAttribute('Type') ?? '';
    const needs = LAUNCH_EVENTS[evType];
    if (!needs) error(`LaunchEvent Type "${evType}" is not an Outlook launch event`, ev);
    else if (!minVersion || !versionAtLeast(minVersion, needs)) {
      error(`${evType} needs Mailbox ${needs}; ${type} requires ${minVersion ?? 'nothing'}`, ev);
    }
    const fn = ev.getAttribute('FunctionName') ?? '';
    if (fn !== ON_SEND_FUNCTION_NAME) {
      error(
        `LaunchEvent FunctionName "${fn}" differs from the code's "${ON_SEND_FUNCTION_NAME}"`,
        ev,
      );
    }
    if (options.registeredHandlers && !options.registeredHandlers.includes(fn)) {
      error(
        `LaunchEvent FunctionName "${fn}" is not registered with Office.actions.associate ` +
          `(registered: ${options.registeredHandlers.join(', ') || 'none'})`,
        ev,
      );
    }
    if (
      (evType === 'OnMessageSend' || evType === 'OnAppointmentSend') &&
      !ev.hasAttribute('SendMode')
    ) {
      warning(`${evType} has no SendMode: Outlook uses SoftBlock`, ev);
    }
    const point = ev.parentNode?.parentNode as XmlElement | null;
    const source = point ? children(point, 'SourceLocation')[0]?.getAttribute('resid') : null;
    const runtimeIds = runtimes.map((r) => r.getAttribute('resid'));
    if (!source || !runtimeIds.includes(source)) {
      error('the LaunchEvent SourceLocation must name the resid of a Runtime', point ?? ev);
    }
  }
  for (const runtime of runtimes) {
    const js = children(runtime, 'Override').find((o) => o.getAttribute('type') === 'javascript');
    if (launchEvents.length > 0 && !js) {
      error('Runtime needs <Override type="javascript"> for classic Outlook on Windows', runtime);
    }
  }
  const root = vo.ownerDocument?.documentElement as unknown as XmlElement | undefined;
  const permissions = root ? children(root, 'Permissions')[0]?.textContent?.trim() : undefined;
  if (sendEvents.length > 0 && permissions && ['Restricted', 'ReadItem'].includes(permissions)) {
    error('OnMessageSend needs Permissions ReadWriteItem or higher');
  }
  for (const [lang, label] of Object.entries(CANCEL_LABELS)) {
    if (label.length > CANCEL_LABEL_LIMIT) {
      error(`cancelLabel (${lang}) "${label}" exceeds ${CANCEL_LABEL_LIMIT} characters`);
    }
  }
}

function requirementVersion(vo: XmlElement): string | undefined {
  const sets = children(children(vo, 'Requirements')[0] ?? vo, 'Sets')[0];
  if (!sets) return undefined;
  const mailbox = children(sets, 'Set').find((s) => s.getAttribute('Name') === 'Mailbox');
  return mailbox?.getAttribute('MinVersion') ?? sets.getAttribute('DefaultMinVersion') ?? undefined;
}

/** Names passed to Office.actions.associate in the given sources. */
export function registeredHandlerNames(sources: string[]): string[] {
  const names: string[] = [];
  for (const source of sources) {
    for (const m of source.matchAll(/\.actions\.associate\(\s*["']([^"']+)["']/g)) {
      names.push(m[1]!);
    }
  }
  return names;
}

function report(file: string, issues: ManifestIssue[]): number {
  for (const i of issues) {
    console.log(`${file}${i.line ? `:${i.line}` : ''}: ${i.severity}: ${i.message}`);
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  console.log(`${file}: ${errors} error(s), ${warnings} warning(s)`);
  return errors;
}

async function main(argv: string[]): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const entry = readFileSync(path.join(root, 'src/hosts/outlook/onsend/entry.ts'), 'utf8');
  const sourceHandlers = registeredHandlerNames([entry]);
  const sourceIcons = (relative: string) =>
    relative.startsWith('assets/') ? path.join(root, 'assets/icons', relative.slice(7)) : undefined;

  const files = argv.filter((a) => !a.startsWith('--'));
  const served = argv.includes('--served') ? argv[argv.indexOf('--served') + 1] : undefined;
  const production = argv.includes('--production');
  let errors = 0;
  if (files.length > 0) {
    for (const file of files.filter((f) => f !== served)) {
      errors += report(
        file,
        await validateManifest(readFileSync(file, 'utf8'), {
          servedDir: served ?? path.dirname(path.resolve(file)),
          registeredHandlers: sourceHandlers,
          production,
        }),
      );
    }
    return errors;
  }

  const source = path.join(root, 'manifest.xml');
  errors += report(
    'manifest.xml',
    await validateManifest(readFileSync(source, 'utf8'), {
      sourceFile: sourceIcons,
      registeredHandlers: sourceHandlers,
    }),
  );
  const dist = path.join(root, 'dist/outlook');
  const built = path.join(dist, 'manifest.xml');
  if (existsSync(built)) {
    const bundle = path.join(dist, 'onsend.js');
    const builtHandlers = existsSync(bundle)
      ? registeredHandlerNames([readFileSync(bundle, 'utf8')])
      : [];
    const builtXml = readFileSync(built, 'utf8');
    const { productionManifest } = require('../build/webpack/onsend.cjs') as {
      productionManifest: (xml: string, base: string, opts?: { id?: string }) => string;
    };
    const builtBase = /<SourceLocation DefaultValue="([^"]*\/)[^"/]*"/.exec(builtXml)?.[1] ?? '';
    const builtId = /<Id>([^<]*)<\/Id>/.exec(builtXml)?.[1];
    if (productionManifest(readFileSync(source, 'utf8'), builtBase, { id: builtId }) !== builtXml) {
      console.log('dist/outlook/manifest.xml: warning: older than manifest.xml, run npm run build');
    }
    errors += report(
      'dist/outlook/manifest.xml',
      await validateManifest(builtXml, {
        servedDir: dist,
        registeredHandlers: builtHandlers,
        production,
      }),
    );
  } else {
    console.log('dist/outlook/manifest.xml: not built (npm run build), not checked');
  }
  return errors;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (errors) => {
      process.exitCode = errors > 0 ? 1 : 0;
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 2;
    },
  );
}
