import {
  appendToHtml,
  appendToPlain,
  detailsForEdits,
} from '../../../src/hosts/thunderbird/compose-edits';

describe('appendToPlain', () => {
  test('adds the text after the user text, separated by a blank line', () => {
    expect(appendToPlain('Buongiorno,\nil calcolo non va.\n\n\n', 'Mario Rossi\ntel. 0721 1')).toBe(
      'Buongiorno,\nil calcolo non va.\n\nMario Rossi\ntel. 0721 1\n',
    );
  });

  test('goes above a quoted reply, keeping the quote whole', () => {
    const body =
      'Grazie, ora va.\n\nIl 23/11/26 10:00, Ticket ha scritto:\n> Aperto il ticket 1.\n';
    expect(appendToPlain(body, 'Mario Rossi')).toBe(
      'Grazie, ora va.\n\nMario Rossi\n\nIl 23/11/26 10:00, Ticket ha scritto:\n> Aperto il ticket 1.\n',
    );
  });

  test('goes above a forwarded message', () => {
    const body = 'Vedi sotto.\n\n-------- Forwarded Message --------\nSubject: x\n';
    expect(appendToPlain(body, 'Mario Rossi')).toBe(
      'Vedi sotto.\n\nMario Rossi\n\n-------- Forwarded Message --------\nSubject: x\n',
    );
  });

  test('an empty body becomes the text alone', () => {
    expect(appendToPlain('', 'Mario Rossi')).toBe('Mario Rossi\n');
  });
});

describe('appendToHtml', () => {
  test('keeps the formatting and escapes the new text', () => {
    expect(
      appendToHtml('<html><body><p>Il <b>calcolo</b></p></body></html>', 'A <b> & C\nRiga 2'),
    ).toBe(
      '<html><body><p>Il <b>calcolo</b></p><p>A &lt;b&gt; &amp; C<br>\nRiga 2</p>\n</body></html>',
    );
  });

  test('goes above the quote header of a reply', () => {
    const html =
      '<html><body><p>Ok</p><div class="moz-cite-prefix">Il 23/11 Ticket ha scritto:</div>' +
      '<blockquote type="cite">vecchio</blockquote></body></html>';
    const out = appendToHtml(html, 'Mario Rossi');
    expect(out.indexOf('Mario Rossi')).toBeLessThan(out.indexOf('moz-cite-prefix'));
    expect(out).toContain('<blockquote type="cite">vecchio</blockquote>');
  });

  test('without a body element the text goes at the end', () => {
    expect(appendToHtml('<p>x</p>', 'y')).toBe('<p>x</p><p>y</p>\n');
  });
});

describe('detailsForEdits', () => {
  test('plain text: edits in order, only the changed fields are set', () => {
    const update = detailsForEdits(
      { isPlainText: true, plainTextBody: 'Testo', to: ['a@x.example'], subject: 'Aiuto' },
      [
        { kind: 'set-subject', subject: 'IMU: errore nel calcolo' },
        { kind: 'append-to-body', text: 'Mario Rossi' },
        { kind: 'append-to-body', text: 'tel. 0721 1' },
      ],
    );
    expect(update).toEqual({
      subject: 'IMU: errore nel calcolo',
      plainTextBody: 'Testo\n\nMario Rossi\n\ntel. 0721 1\n',
    });
  });

  test('a text the body already holds is not appended again (plain and HTML)', () => {
    const signature = 'Cordiali saluti\nMario Rossi\nTel. 0721 123456';
    expect(
      detailsForEdits(
        { isPlainText: true, plainTextBody: `Il calcolo non va.\n\n${signature}\n` },
        [{ kind: 'append-to-body', text: signature }],
      ),
    ).toEqual({});
    expect(
      detailsForEdits(
        {
          isPlainText: false,
          body: '<html><body><p>Il calcolo non va.</p><p>Cordiali saluti<br>Mario Rossi<br>Tel. 0721 123456</p></body></html>',
        },
        [{ kind: 'append-to-body', text: signature }],
      ),
    ).toEqual({});
  });

  test('recipients: formatted for Thunderbird, address-book entries kept', () => {
    const contact = { id: 'c1', type: 'contact' as const };
    const update = detailsForEdits({ to: [contact, 'old@palitalsoft.example'] }, [
      {
        kind: 'set-recipients',
        field: 'to',
        recipients: [
          { name: 'Tributi', address: 'tributi@ticket.palitalsoft.example' },
          { name: 'Rossi, Mario', address: 'm@x.example' },
        ],
      },
    ]);
    expect(update).toEqual({
      to: [contact, 'Tributi <tributi@ticket.palitalsoft.example>', '"Rossi, Mario" <m@x.example>'],
    });
  });

  test('recipients: an address typed after the check is kept', () => {
    const update = detailsForEdits(
      { to: ['old@palitalsoft.example', 'Anna <anna@comune.example.it>'] },
      [
        {
          kind: 'set-recipients',
          field: 'to',
          recipients: [{ name: 'Tributi', address: 'tributi@ticket.palitalsoft.example' }],
          basedOn: [{ address: 'old@palitalsoft.example' }],
        },
      ],
    );
    expect(update).toEqual({
      to: ['Tributi <tributi@ticket.palitalsoft.example>', 'Anna <anna@comune.example.it>'],
    });
  });

  test('HTML: set-body replaces only the content of <body>', () => {
    const update = detailsForEdits(
      {
        isPlainText: false,
        body: '<html><head><style>p{}</style></head><body class="x"><br></body></html>',
      },
      [{ kind: 'set-body', text: 'Modulo:\nProblema:' }],
    );
    expect(update).toEqual({
      body: '<html><head><style>p{}</style></head><body class="x"><p>Modulo:<br>\nProblema:</p></body></html>',
    });
  });

  test('set-body appends instead when the user wrote meanwhile (plain text)', () => {
    const update = detailsForEdits({ isPlainText: true, plainTextBody: 'Scritto adesso' }, [
      { kind: 'set-body', text: 'Modulo:' },
    ]);
    expect(update).toEqual({ plainTextBody: 'Scritto adesso\n\nModulo:\n' });
  });

  test('set-body keeps a pasted screenshot: an HTML body with an image but no text', () => {
    const body = '<html><body><p><img src="data:image/png;base64,AAAA"></p></body></html>';
    const update = detailsForEdits({ isPlainText: false, body, plainTextBody: '' }, [
      { kind: 'set-body', text: 'Modulo:' },
    ]);
    expect(update.body).toContain('<img src="data:image/png;base64,AAAA">');
    expect(update.body).toContain('<p>Modulo:</p>');
  });
});
