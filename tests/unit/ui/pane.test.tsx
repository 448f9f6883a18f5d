/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkTicket, type Report } from '../../../src/core';
import { HostError } from '../../../src/core/host/mail-host';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';

const moduleFix: Report = {
  verdict: 'warn',
  score: 88,
  internalErrors: [],
  skippedRules: [],
  locale: 'it',
  ticketType: 'anomalia',
  module: {
    id: 'tributi',
    name: 'Tributi',
    address: 'tributi@ticket.palitalsoft.example',
    confidence: 0.9,
    reasons: ['parola "IMU" nell\'oggetto'],
  },
  findings: [
    {
      rule: 'wrong-module-address',
      severity: 'warning',
      messageId: 'default',
      message: "Il ticket va inviato all'indirizzo del modulo Tributi.",
      where: { field: 'to', excerpt: 'assistenza@palitalsoft.example' },
      fix: {
        id: 'use-module-address',
        label: 'Usa tributi@ticket.palitalsoft.example',
        edits: [
          {
            kind: 'set-recipients',
            field: 'to',
            recipients: [{ address: 'tributi@ticket.palitalsoft.example' }],
          },
        ],
      },
    },
  ],
};

describe('task pane', () => {
  it('shows the engine findings grouped by severity with the field concerned', async () => {
    const host = new FakeHost();
    renderPane({ host });
    const errors = await screen.findByRole('region', { name: /Errori \(\d+\)/ });
    expect(within(errors).getByText(/oggetto è vuoto/i)).toBeInTheDocument();
    expect(within(errors).getByText('Oggetto')).toBeInTheDocument();
    expect(screen.getByTestId('verdict')).toHaveTextContent('Da correggere');
  });

  it('shows the suggested module with address, reasons and the ticket type', async () => {
    renderPane({ host: new FakeHost(), checker: () => moduleFix });
    const module = await screen.findByTestId('module');
    expect(module).toHaveTextContent('Tributi');
    expect(module).toHaveTextContent('tributi@ticket.palitalsoft.example');
    expect(module).toHaveTextContent('parola "IMU" nell\'oggetto');
    expect(module).toHaveTextContent('Errore / anomalia del software');
    expect(within(module).getByRole('link', { name: /Elenco ufficiale/ })).toHaveAttribute(
      'href',
      'https://www.palitalsoft.it/indirizzi-per-ticket/',
    );
  });

  it('applies a fix through the host with exactly the fix edits, then checks again', async () => {
    const host = new FakeHost();
    const checker = jest.fn(() => moduleFix);
    renderPane({ host, checker });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Usa tributi@ticket.palitalsoft.example' }),
    );
    await waitFor(() => expect(host.applied).toEqual([moduleFix.findings[0]!.fix!.edits]));
    await waitFor(() => expect(checker).toHaveBeenCalledTimes(2));
    expect(checker.mock.calls[1]).toEqual([
      expect.objectContaining({ to: [{ address: 'tributi@ticket.palitalsoft.example' }] }),
      expect.anything(),
    ]);
  });

  it('reports a failed read with the call name and recovers on Retry', async () => {
    const host = new FakeHost({
      draft: { subject: 'Tributi: errore IMU', bodyText: '', to: [], cc: [], attachments: [] },
    });
    host.readFailures.push(
      new HostError('body.getAsync(Text)', 'body.getAsync(Text) failed: timeout'),
    );
    renderPane({ host });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('body.getAsync(Text)');
    expect(alert).toHaveTextContent('Il testo non è stato modificato');
    await userEvent.click(within(alert).getByRole('button', { name: 'Riprova' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(screen.getByTestId('verdict')).toBeInTheDocument();
    expect(host.applied).toEqual([]);
  });

  it('reports a failed fix without touching the message, and Retry applies it', async () => {
    const host = new FakeHost();
    host.applyFailures.push(new HostError('to.setAsync', 'to.setAsync failed: denied'));
    renderPane({ host, checker: () => moduleFix });
    await userEvent.click(await screen.findByRole('button', { name: /Usa tributi@/ }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Non è stato possibile modificare il messaggio (to.setAsync)');
    expect(host.draft.to).toEqual([]);
    await userEvent.click(within(alert).getByRole('button', { name: 'Riprova' }));
    await waitFor(() =>
      expect(host.draft.to).toEqual([{ address: 'tributi@ticket.palitalsoft.example' }]),
    );
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('says so when the check itself fails, without blaming the mail client', async () => {
    const host = new FakeHost();
    renderPane({
      host,
      checker: () => {
        throw new Error('rule crashed');
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('errore interno di Verifica Ticket');
    expect(alert).toHaveTextContent('rule crashed');
    expect(host.applied).toEqual([]);
  });

  it('re-checks on a host change event and skips the check when nothing changed', async () => {
    const host = new FakeHost();
    const checker = jest.fn(checkTicket);
    renderPane({ host, checker });
    await screen.findByTestId('verdict');
    act(() => host.emitChange());
    await waitFor(() => expect(host.readCount).toBe(2));
    expect(checker).toHaveBeenCalledTimes(1);
    host.draft.subject = 'Tributi: errore nel calcolo IMU';
    act(() => host.emitChange());
    await waitFor(() => expect(checker).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(/oggetto è vuoto/i)).not.toBeInTheDocument());
  });

  it('polls the draft so subject and body edits are noticed without events', async () => {
    const host = new FakeHost();
    renderPane({ host, pollMs: 20 });
    await screen.findByText(/oggetto è vuoto/i);
    host.draft.subject = 'Protocollo: errore in protocollazione';
    await waitFor(() => expect(screen.queryByText(/oggetto è vuoto/i)).not.toBeInTheDocument());
  });

  it('warns when the directory is the placeholder one and when the admin file was invalid', async () => {
    const host = new FakeHost().withAdmin(
      { placeholder: true },
      'ticket-directory.json: modules[0].address is not an e-mail address',
    );
    renderPane({ host });
    expect(await screen.findByTestId('placeholder-notice')).toHaveTextContent('segnaposto');
    expect(screen.getByTestId('admin-error')).toHaveTextContent(
      'modules[0].address is not an e-mail address',
    );
  });

  it("shows the admin file's problems in the user's language when the host worded them so", async () => {
    for (const locale of ['it', 'en'] as const) {
      const host = new FakeHost({ locale });
      host.admin = {
        ...host.admin,
        error: 'x.json: invalid directory file:\n  … and 7 more',
        localizedError: {
          it: 'x.json: file della directory non valido:\n  … e altri 7 problemi',
          en: 'x.json: invalid directory file:\n  … and 7 more',
        },
      };
      const { unmount } = renderPane({ host });
      expect(await screen.findByTestId('admin-error')).toHaveTextContent(
        locale === 'it' ? 'e altri 7 problemi' : 'and 7 more',
      );
      unmount();
    }
  });

  it('speaks English when Outlook does and no language is set', async () => {
    const host = new FakeHost({ locale: 'en' });
    renderPane({ host });
    expect(await screen.findByRole('region', { name: /Errors \(\d+\)/ })).toBeInTheDocument();
  });
});

describe('insert buttons', () => {
  it('appends a signature with the saved name and phone', async () => {
    const host = new FakeHost({
      draft: {
        subject: 'Tributi: IMU',
        bodyText: 'Il calcolo IMU è errato.',
        to: [],
        cc: [],
        attachments: [],
      },
    });
    renderPane({ host });
    await userEvent.click(await screen.findByRole('button', { name: 'Firma con recapiti' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const [edit] = host.applied[0]!;
    expect(edit).toMatchObject({ kind: 'append-to-body' });
    expect((edit as { text: string }).text).toContain('Mario Rossi');
    expect((edit as { text: string }).text).toContain('0721 123456');
  });

  it('inserts Italian text into the mail even when the pane speaks English', async () => {
    const host = new FakeHost({
      locale: 'en',
      draft: { subject: 'Tributi: IMU', bodyText: '', to: [], cc: [], attachments: [] },
    });
    renderPane({ host });
    await userEvent.click(await screen.findByRole('button', { name: 'Signature with contacts' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ticket template' }));
    await waitFor(() => expect(host.applied).toHaveLength(2));
    const inserted = JSON.stringify(host.applied);
    expect(inserted).toContain('Cordiali saluti');
    expect(inserted).toContain('Tel. 0721 123456');
    expect(inserted).toContain('Cosa è successo:');
    expect(inserted).not.toMatch(/Kind regards|Phone /);
  });

  it('inserts the ticket template into an empty body, then says it is already there', async () => {
    const host = new FakeHost();
    renderPane({ host });
    await userEvent.click(await screen.findByRole('button', { name: 'Modello di ticket' }));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0]![0]).toMatchObject({ kind: 'set-body' });
    expect(host.draft.bodyText).toContain('Cosa è successo:');
    const button = await screen.findByRole('button', {
      name: 'Modello di ticket',
      description: 'Il modello è già nel testo.',
    });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    // The reason is on screen, not only in a tooltip.
    expect(screen.getByText('Il modello è già nel testo.')).toBeVisible();
  });

  it('appends the ticket template below text the user already wrote', async () => {
    const host = new FakeHost({
      draft: {
        subject: 'Tributi: IMU',
        bodyText: 'Il calcolo IMU è errato.',
        to: [],
        cc: [],
        attachments: [],
      },
    });
    renderPane({ host });
    const button = await screen.findByRole('button', { name: 'Modello di ticket' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button);
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0]).toEqual([
      { kind: 'append-to-body', text: expect.stringContaining('Cosa stavo facendo:') },
    ]);
    expect(host.draft.bodyText.startsWith('Il calcolo IMU è errato.')).toBe(true);
  });

  it('proposes a subject only when the subject needs one, based on the subject it saw', async () => {
    const host = new FakeHost({
      draft: {
        subject: 'Richiesta assistenza',
        bodyText:
          'Buongiorno, il calcolo della TARI per le utenze domestiche restituisce un errore.',
        to: [],
        cc: [],
        attachments: [],
      },
    });
    // A subject finding without a fix of its own: the tool offers one.
    const report: Report = {
      ...moduleFix,
      findings: [
        {
          rule: 'subject-generic',
          severity: 'warning',
          messageId: 'default',
          message: 'Oggetto generico.',
        },
      ],
    };
    renderPane({ host, checker: () => report });
    await userEvent.click(await screen.findByRole('button', { name: 'Proponi oggetto' }));
    await waitFor(() => expect(host.draft.subject).not.toBe('Richiesta assistenza'));
    expect(host.draft.subject).toMatch(/TARI/);
    expect(host.applied[0]).toEqual([
      { kind: 'set-subject', subject: host.draft.subject, basedOn: 'Richiesta assistenza' },
    ]);
  });

  it('refuses a subject fix when the user changed the subject since the check, and says so', async () => {
    const host = new FakeHost({
      draft: { subject: 'Richiesta', bodyText: '', to: [], cc: [], attachments: [] },
    });
    const stale: Report = {
      ...moduleFix,
      findings: [
        {
          rule: 'subject-generic',
          severity: 'warning',
          messageId: 'default',
          message: 'Oggetto generico.',
          fix: {
            id: 'use-proposed-subject',
            label: 'Usa l’oggetto proposto',
            edits: [{ kind: 'set-subject', subject: 'Tributi – IMU', basedOn: 'Richiesta' }],
          },
        },
      ],
    };
    renderPane({ host, checker: () => stale });
    const button = await screen.findByRole('button', { name: 'Usa l’oggetto proposto' });
    // The user types a better subject; the pane has not polled yet.
    host.draft.subject = 'Tributi: errore nel calcolo IMU degli immobili D';
    await userEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'L’oggetto è cambiato dopo il controllo: non è stato sostituito.',
    );
    expect(host.draft.subject).toBe('Tributi: errore nel calcolo IMU degli immobili D');
    expect(host.applied).toEqual([]);
  });

  it('says plainly when some checks did not run, without blocking anything', async () => {
    // A broken directory (no modules) is named as a config issue by the real engine.
    const broken = { officialListUrl: '', vendorDomains: ['palitalsoft.example'] } as never;
    renderPane({
      host: new FakeHost(),
      checker: (draft, options) => checkTicket(draft, { ...options, directory: broken }),
    });
    const notice = await screen.findByTestId('incomplete-check');
    expect(notice).toHaveTextContent('Controllo incompleto');
    expect(notice).toHaveTextContent('non del tuo messaggio');
    // What failed is there for the administrator, folded away.
    expect(within(notice).getByText('Dettagli per l’amministratore')).toBeInTheDocument();
    expect(notice).toHaveTextContent(/config: directory\.modules: expected a list of modules/);
  });

  it('shows no incomplete-check notice when every check ran', async () => {
    renderPane({ host: new FakeHost(), checker: () => moduleFix });
    await screen.findByTestId('verdict');
    expect(screen.queryByTestId('incomplete-check')).toBeNull();
  });

  it('offers no subject proposal over a subject that passes', async () => {
    const host = new FakeHost();
    renderPane({ host, checker: () => ({ ...moduleFix, findings: [] }) });
    await screen.findByTestId('verdict');
    expect(screen.queryByRole('button', { name: 'Proponi oggetto' })).toBeNull();
  });
});

describe('settings', () => {
  it('asks on first run, prefilled from the profile, and saves what the user enters', async () => {
    const host = new FakeHost({ prefs: null });
    renderPane({ host });
    const name = await screen.findByRole('textbox', { name: 'Nome e cognome' });
    expect(name).toHaveValue('Maria Bianchi');
    await userEvent.type(screen.getByRole('textbox', { name: 'Telefono diretto' }), '0721 987654');
    await userEvent.type(
      screen.getByRole('textbox', { name: /Enti per cui lavori/ }),
      'Comune di Pesaro{Enter}Comune di Fano',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Aggiungi fascia' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Lingua' }), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() =>
      expect(host.saved).toEqual([
        {
          name: 'Maria Bianchi',
          phone: '0721 987654',
          enti: ['Comune di Pesaro', 'Comune di Fano'],
          availability: [{ days: 'lun-ven', from: '09:00', to: '13:00' }],
          language: 'en',
        },
      ]),
    );
    // Saved language applies at once and the report comes back.
    expect(await screen.findByTestId('verdict')).toHaveTextContent('Needs fixing');
  });

  it('opens from the settings button and keeps earlier values', async () => {
    const host = new FakeHost();
    renderPane({ host });
    await screen.findByTestId('verdict');
    await userEvent.click(screen.getByRole('button', { name: 'Impostazioni' }));
    expect(await screen.findByRole('textbox', { name: 'Telefono diretto' })).toHaveValue(
      '0721 123456',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(await screen.findByTestId('verdict')).toBeInTheDocument();
    expect(host.saved).toEqual([]);
    // Focus returns to the button that opened the panel.
    expect(screen.getByRole('button', { name: 'Impostazioni' })).toHaveFocus();
  });

  it('shows settings locked by the administrator read-only', async () => {
    const host = new FakeHost().withAdmin({
      settings: { enti: ['Unione dei Comuni Valle del Savio'], locked: ['enti', 'mode'] },
    });
    renderPane({ host });
    await screen.findByTestId('verdict');
    await userEvent.click(screen.getByRole('button', { name: 'Impostazioni' }));
    const enti = await screen.findByRole('textbox', { name: /Enti per cui lavori/ });
    expect(enti).toHaveValue('Unione dei Comuni Valle del Savio');
    expect(enti).toHaveAttribute('readonly');
    expect(screen.getByRole('combobox', { name: 'All’invio' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Telefono diretto' })).not.toHaveAttribute(
      'readonly',
    );
    expect(screen.getAllByText('Impostato dall’amministratore').length).toBeGreaterThanOrEqual(2);
  });
});
