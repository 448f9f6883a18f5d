/** @jest-environment jsdom */
// How the pane listens to the mail client's change events.
import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkTicket } from '../../../src/core';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';

describe('task pane change events', () => {
  it('subscribes once, and after a settings change an event still checks with the new settings', async () => {
    const host = new FakeHost();
    const subscribe = jest.spyOn(host, 'onChange');
    const checker = jest.fn(checkTicket);
    renderPane({ host, checker });
    await screen.findByTestId('verdict');
    await userEvent.click(screen.getByRole('button', { name: 'Impostazioni' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Lingua' }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Needs fixing');
    const checks = checker.mock.calls.length;
    host.draft.subject = 'Tributi: errore nel calcolo IMU';
    act(() => host.emitChange());
    await waitFor(() => expect(checker.mock.calls.length).toBe(checks + 1));
    expect(checker.mock.calls.at(-1)?.[1]).toMatchObject({ locale: 'en' });
    expect(subscribe).toHaveBeenCalledTimes(1);
  });
});
