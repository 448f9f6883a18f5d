/** @jest-environment jsdom */
// The compose-action popup page hosts the shared pane: one main landmark, not a main in a main.
import '@testing-library/jest-dom';
import { readFileSync } from 'fs';
import path from 'path';
import { act, screen } from '@testing-library/react';
import { mountPane } from '../../../src/ui/mount';
import { FakeHost } from '../ui/fake-host';

const popupHtml = readFileSync(
  path.join(__dirname, '../../../src/hosts/thunderbird/static/popup.html'),
  'utf8',
);

describe('Thunderbird popup page', () => {
  it('gives screen readers a single main landmark named after the add-in', async () => {
    const page = new DOMParser().parseFromString(popupHtml, 'text/html');
    page.querySelectorAll('script').forEach((s) => s.remove());
    document.body.innerHTML = page.body.innerHTML;
    const container = document.getElementById('app');
    expect(container).not.toBeNull();
    let unmount = () => undefined as void;
    await act(async () => {
      unmount = mountPane(container!, new FakeHost(), { pollMs: 0 });
    });
    await screen.findByTestId('verdict');
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('main')).toHaveAccessibleName('Verifica Ticket');
    act(() => unmount());
  });
});
