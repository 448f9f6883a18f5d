/** @jest-environment jsdom */
// The settings panel: confirmation, keyboard, 24-hour times, the phone check, and stored
// settings of the wrong type (an older version, a hand edit) that must not blank the pane.
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';

async function openSettings() {
  await screen.findByTestId('verdict');
  await userEvent.click(screen.getByRole('button', { name: 'Impostazioni' }));
  return screen.findByTestId('settings');
}

describe('settings panel', () => {
  it('confirms a save with "Impostazioni salvate"', async () => {
    const host = new FakeHost();
    renderPane({ host });
    await openSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByTestId('saved-notice')).toHaveTextContent('Impostazioni salvate');
    expect(host.saved).toHaveLength(1);
  });

  it('closes on Esc without saving, the focus back on the settings button', async () => {
    const host = new FakeHost();
    renderPane({ host });
    await openSettings();
    await userEvent.type(screen.getByRole('textbox', { name: 'Nome e cognome' }), ' Jr');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('settings')).toBeNull());
    expect(host.saved).toEqual([]);
    expect(screen.getByRole('button', { name: 'Impostazioni' })).toHaveFocus();
  });

  it('takes times as 24-hour text whatever the system clock format', async () => {
    const host = new FakeHost();
    renderPane({ host });
    await openSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi fascia' }));
    const from = screen.getByRole('textbox', { name: 'Dalle' });
    const to = screen.getByRole('textbox', { name: 'Alle' });
    // A plain text field: a native time field would follow the OS 12-hour format in English.
    expect(from).toHaveAttribute('type', 'text');
    await userEvent.clear(from);
    await userEvent.type(from, '14.30');
    await userEvent.clear(to);
    await userEvent.type(to, '18');
    await userEvent.tab();
    expect(from).toHaveValue('14:30');
    expect(to).toHaveValue('18:00');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]!.availability).toEqual([{ days: 'lun-ven', from: '14:30', to: '18:00' }]);
  });

  it('refuses a time that is not HH:MM, saying how to write it', async () => {
    const host = new FakeHost();
    renderPane({ host });
    await openSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi fascia' }));
    const to = screen.getByRole('textbox', { name: 'Alle' });
    await userEvent.clear(to);
    await userEvent.type(to, '2 pm');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText(/Scrivi l’orario nella forma 09:00/)).toBeInTheDocument();
    expect(to).toHaveFocus();
    expect(host.saved).toEqual([]);
  });

  it('refuses a phone the engine does not recognise, with a clear message', async () => {
    const host = new FakeHost();
    renderPane({ host });
    await openSettings();
    const phone = screen.getByRole('textbox', { name: 'Telefono diretto' });
    await userEvent.clear(phone);
    await userEvent.type(phone, '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Correggi i campi segnalati prima di salvare.')).toBeVisible();
    expect(
      screen.getByText(/Numero non riconosciuto come telefono italiano: scrivilo con il prefisso/),
    ).toBeInTheDocument();
    expect(phone).toHaveFocus();
    expect(host.saved).toEqual([]);
    // Corrected, it saves.
    await userEvent.clear(phone);
    await userEvent.type(phone, '0721 887654');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    expect(host.saved[0]!.phone).toBe('0721 887654');
  });

  it('welcomes a first-time user in neutral words', async () => {
    renderPane({ host: new FakeHost({ prefs: null }) });
    const settings = await screen.findByTestId('settings');
    expect(settings).toHaveTextContent('Per iniziare, inserisci i dati');
    expect(settings).not.toHaveTextContent(/Benvenut/);
  });
});

describe('stored settings of the wrong type', () => {
  it('opens the panel naming the fields it could not read, and keeps what it could', async () => {
    const host = new FakeHost({
      prefs: {
        name: 'Mario Rossi',
        phone: 721887654,
        enti: 'Comune di Fano',
        availability: { weekdays: true },
        language: 'xx',
      },
    });
    renderPane({ host });
    const settings = await screen.findByTestId('settings');
    expect(within(settings).getByTestId('settings-problems')).toHaveTextContent(
      'Alcune impostazioni salvate non si possono leggere (Fasce di reperibilità, Lingua)',
    );
    expect(screen.getByRole('textbox', { name: 'Telefono diretto' })).toHaveValue('721887654');
    expect(screen.getByRole('textbox', { name: /Enti per cui lavori/ })).toHaveValue(
      'Comune di Fano',
    );
    // Closed, the pane works with what could be read: the signature tool does not throw.
    await userEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Firma con recapiti' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(JSON.stringify(host.applied[0])).toContain('Comune di Fano');
  });

  it('names every field when each has the wrong type, nested 10,000 levels deep', async () => {
    let deep: unknown = ['Comune di Fano'];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const host = new FakeHost({
      prefs: {
        name: { first: 'Mario' },
        phone: [721887654],
        enti: deep,
        availability: ['lun-ven', 5],
        language: 5,
        mode: { block: true },
      },
    });
    renderPane({ host });
    expect(await screen.findByTestId('settings-problems')).toHaveTextContent(
      'Alcune impostazioni salvate non si possono leggere (Nome e cognome, Telefono diretto, ' +
        'Enti per cui lavori (uno per riga), Fasce di reperibilità, Lingua, All’invio)',
    );
    // Nothing unreadable is shown as "[object Object]"; Save then stores clean settings.
    expect(screen.getByRole('textbox', { name: 'Telefono diretto' })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: /Enti per cui lavori/ })).toHaveValue('');
    // The unreadable name gives way to the mail profile's, as on a first run.
    expect(screen.getByRole('textbox', { name: 'Nome e cognome' })).toHaveValue('Maria Bianchi');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(host.saved).toEqual([{ name: 'Maria Bianchi' }]));
    expect(screen.queryByTestId('settings-problems')).toBeNull();
  });

  it.each([
    ['a list', [1, 2]],
    ['a number', 42],
    ['an object without prototype', Object.assign(Object.create(null), { phone: {} })],
  ])(
    'opens the panel when the stored value is %s, and the signature still works',
    async (_, prefs) => {
      const host = new FakeHost({ prefs });
      renderPane({ host });
      expect(await screen.findByTestId('settings-problems')).toHaveTextContent(
        /impostazioni salvate non si possono leggere/,
      );
      await userEvent.click(screen.getByRole('button', { name: 'Annulla' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Firma con recapiti' }));
      await waitFor(() => expect(host.applied).toHaveLength(1));
      expect(JSON.stringify(host.applied[0])).toContain('Cordiali saluti');
      expect(JSON.stringify(host.applied[0])).not.toContain('[object');
    },
  );

  it('opens the panel when the stored value is not settings at all', async () => {
    renderPane({ host: new FakeHost({ prefs: '{not json' }) });
    expect(await screen.findByTestId('settings-problems')).toHaveTextContent(
      'Le impostazioni salvate non si possono leggere',
    );
  });
});
