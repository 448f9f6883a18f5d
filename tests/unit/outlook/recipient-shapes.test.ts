// A recipient fix in Outlook changes the one address it means to change: unresolved entries (no
// address yet), distribution lists and names as Outlook shows them stay exactly as they were.
import type { FixEdit } from '../../../src/core/types';
import { StaleEditError } from '../../../src/core/host/mail-host';
import { applyEdits } from '../../../src/hosts/outlook/apply-edits';
import { composeState, installOffice } from './office-mock';

const operator = {
  displayName: 'Marco Bianchi',
  emailAddress: 'marco.bianchi@palitalsoft.example',
};
const replaceOperator: FixEdit = {
  kind: 'set-recipients',
  field: 'to',
  recipients: [{ name: 'Tributi', address: 'tributi@ticket.palitalsoft.example' }],
  basedOn: [{ name: 'Marco Bianchi', address: 'marco.bianchi@palitalsoft.example' }],
};
const moduleEntry = { displayName: 'Tributi', emailAddress: 'tributi@ticket.palitalsoft.example' };

describe('recipient fixes in Outlook keep what they do not mean to change', () => {
  it('keeps an unresolved entry without an address', async () => {
    const unresolved = { displayName: 'Colleghi', emailAddress: '' };
    const state = composeState({ to: [unresolved, operator] });
    await applyEdits(installOffice(state), [replaceOperator]);
    expect(state.to).toEqual([unresolved, moduleEntry]);
  });

  it('keeps a distribution list and a name written the user’s way, in their places', async () => {
    const list = {
      displayName: 'Ufficio Tributi',
      emailAddress: 'ufficio.tributi@comune.fano.example.it',
      recipientType: 'distributionList',
    };
    const anna = {
      displayName: 'Verdi, Anna (Tributi)',
      emailAddress: 'Anna.Verdi@comune.example.it',
    };
    const state = composeState({ to: [list, operator, anna] });
    await applyEdits(installOffice(state), [replaceOperator]);
    expect(state.to).toEqual([list, moduleEntry, anna]);
  });
});

describe('subject fixes in Outlook', () => {
  const propose: FixEdit = { kind: 'set-subject', subject: 'Tributi – IMU', basedOn: 'Aiuto' };

  it('apply when the subject is the one the check saw', async () => {
    const state = composeState({ subject: 'Aiuto' });
    await applyEdits(installOffice(state), [propose]);
    expect(state.subject).toBe('Tributi – IMU');
  });

  it('are refused, with nothing written, when the user changed the subject since', async () => {
    const state = composeState({ subject: 'Tributi: errore IMU', to: [operator] });
    await expect(
      applyEdits(installOffice(state), [replaceOperator, propose]),
    ).rejects.toBeInstanceOf(StaleEditError);
    expect(state.subject).toBe('Tributi: errore IMU');
    expect(state.to).toEqual([operator]);
    expect(state.calls).not.toContain('subject.setAsync');
  });
});
