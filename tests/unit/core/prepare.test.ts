import { prepareText } from '../../../src/core/text/prepare';
import { callTimeQuestion, writerNameQuestion } from '../../../src/core/text/quotes';
import { htmlToText } from '../../../src/core/text/html-to-text';
import { htmlToTextLight } from '../../../src/core/text/html-to-text-light';

describe.each([
  ['htmlToText (htmlparser2)', htmlToText],
  ['htmlToTextLight', htmlToTextLight],
])('%s', (_name, htmlToText) => {
  test('block elements and <br> become line breaks, entities are decoded', () => {
    expect(
      htmlToText('<div>Buongiorno&nbsp;a tutti</div><div>perch&eacute; non<br>funziona</div>'),
    ).toBe('Buongiorno a tutti\nperché non\nfunziona');
  });

  test('list items become bullet lines', () => {
    expect(htmlToText('<p>Passi:</p><ol><li>apro</li><li>salvo</li></ol>')).toBe(
      'Passi:\n• apro\n• salvo',
    );
  });

  test('head, style and script are skipped', () => {
    expect(
      htmlToText(
        '<html><head><title>x</title><style>p{color:red}</style></head><body><script>alert(1)</script><p>Testo</p></body></html>',
      ),
    ).toBe('Testo');
  });

  test('blockquote lines are marked as quoted', () => {
    expect(htmlToText('<p>Mia risposta</p><blockquote><p>testo citato</p></blockquote>')).toBe(
      'Mia risposta\n\n> testo citato',
    );
  });

  test('thousands of unclosed elements still give the text, entities decoded', () => {
    const text = htmlToText(
      `${'<div><font>'.repeat(3000)}perch&eacute; <b>IMU</b><br>Tel. 0541 123456`,
    );
    expect(text).toContain('perché IMU\nTel. 0541 123456');
  });

  test('paragraphs are separated by an empty line and whitespace is collapsed', () => {
    expect(htmlToText('<p>uno   due\n tre</p><p>quattro</p>')).toBe('uno due tre\n\nquattro');
  });

  test('comments, doctype, attributes and Outlook markup do not leak into the text', () => {
    const html =
      '<!DOCTYPE html><!-- x --><div class="WordSection1" style="a>b"><p class=MsoNormal>Ciao<o:p></o:p></p><p>&euro; 10 &agrave; &#8217;&#x2019;</p></div>';
    expect(htmlToText(html)).toBe('Ciao\n\n€ 10 à ’’');
  });
});

const signed = `Buongiorno,

nel modulo Tributi il calcolo IMU 2025 per un contribuente deceduto risulta errato.

Cordiali saluti
Mario Rossi
Comune di Rimini
Tel. 0541 123456`;

describe('prepareText: quoted replies', () => {
  test.each([
    ['Il giorno mar 12 mar 2025 alle ore 10:15 Assistenza <a@b.it> ha scritto:\n> vecchio'],
    ['Il giorno mar 12 mar 2025 alle ore 10:15 Assistenza <a@b.it>\nha scritto:\n> vecchio'],
    ['Il 12/03/2025 10:15, Mario ha scritto:\nvecchio testo'],
    ['On Tue, Mar 12, 2025 at 10:15 AM Help <h@x.it> wrote:\nold'],
    ['-----Messaggio originale-----\nDa: x\nvecchio'],
    ['-----Original Message-----\nFrom: x\nold'],
    ['> riga citata\n> altra'],
    [
      '________________________________\nDa: Assistenza <a@b.it>\nInviato: lunedì 3 marzo 2025 10:00\nA: Mario\nOggetto: Ticket',
    ],
    ['From: Help <h@x.it>\nSent: Monday\nTo: me\nSubject: Ticket'],
    // A client that writes only the sender and the subject above the earlier mail.
    ['Da: Assistenza Tributi <tributi@ticket.palitalsoft.example>\nOggetto: Ticket 4521\nvecchio'],
    ['---------- Forwarded message ---------\nFrom: x\nold'],
    ['-------- Messaggio inoltrato --------\nOggetto: x'],
  ])('own text stops before: %s', (quote) => {
    const p = prepareText(`${signed}\n\n${quote}`);
    expect(p.own.text).toBe(signed);
    expect(p.quoted?.text).toBe(quote);
    expect(p.text.slice(p.quoted!.start, p.quoted!.end)).toBe(quote);
  });

  test('an error message quoted in the text is not a reply header', () => {
    const body = 'Quando salvo il programma scrive:\nErrore 500\n\nMario Rossi';
    expect(prepareText(body).quoted).toBeNull();
  });

  test("a citizen's words introduced with 'ha scritto:' stay in the own text, signature too", () => {
    const body =
      "Buongiorno,\nun contribuente non riesce a scaricare l'avviso TARI dal portale.\n" +
      'Il contribuente ha scritto:\n"Il link dell\'avviso restituisce errore 404"\n\n' +
      'Cordiali saluti\nMario Rossi\nTel. 0541 123456';
    const p = prepareText(body);
    expect(p.quoted).toBeNull();
    expect(p.signature?.text).toContain('Mario Rossi');
    const short = prepareText('Vedete sotto.\nLa collega mi ha scritto:\nnon funziona');
    expect(short.quoted).toBeNull();
  });

  test('uses the HTML body when the text body is empty', () => {
    const p = prepareText('', '<p>Salve,</p><p>il cedolino non si stampa.</p>');
    expect(p.text).toBe('Salve,\n\nil cedolino non si stampa.');
    expect(p.greeting?.text).toBe('Salve,');
  });
});

describe('prepareText: greeting, content and signature', () => {
  test('thanks that go on to tell something are the text, not the closing formula', () => {
    const p = prepareText(
      'Buongiorno,\n\ngrazie, risolto. Ora il totale è giusto e la stampa si blocca ancora.\n\nLuca Neri',
      undefined,
      'Luca Neri',
    );
    expect(p.content.text).toContain('la stampa si blocca ancora');
    expect(p.signature?.text).toBe('Luca Neri');
  });

  test.each([
    'Grazie mille. Una domanda: i residui restano validi anche per il 2027?\nLuca Neri',
    'Grazie.\nUna domanda: i residui restano validi?\nLuca Neri',
    'Grazie, mi potete dire se i residui restano validi?\nLuca Neri',
  ])('a question after the thanks is the text, not the signature: %s', (ending) => {
    const p = prepareText(
      `Buongiorno,\n\ni residui risultano azzerati.\n\n${ending}`,
      undefined,
      'Luca Neri',
    );
    expect(p.content.text).toContain('restano validi');
    expect(p.signature?.text).toBe('Luca Neri');
  });

  test.each([
    'Grazie mille. Cordiali saluti\nLuca Neri',
    'Grazie. Luca Neri - Ufficio Tributi\n0541 123456',
  ])('thanks then a closing or a name still open the signature: %s', (closing) => {
    const p = prepareText(
      `Buongiorno,\n\nla stampa si blocca.\n\n${closing}`,
      undefined,
      'Luca Neri',
    );
    expect(p.content.text).toBe('la stampa si blocca.');
    expect(p.signature?.text.startsWith('Grazie')).toBe(true);
  });

  test('a long office line naming the Comuni of a shared office closes the signature', () => {
    const p = prepareText(
      [
        'Buongiorno, il decreto n. 14 risulta pubblicato senza la firma digitale.',
        '',
        'Dott.ssa Addolorata Rizzo',
        'Segretario comunale - Segreteria convenzionata Comuni di Sternatia Nuova e Martignano Alto',
      ].join('\n'),
      undefined,
      'Addolorata Rizzo',
    );
    expect(p.signature?.text).toContain('Segreteria convenzionata');
    expect(p.content.text).not.toContain('Rizzo');
  });

  test('splits a well-formed ticket', () => {
    const p = prepareText(signed);
    expect(p.greeting?.text).toBe('Buongiorno,');
    expect(p.content.text).toBe(
      'nel modulo Tributi il calcolo IMU 2025 per un contribuente deceduto risulta errato.',
    );
    expect(p.signature?.text).toBe(
      'Cordiali saluti\nMario Rossi\nComune di Rimini\nTel. 0541 123456',
    );
    expect(p.text.slice(p.content.start, p.content.end)).toBe(p.content.text);
  });

  test.each([
    'Distinti saluti',
    'Saluti',
    'Grazie',
    'Grazie mille',
    'In attesa di riscontro',
    'Buona giornata',
  ])('closing formula "%s" opens the signature', (closing) => {
    const p = prepareText(`Salve, il cedolino di marzo non si stampa.\n${closing}\nLuca Bianchi`);
    expect(p.signature?.text).toBe(`${closing}\nLuca Bianchi`);
    expect(p.content.text).toBe('il cedolino di marzo non si stampa.');
  });

  test('a trailing block of short lines with name and phone is a signature', () => {
    const p = prepareText(
      'Il programma non stampa i mandati di pagamento da ieri.\n\nAnna Verdi\nUfficio Ragioneria\n333 1234567',
    );
    expect(p.signature?.text).toBe('Anna Verdi\nUfficio Ragioneria\n333 1234567');
  });

  test('a short sentence right above a name, with no blank line, still ends the content', () => {
    const p = prepareText(
      'Buongiorno,\nnon partono più, richiamatemi subito.\nAnna Verdi\nComune di Ozieri - Ragioneria\n079 781200',
    );
    expect(p.content.text).toBe('non partono più, richiamatemi subito.');
    expect(p.signature?.text).toBe('Anna Verdi\nComune di Ozieri - Ragioneria\n079 781200');
  });

  test('a "-- " delimiter starts the signature', () => {
    const p = prepareText(
      'Il programma non stampa i mandati di pagamento da ieri.\n-- \nAnna Verdi\nUfficio Ragioneria',
    );
    expect(p.signature?.text).toBe('-- \nAnna Verdi\nUfficio Ragioneria');
    expect(p.content.text).toBe('Il programma non stampa i mandati di pagamento da ieri.');
  });

  test('a name right after the last sentence starts the signature', () => {
    const p = prepareText(
      'Buongiorno,\nil programma non stampa i mandati di pagamento da ieri mattina.\nLuca Bianchi\nComune di Lugo\n0545 38402',
    );
    expect(p.signature?.text).toBe('Luca Bianchi\nComune di Lugo\n0545 38402');
  });

  test('a list of steps at the end is content', () => {
    const p = prepareText(
      'Buongiorno,\nil programma si blocca quando:\napro la maschera\nclicco salva\nErrore 500',
    );
    expect(p.signature).toBeNull();
    expect(p.content.text).toContain('Errore 500');
  });

  test('a first line that starts with "Grazie" is content, not signature', () => {
    const p = prepareText('Grazie in anticipo: il programma non stampa i mandati da ieri mattina.');
    expect(p.signature).toBeNull();
    expect(p.content.text).toContain('il programma non stampa');
  });

  test('greeting is only the salutation when the request follows on the same line', () => {
    const p = prepareText(
      'Salve, non riesco a stampare il cedolino di marzo.\nGrazie\nLuca Bianchi',
    );
    expect(p.greeting?.text).toBe('Salve,');
    expect(p.content.text).toBe('non riesco a stampare il cedolino di marzo.');
  });

  // ZZZZZZZZZZO: a request typed after the greeting word, up to its comma, is the request.
  test('"Buongiorno non funziona, ho gente allo sportello" is a request after a greeting', () => {
    const p = prepareText(
      'Buongiorno non funziona, ho gente allo sportello. Chiamatemi\nPasquale Gigliotti 0968 207153',
    );
    expect(p.greeting?.text).toBe('Buongiorno');
    expect(p.content.text).toMatch(/^non funziona, ho gente allo sportello/);
  });

  test('a salutation up to its comma is the greeting', () => {
    const p = prepareText(
      'Buongiorno a tutti, la stampa dei cedolini si blocca.\nGrazie\nLuca Bianchi',
    );
    expect(p.greeting?.text).toBe('Buongiorno a tutti,');
  });

  test('an empty body gives empty parts', () => {
    const p = prepareText('');
    expect(p.own.text).toBe('');
    expect(p.content.text).toBe('');
    expect(p.signature).toBeNull();
  });
});

describe('prepareText: legal footers are not the user’s writing', () => {
  const request =
    'Buongiorno,\n\nnegli avvisi TARI 2025 la quota variabile dei nuclei con cinque componenti risulta errata.';
  const signature = 'Cordiali saluti\nLucia Bernardini\nUfficio Tributi\nTel. 0578 712245';

  test.each([
    [
      'a privacy notice with a capitalised heading',
      'AVVISO DI RISERVATEZZA\nIl presente messaggio e gli eventuali allegati sono destinati esclusivamente alle persone in indirizzo (Regolamento UE 2016/679).',
    ],
    [
      'a notice without a heading, over two paragraphs',
      'Le informazioni contenute in questa e-mail sono riservate.\n\nChi avesse ricevuto questa comunicazione per errore è pregato di cancellarla. Prima di stampare pensa all’ambiente.',
    ],
    ['a phone client’s stamp', 'Inviato da iPhone'],
    [
      'an antivirus stamp under a separator',
      '------\nQuesta e-mail è priva di virus. www.avast.com',
    ],
  ])('%s is a footer after the signature', (_name, footer) => {
    const body = `${request}\n\n${signature}\n\n${footer}`;
    const prepared = prepareText(body);
    expect(prepared.footer?.text).toBe(footer);
    expect(prepared.signature?.text).toBe(signature);
    expect(prepared.own.text).not.toContain(footer.split('\n')[0]);
  });

  // ZZZZZZZZZZZZZZZZZZZY019: Outlook's HTML gives every wrapped line of the notice a paragraph.
  test('a notice wrapped one line per paragraph is a footer to its last line', () => {
    const footer =
      '--\n\nInformativa privacy: il Comune tratta i dati personali ai sensi del\n\n' +
      'Regolamento UE 2016/679. Il Responsabile della Protezione dei Dati è contattabile al\n\n' +
      "numero 0922 814400 o all'indirizzo dpo@comune.example.";
    const body = `${request}\n\nDistinti saluti\n\nLucia Bernardini\n\nUfficio Tributi\n\n${footer}`;
    const prepared = prepareText(body);
    expect(prepared.footer?.text).toBe(footer);
    expect(prepared.signature?.text).toBe('Distinti saluti\n\nLucia Bernardini\n\nUfficio Tributi');
  });

  test('a notice glued to the signature lines starts where the notice does', () => {
    const body = `${request}\n\n${signature}\nAi sensi del D.Lgs. 196/2003 questo messaggio è riservato.`;
    const prepared = prepareText(body);
    expect(prepared.signature?.text).toBe(signature);
    expect(prepared.footer?.text).toBe(
      'Ai sensi del D.Lgs. 196/2003 questo messaggio è riservato.',
    );
  });

  test('the footer of a reply ends where the quoted mail starts', () => {
    const body = `${request}\n\n${signature}\n\nInviato da iPhone\n\nIl giorno 12 nov 2026, alle ore 10:14, Helpdesk <noreply@ticket.example> ha scritto:\n> testo`;
    const prepared = prepareText(body);
    expect(prepared.footer?.text).toBe('Inviato da iPhone');
    expect(prepared.quoted?.text.startsWith('Il giorno 12 nov 2026')).toBe(true);
  });

  test('"prima di stampare" in the user’s own sentence is no green footer', () => {
    const body =
      'buongiorno\ngli avvisi TARI escono con la rata doppia\nlo vedo dal riepilogo prima di stampare, non ho ancora spedito niente\nLuca 347 281 9034\n\nInviato da iPhone';
    const prepared = prepareText(body);
    expect(prepared.footer?.text).toBe('Inviato da iPhone');
    expect(prepared.content.text).toContain('prima di stampare, non ho ancora spedito');
  });

  // ZZZZZZZZZZZZZZZZZZZZZZZZZZL078: the antivirus the user's technician installed.
  test('"ha già installato Windows e l’antivirus" is the user’s text; a stamp is a footer', () => {
    const text =
      'Buongiorno,\nabbiamo preparato un pc nuovo: il nostro tecnico ha già installato Windows e ' +
      'l’antivirus, potete installare voi il client Cityware?\nSono in ufficio tutta la mattina.\n' +
      'Sandro Tordoni\nCED - Comune di Castel Ritaldi\n0743 254 119';
    expect(prepareText(text).footer).toBeNull();
    const stamped = `${text}\n\nQuesto messaggio è stato analizzato dal sistema antivirus dell’Unione.`;
    expect(prepareText(stamped).footer?.text).toBe(
      'Questo messaggio è stato analizzato dal sistema antivirus dell’Unione.',
    );
  });

  test('a request about privacy is the user’s text, not a footer', () => {
    const body =
      'Buongiorno,\nil registro dei trattamenti ai sensi del Regolamento UE 2016/679 non si stampa.\n\nMario Rossi\nTel. 0541 123456';
    const prepared = prepareText(body);
    expect(prepared.footer).toBeNull();
    expect(prepared.content.text).toContain('2016/679');
  });

  test('Windows’ "Send to > Mail recipient" stamp and the file names it lists are no own text', () => {
    const stamp =
      "Il messaggio è pronto per essere inviato con i seguenti file o collegamenti allegati:\n\nScansione_0047.pdf\n\nNota: per proteggersi dai virus, i programmi di posta elettronica potrebbero impedire l'invio o la ricezione di alcuni tipi di file allegati. Per determinare come vengono gestiti questi file, controllare le impostazioni di protezione della posta elettronica.";
    const prepared = prepareText(`Errore in stampa, vedi allegato.\nRita Ghislandi\n\n${stamp}`);
    expect(prepared.footer?.text).toBe(stamp);
    expect(prepared.content.text).not.toContain('Scansione_0047.pdf');
  });

  test('the Ente’s letterhead under a notice, in a paragraph of its own, is footer too', () => {
    const letterhead =
      'Comune di Rapallo – Piazza delle Nazioni 4, 16035 Rapallo (GE) – Centralino 0185 6801 – PEC protocollo@pec.comune.rapallo.example';
    const body = `${request}\n\nSilvia Canessa\n\nServizio Tributi\n\nAVVISO DI RISERVATEZZA – Questo messaggio è destinato esclusivamente al destinatario indicato (Regolamento UE 2016/679).\n\n${letterhead}`;
    const prepared = prepareText(body);
    expect(prepared.footer?.text.endsWith(letterhead)).toBe(true);
    expect(prepared.own.text).not.toContain('Centralino');
  });

  test('a file name the user lists above a privacy notice stays the user’s text', () => {
    const body = `${request}\nAllego:\n\nschermata_avviso.png\n\n${signature}\n\nAi sensi del Regolamento UE 2016/679 questo messaggio è riservato.`;
    expect(prepareText(body).own.text).toContain('schermata_avviso.png');
  });

  test('a text that is nothing but a notice stays the user’s text', () => {
    const body = 'Le informazioni contenute in questa e-mail sono riservate.';
    expect(prepareText(body).footer).toBeNull();
  });
});

describe('prepareText: a PEC envelope inlined as text', () => {
  const original = [
    'Buongiorno,',
    'da lunedì le ricevute di consegna delle PEC in uscita non vengono agganciate al protocollo.',
    '',
    'Cordiali saluti',
    'Anna Ferraro',
    'Ufficio Protocollo - Comune di Tricase',
    'Tel. 0833 777120',
  ].join('\n');
  const envelope = [
    'Messaggio di posta certificata',
    '',
    'Il giorno 12/01/2027 alle ore 10:02:11 (+0100) il messaggio',
    '"Ricevute PEC non agganciate" è stato inviato da "protocollo@pec.comune.tricase.le.example"',
    'indirizzato a:',
    'protocollo@ticket.palitalsoft.example',
    'Il messaggio originale è incluso in allegato.',
    '',
    '----- Messaggio originale -----',
    '',
    original,
  ].join('\n');

  test('the original under the notice is the own text, with its signature; the notice is not', () => {
    const p = prepareText(envelope);
    expect(p.own.text).toBe(original);
    expect(p.quoted).toBeNull();
    expect(p.content.text).toBe(
      'da lunedì le ricevute di consegna delle PEC in uscita non vengono agganciate al protocollo.',
    );
    expect(p.signature?.text).toContain('Tel. 0833 777120');
  });

  test('a reply quoted inside the original stays quoted', () => {
    const p = prepareText(
      `${envelope}\n\n-----Messaggio originale-----\nDa: Assistenza\nInviato: lunedì\nA: Anna\nOggetto: ricevute\nprima risposta`,
    );
    expect(p.own.text).toBe(original);
    expect(p.quoted?.text).toContain('prima risposta');
  });

  test('a plain ruler may separate the notice from the original', () => {
    const p = prepareText(envelope.replace('----- Messaggio originale -----', '-'.repeat(60)));
    expect(p.own.text).toBe(original);
  });

  test('a user writing about certified mail is no envelope', () => {
    const body =
      'Posta certificata: da ieri le PEC non si scaricano.\n\n----- Messaggio originale -----\nDa: x@y.example\nOggetto: prova';
    expect(prepareText(body).own.text).toBe('Posta certificata: da ieri le PEC non si scaricano.');
  });
});

describe('prepareText: one paragraph per line (Outlook HTML as text)', () => {
  const body = [
    'Buongiorno,',
    '',
    'le fatture passive ricevute dallo SDI per il Comune di Trezzano Rosa dal 3 marzo non vengono importate nel registro.',
    '',
    'Vi chiedo di richiamarmi, sono in ufficio dalle 9 alle 17.',
    '',
    'Paolo Vimercati',
    '',
    'Area Finanziaria - Unione dei Comuni Adda Martesana',
    '',
    'Tel. 02 9530 4417',
  ].join('\n');

  test('the signature is every short line under the last sentence, not only the last one', () => {
    const p = prepareText(body);
    expect(p.signature?.text).toMatch(/^Paolo Vimercati\n\nArea Finanziaria/);
    expect(p.content.text).toMatch(/dalle 9 alle 17\.$/);
  });

  test('a long office line (Comune and its Unione) belongs to the signature', () => {
    const p = prepareText(
      'Le rette della mensa di ottobre applicano a tutti la fascia massima.\n\nLucia Pieroni\nServizi alla persona - Comune di Montecarotto (Unione dei Comuni della Media Vallesina)\nTel. 0731 89 131',
    );
    expect(p.signature?.text).toMatch(/^Lucia Pieroni\nServizi alla persona/);
  });

  // ZZZZZZZZZZZZZZZZZZZZX072: a short question opening the mail is the text, not the signature.
  test('a short question above the lines ("Novità? Grazie") is the text', () => {
    const p = prepareText(
      'Novità? Grazie\n\nGavino Cossu\n\nServizio Finanziario - Comune di Silanus\n\ntel. 0785 56 20 14',
    );
    expect(p.signature?.text).toMatch(/^Gavino Cossu\n\nServizio Finanziario/);
    expect(p.content.text).toBe('Novità? Grazie');
  });

  test('in ordinary text a blank line still ends the signature block', () => {
    const plain = 'La stampa si blocca.\nNon so come fare\n\nPaolo Vimercati\nTel. 02 9530 4417';
    expect(prepareText(plain).signature?.text).toBe('Paolo Vimercati\nTel. 02 9530 4417');
  });
});

describe('prepareText: thanks that open the mail are no closing', () => {
  test('"grazie per la soluzione…" above the wrapped request does not start the signature', () => {
    const p = prepareText(
      [
        'Buongiorno,',
        'grazie per la soluzione sul calcolo delle aree fabbricabili.',
        "Vi scrivo qui anche per un'altra cosa: l'emissione dei solleciti",
        'TARI 2022 si ferma con "nessun contribuente selezionato" anche se',
        "l'elenco dei morosi ne riporta più di mille.",
        '',
        'Marta Lezzi',
        'Ufficio Tributi - Comune di Nardò',
        '0833 838 111',
      ].join('\n'),
    );
    expect(p.signature?.text).toMatch(/^Marta Lezzi/);
    expect(p.content.text).toContain('nessun contribuente selezionato');
  });
});

// ZZZZZZZZF: the signature's last line says when to call, as a short sentence.
describe('prepareText: a short "when to call" sentence closing the signature', () => {
  const body = (last: string) =>
    [
      'Buongiorno,',
      'ho dimenticato la password di Cityware e dopo tre tentativi l’utenza si è bloccata.',
      'Mi serve il reset.',
      'Rosaria Castaldo',
      'Polizia Municipale Annona - Comune di Afragola',
      'cell. 340 918 2277',
      last,
    ].join('\n');
  test.each(['Dopo le 12 sono in comando.', 'Reperibile fino alle 14.'])('%j', (last) => {
    const p = prepareText(body(last));
    expect(p.signature?.text).toBe(
      `Rosaria Castaldo\nPolizia Municipale Annona - Comune di Afragola\ncell. 340 918 2277\n${last}`,
    );
    expect(p.content.text).not.toContain('Afragola');
  });
  test('a longer last sentence is the text, not the signature', () => {
    const p = prepareText(
      body('Dopo le 12 sono in comando e vi chiedo di richiamarmi subito per il reset.'),
    );
    expect(p.signature).toBeNull();
  });
});

// ZZZZZZZZB: a phone mail of two short lines, the name, office and phone crammed into the last.
describe('prepareText: a crammed signature line under a short request', () => {
  const text =
    "l'etichetta con la segnatura di oggi, vi mando la foto dell etichetta\nMorelli Alberto protocollo Comune di Alessandria 0131 515 206 ore 8-12";
  test('with the writer known, the last line is the signature', () => {
    const p = prepareText(text, undefined, 'Alberto Morelli');
    expect(p.signature?.text).toBe(
      'Morelli Alberto protocollo Comune di Alessandria 0131 515 206 ore 8-12',
    );
    expect(p.content.text).toBe(
      "l'etichetta con la segnatura di oggi, vi mando la foto dell etichetta",
    );
  });
  test('a last line with a name but no phone stays the text', () => {
    const p = prepareText(
      "la stampa dei verbali non parte\nper la pratica di Rossi Mario dell'ufficio tecnico",
      undefined,
      'Alberto Morelli',
    );
    expect(p.signature).toBeNull();
  });
});

// Outlook's replies carry no "> " marks: its phone apps put the writer's signature under the
// quoted mail, and people answer the operator's questions inside it when they say so.
describe('prepareText: the user’s lines inside a quote with no "> " marks', () => {
  const header = [
    'Da: Assistenza Personale Palitalsoft <personale@ticket.palitalsoft.example>',
    'Inviato: lunedì 9 novembre 2026 10:02',
    'A: Elisa Marchetti',
    'Oggetto: [Ticket #71230] Conguaglio addizionale comunale',
  ];
  const operatorMail = [
    'Buongiorno, ci indica la matricola di un dipendente con il conguaglio errato?',
    'Sara Dini - Assistenza Personale - 071 555 0101',
  ];
  const userSignature = [
    'Elisa Marchetti',
    'Ufficio Personale - Comune di Poggio Alto',
    'tel. 0577 440 210',
  ];

  /** A reply: the user's lines, the quoted operator's mail, the user's signature under it. */
  const reply = (top: string[], aboveSignature: string[] = []) =>
    [...top, '', ...header, '', ...operatorMail, '', ...aboveSignature, ...userSignature].join(
      '\n',
    );

  test('a signature under the quoted mail opening with the writer’s name is the user’s', () => {
    const body = reply(['La matricola è la 4410.']);
    const p = prepareText(body, undefined, 'Elisa Marchetti');
    expect(p.signature?.text).toContain('Elisa Marchetti');
    expect(p.signature?.text).toContain('0577 440 210');
    // The operator's line stays quoted: not the user's text, not the user's phone.
    expect(p.own.text).not.toContain('Sara Dini');
    expect(p.read.slice(p.own.start, p.own.end)).not.toContain('071 555 0101');
    expect(p.quoted?.text).toContain('Sara Dini');
    // A "-- " delimiter above the signature and a phone stamp above the quote change nothing.
    const delimited = reply(
      ['La matricola è la 4410.', '', 'Inviato da Outlook per Android'],
      ['--'],
    );
    const d = prepareText(delimited, undefined, 'Elisa Marchetti');
    expect(d.signature?.text).toContain('0577 440 210');
    expect(d.content.text).not.toContain('Inviato da');
  });

  test('not when the last paragraph is someone else’s, or the quoted mail is the writer’s own', () => {
    const body = reply(['La matricola è la 4410.']);
    // Another writer: the name under the quote is not theirs.
    const other = prepareText(body, undefined, 'Paolo Neri');
    expect(other.own.text).toBe('La matricola è la 4410.');
    // The writer's own earlier mail quoted: its signature is that mail's.
    const ownEarlier = body.replace('Da: Assistenza Personale Palitalsoft', 'Da: Elisa Marchetti');
    expect(prepareText(ownEarlier, undefined, 'Elisa Marchetti').own.text).toBe(
      'La matricola è la 4410.',
    );
  });

  test('answers announced above the quote are the user’s text, the operator’s lines are not', () => {
    const body = [
      'Rispondo sotto alle vostre domande.',
      '',
      ...header,
      '',
      '1) Il conguaglio è errato su tutti i dipendenti?',
      'No, solo su quelli assunti dopo giugno.',
      '2) Quale aliquota risulta applicata?',
      'Risposta: 0,8 invece di 0,6.',
      'Sara Dini - Assistenza Personale - 071 555 0101',
      '',
      ...userSignature,
    ].join('\n');
    const p = prepareText(body, undefined, 'Elisa Marchetti');
    expect(p.content.text).toContain('solo su quelli assunti dopo giugno');
    expect(p.content.text).toContain('0,8 invece di 0,6');
    expect(p.content.text).not.toContain('Quale aliquota');
    expect(p.content.text).not.toContain('Sara Dini');
    expect(p.signature?.text).toContain('Elisa Marchetti');
    // Without the announcement the lines under the questions are the quoted mail's.
    const unannounced = prepareText(
      body.replace('Rispondo sotto alle vostre domande.', 'Grazie.'),
      undefined,
      'Elisa Marchetti',
    );
    expect(unannounced.content.text).not.toContain('assunti dopo giugno');
  });

  test('answers typed after the question mark on its own line are the user’s, the question is not', () => {
    const body = [
      'Buongiorno, le risposte sono dopo le vostre domande.',
      '',
      ...header,
      '',
      'Succede a tutti i dipendenti? No, solo a quelli assunti dopo giugno',
      'Quale aliquota risulta applicata? 0,8 invece di 0,6',
      'Ha provato a rielaborare? Se sì, ci invii il log.',
      'Il cedolino era già stato inviato? In tal caso va rigenerato dopo la correzione.',
      'Il conguaglio è già chiuso? Altrimenti lo riapra prima di rielaborare.',
      '',
      'Cordiali saluti',
      'Sara Dini - Assistenza Personale',
      '',
      ...userSignature,
    ].join('\n');
    const p = prepareText(body, undefined, 'Elisa Marchetti');
    expect(p.content.text).toContain('No, solo a quelli assunti dopo giugno');
    expect(p.content.text).toContain('0,8 invece di 0,6');
    expect(p.content.text).not.toContain('Succede a tutti');
    expect(p.content.text).not.toContain('Quale aliquota');
    // The operator's own words after a question are no answer.
    expect(p.content.text).not.toContain('ci invii il log');
    // Nor a condition on the answer the operator adds after the question.
    expect(p.content.text).not.toContain('va rigenerato');
    expect(p.content.text).not.toContain('lo riapra');
    expect(p.answers).toBe(2);
    // Offsets hold: the answer sits where it is in the body.
    const at = body.indexOf('0,8 invece');
    expect(p.read.slice(at, at + 10)).toBe('0,8 invece');
    // Not announced, and more than a greeting and a signature above: the quoted mail's own.
    const plain = prepareText(
      body.replace(
        'Buongiorno, le risposte sono dopo le vostre domande.',
        'Buongiorno, vi inoltro la mail ricevuta ieri dal tesoriere per conoscenza.',
      ),
      undefined,
      'Elisa Marchetti',
    );
    expect(plain.content.text).not.toContain('assunti dopo giugno');
  });

  test('answers under a signature above the quote are read as the request, the signature is not', () => {
    const body = [
      'Buongiorno, vedete le mie risposte accanto alle domande.',
      ...userSignature,
      '',
      ...header,
      '',
      'In quale registro è stato trascritto l’atto? Parte II serie B, numero 3 del 2025',
      'L’annotazione manca anche nella scheda? Manca in tutte e due, la procedura non la propone',
      '',
      'Cordiali saluti',
      'Assistenza Demografici',
    ].join('\n');
    const p = prepareText(body, undefined, 'Elisa Marchetti');
    expect(p.signedAboveAnswers).toBe(true);
    expect(p.signature?.text).toContain('0577 440 210');
    expect(p.content.text).toContain('la procedura non la propone');
    expect(p.content.text).not.toContain('0577 440 210');
    expect(p.content.text).not.toContain('Elisa Marchetti');
  });

  test('an office mailbox: the signature under the helpdesk’s sign-off, with a person and an Ente', () => {
    const body = [
      'Buongiorno, rispondo sotto le vostre domande.',
      '',
      ...header,
      '',
      'Ci indica l’anno dell’elaborazione?',
      'Redditi 2024, elaborazione di prova lanciata ieri',
      'Il problema riguarda tutti i dipendenti?',
      'Tutti, anche i due assunti a settembre',
      '',
      'Cordiali saluti',
      'Assistenza Personale',
      '',
      'Marta Cavallaro',
      'Ufficio Personale associato',
      'Comuni di Villanova Alta e Fratta Bassa',
      '0425 650 913',
    ].join('\n');
    const p = prepareText(body);
    expect(p.signature?.text).toContain('Marta Cavallaro');
    expect(p.content.text).toContain('anche i due assunti a settembre');
    // The operator's own signature under the sign-off is not the user's.
    const operatorSigned = prepareText(
      body
        .replace('Ufficio Personale associato', 'Assistenza Personale - Palitalsoft')
        .replace('Comuni di Villanova Alta e Fratta Bassa', 'Palitalsoft srl'),
    );
    expect(operatorSigned.signature?.text ?? '').not.toContain('Marta Cavallaro');
    // No answer found: the paragraph is not taken either.
    const unanswered = prepareText(
      body.replace(
        'Buongiorno, rispondo sotto le vostre domande.',
        'Buongiorno, vi giro la mail del collega.',
      ),
    );
    expect(unanswered.signature?.text ?? '').not.toContain('Marta Cavallaro');
  });

  test('answers announced in other words: "di seguito le risposte", "li trovate sotto ogni punto"', () => {
    for (const announcement of [
      'di seguito le risposte.',
      'ecco i dati richiesti, li trovate sotto ogni punto.',
      'vedi risposte in blu.',
      'ho risposto dentro al vostro messaggio, dopo ogni domanda.',
      'risposte dopo i punti interrogativi.',
    ]) {
      const body = [
        announcement,
        '',
        ...header,
        '',
        '1) Il conguaglio è errato su tutti i dipendenti?',
        'No, solo su quelli assunti dopo giugno.',
        '',
        ...userSignature,
      ].join('\n');
      expect(prepareText(body, undefined, 'Elisa Marchetti').content.text).toContain(
        'solo su quelli assunti dopo giugno',
      );
    }
    // One answer awaited is no answer given.
    const chase = [
      'Ancora nessuna risposta, vedi sotto.',
      '',
      ...header,
      '',
      '1) Il conguaglio è errato su tutti i dipendenti?',
      'Sara Dini conferma che il caso è in lavorazione.',
      '',
      ...userSignature,
    ].join('\n');
    expect(prepareText(chase, undefined, 'Elisa Marchetti').content.text).not.toContain(
      'in lavorazione',
    );
  });
});

describe('prepareText: answers under the operator’s requests, second pass', () => {
  const header = [
    'Da: Assistenza Atti <atti@ticket.palitalsoft.example>',
    'Inviato: martedì 24 febbraio 2026 18:00',
    'A: p.difabio@comune.tolloalto.ch.example',
    'Oggetto: [Ticket #49620] Determina 312 annullata per errore',
  ];
  const signature = ['Pasquale Di Fabio', 'Comune di Tollo Alto', '0871 96 1280'];

  test('requests ending with a colon: the line under each is the answer, the next request is not', () => {
    const body = [
      'Buongiorno,',
      '',
      ...signature,
      '',
      ...header,
      '',
      'Buonasera, per valutare il ripristino ci servono:',
      'numero e data della determina annullata:',
      'n. 312 del 20 febbraio 2026, Settore Lavori Pubblici',
      'stato in cui si trovava prima dell’annullamento:',
      'firmata dal responsabile, mancava solo il visto contabile',
      'Cordiali saluti',
      'Assistenza Atti',
    ].join('\n');
    const p = prepareText(body, undefined, 'Pasquale Di Fabio');
    expect(p.content.text).toContain('n. 312 del 20 febbraio 2026');
    expect(p.content.text).toContain('mancava solo il visto contabile');
    expect(p.content.text).not.toContain('stato in cui si trovava');
    expect(p.answers).toBe(2);
  });

  test('lettered points answered after an arrow on the same line', () => {
    const body = [
      'Buongiorno,',
      'le risposte le trovate accanto alle vostre lettere, dopo la freccina.',
      '',
      ...header,
      '',
      'per approfondire ci servono alcune informazioni:',
      'a) il saldo errato riguarda tutti gli alunni? --> per ora 11 famiglie',
      'b) la ricarica risulta incassata? --> sì, l’avviso risulta pagato',
      'Grazie',
      'Assistenza Servizi Scolastici - Palitalsoft',
      '',
      ...signature,
    ].join('\n');
    const p = prepareText(body, undefined, 'Pasquale Di Fabio');
    expect(p.content.text).toContain('per ora 11 famiglie');
    expect(p.content.text).not.toContain('il saldo errato riguarda');
    expect(p.signature?.text).toContain('0871 96 1280');
  });

  test('a signature spaced one line per paragraph (an HTML mail) under the helpdesk’s sign-off', () => {
    const body = [
      'Buongiorno,',
      '',
      'le risposte sono dopo i vostri punti interrogativi.',
      '',
      ...header,
      '',
      'il verbale esce vuoto per tutte le rimozioni? solo per quelle inserite da aprile',
      '',
      'il deposito è scelto dalla tabella? sì, è sempre lo stesso',
      '',
      'Cordiali saluti',
      '',
      'Assistenza Atti',
      '',
      signature.join('\n\n'),
    ].join('\n');
    const p = prepareText(body, undefined, 'Pasquale Di Fabio');
    expect(p.signature?.text).toContain('Pasquale Di Fabio');
    expect(p.signature?.text).toContain('0871 96 1280');
    expect(p.content.text).toContain('solo per quelle inserite da aprile');
  });

  test('answers announced as data written under the requests', () => {
    for (const announcement of [
      'ho inserito i dati nel vostro messaggio qui sotto, sotto ogni voce.',
      'ecco i dati, scritti sotto le vostre richieste.',
      'ho compilato sotto quello che ci chiedete.',
      'ho risposto lettera per lettera.',
    ]) {
      const body = [
        announcement,
        '',
        ...header,
        '',
        'numero e data della determina annullata:',
        'n. 312 del 20 febbraio 2026',
        '',
        ...signature,
      ].join('\n');
      expect(prepareText(body, undefined, 'Pasquale Di Fabio').content.text).toContain(
        'n. 312 del 20 febbraio 2026',
      );
    }
  });
});

describe('prepareText: answers inside the quote, third pass', () => {
  const header = [
    'Da: Servizi Scolastici - Assistenza Palitalsoft <servizi-scolastici@ticket.palitalsoft.example>',
    'Inviato: mercoledì 2 dicembre 2026 15:00',
    'A: istruzione@comune.mezzolombardo.tn.example',
    'Oggetto: [Ticket #52236] Refezione: diete speciali non riportate',
  ];
  const operator = [
    'Buongiorno,',
    'le diete sono inserite nella scheda dell’alunno? nella scheda, con il certificato medico',
    'Da quando? dal prospetto di lunedì 30 novembre',
    'Grazie',
    'Federica Giorgetti',
  ];
  const signature = [
    'Ass. Ivana Pedron',
    'Ufficio Istruzione – Comune di Mezzolombardo',
    '0461 60 11 84',
  ];

  test('nothing typed above the quote, the signature under it: the answers inside are the user’s', () => {
    const p = prepareText(
      [...header, '', ...operator, '', ...signature].join('\n'),
      undefined,
      'Ivana Pedron',
    );
    expect(p.content.text).toContain('dal prospetto di lunedì 30 novembre');
    expect(p.content.text).not.toContain('Da quando?');
    // Signed under the answers: nothing of the request follows the signature.
    expect(p.signedAboveAnswers).toBe(false);
    // A rank before the name still opens the writer's signature.
    expect(p.signature?.text).toContain('0461 60 11 84');
  });

  test('"li trovate dopo i due punti": values typed after the request’s colon', () => {
    const body = [
      'Buongiorno, ecco i dati che mi avete chiesto, li trovate dopo i due punti.',
      '',
      'Marco Gallo',
      'Comune di Castagnole Serra',
      '0141 966 214',
      '',
      ...header,
      '',
      'per procedere con la verifica abbiamo bisogno di:',
      'Numero della pratica CIE: 2026/0388',
      'Postazione da cui è stata fatta l’acquisizione: PC sportello 2, quello con il lettore nuovo',
      'Grazie,',
      'Stefano Mancinelli',
    ].join('\n');
    const p = prepareText(body, undefined, 'Marco Gallo');
    expect(p.content.text).toContain('PC sportello 2');
    expect(p.content.text).not.toContain('Numero della pratica');
  });

  // ZZZZZZZZZZZZR: the operator's form, filled after its colons, whatever the text above says.
  const form = (top: string[], fields: string[], intro = 'le chiediamo di indicarci:') =>
    [
      ...top,
      '',
      ...header,
      '',
      'Gentile utente,',
      `per verificare la pratica bloccata ${intro}`,
      ...fields,
      '',
      'Cordiali saluti',
      'Paolo Ercoli',
    ].join('\n');
  const filled = [
    'Numero pratica: 2026/000147',
    'Messaggio di errore restituito: "E0316 - indirizzo non validato dallo stradario"',
    'Avete modificato lo stradario di recente?: no, l’ultima modifica è di gennaio',
    'Recapito telefonico: 0733 865 402 int. 3',
  ];

  test('a form the operator asked to fill, filled after its colons: the values are the user’s', () => {
    const top = [
      'Buongiorno,',
      'rispondo io per conto della collega, oggi assente.',
      '',
      ...signature,
    ];
    const p = prepareText(form(top, filled), undefined, 'Ivana Pedron');
    expect(p.content.text).toContain('2026/000147');
    expect(p.content.text).toContain('no, l’ultima modifica è di gennaio');
    expect(p.content.text).toContain('0733 865 402');
    expect(p.content.text).not.toContain('Numero pratica');
    expect(p.content.text).not.toContain('di recente?');
    expect(p.answers).toBe(4);
  });

  test('one field filled, or fields under the operator’s own list, are not answers', () => {
    const top = [
      'Buongiorno,',
      'rispondo io per conto della collega, oggi assente.',
      '',
      ...signature,
    ];
    const one = prepareText(
      form(top, ['Numero pratica: 2026/000147', 'Data di avvio:']),
      undefined,
      'Ivana Pedron',
    );
    expect(one.content.text).not.toContain('2026/000147');
    // "Le indichiamo i passaggi:": the operator's steps, whose colons it wrote itself.
    const steps = prepareText(
      form(
        ['Buongiorno, la procedura ancora non funziona, vi richiamo domani.', '', ...signature],
        ['Menu: Anagrafe > Pratiche > Iscrizioni', 'Pulsante: Riprova validazione'],
        'le indichiamo i passaggi:',
      ),
      undefined,
      'Ivana Pedron',
    );
    expect(steps.content.text).not.toContain('Riprova validazione');
    expect(steps.answers).toBe(0);
  });

  test('"vedi sotto", "ti ho scritto tra le righe", "completo sotto" announce answers', () => {
    const asked = (top: string) =>
      [
        'Buongiorno,',
        top,
        '',
        ...signature,
        '',
        ...header,
        '',
        'Il problema riguarda tutti i dipendenti?',
        'Solo i part-time',
        '',
        'Cordiali saluti',
        'Sara Dini',
      ].join('\n');
    for (const top of ['vedi sotto.', 'ti ho scritto tra le righe.', 'completo sotto.']) {
      expect(prepareText(asked(top), undefined, 'Ivana Pedron').content.text).toContain(
        'Solo i part-time',
      );
    }
    // A chase points at the text below: it announces no answer.
    expect(
      prepareText(asked('nessuna risposta, vedi sotto.'), undefined, 'Ivana Pedron').content.text,
    ).not.toContain('Solo i part-time');
  });

  test('an answer after an arrow, fields "filled in the spaces": the user’s, call time named', () => {
    const body = (top: string, lines: string[]) =>
      [
        'Buongiorno,',
        top,
        '',
        ...signature,
        '',
        ...header,
        '',
        'per verificare il calcolo:',
        ...lines,
        '',
        'Cordiali saluti',
        'Chiara Bravi',
      ].join('\n');
    const arrows = prepareText(
      body('ho completato le voci qui sotto.', [
        'a) anno e numero dell’atto -> 1987, parte I, n. 112',
        'd) orario in cui possiamo chiamarla -> dopo le 10, fino alle 13',
      ]),
      undefined,
      'Ivana Pedron',
    );
    expect(arrows.content.text).toContain('1987, parte I, n. 112');
    expect(arrows.content.text).not.toContain('anno e numero');
    expect(
      arrows.answered.filter((a) => callTimeQuestion.test(a.question)).map((a) => a.answer.text),
    ).toEqual(['dopo le 10, fino alle 13']);
    const fields = prepareText(
      body('rispondiamo nei campi.', [
        'Anno dei verbali: 2023',
        'Orario in cui siete in comando: dalle 8 alle 14',
      ]),
      undefined,
      'Ivana Pedron',
    );
    expect(fields.content.text).toContain('2023');
    expect(
      fields.answered.filter((a) => callTimeQuestion.test(a.question)).map((a) => a.answer.text),
    ).toEqual(['dalle 8 alle 14']);
  });

  // ZZZZZZZZZZZZZ: the form filled inside "> " lines, in brackets, after "»", around a question.
  const wrote = 'Il 16/11/2026 15:37, Assistenza Polizia Locale ha scritto:';
  test('fields of the helpdesk’s form filled inside its "> " lines are the user’s answers', () => {
    const body = [
      'Buongiorno,',
      'ho completato i campi qui sotto e allego la schermata.',
      '',
      ...signature,
      '',
      wrote,
      '> Buongiorno,',
      '> ci servono i seguenti dati:',
      '>',
      '> Numero del verbale: 1402/V/2026',
      '> Recapito: +39 019 775 1203',
      '> Quando possiamo chiamarla? pomeriggio dopo le 14.30',
      '>',
      '> Saluti',
      '> Assistenza Polizia Locale',
    ].join('\n');
    const p = prepareText(body, undefined, 'Ivana Pedron');
    expect(p.content.text).toContain('1402/V/2026');
    expect(p.content.text).toContain('+39 019 775 1203');
    expect(p.content.text).not.toContain('Numero del verbale');
    expect(
      p.answered.filter((a) => callTimeQuestion.test(a.question)).map((a) => a.answer.text),
    ).toEqual(['pomeriggio dopo le 14.30']);
    // The same lines with nothing typed after their colons, a new text above: nothing answered.
    const summary = prepareText(
      [
        'Buongiorno, il verbale continua a non stamparsi, vi richiamo domani.',
        '',
        ...signature,
        '',
        wrote,
        '> Riepilogo della richiesta:',
        '> Numero ticket: 83502',
        '> Modulo: Polizia Locale',
        '>',
        '> Assistenza Polizia Locale',
      ].join('\n'),
      undefined,
      'Ivana Pedron',
    );
    expect(summary.answers).toBe(0);
    expect(summary.content.text).not.toContain('83502');
  });

  test('"> " fields filled, the signature under the quote: the values are read too', () => {
    const body = [
      'Buongiorno, ho risposto sotto a quello che sapevo.',
      '',
      wrote,
      '> ci servono:',
      '> Numero della pratica: CILA 2026/088',
      '> Indirizzo PEC del tecnico destinatario:',
      '> Recapito telefonico: 0863 93 77 41',
      '>',
      '> Assistenza SUAP-SUE',
      '',
      ...signature,
    ].join('\n');
    const p = prepareText(body, undefined, 'Ivana Pedron');
    expect(p.content.text).toContain('CILA 2026/088');
    expect(p.content.text).toContain('0863 93 77 41');
    expect(p.content.text).not.toContain('Indirizzo PEC');
  });

  test('answers in brackets, after "»", and a question inside the form: all read', () => {
    const form = (top: string, fields: string[]) =>
      [
        'Buongiorno,',
        top,
        '',
        ...signature,
        '',
        ...header,
        '',
        'Gentile cliente,',
        'ci servono le seguenti informazioni:',
        ...fields,
        '',
        'Cordiali saluti',
        'Assistenza Personale',
      ].join('\n');
    const brackets = prepareText(
      form('ho scritto tra parentesi quadre le risposte.', [
        'Numero e data della reversale: [884 del 23/11/2026]',
        'Il tesoriere ha già riscosso? [sì, il sospeso è regolarizzato]',
      ]),
      undefined,
      'Ivana Pedron',
    );
    expect(brackets.content.text).toContain('[884 del 23/11/2026]');
    expect(brackets.content.text).toContain('[sì, il sospeso è regolarizzato]');
    // Unannounced ("grazie a voi"), a form: arrows and a question line keep it going.
    const arrows = prepareText(
      form('grazie a voi per la velocità.', [
        'Delibera di approvazione dei valori » Giunta n. 34 del 12/03/2026',
        'Il cartellino di dicembre risulta chiuso? sì, chiuso il 10 gennaio',
        'Recapito telefonico: 0346/41 227',
      ]),
      undefined,
      'Ivana Pedron',
    );
    expect(arrows.content.text).toContain('Giunta n. 34 del 12/03/2026');
    expect(arrows.content.text).toContain('chiuso il 10 gennaio');
    expect(arrows.content.text).toContain('0346/41 227');
    expect(arrows.content.text).not.toContain('Delibera di approvazione');
  });

  test('a form of brackets to fill, and "ci servirebbero questi dati:", filled', () => {
    const quoted = (intro: string, fields: string[]) =>
      [
        'Buongiorno, eccomi.',
        '',
        wrote,
        '> Buongiorno,',
        `> ${intro}`,
        '>',
        ...fields.map((f) => `> ${f}`),
        '>',
        '> Assistenza Atti - Palitalsoft',
        '',
        ...signature,
      ].join('\n');
    const brackets = prepareText(
      quoted('seguenti dati (scriva tra le parentesi quadre):', [
        'Ente [Comune di Lozzo Euganeo]',
        'Telefono [049 991 2345 int. 3]',
        'Numero e anno dell’atto []',
      ]),
      undefined,
      'Ivana Pedron',
    );
    expect(brackets.content.text).toContain('[049 991 2345 int. 3]');
    expect(brackets.content.text).not.toContain('Telefono');
    const would = prepareText(
      quoted('per verificare ci servirebbero questi dati:', [
        'Comune: Castignano Alto',
        'Telefono / cellulare: 0736 821 056',
      ]),
      undefined,
      'Ivana Pedron',
    );
    expect(would.content.text).toContain('0736 821 056');
  });

  // Review of stop 37: what the operator writes in "Label: value" lines stays the operator's.
  test('the operator’s contacts, steps, ticket data and echoed data are no answers', () => {
    const reply = (intro: string, fields: string[]) =>
      prepareText(
        [
          'Buongiorno, il calcolo degli eredi resta raddoppiato anche dopo l’aggiornamento di ieri.',
          '',
          ...signature,
          '',
          ...header,
          '',
          'Gentile cliente,',
          intro,
          ...fields,
          '',
          'Cordiali saluti',
          'Assistenza Palitalsoft',
        ].join('\n'),
        undefined,
        'Ivana Pedron',
      );
    for (const [intro, fields] of [
      [
        'per qualsiasi necessità le chiediamo di contattarci ai seguenti recapiti:',
        ['Telefono: 0733 123456', 'Orari: lun-ven 9-13'],
      ],
      [
        'per correggere il calcolo le chiediamo di procedere come segue:',
        [
          'Menu: Tributi > IMU > Ricalcolo massivo',
          'Esito: il prospetto mostra la quota di ciascun erede',
        ],
      ],
      [
        'se il problema si ripresenta le chiediamo di rispondere indicando:',
        ['Numero ticket: 52190', 'Modulo: Tributi'],
      ],
    ] as const) {
      const p = reply(intro, [...fields]);
      expect(p.answers).toBe(0);
      expect(p.content.text).not.toContain(fields[0]!.split(': ')[1]);
    }
  });

  test('"ecco i dati:" gives them right there; a name line over the request is no signature', () => {
    const above = [
      'Buongiorno,',
      'ecco i dati: contribuente cod. 004512, anno di imposta 2025.',
      '',
      ...signature,
      '',
      ...header,
      '',
      'per procedere ci servono il codice del contribuente e l’anno di imposta.',
      'Per urgenze: 0733 123456 (lun-ven 9-13)',
      '',
      'Cordiali saluti',
      'Assistenza Palitalsoft',
    ].join('\n');
    expect(prepareText(above, undefined, 'Ivana Pedron').content.text).not.toContain('0733 123456');
    const typed = prepareText(
      [
        'Buongiorno,',
        'Ivana Pedron ufficio istruzione',
        'il report della cucina l ho gia rilanciato due volte',
        'ma le diete speciali non compaiono per nessun plesso',
        'tel 0461 60 11 84',
        '',
        ...header,
        '',
        'ha provato a rilanciare il report?',
        'In allegato trova la guida.',
        '',
        'Cordiali saluti',
        'Assistenza Palitalsoft',
      ].join('\n'),
      undefined,
      'Ivana Pedron',
    );
    expect(typed.content.text).toContain('le diete speciali non compaiono');
    expect(typed.content.text).not.toContain('In allegato trova la guida');
  });

  test('"completare i dati seguenti:", and a summary corrected after an arrow', () => {
    const reply = (top: string, intro: string, fields: string[]) =>
      prepareText(
        [
          'Buongiorno,',
          top,
          '',
          ...signature,
          '',
          wrote,
          `> ${intro}`,
          '>',
          ...fields.map((f) => `> ${f}`),
          '>',
          '> Assistenza Personale',
        ].join('\n'),
        undefined,
        'Ivana Pedron',
      );
    const completed = reply(
      'integrato come richiesto.',
      'le chiediamo di completare i dati seguenti:',
      ['Telefono: 055 918 4470', 'Reperibilità: lun-ven 8-14'],
    );
    expect(completed.content.text).toContain('055 918 4470');
    const corrected = reply(
      'tutto giusto tranne il telefono, ho corretto sotto.',
      'riepiloghiamo i dati raccolti al telefono:',
      [
        'Referente: Ivana Pedron',
        'Telefono: 045 678 1234 -> no, chiamatemi sul cellulare 349 112 2334',
      ],
    );
    expect(corrected.content.text).toContain('chiamatemi sul cellulare 349 112 2334');
    expect(corrected.content.text).not.toContain('045 678 1234');
  });

  test('a name under a field asking who, a value wrapped onto an indented line: the user’s', () => {
    const p = prepareText(
      [
        'Buongiorno, ecco i dati mancanti, li ho scritti dentro il vostro modulo.',
        '',
        wrote,
        '> Per creare la nuova utenza ci servono:',
        '> Operatore che ha riscontrato il problema:',
        '> Ivana Pedron',
        '> Responsabile che autorizza e recapito: Cinzia Loiacono, Responsabile Servizio',
        '>   Finanziario, 080 371 6640, mattina',
        '> Grazie',
        '> Assistenza Sistemistica',
      ].join('\n'),
      undefined,
      'Ivana Pedron',
    );
    // The user's own text (here their name and number close it, as a signature would).
    expect(p.own.text).toContain('Ivana Pedron');
    expect(p.own.text).toContain('080 371 6640');
    expect(p.answered.some((a) => writerNameQuestion.test(a.question))).toBe(true);
  });

  test('a "> " field the user typed into, wrapped by the client onto a line without marks', () => {
    const p = prepareText(
      [
        'Buongiorno, compilato sotto.',
        '',
        wrote,
        '> per procedere ci occorrono i seguenti dati:',
        '> Ente: Unione dei Comuni dei Monti Ernici e Comune di Veroli Alta, lavoro',
        'per tutti e due dalla stessa postazione',
        '> Nome e cognome: Ivana Pedron',
        '> Telefono: 0775 230 918',
        '> Grazie',
        '> Assistenza Contabilità',
      ].join('\n'),
      undefined,
      'Ivana Pedron',
    );
    expect(p.own.text).toContain('per tutti e due dalla stessa postazione');
    expect(p.own.text).toContain('0775 230 918');
    expect(p.answers).toBe(3);
  });

  test('only a name and an office above the quote, one paragraph a line: that is the signature', () => {
    const body = [
      'Buongiorno,',
      '',
      'Silvia Mastrantoni',
      '',
      'Ufficio Tributi – Comune di Roccagorga Nuova',
      '',
      ...header,
      '',
      'Quante rate ha il piano?',
      '',
      'Otto rate, accertamento IMU n. 214/2025',
      '',
      'Un numero e un orario per sentirci?',
      '',
      '0773 990 418, il pomeriggio dalle 15',
      '',
      'Cordiali saluti',
      '',
      'Chiara Bravi',
    ].join('\n');
    const p = prepareText(body, undefined, 'Silvia Mastrantoni');
    expect(p.signature?.text).toContain('Ufficio Tributi');
    expect(p.content.text).toContain('0773 990 418, il pomeriggio dalle 15');
    expect(p.content.text).not.toContain('Silvia Mastrantoni');
  });
});

describe('prepareText: answers between "> " lines', () => {
  test('counts the paragraphs typed under a quoted question', () => {
    const body = [
      'Il 06/02/2025 16:58, contabilita@ticket.palitalsoft.example ha scritto:',
      '> l’elaborazione è stata lanciata in definitiva?',
      '',
      'No, solo in prova.',
      '',
      '> Il problema riguarda tutte le categorie?',
      '',
      'Sì.',
      '',
      '> Grazie',
      '',
      'Renzo Tomassoni',
    ].join('\n');
    expect(prepareText(body, undefined, 'Renzo Tomassoni').answers).toBe(2);
    // A comment under a quoted statement answers nothing.
    expect(
      prepareText(body.replace('categorie?', 'categorie.'), undefined, 'Renzo Tomassoni').answers,
    ).toBe(1);
  });

  test('an answer under the operator’s "when can we call you?" is the time to call back', () => {
    const body = [
      'Il 06/02/2025 16:58, contabilita@ticket.palitalsoft.example ha scritto:',
      '> l’elaborazione è stata lanciata in definitiva?',
      '',
      'No, solo in prova, lunedì mattina.',
      '',
      '> Quando possiamo chiamarla?',
      '',
      'Nel pomeriggio, dopo le 15.',
      '',
      '> Grazie',
      '',
      'Renzo Tomassoni',
    ].join('\n');
    const p = prepareText(body, undefined, 'Renzo Tomassoni');
    expect(
      p.answered.filter((a) => callTimeQuestion.test(a.question)).map((a) => a.answer.text),
    ).toEqual(['Nel pomeriggio, dopo le 15.']);
  });
});

// ZZZZZZZZZZZZZZG023: the Ente's template puts the confidentiality notice between the closing and
// the writer's name.
describe('a signature under a confidentiality notice', () => {
  const body = [
    'Buongiorno,',
    '',
    'da martedì le determinazioni firmate non passano allo stato "esecutiva" dopo il visto contabile.',
    '',
    'Cordiali saluti',
    '',
    '------------------------------------------------------------',
    'Il presente messaggio e gli eventuali allegati sono destinati unicamente al destinatario indicato e possono contenere informazioni riservate. Qualora lo riceveste per errore siete pregati di darne notizia al mittente.',
    '------------------------------------------------------------',
    'Dott. Paolo Invernizzi',
    'Segretario Comunale',
    'Comune di Oltrecolle',
    'tel. 0341 / 55 02 17',
  ].join('\n');
  test('the name under the notice is the signature; the notice is not read', () => {
    const p = prepareText(body);
    expect(p.signature?.text).toContain('Dott. Paolo Invernizzi');
    expect(p.signature?.text).not.toContain('destinatario');
    expect(p.footer?.text).toContain('Qualora lo riceveste per errore');
    expect(p.footer?.text).not.toContain('Invernizzi');
  });
  test('a notice with only the letterhead under it stays a footer', () => {
    const p = prepareText(
      body.replace(
        'Dott. Paolo Invernizzi\nSegretario Comunale\nComune di Oltrecolle\ntel. 0341 / 55 02 17',
        'Comune di Oltrecolle - Piazza Roma 1 - Centralino 0341 550200 - P.IVA 00123450123',
      ),
    );
    expect(p.footer?.text).toContain('Centralino');
    expect(p.own.text).not.toContain('Centralino');
  });
});
