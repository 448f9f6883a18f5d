import { readComposeItem } from '../../../src/hosts/outlook/read-item';
import { HostError } from '../../../src/hosts/shared/mail-host';
import { composeState, installOffice } from './office-mock';

describe('readComposeItem', () => {
  it('reads subject, both body formats, recipients, sender and attachments', async () => {
    const state = composeState({
      subject: 'Protocollo: errore in fase di protocollazione',
      bodyText: 'Buongiorno,\nnon riesco a protocollare.',
      bodyHtml: '<div>Buongiorno,</div><div>non riesco a protocollare.</div>',
      to: [{ displayName: 'Protocollo', emailAddress: 'protocollo@example.it' }],
      cc: [{ displayName: 'anna@comune.it', emailAddress: 'anna@comune.it' }],
      from: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.it' },
      attachments: [
        { id: 'a1', name: 'errore.png', size: 2048, attachmentType: 'file', isInline: false },
      ],
    });
    const draft = await readComposeItem(installOffice(state));
    expect(draft).toEqual({
      subject: 'Protocollo: errore in fase di protocollazione',
      bodyText: 'Buongiorno,\nnon riesco a protocollare.',
      bodyHtml: '<div>Buongiorno,</div><div>non riesco a protocollare.</div>',
      to: [{ name: 'Protocollo', address: 'protocollo@example.it' }],
      cc: [{ address: 'anna@comune.it' }],
      from: { name: 'Mario Rossi', address: 'mario.rossi@comune.it' },
      attachments: [{ name: 'errore.png', size: 2048 }],
    });
  });

  it('does not ask for HTML when the message is plain text', async () => {
    const state = composeState({ bodyType: 'text', bodyText: 'Testo semplice' });
    state.fail.add('body.getAsync(Html)');
    const draft = await readComposeItem(installOffice(state));
    expect(draft.bodyText).toBe('Testo semplice');
    expect(draft).not.toHaveProperty('bodyHtml');
  });

  it('skips sender and attachments on Outlook versions without those APIs', async () => {
    const state = composeState({
      mailbox: '1.5',
      from: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.it' },
      attachments: [{ id: 'a1', name: 'x.png', size: 1, attachmentType: 'file', isInline: false }],
    });
    const draft = await readComposeItem(installOffice(state));
    expect(draft.from).toBeUndefined();
    expect(draft.attachments).toEqual([]);
  });

  it('fills reply information from headers and the quoted Outlook header of a reply', async () => {
    const state = composeState({
      composeType: 'reply',
      headers: {
        'In-Reply-To': '<abc@ticket.example.it>',
        References: '<x@y> <abc@ticket.example.it>',
      },
      bodyText:
        'Ho un altro problema.\n\n________________________________\nDa: Sistema Ticket <noreply@ticket.example.it>\nInviato: lunedì 3 marzo 2025 10:12\nA: Mario Rossi\nOggetto: Apertura ticket 12345\n\nÈ stato aperto il ticket numero 12345',
    });
    const draft = await readComposeItem(installOffice(state));
    expect(draft.inReplyTo).toBe('<abc@ticket.example.it>');
    expect(draft.references).toEqual(['<x@y>', '<abc@ticket.example.it>']);
    expect(draft.replyContext).toEqual({
      originalFrom: 'noreply@ticket.example.it',
      originalSubject: 'Apertura ticket 12345',
    });
  });

  it('adds no reply context to a new message that quotes nothing', async () => {
    const draft = await readComposeItem(installOffice(composeState({ bodyText: 'Da: me stesso' })));
    expect(draft.replyContext).toBeUndefined();
  });

  it.each([
    'subject.getAsync',
    'body.getAsync(Text)',
    'body.getTypeAsync',
    'body.getAsync(Html)',
    'to.getAsync',
    'cc.getAsync',
    'getAttachmentsAsync',
  ])('rejects with a HostError naming %s when it fails', async (operation) => {
    const state = composeState({ subject: 'x', bodyText: 'y' });
    state.fail.add(operation);
    const error = await readComposeItem(installOffice(state)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).operation).toBe(operation);
    expect((error as HostError).message).toContain(operation);
  });

  it.each(['from.getAsync', 'internetHeaders.getAsync', 'getComposeTypeAsync'])(
    'still reads the draft when the optional %s fails',
    async (operation) => {
      const state = composeState({
        subject: 'Oggetto',
        from: { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.it' },
      });
      state.fail.add(operation);
      const draft = await readComposeItem(installOffice(state));
      expect(draft.subject).toBe('Oggetto');
    },
  );
});
