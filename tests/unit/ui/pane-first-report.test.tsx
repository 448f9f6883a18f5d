/** @jest-environment jsdom */
// mountPane prepares the first report before rendering: admin file, preferences and draft are
// read at once, and the first thing on screen is the verdict, not a "loading" line. A host that
// fails or does not answer still gets a pane that says so.
import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import { HostError, type AdminConfigResult } from '../../../src/core/host/mail-host';
import { mountPane } from '../../../src/ui/mount';
import { FakeHost } from './fake-host';
import { inlineWbr } from './render-pane';

const LOADING = 'Caricamento…';
const CHECKING = 'Controllo del messaggio in corso…';

let container: HTMLElement;
let unmount: () => void = () => undefined;

beforeEach(() => {
  inlineWbr();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => unmount());
  container.remove();
});

/** Every text the container showed, in order, while `during` runs. */
async function textsShown(during: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(container.textContent ?? ''));
  observer.observe(container, { childList: true, subtree: true, characterData: true });
  await during();
  observer.disconnect();
  return seen;
}

function mount(host: FakeHost, firstReportWaitMs?: number) {
  unmount = mountPane(container, host, { pollMs: 0, firstReportWaitMs });
}

const ticket = {
  subject: '',
  bodyText: 'Buongiorno, il calcolo IMU non funziona.',
  to: [{ address: 'tributi@ticket.palitalsoft.example' }],
  cc: [],
  attachments: [],
};

describe('the first report', () => {
  it('is the first thing the pane shows: no loading or checking line before the verdict', async () => {
    const host = new FakeHost({ draft: ticket });
    const seen = await textsShown(async () => {
      await act(async () => mount(host));
      await screen.findByTestId('verdict');
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((text) => text.includes(LOADING) || text.includes(CHECKING))).toBe(false);
    expect(screen.getByTestId('verdict')).toHaveTextContent('Da correggere');
    // The draft was read once: the pane does not check again what it has just shown.
    expect(host.readCount).toBe(1);
  });

  it('reads the draft while the admin file is still on its way', async () => {
    const host = new FakeHost({ draft: ticket });
    let deliver: (admin: AdminConfigResult) => void = () => undefined;
    const admin = host.admin;
    host.loadAdminConfig = () => new Promise((resolve) => (deliver = resolve));
    await act(async () => mount(host));
    expect(host.readCount).toBe(1);
    expect(screen.queryByTestId('verdict')).toBeNull();
    await act(async () => deliver(admin));
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Da correggere');
  });

  it('uses the preferences read with it: the language saved by the user', async () => {
    const host = new FakeHost({ draft: ticket, prefs: { name: 'Mario Rossi', language: 'en' } });
    await act(async () => mount(host));
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Needs fixing');
  });

  it('after a read that fails, reads again and shows the report', async () => {
    const host = new FakeHost({ draft: ticket });
    host.readFailures = [new HostError('subject.getAsync', 'subject.getAsync failed: busy')];
    await act(async () => mount(host));
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Da correggere');
    expect(host.readCount).toBe(2);
  });

  it('when reading keeps failing, names the failure with a Retry button', async () => {
    const host = new FakeHost({ draft: ticket });
    const failure = () => new HostError('subject.getAsync', 'subject.getAsync failed: busy');
    host.readFailures = [failure(), failure()];
    await act(async () => mount(host));
    expect(await screen.findByRole('button', { name: 'Riprova' })).toBeInTheDocument();
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('when the host does not answer, the pane appears after a wait and reads again', async () => {
    const host = new FakeHost({ draft: ticket });
    const read = host.readDraft.bind(host);
    let calls = 0;
    // The first read never answers; the pane's own read, after the wait, does.
    host.readDraft = () => (++calls === 1 ? new Promise(() => undefined) : read());
    await act(async () => mount(host, 50));
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(container.textContent).toBe('');
    await waitFor(() => expect(calls).toBe(2));
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Da correggere');
  });

  it('keeps checking after the first report: a change of recipients is checked again', async () => {
    const host = new FakeHost({ draft: ticket });
    await act(async () => mount(host));
    await screen.findByTestId('verdict');
    host.draft = {
      ...ticket,
      subject: 'IMU 2024: calcolo errato per immobili categoria D',
      to: [],
    };
    act(() => host.emitChange());
    await waitFor(() => expect(host.readCount).toBe(2));
    await waitFor(() => expect(screen.getByTestId('no-recipients')).toBeInTheDocument());
  });
});
