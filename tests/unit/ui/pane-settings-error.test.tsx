/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HostError } from '../../../src/core/host/mail-host';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';

describe('task pane when its settings cannot be read', () => {
  it('says the settings failed (not the message), and Retry loads them and checks', async () => {
    const host = new FakeHost();
    const load = host.loadPreferences.bind(host);
    let failures = 1;
    host.loadPreferences = async (): Promise<unknown> => {
      if (failures-- > 0) {
        throw new HostError('storage.local.get', 'storage.local.get failed: disk busy');
      }
      return load();
    };
    renderPane({ host });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Non è stato possibile leggere le impostazioni');
    expect(alert).not.toHaveTextContent('leggere il messaggio');
    expect(alert).toHaveTextContent('disk busy');
    await userEvent.click(within(alert).getByRole('button', { name: 'Riprova' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(await screen.findByTestId('verdict')).toBeInTheDocument();
  });
});
