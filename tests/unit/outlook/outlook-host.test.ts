import { loadAdminFile, outlookHost } from '../../../src/hosts/outlook/outlook-host';
import { HostError } from '../../../src/core/host/mail-host';
import { composeState, installOffice } from './office-mock';

const validDirectory = JSON.stringify({
  officialListUrl: 'https://www.palitalsoft.it/indirizzi-per-ticket/',
  vendorDomains: ['palitalsoft.it'],
  modules: [
    { id: 'tributi', name: 'Tributi', address: 'tributi@palitalsoft.it', keywords: ['IMU'] },
  ],
});

describe('outlookHost', () => {
  it('stores preferences in roaming settings and reads them back', async () => {
    const state = composeState();
    installOffice(state);
    const host = outlookHost();
    expect(await host.loadPreferences()).toBeNull();
    await host.savePreferences({
      name: 'Mario Rossi',
      phone: '0721 123456',
      enti: ['Comune di Fano'],
    });
    expect(state.roaming).toEqual({
      preferences: { name: 'Mario Rossi', phone: '0721 123456', enti: ['Comune di Fano'] },
    });
    expect(await host.loadPreferences()).toEqual({
      name: 'Mario Rossi',
      phone: '0721 123456',
      enti: ['Comune di Fano'],
    });
  });

  it('reports a failed roaming-settings save', async () => {
    const state = composeState();
    state.fail.add('roamingSettings.saveAsync');
    installOffice(state);
    const error = await outlookHost()
      .savePreferences({ name: 'X' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).operation).toBe('roamingSettings.saveAsync');
    expect(state.roaming).toEqual({});
  });

  it('gives Outlook language and profile', () => {
    installOffice(composeState());
    const host = outlookHost();
    expect(host.displayLocale()).toBe('it');
    expect(host.profile()).toEqual({ name: 'Mario Rossi', email: 'mario.rossi@comune.example.it' });
  });

  it('calls the listener on recipient and attachment changes and unsubscribes', () => {
    const state = composeState();
    installOffice(state);
    const listener = jest.fn();
    const stop = outlookHost().onChange(listener);
    expect([...state.handlers.keys()].sort()).toEqual([
      'olkAttachmentsChanged',
      'olkRecipientsChanged',
    ]);
    state.handlers.get('olkRecipientsChanged')!();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    expect(state.handlers.size).toBe(0);
  });

  it('polls with three calls while recipient and attachment events are registered', async () => {
    const state = composeState({ subject: 'Tributi: IMU', bodyType: 'text', bodyText: 'Testo' });
    installOffice(state);
    const host = outlookHost();
    host.onChange(() => undefined);
    const first = await host.readDraft();
    state.calls.length = 0;
    expect(await host.readDraft()).toBe(first);
    // From too: it has no change event, and may be switched to a shared mailbox.
    expect(state.calls.sort()).toEqual([
      'body.getAsync(Text)',
      'from.getAsync',
      'subject.getAsync',
    ]);

    state.bodyText = 'Testo cambiato';
    expect((await host.readDraft()).bodyText).toBe('Testo cambiato');

    // A recipients event makes the next read a full one.
    state.to = [{ displayName: 'Tributi', emailAddress: 'tributi@example.it' }];
    state.handlers.get('olkRecipientsChanged')!();
    expect((await host.readDraft()).to).toEqual([
      { name: 'Tributi', address: 'tributi@example.it' },
    ]);
  });

  it('reads everything again after applying a fix, event or not', async () => {
    const state = composeState({
      bodyType: 'text',
      to: [{ displayName: 'M', emailAddress: 'marco@palitalsoft.it' }],
    });
    installOffice(state);
    const host = outlookHost();
    host.onChange(() => undefined);
    await host.readDraft();
    await host.applyEdits([
      { kind: 'set-recipients', field: 'to', recipients: [{ address: 'tributi@example.it' }] },
    ]);
    expect((await host.readDraft()).to).toEqual([{ address: 'tributi@example.it' }]);
  });

  it('reads everything at each poll when Outlook cannot report recipient changes', async () => {
    const state = composeState({ mailbox: '1.6', bodyType: 'text' });
    installOffice(state);
    const host = outlookHost();
    host.onChange(() => undefined);
    await host.readDraft();
    state.to = [{ displayName: 'Tributi', emailAddress: 'tributi@example.it' }];
    expect((await host.readDraft()).to).toHaveLength(1);
  });

  it('reads and writes the compose item', async () => {
    const state = composeState({ subject: 'Tributi: IMU', bodyType: 'text', bodyText: 'Testo' });
    installOffice(state);
    const host = outlookHost();
    expect((await host.readDraft()).subject).toBe('Tributi: IMU');
    await host.applyEdits([{ kind: 'set-subject', subject: 'Tributi: errore calcolo IMU' }]);
    expect(state.subject).toBe('Tributi: errore calcolo IMU');
  });

  it('loads ticket-directory.json beside the task pane page', async () => {
    installOffice(composeState());
    const fetched: string[] = [];
    const host = outlookHost({
      pageUrl: 'https://addin.example.it/verifica/taskpane.html?_host_Info=Outlook',
      fetchText: async (url) => {
        fetched.push(url);
        return { status: 200, text: validDirectory };
      },
    });
    const result = await host.loadAdminConfig();
    expect(fetched).toEqual(['https://addin.example.it/verifica/ticket-directory.json']);
    expect(result.error).toBeUndefined();
    expect(result.config.modules[0]!.address).toBe('tributi@palitalsoft.it');
  });

  it('uses the admin file fetched while Office.js started, and fetches again on a reload', async () => {
    installOffice(composeState());
    const fetched: string[] = [];
    const pageUrl = 'https://addin.example.it/verifica/taskpane.html';
    const fetchText = async (url: string) => {
      fetched.push(url);
      return { status: 200, text: validDirectory };
    };
    const early = loadAdminFile(pageUrl, fetchText);
    const host = outlookHost({ pageUrl, fetchText, adminConfig: early });
    expect(await host.loadAdminConfig()).toBe(await early);
    expect(fetched).toHaveLength(1);
    const again = await host.loadAdminConfig();
    expect(fetched).toHaveLength(2);
    expect(again.config.modules[0]!.address).toBe('tributi@palitalsoft.it');
  });

  it('falls back to the bundled directory with a notice when the admin file is invalid', async () => {
    installOffice(composeState());
    const host = outlookHost({
      pageUrl: 'https://addin.example.it/taskpane.html',
      fetchText: async () => ({ status: 200, text: '{"modules": 3}' }),
    });
    const result = await host.loadAdminConfig();
    expect(result.source).toBe('bundled');
    expect(result.error).toMatch(/ticket-directory\.json/);
  });

  it.each([
    [
      '10,000 levels deep',
      () => {
        const deep = '['.repeat(10_000) + ']'.repeat(10_000);
        return validDirectory.replace(/}\s*$/, `,"genericSubjects":${deep}}`);
      },
      2,
    ],
    [
      'with 10,000 bad modules',
      () => {
        const modules = Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}`, name: 'M' }));
        return JSON.stringify({ ...JSON.parse(validDirectory), modules });
      },
      22,
    ],
  ])('an admin file %s: bundled directory, a notice of at most 20 issues', async (_, text, n) => {
    installOffice(composeState());
    const host = outlookHost({
      pageUrl: 'https://addin.example.it/taskpane.html',
      fetchText: async () => ({ status: 200, text: text() }),
    });
    const result = await host.loadAdminConfig();
    expect(result.source).toBe('bundled');
    const lines = result.error!.split('\n');
    expect(lines).toHaveLength(n);
    expect(lines[0]).toBe(
      'https://addin.example.it/ticket-directory.json: invalid directory file:',
    );
    if (n === 22) expect(lines[21]).toBe('  … and 19980 more');
    // The pane shows the same problems in Italian to an Italian user.
    const italian = result.localizedError!.it!.split('\n');
    expect(italian).toHaveLength(n);
    expect(italian[0]).toBe(
      'https://addin.example.it/ticket-directory.json: file della directory non valido:',
    );
    if (n === 22) expect(italian[21]).toBe('  … e altri 19980 problemi');
  });
});
