/** @jest-environment jsdom */
// Ordinary mail is not a ticket: the pane shows a neutral state instead of a red verdict.
import '@testing-library/jest-dom';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TicketDraft } from '../../../src/core';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';

const meeting: TicketDraft = {
  subject: 'Riunione di giovedì',
  bodyText:
    'Ciao Laura,\nci vediamo giovedì alle 10 in sala giunta per il calcolo IMU e TARI.\n\nMario',
  to: [{ name: 'Laura Verdi', address: 'laura.verdi@comune.fano.example.it' }],
  cc: [],
  attachments: [],
};

describe('not-a-ticket state', () => {
  it('shows mail to a colleague as not addressed to the helpdesk: no verdict, score or errors', async () => {
    renderPane({ host: new FakeHost({ draft: meeting }) });
    const state = await screen.findByTestId('not-ticket');
    expect(state).toHaveTextContent('Questo messaggio non è diretto all’assistenza');
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByTestId('score')).toBeNull();
    expect(screen.queryByRole('region', { name: /Errori/ })).toBeNull();
    expect(screen.queryByText(/Da correggere/)).toBeNull();
    // No fix that would send the mail elsewhere: only the quiet way to check it anyway.
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '',
      'Controlla comunque come ticket',
    ]);
  });

  it('gives the suggested module address as a quiet hint', async () => {
    renderPane({ host: new FakeHost({ draft: meeting }) });
    const state = await screen.findByTestId('not-ticket');
    expect(state).toHaveTextContent(
      'Se è una richiesta di assistenza, scrivi al modulo Tributi: tributi@ticket.palitalsoft.example',
    );
  });

  it('checks it as a ticket when asked, for as long as the recipients stay the same', async () => {
    const host = new FakeHost({ draft: meeting });
    renderPane({ host });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Controlla comunque come ticket' }),
    );
    expect(await screen.findByTestId('verdict')).toHaveAttribute('data-verdict', 'block');
    expect(screen.getByRole('region', { name: /Errori/ })).toBeInTheDocument();
  });

  it('checks a draft that has a helpdesk address as a ticket', async () => {
    const host = new FakeHost({
      draft: { ...meeting, to: [{ address: 'tributi@ticket.palitalsoft.example' }] },
    });
    renderPane({ host });
    expect(await screen.findByTestId('verdict')).toBeInTheDocument();
    expect(screen.queryByTestId('not-ticket')).toBeNull();
  });

  it('checks a draft without recipients as a ticket and says the module address is missing', async () => {
    const host = new FakeHost({ draft: { ...meeting, to: [] } });
    renderPane({ host });
    expect(await screen.findByTestId('verdict')).toBeInTheDocument();
    expect(screen.getByTestId('no-recipients')).toHaveTextContent(
      'Manca ancora il destinatario: il ticket va all’indirizzo del modulo Tributi, tributi@ticket.palitalsoft.example.',
    );
  });

  it('turns into a ticket check as soon as a helpdesk address is added', async () => {
    const host = new FakeHost({ draft: meeting });
    renderPane({ host, pollMs: 20 });
    await screen.findByTestId('not-ticket');
    host.draft.to = [...host.draft.to, { address: 'tributi@ticket.palitalsoft.example' }];
    await waitFor(() => expect(screen.queryByTestId('not-ticket')).toBeNull());
    expect(screen.getByTestId('verdict')).toBeInTheDocument();
  });
});
