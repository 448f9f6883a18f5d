import type { FixEdit } from '../../../src/core/types';
import { applyEdits } from '../../../src/hosts/outlook/apply-edits';
import { HostError } from '../../../src/core/host/mail-host';
import { composeState, installOffice } from './office-mock';

const signature = 'Cordiali saluti\nMario Rossi\nTel. 0721 123456';

describe('applyEdits (Outlook)', () => {
  it('replaces To recipients and the subject', async () => {
    const state = composeState({
      to: [{ displayName: 'Marco', emailAddress: 'marco@palitalsoft.it' }],
    });
    await applyEdits(installOffice(state), [
      {
        kind: 'set-recipients',
        field: 'to',
        recipients: [{ name: 'Tributi', address: 'tributi@example.it' }],
      },
      { kind: 'set-subject', subject: 'Tributi: errore calcolo IMU' },
    ]);
    expect(state.to).toEqual([{ displayName: 'Tributi', emailAddress: 'tributi@example.it' }]);
    expect(state.subject).toBe('Tributi: errore calcolo IMU');
  });

  it('keeps a recipient typed after the check when it replaces a personal address', async () => {
    const state = composeState({
      to: [
        { displayName: 'Marco', emailAddress: 'marco@palitalsoft.it' },
        { displayName: 'Anna', emailAddress: 'anna@comune.example.it' },
      ],
    });
    await applyEdits(installOffice(state), [
      {
        kind: 'set-recipients',
        field: 'to',
        recipients: [{ name: 'Tributi', address: 'tributi@example.it' }],
        basedOn: [{ address: 'marco@palitalsoft.it' }],
      },
    ]);
    expect(state.to).toEqual([
      { displayName: 'Tributi', emailAddress: 'tributi@example.it' },
      { displayName: 'Anna', emailAddress: 'anna@comune.example.it' },
    ]);
  });

  it('inserts text into an HTML body after the user text and before the quoted reply', async () => {
    const html =
      '<html><body><div style="font-family:Calibri">Buongiorno, <b>errore</b> nel calcolo.</div>' +
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Da:</b> Tributi</div></body></html>';
    const state = composeState({
      bodyType: 'html',
      bodyHtml: html,
      bodyText: 'Buongiorno, errore nel calcolo.',
    });
    await applyEdits(installOffice(state), [{ kind: 'append-to-body', text: signature }]);
    expect(state.bodyHtml).toBe(
      '<html><body><div style="font-family:Calibri">Buongiorno, <b>errore</b> nel calcolo.</div>' +
        '<div><br></div><div>Cordiali saluti</div><div>Mario Rossi</div><div>Tel. 0721 123456</div>' +
        '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>Da:</b> Tributi</div></body></html>',
    );
  });

  it('does not append a text the body already holds (a double click on the same fix)', async () => {
    const state = composeState({
      bodyType: 'html',
      bodyHtml: '<html><body><div>Il calcolo non va.</div></body></html>',
      bodyText: 'Il calcolo non va.',
    });
    const office = installOffice(state);
    await applyEdits(office, [{ kind: 'append-to-body', text: signature }]);
    const once = state.bodyHtml;
    await applyEdits(office, [{ kind: 'append-to-body', text: signature }]);
    expect(state.bodyHtml).toBe(once);
    expect(once.match(/Mario Rossi/g)).toHaveLength(1);
  });

  it('escapes markup in text appended to an HTML body', async () => {
    const state = composeState({
      bodyHtml: '<html><body><div>Testo</div></body></html>',
      bodyText: 'Testo',
    });
    await applyEdits(installOffice(state), [{ kind: 'append-to-body', text: 'A <b> & C' }]);
    expect(state.bodyHtml).toContain('<div>A &lt;b&gt; &amp; C</div></body>');
  });

  it('appends to a plain-text body before the quoted original message', async () => {
    const state = composeState({
      bodyType: 'text',
      bodyText:
        'Il calcolo IMU è errato.\n\n-----Messaggio originale-----\nDa: Tributi\nInviato: ieri',
    });
    await applyEdits(installOffice(state), [{ kind: 'append-to-body', text: signature }]);
    expect(state.bodyText).toBe(
      `Il calcolo IMU è errato.\n\n${signature}\n\n-----Messaggio originale-----\nDa: Tributi\nInviato: ieri`,
    );
  });

  it('sets the body when it is empty, in the body format', async () => {
    const state = composeState({ bodyType: 'html', bodyText: '  ' });
    await applyEdits(installOffice(state), [{ kind: 'set-body', text: 'Ente:\nModulo:' }]);
    expect(state.bodyHtml).toBe('<div>Ente:</div><div>Modulo:</div>');
  });

  it('keeps a pasted screenshot: set-body appends to an HTML body with an image and no text', async () => {
    const html = '<html><body><div><img src="cid:image001.png"></div></body></html>';
    const state = composeState({ bodyType: 'html', bodyText: '', bodyHtml: html });
    await applyEdits(installOffice(state), [{ kind: 'set-body', text: 'Ente:' }]);
    expect(state.bodyHtml).toContain('<img src="cid:image001.png">');
    expect(state.bodyHtml).toContain('<div>Ente:</div>');
  });

  it('never replaces a body the user already wrote: set-body appends instead', async () => {
    const state = composeState({ bodyType: 'text', bodyText: 'Testo già scritto' });
    await applyEdits(installOffice(state), [{ kind: 'set-body', text: 'Ente:' }]);
    expect(state.bodyText).toBe('Testo già scritto\n\nEnte:\n');
  });

  it.each([
    ['to.setAsync', { kind: 'set-recipients', field: 'to', recipients: [{ address: 'a@b.it' }] }],
    ['cc.setAsync', { kind: 'set-recipients', field: 'cc', recipients: [] }],
    ['subject.setAsync', { kind: 'set-subject', subject: 'x' }],
    ['body.getTypeAsync', { kind: 'append-to-body', text: 'x' }],
    ['body.getAsync(Html)', { kind: 'append-to-body', text: 'x' }],
    ['body.setAsync(Html)', { kind: 'append-to-body', text: 'x' }],
    ['body.getAsync(Text)', { kind: 'set-body', text: 'x' }],
  ] as Array<[string, FixEdit]>)(
    'rejects with a HostError naming %s and leaves the body alone',
    async (operation, edit) => {
      const state = composeState({ bodyHtml: '<div>Mio testo</div>', bodyText: 'Mio testo' });
      state.fail.add(operation);
      const error = await applyEdits(installOffice(state), [edit]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).operation).toBe(operation);
      expect(state.bodyHtml).toBe('<div>Mio testo</div>');
    },
  );
});
