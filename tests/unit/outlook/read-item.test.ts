import { readComposeItem } from '../../../src/hosts/outlook/read-item';
import { HostError } from '../../../src/core/host/mail-host';
import { checkTicket } from '../../../src/core/engine';
import { composeState, installOffice, type ComposeState } from './office-mock';

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

  it('on Outlook versions without from.getAsync (Mailbox 1.5), the sender is the signed-in user', async () => {
    // Shared folders need Mailbox 1.8, so there the item is in the user's own mailbox.
    const state = composeState({
      mailbox: '1.5',
      from: { displayName: 'Altro', emailAddress: 'altro@comune.it' },
      attachments: [{ id: 'a1', name: 'x.png', size: 1, attachmentType: 'file', isInline: false }],
    });
    const draft = await readComposeItem(installOffice(state));
    expect(draft.from).toEqual({ name: 'Mario Rossi', address: 'mario.rossi@comune.example.it' });
    expect(state.calls).not.toContain('from.getAsync');
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

describe('composing from a shared or delegate mailbox', () => {
  const ufficio = {
    displayName: 'Ufficio Tributi - Comune di Rimini',
    emailAddress: 'ufficio.tributi@comune.rimini.it',
  };
  const mario = { displayName: 'Mario Rossi', emailAddress: 'mario.rossi@comune.rimini.it' };
  const anna = { displayName: 'Anna Bianchi', emailAddress: 'anna.bianchi@comune.rimini.it' };
  const directory = {
    officialListUrl: 'https://fornitore.example/indirizzi/',
    vendorDomains: ['fornitore.example'],
    modules: [
      { id: 'tributi', name: 'Tributi', address: 'tributi@fornitore.example', keywords: ['IMU'] },
    ],
  };
  const body = (signature: string) =>
    'Buongiorno,\nnel calcolo IMU del contribuente 1234 la rendita catastale non viene ' +
    'rivalutata: il modulo Tributi propone 412,00 euro invece di 432,60 euro. Allego la ' +
    `schermata dell'errore.\nGrazie\n\n${signature}`;

  async function check(state: ComposeState) {
    const draft = await readComposeItem(installOffice(state));
    // The pane's settings take the person's name from the profile (OutlookHost.profile()).
    const person = Office.context.mailbox.userProfile.displayName;
    const report = checkTicket(draft, {
      directory,
      settings: { name: person, phone: '0541 704111', enti: ['Comune di Rimini'] },
      locale: 'it',
    });
    return { draft, rules: report.findings.map((f) => f.rule) };
  }

  it("shared mailbox: From is the office, the signature and Ente are the person's", async () => {
    const state = composeState({
      subject: 'IMU: rendita catastale non rivalutata nel calcolo',
      bodyType: 'text',
      to: [{ displayName: 'Tributi', emailAddress: 'tributi@fornitore.example' }],
      from: ufficio,
      sharedOwner: ufficio.emailAddress,
      userProfile: mario,
    });
    state.bodyText = body('Mario Rossi\nUfficio Tributi - Comune di Rimini\nTel. 0541 704111');
    const signed = await check(state);
    expect(signed.draft.from).toEqual({ name: ufficio.displayName, address: ufficio.emailAddress });
    expect(signed.rules).not.toContain('signature-missing');
    expect(signed.rules).not.toContain('ente-missing');

    // Signed with the office only: the office's name is no person's signature.
    state.bodyText = body('Ufficio Tributi - Comune di Rimini\nTel. 0541 704111');
    expect((await check(state)).rules).toContain('signature-missing');
  });

  it("delegate: From is the owner the delegate writes for, the signature is the delegate's", async () => {
    const state = composeState({
      subject: 'IMU: rendita catastale non rivalutata nel calcolo',
      bodyType: 'text',
      to: [{ displayName: 'Tributi', emailAddress: 'tributi@fornitore.example' }],
      from: anna,
      sharedOwner: anna.emailAddress,
      userProfile: mario,
    });
    state.bodyText = body('Mario Rossi\nComune di Rimini\nTel. 0541 704111');
    const { draft, rules } = await check(state);
    expect(draft.from).toEqual({ name: 'Anna Bianchi', address: anna.emailAddress });
    expect(rules).not.toContain('signature-missing');
    expect(rules).not.toContain('ente-missing');
  });

  it('when Outlook cannot read From, the owner of the shared item is the sender, not the user', async () => {
    const state = composeState({
      from: ufficio,
      sharedOwner: ufficio.emailAddress,
      userProfile: mario,
    });
    state.fail.add('from.getAsync');
    const draft = await readComposeItem(installOffice(state));
    expect(draft.from).toEqual({ address: ufficio.emailAddress });
    expect(state.calls).toContain('getSharedPropertiesAsync');
  });

  it("in the user's own mailbox getSharedPropertiesAsync is not asked for", async () => {
    const state = composeState({ from: mario, userProfile: mario });
    const draft = await readComposeItem(installOffice(state));
    expect(draft.from).toEqual({ name: 'Mario Rossi', address: mario.emailAddress });
    expect(state.calls).not.toContain('getSharedPropertiesAsync');
  });
});
