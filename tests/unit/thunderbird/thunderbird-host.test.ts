import { defaultDirectory } from '../../../src/core';
import { HostError } from '../../../src/core/host/mail-host';
import { ThunderbirdHost } from '../../../src/hosts/thunderbird/thunderbird-host';
import { fakeMessenger, tab } from './fake-messenger';

const compose = {
  from: 'Mario Rossi <mario.rossi@comune.example>',
  to: ['tributi@ticket.palitalsoft.example'],
  subject: 'Re: [Ticket n. 12345] Apertura ticket',
  isPlainText: true,
  plainTextBody: 'Nuovo problema con la TARI.',
  type: 'reply' as const,
  relatedMessageId: 7,
};

describe('ThunderbirdHost', () => {
  test('reads the draft with attachments and what the reply answers', async () => {
    const tb = fakeMessenger({
      tabs: { 3: compose },
      attachments: { 3: [{ id: 1, name: 'tari.pdf', size: 100 }] },
      messages: {
        7: {
          author: 'Ticket <noreply@ticket.palitalsoft.example>',
          subject: '[Ticket n. 12345] Apertura ticket',
          headerMessageId: 'n12345@ticket.example',
        },
      },
    });
    const host = await ThunderbirdHost.create(tb.api, 3);
    const draft = await host.readDraft();
    expect(draft).toMatchObject({
      subject: 'Re: [Ticket n. 12345] Apertura ticket',
      bodyText: 'Nuovo problema con la TARI.',
      attachments: [{ name: 'tari.pdf', size: 100 }],
      inReplyTo: 'n12345@ticket.example',
      replyContext: { originalFrom: 'noreply@ticket.palitalsoft.example' },
    });
    expect(host.profile()).toEqual({ name: 'Mario Rossi', email: 'mario.rossi@comune.example' });
    expect(host.kind).toBe('thunderbird');
  });

  test('a deleted original does not stop the check', async () => {
    const tb = fakeMessenger({ tabs: { 3: compose } });
    const draft = await (await ThunderbirdHost.create(tb.api, 3)).readDraft();
    expect(draft.replyContext).toBeUndefined();
    expect(draft.bodyText).toBe('Nuovo problema con la TARI.');
  });

  test('a closed compose window is a HostError naming the operation', async () => {
    const tb = fakeMessenger({ tabs: {} });
    const host = await ThunderbirdHost.create(tb.api, 9);
    expect(host.profile()).toEqual({});
    await expect(host.readDraft()).rejects.toThrow(HostError);
    await expect(host.readDraft()).rejects.toMatchObject({ operation: 'readDraft' });
    await expect(host.applyEdits([{ kind: 'set-subject', subject: 'x' }])).rejects.toMatchObject({
      operation: 'applyEdits',
      message: expect.stringContaining('Invalid tab ID: 9'),
    });
  });

  test('applies edits to its own compose window', async () => {
    const tb = fakeMessenger({ tabs: { 3: compose, 4: { ...compose, subject: 'altro' } } });
    const host = await ThunderbirdHost.create(tb.api, 3);
    await host.applyEdits([
      { kind: 'set-recipients', field: 'to', recipients: [{ address: 'tari@ticket.example' }] },
      { kind: 'append-to-body', text: 'Mario Rossi' },
    ]);
    expect(tb.tabs[3]!.to).toEqual(['tari@ticket.example']);
    expect(tb.tabs[3]!.plainTextBody).toBe('Nuovo problema con la TARI.\n\nMario Rossi\n');
    expect(tb.tabs[4]!.subject).toBe('altro');
  });

  test('onChange reports attachment and state events of its own tab until unsubscribed', async () => {
    const tb = fakeMessenger({ tabs: { 3: compose } });
    const host = await ThunderbirdHost.create(tb.api, 3);
    const listener = jest.fn();
    const stop = host.onChange(listener);
    tb.events.onAttachmentAdded.fire(tab(3), { id: 1 });
    tb.events.onAttachmentRemoved.fire(tab(4), 1);
    tb.events.onComposeStateChanged.fire(tab(3), { canSendNow: true, canSendLater: true });
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    tb.events.onAttachmentRemoved.fire(tab(3), 1);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(tb.events.onAttachmentAdded.listeners.size).toBe(0);
  });

  test('preferences are kept in storage.local', async () => {
    const tb = fakeMessenger({ tabs: { 3: compose } });
    const host = await ThunderbirdHost.create(tb.api, 3);
    expect(await host.loadPreferences()).toBeNull();
    await host.savePreferences({ name: 'Mario Rossi', phone: '0721 123456', mode: 'warn-only' });
    expect(await host.loadPreferences()).toEqual({
      name: 'Mario Rossi',
      phone: '0721 123456',
      mode: 'warn-only',
    });
  });

  test('display locale follows Thunderbird: Italian, English, otherwise unknown', async () => {
    const locale = async (uiLanguage: string) =>
      (await ThunderbirdHost.create(fakeMessenger({ uiLanguage }).api, 1)).displayLocale();
    expect(await locale('it-IT')).toBe('it');
    expect(await locale('en-US')).toBe('en');
    expect(await locale('de')).toBeUndefined();
  });
});

describe('admin configuration from storage.managed', () => {
  const admin = {
    officialListUrl: 'https://fornitore.example/indirizzi/',
    vendorDomains: ['fornitore.example'],
    modules: [
      { id: 'tributi', name: 'Tributi', address: 'tributi@fornitore.example', keywords: ['IMU'] },
    ],
    mode: 'warn-only',
  };
  const load = async (managed: Record<string, unknown> | Error | undefined) =>
    (await ThunderbirdHost.create(fakeMessenger({ managed }).api, 1)).loadAdminConfig();

  test('no policy: the bundled directory, no notice', async () => {
    expect(await load(undefined)).toEqual({ config: defaultDirectory, source: 'bundled' });
    expect(await load({})).toEqual({ config: defaultDirectory, source: 'bundled' });
  });

  test('the admin file at the top level or under "directory"', async () => {
    for (const managed of [admin, { directory: admin }]) {
      const result = await load(managed);
      expect(result.error).toBeUndefined();
      expect(result.source).toBe('policies.json (3rdparty)');
      expect(result.config).toEqual(admin);
    }
  });

  test('an invalid policy: bundled directory and a notice naming where', async () => {
    const broken = { ...admin, modules: [{ ...admin.modules[0], address: 'not-an-address' }] };
    const top = await load(broken);
    expect(top.config).toBe(defaultDirectory);
    expect(top.error).toMatch(/policies\.json \(3rdparty\): invalid configuration/);
    expect(top.error).toContain('/modules/0/address');
    const wrapped = await load({ directory: broken });
    expect(wrapped.error).toContain('/directory/modules/0/address');
  });

  test('unreadable managed storage: bundled directory and the reason', async () => {
    const result = await load(new Error('Permission denied'));
    expect(result.config).toBe(defaultDirectory);
    expect(result.error).toBe('policies.json (3rdparty): could not be read (Permission denied)');
  });
});
