import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  registeredHandlerNames,
  validateManifest,
  type ValidateOptions,
} from '../../../scripts/validate-manifest';

const root = path.join(__dirname, '../../..');
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const options: ValidateOptions = {
  sourceFile: (relative) =>
    relative.startsWith('assets/') ? path.join(root, 'assets/icons', relative.slice(7)) : undefined,
  registeredHandlers: registeredHandlerNames([
    readFileSync(path.join(root, 'src/hosts/outlook/onsend/entry.ts'), 'utf8'),
  ]),
};

const errorsOf = async (xml: string, opts: ValidateOptions = options) =>
  (await validateManifest(xml, opts)).filter((i) => i.severity === 'error').map((i) => i.message);

/** Replaces every occurrence, failing loudly if the text is not in the manifest. */
function edit(from: string | RegExp, to: string, xml = manifest): string {
  const changed = xml.replace(typeof from === 'string' ? new RegExp(escape(from), 'g') : from, to);
  if (changed === xml) throw new Error(`test setup: ${String(from)} not in manifest.xml`);
  return changed;
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('offline manifest validation', () => {
  it('accepts the project manifest', async () => {
    expect(await errorsOf(manifest)).toEqual([]);
  });

  it('reaches on-premises Exchange and shared mailboxes', () => {
    // Base requirement within Exchange 2016/2019/SE (Mailbox 1.1-1.5); 1.8 and 1.12 inside.
    expect(manifest).toMatch(/<Requirements>\s*<Sets>\s*<Set Name="Mailbox" MinVersion="1\.1"\/>/);
    expect(manifest).toMatch(/<bt:Sets DefaultMinVersion="1\.8">/);
    expect(manifest).toMatch(/<bt:Sets DefaultMinVersion="1\.12">/);
    expect(manifest).toMatch(
      /VersionOverridesV1_1[\s\S]*<DesktopFormFactor>\s*(<!--[^>]*-->\s*)?<SupportsSharedFolders>true<\/SupportsSharedFolders>/,
    );
    expect(manifest).not.toMatch(/<AppDomains>/);
  });

  it('finds the handler name registered in the on-send code', () => {
    expect(options.registeredHandlers).toEqual(['onMessageSendHandler']);
  });

  it.each<[string, string | RegExp, string, RegExp]>([
    [
      'a LaunchEvent function the code does not register',
      'FunctionName="onMessageSendHandler"',
      'FunctionName="onSend"',
      /FunctionName "onSend" is not registered with Office.actions.associate/,
    ],
    [
      'a resid without a resource',
      '<Label resid="Group.Label"/>',
      '<Label resid="Group.Missing"/>',
      /<Label resid="Group.Missing"> has no matching ShortStrings entry/,
    ],
    [
      'an http URL',
      'https://localhost:3443/onsend.js',
      'http://localhost:3443/onsend.js',
      /"http:\/\/localhost:3443\/onsend.js" must be an https:\/\/ URL/,
    ],
    [
      'an icon of the wrong size',
      'Icon.80x80" DefaultValue="https://localhost:3443/assets/icon-80.png',
      'Icon.80x80" DefaultValue="https://localhost:3443/assets/icon-64.png',
      /icon-64.png is 64x64, expected 80x80/,
    ],
    ['a missing icon file', 'assets/icon-128.png', 'assets/icon-256.png', /icon-256.png not found/],
    [
      'a renamed pane button (Smart Alerts commandId)',
      'id="verificaTicketOpenPane"',
      'id="openPane"',
      /no compose button with id "verificaTicketOpenPane"/,
    ],
    [
      'a second OnMessageSend',
      /(<LaunchEvent Type="OnMessageSend"[^>]*\/>)/,
      '$1$1',
      /exactly one OnMessageSend/,
    ],
    [
      'an unknown SendMode (schema)',
      'SendMode="SoftBlock"',
      'SendMode="HardBlock"',
      /^schema: Element 'LaunchEvent', attribute 'SendMode': \[facet 'enumeration'\] The value 'HardBlock' is not an element of the set \{'PromptUser', 'SoftBlock', 'Block'\}/,
    ],
    [
      'a stray element (schema)',
      '<SupportsSharedFolders>true</SupportsSharedFolders>',
      '<SupportsSharedFolders>true</SupportsSharedFolders><PinnedByDefault>true</PinnedByDefault>',
      /^schema: Element 'PinnedByDefault': This element is not expected\. Expected is one of \( FunctionFile, ExtensionPoint \)/,
    ],
    [
      'SupportsSharedFolders in VersionOverrides 1.0, which does not know it (schema)',
      /(<VersionOverrides xmlns="http:\/\/schemas.microsoft.com\/office\/mailappversionoverrides" [\s\S]*?<DesktopFormFactor>)/,
      '$1<SupportsSharedFolders>true</SupportsSharedFolders>',
      /^schema: Element 'SupportsSharedFolders': This element is not expected/,
    ],
    [
      'a base requirement that hides the add-in on on-premises Exchange',
      '<Set Name="Mailbox" MinVersion="1.1"/>',
      '<Set Name="Mailbox" MinVersion="1.8"/>',
      /base requirement Mailbox 1\.8 hides the add-in on on-premises Exchange/,
    ],
    [
      'a requirement set too old for Smart Alerts',
      '<bt:Sets DefaultMinVersion="1.12">',
      '<bt:Sets DefaultMinVersion="1.10">',
      /OnMessageSend needs Mailbox 1.12/,
    ],
    [
      'a button label over 125 characters',
      'DefaultValue="Verifica ticket">',
      `DefaultValue="${'x'.repeat(126)}">`,
      /^schema: Element 'String', attribute 'DefaultValue': \[facet 'maxLength'\] The value 'x{126}' has a length of '126'; this exceeds the allowed maximum length of '125'/,
    ],
    [
      'elements out of order',
      /(<FormSettings>[\s\S]*?<\/FormSettings>)([\s\S]*?)(<Permissions>ReadWriteItem<\/Permissions>)/,
      '$3$2$1',
      /^schema: Element '(Permissions|FormSettings)': This element is not expected/,
    ],
    [
      'too little permission for on-send',
      '<Permissions>ReadWriteItem</Permissions>',
      '<Permissions>ReadItem</Permissions>',
      /OnMessageSend needs Permissions ReadWriteItem or higher/,
    ],
    [
      'no JavaScript file for classic Outlook',
      /<Override type="javascript" resid="JSRuntime.Url"\/>/,
      '',
      /Override type="javascript"> for classic Outlook/,
    ],
    [
      'an Id that is not a GUID',
      '<Id>2a145045-4d9e-4430-a581-e95d5f7ab1ad</Id>',
      '<Id>verifica-ticket</Id>',
      /^schema: Element 'Id': \[facet 'pattern'\] The value 'verifica-ticket' is not accepted/,
    ],
    ['broken XML', '</DisplayName>', '</DisplayNam>', /not well-formed XML/],
  ])('rejects %s', async (_case, from, to, expected) => {
    const errors = await errorsOf(edit(from, to));
    expect(errors).toContainEqual(expect.stringMatching(expected));
  });

  it('reports the line of the problem', async () => {
    const issues = await validateManifest(
      edit('SendMode="SoftBlock"', 'SendMode="Never"'),
      options,
    );
    const issue = issues.find((i) => /'Never'/.test(i.message));
    const line = manifest.split('\n').findIndex((l) => l.includes('SendMode="SoftBlock"')) + 1;
    expect(issue?.line).toBe(line);
  });

  it('rejects localhost in a production manifest', async () => {
    expect(await errorsOf(manifest, { ...options, production: true })).toContainEqual(
      expect.stringMatching(/production manifest points at https:\/\/localhost:3443\//),
    );
  });

  it('rejects a URL outside the add-in folder', async () => {
    const xml = edit('https://localhost:3443/onsend.js', 'https://cdn.example.org/onsend.js');
    expect(await errorsOf(xml)).toContainEqual(
      expect.stringMatching(
        /"https:\/\/cdn.example.org\/onsend.js" is outside the add-in's address/,
      ),
    );
  });
});
