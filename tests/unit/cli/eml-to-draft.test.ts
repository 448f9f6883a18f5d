import { emlToDraft, EmlParseError } from '../../../src/cli/eml-to-draft';

/** Joins header and body lines with CRLF, as on the wire. */
const eml = (...lines: string[]): string => lines.join('\r\n');

const b64 = (s: string, encoding: BufferEncoding = 'utf8'): string =>
  Buffer.from(s, encoding).toString('base64');

describe('emlToDraft', () => {
  it('reads a plain UTF-8 message: subject, body, From, To', async () => {
    const draft = await emlToDraft(
      eml(
        'From: Mario Rossi <mario.rossi@comune.esempio.it>',
        'To: tributi@ticket.palitalsoft.example',
        'Subject: Calcolo IMU errato per il 2025',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Buongiorno, il calcolo della città è sbagliato.',
      ),
    );
    expect(draft.subject).toBe('Calcolo IMU errato per il 2025');
    expect(draft.bodyText).toContain('il calcolo della città è sbagliato');
    expect(draft.from).toEqual({ name: 'Mario Rossi', address: 'mario.rossi@comune.esempio.it' });
    expect(draft.to).toEqual([{ address: 'tributi@ticket.palitalsoft.example' }]);
    expect(draft.cc).toEqual([]);
    expect(draft.attachments).toEqual([]);
    expect(draft.bodyHtml).toBeUndefined();
  });

  it('decodes RFC 2047 subjects and names (Q and B encodings, ISO-8859-1)', async () => {
    const draft = await emlToDraft(
      eml(
        'From: =?ISO-8859-1?Q?Niccol=F2_Bianchi?= <n.bianchi@comune.esempio.it>',
        'To: =?UTF-8?B?VWZmaWNpbyBUcmlidXRp?= <tributi@ticket.palitalsoft.example>',
        `Subject: =?UTF-8?B?${b64('Anomalia stampa avvisi TARI: città non trovata')}?=`,
        '',
        'testo',
      ),
    );
    expect(draft.subject).toBe('Anomalia stampa avvisi TARI: città non trovata');
    expect(draft.from?.name).toBe('Niccolò Bianchi');
    expect(draft.to).toEqual([
      { name: 'Ufficio Tributi', address: 'tributi@ticket.palitalsoft.example' },
    ]);
  });

  it('decodes a quoted-printable ISO-8859-1 body', async () => {
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: prova',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=ISO-8859-1',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'La determina non si pu=F2 stampare perch=E9 il modulo d=E0 errore e la riga =',
        'continua qui.',
      ),
    );
    expect(draft.bodyText).toContain('non si può stampare perché il modulo dà errore');
    expect(draft.bodyText).toContain('la riga continua qui.');
  });

  it('decodes a base64 body', async () => {
    const body = 'Non riesco ad aprire il protocollo n. 1234: compare un errore.\nGiulia Verdi';
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: prova',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        b64(body),
      ),
    );
    expect(draft.bodyText.trim()).toBe(body);
  });

  it('keeps both parts of multipart/alternative', async () => {
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: prova',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative; boundary="XX"',
        '',
        '--XX',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Testo semplice del ticket',
        '--XX',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Testo <b>HTML</b> del ticket</p>',
        '--XX--',
      ),
    );
    expect(draft.bodyText.trim()).toBe('Testo semplice del ticket');
    expect(draft.bodyHtml).toContain('<b>HTML</b>');
    expect(draft.attachments).toEqual([]);
  });

  it('gives readable text for an HTML-only message, without wrapping or upper-casing', async () => {
    const longLine =
      'Dalla procedura di emissione degli avvisi TARI compare il messaggio di errore ' +
      'codice 42 quando seleziono il ruolo ordinario del 2025, chiamatemi al 0721 123456';
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: prova',
        'MIME-Version: 1.0',
        'Content-Type: text/html; charset=ISO-8859-1',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        '<html><body><h2>Emissione avvisi</h2><p>' + longLine + '</p>',
        '<p>Cordiali saluti<br>Anna Gialli</p><a href=3D"https://x.example/">sito</a></body></html>',
      ),
    );
    expect(draft.bodyHtml).toContain('<h2>');
    expect(draft.bodyText).toContain('Emissione avvisi');
    expect(draft.bodyText).not.toContain('EMISSIONE AVVISI');
    expect(draft.bodyText).toContain(longLine);
    expect(draft.bodyText).toMatch(/Cordiali saluti\nAnna Gialli/);
    expect(draft.bodyText).not.toContain('https://x.example/');
    expect(draft.bodyText).not.toContain('<');
  });

  it('keeps the cells of an HTML table apart, as the other hosts read them', async () => {
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: prova',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Importi errati:</p><table><tr><th>Anno</th><td>2025</td></tr></table>',
      ),
    );
    expect(draft.bodyText).toMatch(/Anno\s+2025/);
    expect(draft.bodyText).not.toContain('Anno2025');
  });

  it('lists attachments with name, type and size; inline non-image parts are not attachments', async () => {
    const pdf = Buffer.from('%PDF-1.4 fake pdf content');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: prova',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="MIX"',
        '',
        '--MIX',
        'Content-Type: multipart/related; boundary="REL"',
        '',
        '--REL',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Vedi schermata <img src="cid:shot1"></p>',
        '--REL',
        'Content-Type: image/png; name="schermata.png"',
        'Content-Transfer-Encoding: base64',
        'Content-ID: <shot1>',
        'Content-Disposition: inline; filename="schermata.png"',
        '',
        png.toString('base64'),
        '--REL',
        'Content-Type: text/calendar; charset=utf-8',
        'Content-ID: <cal1>',
        'Content-Disposition: inline',
        '',
        'BEGIN:VCALENDAR',
        'END:VCALENDAR',
        '--REL--',
        '--MIX',
        'Content-Type: application/pdf; name="=?UTF-8?Q?determina_n=C2=B012.pdf?="',
        'Content-Transfer-Encoding: base64',
        'Content-Disposition: attachment; filename="=?UTF-8?Q?determina_n=C2=B012.pdf?="',
        '',
        pdf.toString('base64'),
        '--MIX--',
      ),
    );
    expect(draft.attachments).toEqual([
      // Pasted in the body: kept as inline with its Content-ID, for the engine to judge.
      {
        name: 'schermata.png',
        contentType: 'image/png',
        size: png.length,
        inline: true,
        contentId: 'shot1',
      },
      { name: 'determina n°12.pdf', contentType: 'application/pdf', size: pdf.length },
    ]);
    expect(draft.bodyHtml).toContain('Vedi schermata');
  });

  it('counts a forwarded message as an attachment but not the S/MIME signature of a signed mail', async () => {
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: prova',
        'MIME-Version: 1.0',
        'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; boundary="S"',
        '',
        '--S',
        'Content-Type: multipart/mixed; boundary="M"',
        '',
        '--M',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Vi inoltro la segnalazione del cittadino.',
        '--M',
        'Content-Type: message/rfc822; name="segnalazione.eml"',
        'Content-Disposition: attachment; filename="segnalazione.eml"',
        '',
        'From: cittadino@example.org',
        'Subject: avviso errato',
        '',
        'testo del cittadino',
        '--M--',
        '--S',
        'Content-Type: application/pkcs7-signature; name="smime.p7s"',
        'Content-Transfer-Encoding: base64',
        'Content-Disposition: attachment; filename="smime.p7s"',
        '',
        'MIAGCSqGSIb3DQEHAqCAMIACAQEx',
        '--S--',
      ),
    );
    expect(draft.bodyText.trim()).toBe('Vi inoltro la segnalazione del cittadino.');
    expect(draft.attachments.map((a) => a.name)).toEqual(['segnalazione.eml']);
  });

  it('flattens address groups in To and Cc and keeps names', async () => {
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: Ufficio Tributi: "Rossi, Mario" <m.rossi@comune.esempio.it>, l.neri@comune.esempio.it;, tributi@ticket.palitalsoft.example',
        'Cc: undisclosed-recipients:;',
        'Cc: Marco <marco@palitalsoft.example>',
        'Subject: prova',
        '',
        'testo',
      ),
    );
    expect(draft.to).toEqual([
      { name: 'Rossi, Mario', address: 'm.rossi@comune.esempio.it' },
      { address: 'l.neri@comune.esempio.it' },
      { address: 'tributi@ticket.palitalsoft.example' },
    ]);
    expect(draft.cc).toEqual([{ name: 'Marco', address: 'marco@palitalsoft.example' }]);
  });

  it('reads In-Reply-To and References as a list', async () => {
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: Re: [Ticket #12345] Apertura ticket',
        'In-Reply-To: <n2@ticket.palitalsoft.example>',
        'References: <n1@ticket.palitalsoft.example>',
        ' <n2@ticket.palitalsoft.example>',
        '',
        'grazie',
      ),
    );
    expect(draft.inReplyTo).toBe('<n2@ticket.palitalsoft.example>');
    expect(draft.references).toEqual([
      '<n1@ticket.palitalsoft.example>',
      '<n2@ticket.palitalsoft.example>',
    ]);
  });

  it('accepts a Buffer and an empty subject', async () => {
    const draft = await emlToDraft(
      Buffer.from(eml('From: a@comune.esempio.it', 'To: b@ticket.palitalsoft.example', '', 'x')),
    );
    expect(draft.subject).toBe('');
    expect(draft.bodyText.trim()).toBe('x');
  });

  it('reads the first header of a file saved with a UTF-8 byte order mark', async () => {
    const text =
      '\uFEFF' + eml('From: Anna Neri <a.neri@comune.esempio.it>', 'To: b@x.example', '', 'y');
    for (const source of [text, Buffer.from(text, 'utf8')]) {
      const draft = await emlToDraft(source);
      expect(draft.from).toEqual({ name: 'Anna Neri', address: 'a.neri@comune.esempio.it' });
    }
  });

  it('rejects input that is not an e-mail message, saying why', async () => {
    await expect(emlToDraft('{"modules": []}')).rejects.toThrow(EmlParseError);
    await expect(emlToDraft('just some text\nwithout headers')).rejects.toThrow(/no From, To/);
  });
});

describe('emlToDraft: certified mail (PEC)', () => {
  const original = eml(
    'From: Ufficio Tributi <tributi@pec.comune.esempio.it>',
    'To: tributi@ticket.palitalsoft.example',
    'Subject: Avvisi TARI 2026 con scadenza errata',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Buongiorno, gli avvisi riportano la scadenza del 2025.',
    'Anna Verdi - tel. 0541 123456',
    '--inner',
    'Content-Type: image/png; name="avviso.png"',
    'Content-Disposition: attachment; filename="avviso.png"',
    'Content-Transfer-Encoding: base64',
    '',
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    '--inner--',
  );
  /** The provider's envelope around `original`, with the original encoded as `encoding`. */
  const envelope = (encoding: 'base64' | '7bit') =>
    eml(
      'From: "Per conto di: tributi@pec.comune.esempio.it" <posta-certificata@pec.gestore.example>',
      'To: tributi@ticket.palitalsoft.example',
      'Subject: POSTA CERTIFICATA: Avvisi TARI 2026 con scadenza errata',
      'X-Trasporto: posta-certificata',
      'MIME-Version: 1.0',
      'Content-Type: multipart/signed; protocol="application/x-pkcs7-signature"; boundary="sig"',
      '',
      '--sig',
      'Content-Type: multipart/mixed; boundary="env"',
      '',
      '--env',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Messaggio di posta certificata: il messaggio è stato inviato da tributi@pec.comune.esempio.it',
      '--env',
      'Content-Type: application/xml; name="daticert.xml"',
      'Content-Disposition: inline; filename="daticert.xml"',
      '',
      '<postacert tipo="posta-certificata"/>',
      '--env',
      'Content-Type: message/rfc822; name="postacert.eml"',
      'Content-Disposition: inline; filename="postacert.eml"',
      `Content-Transfer-Encoding: ${encoding}`,
      '',
      encoding === 'base64' ? b64(original) : original,
      '--env--',
      '--sig',
      'Content-Type: application/x-pkcs7-signature; name="smime.p7s"',
      'Content-Disposition: attachment; filename="smime.p7s"',
      'Content-Transfer-Encoding: base64',
      '',
      'MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwE=',
      '--sig--',
    );

  it.each(['base64', '7bit'] as const)(
    'checks the inner message, not the envelope (postacert.eml in %s)',
    async (encoding) => {
      const draft = await emlToDraft(envelope(encoding));
      expect(draft.subject).toBe('Avvisi TARI 2026 con scadenza errata');
      expect(draft.from).toEqual({
        name: 'Ufficio Tributi',
        address: 'tributi@pec.comune.esempio.it',
      });
      expect(draft.bodyText).toContain('gli avvisi riportano la scadenza del 2025');
      expect(draft.bodyText).not.toContain('posta certificata');
      expect(draft.attachments.map((a) => a.name)).toEqual(['avviso.png']);
    },
  );

  it('checks the inner message of an envelope saved without transport header and daticert.xml', async () => {
    const stripped = envelope('7bit')
      .replace(/X-Trasporto: [^\r\n]*\r?\n/, '')
      .replace(/--env\r?\nContent-Type: application\/xml[\s\S]*?(?=--env)/, '');
    expect(stripped).not.toMatch(/daticert|X-Trasporto/);
    const draft = await emlToDraft(stripped);
    expect(draft.subject).toBe('Avvisi TARI 2026 con scadenza errata');
    expect(draft.bodyText).toContain('gli avvisi riportano la scadenza del 2025');
    expect(draft.bodyText).not.toContain('posta certificata');
  });

  it("reads a user's own mail titled 'Posta certificata:' with a PEC attached as the mail itself", async () => {
    const draft = await emlToDraft(
      eml(
        'From: Anna Verdi <a.verdi@comune.esempio.it>',
        'To: protocollo@ticket.palitalsoft.example',
        'Subject: POSTA CERTIFICATA: ricevuta non protocollata',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="out"',
        '',
        '--out',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'La PEC allegata, arrivata ieri, non è stata protocollata in automatico.',
        '--out',
        'Content-Type: message/rfc822; name="postacert.eml"',
        'Content-Disposition: attachment; filename="postacert.eml"',
        '',
        'From: cittadino@pec.example',
        'Subject: Istanza rimborso TARI',
        '',
        'Chiedo il rimborso della TARI 2025.',
        '--out--',
      ),
    );
    expect(draft.subject).toBe('POSTA CERTIFICATA: ricevuta non protocollata');
    expect(draft.bodyText).toContain('non è stata protocollata');
  });

  it('reads a forwarded mail attached as message/rfc822 as an attachment of the outer mail', async () => {
    const draft = await emlToDraft(
      eml(
        'From: Anna Verdi <a.verdi@comune.esempio.it>',
        'To: tributi@ticket.palitalsoft.example',
        'Subject: Avviso TARI contestato da un contribuente',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="out"',
        '',
        '--out',
        'Content-Type: text/plain; charset=utf-8',
        '',
        "Vi inoltro la mail del contribuente: l'avviso riporta la scadenza del 2025.",
        '--out',
        'Content-Type: message/rfc822; name="contribuente.eml"',
        'Content-Disposition: attachment; filename="contribuente.eml"',
        '',
        'From: cittadino@posta.example',
        'Subject: avviso sbagliato',
        '',
        'La scadenza è sbagliata.',
        '--out--',
      ),
    );
    expect(draft.subject).toBe('Avviso TARI contestato da un contribuente');
    expect(draft.attachments.map((a) => a.name)).toEqual(['contribuente.eml']);
  });
});

describe('emlToDraft keeps no attachment content', () => {
  /** Every Buffer, typed array or long string reachable from `value`, with its path. */
  function heavyParts(value: unknown, at = 'draft', out: string[] = []): string[] {
    if (typeof value === 'string') {
      if (value.length > 10_000) out.push(`${at}: string of ${value.length}`);
    } else if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
      out.push(`${at}: binary content`);
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) heavyParts(child, `${at}.${key}`, out);
    }
    return out;
  }

  it('holds names, types, sizes and inline/content-id only, whatever the attachment', async () => {
    const pdf = Buffer.alloc(2 * 1024 * 1024, 0x25);
    const png = Buffer.alloc(300 * 1024, 0x89);
    const draft = await emlToDraft(
      eml(
        'From: a@comune.esempio.it',
        'To: b@ticket.palitalsoft.example',
        'Subject: dump del calcolo',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="MIX"',
        '',
        '--MIX',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>Vedi <img src="cid:shot1" width="800" height="600"></p>',
        '--MIX',
        'Content-Type: image/png; name="schermata.png"',
        'Content-Transfer-Encoding: base64',
        'Content-ID: <shot1>',
        'Content-Disposition: inline; filename="schermata.png"',
        '',
        png.toString('base64'),
        '--MIX',
        'Content-Type: application/pdf; name="dump.pdf"',
        'Content-Transfer-Encoding: base64',
        'Content-Disposition: attachment; filename="dump.pdf"',
        '',
        pdf.toString('base64'),
        '--MIX--',
      ),
    );
    expect(heavyParts(draft)).toEqual([]);
    for (const a of draft.attachments) {
      expect(
        Object.keys(a).every((k) =>
          ['name', 'contentType', 'size', 'inline', 'contentId'].includes(k),
        ),
      ).toBe(true);
    }
    expect(draft.attachments.map((a) => a.size)).toEqual([png.length, pdf.length]);
  });
});
