/** @jest-environment jsdom */
// The calm layout: what a clerk sees first, what is folded away, and what is not shown at all.
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Report } from '../../../src/core';
import { FakeHost } from './fake-host';
import { renderPane } from './render-pane';

const report: Report = {
  verdict: 'block',
  score: 40,
  locale: 'it',
  internalErrors: [],
  skippedRules: [],
  ticketType: 'anomalia',
  module: {
    id: 'tributi',
    name: 'Tributi',
    address: 'tributi@ticket.palitalsoft.example',
    confidence: 0.49,
    reasons: ['parola "aliquota" nel testo', 'parola "aliquota" nel testo'],
  },
  findings: [
    {
      rule: 'phone-missing',
      severity: 'error',
      messageId: 'default',
      message: 'Manca un recapito telefonico.',
    },
    {
      rule: 'attachment-suggested',
      severity: 'info',
      messageId: 'default',
      message: 'Allega la schermata dell’errore.',
    },
  ],
};

describe('calm pane', () => {
  it('folds the suggestions away until the user opens them', async () => {
    renderPane({ host: new FakeHost(), checker: () => report });
    const suggestions = await screen.findByTestId('suggestions');
    expect(suggestions).not.toHaveAttribute('open');
    expect(screen.getByText('Allega la schermata dell’errore.')).not.toBeVisible();
    expect(screen.getByText('Manca un recapito telefonico.')).toBeVisible();
    await userEvent.click(within(suggestions).getByText(/Suggerimenti \(1\)/));
    expect(screen.getByText('Allega la schermata dell’errore.')).toBeVisible();
  });

  it('shows no internal figures such as the module confidence', async () => {
    renderPane({ host: new FakeHost(), checker: () => report });
    const module = await screen.findByTestId('module');
    expect(module).not.toHaveTextContent('%');
    expect(module).not.toHaveTextContent(/Attendibilit/);
    // The same reason twice is shown once.
    expect(within(module).getAllByText('parola "aliquota" nel testo')).toHaveLength(1);
  });

  it('lets an address wrap after "@" and before "." instead of mid-word', async () => {
    renderPane({ host: new FakeHost(), checker: () => report });
    const address = await screen.findByTestId('module-address');
    expect(address.innerHTML).toBe('tributi@<wbr>ticket<wbr>.palitalsoft<wbr>.example');
    expect(address).toHaveTextContent('tributi@ticket.palitalsoft.example');
  });

  it('puts the placeholder-address notice after the findings, admin details folded', async () => {
    const host = new FakeHost().withAdmin({ placeholder: true });
    renderPane({ host, checker: () => report });
    const firstError = await screen.findByText('Manca un recapito telefonico.');
    const notice = screen.getByTestId('placeholder-notice');
    expect(
      firstError.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(notice).toHaveTextContent('Controlla l’indirizzo prima di inviare');
    // …which are there for the administrator, one click away.
    expect(screen.getByText(/ticket-directory\.json/)).not.toBeVisible();
    await userEvent.click(within(notice).getByText('Dettagli per l’amministratore'));
    expect(screen.getByText(/ticket-directory\.json/)).toBeVisible();
  });

  it('words the invalid admin file for the clerk, the error itself for the admin', async () => {
    const host = new FakeHost().withAdmin({}, 'ticket-directory.json: /modules/0/address: bad');
    renderPane({ host, checker: () => report });
    const notice = await screen.findByTestId('admin-error');
    expect(screen.getByText(/\/modules\/0\/address: bad/)).not.toBeVisible();
    await userEvent.click(within(notice).getByText('Dettagli per l’amministratore'));
    expect(screen.getByText(/\/modules\/0\/address: bad/)).toBeVisible();
  });

  it('quotes excerpts the English way in English', async () => {
    const english: Report = {
      ...report,
      locale: 'en',
      findings: [
        {
          rule: 'insistence',
          severity: 'warning',
          messageId: 'default',
          message: 'Avoid insisting.',
          where: { field: 'body', excerpt: 'URGENTE' },
        },
      ],
    };
    renderPane({ host: new FakeHost({ locale: 'en' }), checker: () => english });
    const item = (await screen.findByText('Avoid insisting.')).closest('li')!;
    expect(item).toHaveTextContent('Message: “URGENTE”');
    expect(item).not.toHaveTextContent('«');
  });
});
