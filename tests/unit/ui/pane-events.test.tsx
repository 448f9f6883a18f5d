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

describe('task pane with a checker that answers later (the engine worker)', () => {
  it('shows the report once it arrives, and checks again on a change', async () => {
    const host = new FakeHost();
    const resolvers: (() => void)[] = [];
    const checker = jest.fn(
      (draft: Parameters<typeof checkTicket>[0], options: Parameters<typeof checkTicket>[1]) =>
        new Promise<ReturnType<typeof checkTicket>>((resolve) => {
          resolvers.push(() => resolve(checkTicket(draft, options)));
        }),
    );
    renderPane({ host, checker });
    await waitFor(() => expect(resolvers).toHaveLength(1));
    expect(screen.queryByTestId('verdict')).toBeNull();
    act(() => resolvers[0]!());
    // An empty draft: the subject is missing.
    await screen.findByTestId('verdict');
    expect(document.querySelector('[data-rule="subject-missing"]')).not.toBeNull();
    host.draft.subject = 'Tributi: errore nel calcolo IMU';
    act(() => host.emitChange());
    await waitFor(() => expect(resolvers).toHaveLength(2));
    act(() => resolvers[1]!());
    await waitFor(() => expect(document.querySelector('[data-rule="subject-missing"]')).toBeNull());
  });
});
