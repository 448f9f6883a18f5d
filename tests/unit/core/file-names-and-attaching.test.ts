// A subject that is only a file's name (opened set ZZZZZZZZZZZZZZZZB) is generic when the name
// says nothing ("Scansione_0047.pdf") and names the topic when its words do
// ("ruolo_TARI_2026_scarti.pdf"); "quando in registrazione di un protocollo allego un PDF" is
// attaching in the program, not a file promised with this mail.
import { checkTicket } from '../../../src/core/engine';
import { isGenericSubject } from '../../../src/core/text/generic-subject';

describe('a subject made of a file name', () => {
  test.each([
    'ruolo_TARI_2026_scarti.pdf',
    'elenco-cedolini-dicembre.xlsx',
    'verbali_ZTL_novembre.pdf',
  ])('naming the topic: %s', (subject) => {
    expect(isGenericSubject(subject)).toBe(false);
  });
  test.each([
    'Scansione_0047.pdf',
    'IMG_20261204_101233.jpg',
    'doc00123420261203.pdf',
    'errore.png',
  ])('naming nothing: %s', (subject) => {
    expect(isGenericSubject(subject)).toBe(true);
  });
});

describe('attaching a file in the program', () => {
  const rulesOf = (text: string) =>
    checkTicket({
      subject: 'Protocollo in arrivo: errore con i PDF grandi',
      to: [{ address: 'protocollo@ticket.palitalsoft.example' }],
      cc: [],
      attachments: [],
      from: { name: 'Teresa Lo Bue', address: 'protocollo@comune.favarella.example' },
      bodyText: `Buongiorno,\n${text}\n\nTeresa Lo Bue\nUfficio Protocollo - Comune di Favarella\n0922 41 10 23, la mattina`,
    }).findings.map((f) => f.rule);
  test('"quando in registrazione di un protocollo in arrivo allego un PDF…" promises no file', () => {
    expect(
      rulesOf(
        'quando in registrazione di un protocollo in arrivo allego un PDF più grande di 5 MB il programma si blocca con "errore nel caricamento del documento".',
      ),
    ).not.toContain('attachment-mentioned-missing');
  });
  test('"vi allego il PDF che non si carica" with nothing attached does', () => {
    expect(
      rulesOf(
        'registrando un protocollo in arrivo il programma si blocca con i PDF più grandi di 5 MB. Vi allego il PDF che non si carica.',
      ),
    ).toContain('attachment-mentioned-missing');
  });
});
