/** @jest-environment jsdom */
// Keyboard and screen-reader behaviour of the pane: where the focus goes after a fix, and the
// live region that announces the verdict.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Report, TicketDraft } from '../../../src/core';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';

const withFix: Report = {
  verdict: 'warn',
  score: 80,
  internalErrors: [],
  skippedRules: [],
  locale: 'it',
  ticketType: 'anomalia',
  module: null,
  findings: [
    {
      rule: 'subject-generic',
      severity: 'warning',
      messageId: 'default',
      message: 'L’oggetto è troppo generico.',
      fix: {
        id: 'propose-subject-fix',
        label: 'Usa l’oggetto proposto',
        edits: [{ kind: 'set-subject', subject: 'Tributi: errore nel calcolo IMU' }],
      },
    },
  ],
};

const fixed: Report = { ...withFix, verdict: 'ok', score: 100, findings: [] };

/** A host whose reads wait until the test lets them through. */
class GatedHost extends FakeHost {
  private gate: Promise<void>;
  open!: () => void;
  constructor() {
    super();
    this.gate = new Promise((resolve) => (this.open = resolve));
  }
  override async readDraft(): Promise<TicketDraft> {
    await this.gate;
    return super.readDraft();
  }
}

describe('task pane accessibility', () => {
  it('moves the focus to the new verdict when a fix removes its own button', async () => {
    const host = new FakeHost();
    const checker = jest.fn((draft: TicketDraft) => (draft.subject === '' ? withFix : fixed));
    renderPane({ host, checker });
    const button = await screen.findByRole('button', { name: 'Usa l’oggetto proposto' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('verdict')).toHaveAttribute('data-verdict', 'ok'),
    );
    expect(screen.queryByRole('button', { name: 'Usa l’oggetto proposto' })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('verdict')).toHaveFocus());
  });

  it('keeps the focus on a fix button while the fix is applied', async () => {
    const host = new FakeHost();
    let release!: () => void;
    const applyEdits = host.applyEdits.bind(host);
    host.applyEdits = async (edits) => {
      await new Promise<void>((resolve) => (release = resolve));
      return applyEdits(edits);
    };
    renderPane({ host, checker: () => withFix });
    const button = await screen.findByRole('button', { name: 'Usa l’oggetto proposto' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const busy = await screen.findByRole('button', { name: 'Applicazione in corso…' });
    // aria-disabled, not the disabled attribute, which would drop the focus to the page.
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).not.toHaveAttribute('disabled');
    expect(busy).toHaveFocus();
    release();
    await waitFor(() => expect(host.applied).toHaveLength(1));
  });

  it('announces the verdict through a live region that exists before the first check ends', async () => {
    const host = new GatedHost();
    renderPane({ host, checker: () => withFix });
    const checking = await screen.findByText('Controllo del messaggio in corso…');
    const region = checking.closest('[aria-live="polite"]');
    expect(region).not.toBeNull();
    host.open();
    const verdict = await screen.findByTestId('verdict');
    expect(region).toBeInTheDocument();
    expect(region).toContainElement(verdict);
    expect(region).toHaveTextContent('Da rivedere');
  });
});

describe('settings accessibility', () => {
  it('puts the focus in a new time slot and back on "Aggiungi fascia" when one is removed', async () => {
    renderPane({ host: new FakeHost() });
    await screen.findByTestId('verdict');
    await userEvent.click(screen.getByRole('button', { name: 'Impostazioni' }));
    const add = await screen.findByRole('button', { name: 'Aggiungi fascia' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    const first = screen.getByRole('group', { name: 'Fascia 1' });
    await waitFor(() =>
      expect(within(first).getByRole('textbox', { name: 'Giorni' })).toHaveFocus(),
    );
    screen.getByRole('button', { name: 'Aggiungi fascia' }).focus();
    await userEvent.keyboard('{Enter}');
    const second = screen.getByRole('group', { name: 'Fascia 2' });
    await waitFor(() =>
      expect(within(second).getByRole('textbox', { name: 'Giorni' })).toHaveFocus(),
    );
    within(second).getByRole('button', { name: 'Rimuovi fascia 2' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('group', { name: 'Fascia 2' })).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Aggiungi fascia' })).toHaveFocus(),
    );
  });
});
