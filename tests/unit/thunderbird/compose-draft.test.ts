import { draftFromDetails, recipientsFrom } from '../../../src/hosts/thunderbird/compose-draft';

describe('recipientsFrom', () => {
  test('reads names with commas in quotes, bare addresses and groups', () => {
    expect(
      recipientsFrom([
        '"Rossi, Mario" <mario.rossi@comune.example>',
        'tributi@ticket.palitalsoft.example',
        'Ufficio: a@x.example, b@x.example;',
      ]),
    ).toEqual([
      { name: 'Rossi, Mario', address: 'mario.rossi@comune.example' },
      { address: 'tributi@ticket.palitalsoft.example' },
      { address: 'a@x.example' },
      { address: 'b@x.example' },
    ]);
  });

  test('accepts a single string and skips address-book references it cannot resolve', () => {
    expect(recipientsFrom('Anna <anna@comune.example>')).toEqual([
      { name: 'Anna', address: 'anna@comune.example' },
    ]);
    expect(recipientsFrom([{ id: 'abc', type: 'contact' }, 'x@y.example'])).toEqual([
      { address: 'x@y.example' },
    ]);
    expect(recipientsFrom(undefined)).toEqual([]);
  });
});

describe('draftFromDetails', () => {
  const base = {
    from: 'Mario Rossi <mario.rossi@comune.example>',
    to: ['tributi@ticket.palitalsoft.example'],
    cc: ['Capo <capo@comune.example>'],
    subject: 'IMU: errore',
    plainTextBody: 'Testo',
  };

  test('a plain-text message: text, sender, recipients and attachments', () => {
    expect(
      draftFromDetails({ ...base, isPlainText: true, body: '<html>…</html>', type: 'new' }, [
        { id: 1, name: 'schermata.png', size: 2048 },
      ]),
    ).toEqual({
      subject: 'IMU: errore',
      bodyText: 'Testo',
      from: { name: 'Mario Rossi', address: 'mario.rossi@comune.example' },
      to: [{ address: 'tributi@ticket.palitalsoft.example' }],
      cc: [{ name: 'Capo', address: 'capo@comune.example' }],
      attachments: [{ name: 'schermata.png', size: 2048 }],
    });
  });

  test('an HTML message also passes the HTML', () => {
    const draft = draftFromDetails({ ...base, isPlainText: false, body: '<p>Testo</p>' }, []);
    expect(draft.bodyHtml).toBe('<p>Testo</p>');
    expect(draft.bodyText).toBe('Testo');
  });

  test('a reply carries the original author, subject and Message-ID', () => {
    const related = {
      author: 'Ticket <noreply@ticket.palitalsoft.example>',
      subject: '[Ticket n. 1] Apertura',
      headerMessageId: 'id1@ticket.example',
    };
    const reply = draftFromDetails({ ...base, type: 'reply' }, [], related);
    expect(reply.inReplyTo).toBe('id1@ticket.example');
    expect(reply.replyContext).toEqual({
      originalFrom: 'noreply@ticket.palitalsoft.example',
      originalSubject: '[Ticket n. 1] Apertura',
    });
    const forward = draftFromDetails({ ...base, type: 'forward' }, [], related);
    expect(forward.replyContext).toBeUndefined();
  });

  test('missing fields become empty values, never undefined text', () => {
    expect(draftFromDetails({}, [])).toEqual({
      subject: '',
      bodyText: '',
      to: [],
      cc: [],
      attachments: [],
    });
  });
});
