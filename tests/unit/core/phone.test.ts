import { findPhones } from '../../../src/core/phone/find-phones';

const e164 = (text: string) => findPhones(text).map((p) => p.e164);

describe('findPhones: Italian numbers as people write them', () => {
  test.each([
    ['0541 123456', '+390541123456', 'fixed'],
    ['0541/123456', '+390541123456', 'fixed'],
    ['0541-12.34.56', '+390541123456', 'fixed'],
    ['+39 0541 123456', '+390541123456', 'fixed'],
    ['0039 333 1234567', '+393331234567', 'mobile'],
    ['333 1234567', '+393331234567', 'mobile'],
    ['333.123.45.67', '+393331234567', 'mobile'],
    ['tel. 051 6543210 int. 23', '+390516543210', 'fixed'],
    ['(0541) 123456', '+390541123456', 'fixed'],
    ['(+39) 333 1234567', '+393331234567', 'mobile'],
    ['Tel. 02 1234 5678', '+390212345678', 'fixed'],
    ['06-12345678', '+390612345678', 'fixed'],
    ['cell: 3331234567', '+393331234567', 'mobile'],
    ['0541 12 34 56', '+390541123456', 'fixed'],
    ['+39-0541-123456', '+390541123456', 'fixed'],
    ['333 12 34 567', '+393331234567', 'mobile'],
    ['0039-0541-123456', '+390541123456', 'fixed'],
    ['tel.0541123456', '+390541123456', 'fixed'],
  ])('%s', (text, expected, type) => {
    const found = findPhones(`Mario Rossi\n${text}\n`);
    expect(found.map((p) => p.e164)).toEqual([expected]);
    expect(found[0]!.type).toBe(type);
  });

  test('reports the number as written, with offsets into the text', () => {
    const text = 'Per info chiamare il 0541/123456, grazie';
    const [p] = findPhones(text);
    expect(p!.raw).toBe('0541/123456');
    expect(text.slice(p!.start, p!.end)).toBe('0541/123456');
  });

  test('"chiamatemi al" and "o al" introduce phone numbers', () => {
    expect(e164('potete chiamarmi al 333 1234567 o al 0541 123456')).toEqual([
      '+393331234567',
      '+390541123456',
    ]);
  });

  test('an office line ending in a document word ("… - Protocollo") names no document of the number below', () => {
    expect(e164('Comune di Longiano - Protocollo\n0547 666 410')).toEqual(['+390547666410']);
    expect(e164('Ufficio Ragioneria - Mandati\n0541 123456')).toEqual(['+390541123456']);
    // On the same line the word still says what the number is.
    expect(e164('protocollo 0547666410')).toEqual([]);
  });

  test('an office line naming two offices ("Uff. Tributi e Protocollo - 070 …") closes with its phone', () => {
    expect(e164('Comune di Escalaplano\nUff. Tributi e Protocollo - 070 9541182')).toEqual([
      '+390709541182',
    ]);
  });

  test('finds two numbers on one line', () => {
    expect(e164('Tel: 0541 123456 - 333 1234567')).toEqual(['+390541123456', '+393331234567']);
    expect(e164('tel 0541 123456 333 1234567')).toEqual(['+390541123456', '+393331234567']);
  });

  test('a number dictated in words ("tre tre otto quattro uno due sette sette cinque zero")', () => {
    const text =
      'chiamatemi pure al tre tre otto quattro uno due sette sette cinque zero oggi fino alle due';
    const [p, ...rest] = findPhones(text);
    expect(rest).toEqual([]);
    expect(p!.e164).toBe('+393384127750');
    expect(p!.raw).toBe('tre tre otto quattro uno due sette sette cinque zero');
    // A few number words in a sentence are counts, not a phone.
    expect(findPhones('ci sono due tre pratiche e sei sette verbali')).toEqual([]);
  });

  // ZZZZZZZZD: dictation writes some digits as figures and some as words.
  test('a number dictated half in figures, half in words ("3 3 9 cinque otto due 1407")', () => {
    const text = 'Il mio numero è 3 3 9 cinque otto due 1407 grazie';
    const [p, ...rest] = findPhones(text);
    expect(rest).toEqual([]);
    expect(p!.e164).toBe('+393395821407');
    expect(p!.raw).toBe('3 3 9 cinque otto due 1407');
    expect(e164('chiamatemi allo zero cinque quattro uno 123456')).toEqual(['+390541123456']);
    // Counts and figures in a sentence are no phone; nor a protocol number told in words.
    expect(findPhones('ho 3 cedolini e due mandati del 2025 e 12 reversali')).toEqual([]);
    expect(findPhones('protocollo n. 3 3 9 cinque otto due 1407')).toEqual([]);
    // Review: a list with commas is no dictation.
    expect(findPhones('le righe 3, 31, 32, 33, sei, sette non vengono importate')).toEqual([]);
    expect(findPhones('matricole 0, 35, 12, sei, uno, 44')).toEqual([]);
  });

  test('hours after a dash are no digits of the number before it ("0545 280 611 - 8/14")', () => {
    const text = 'Tel 0545 280 611 - 8/14';
    const [p, ...rest] = findPhones(text);
    expect(rest).toEqual([]);
    expect(p!.raw).toBe('0545 280 611');
    // A dash between the prefix and the number still joins them.
    expect(e164('tel. 0541 - 123456')).toEqual(['+390541123456']);
    expect(e164('cell. 338 - 4471902')).toEqual(['+393384471902']);
    // Review of 00b2bbe1: groups joined by spaced dashes are one number.
    expect(e164('Cell. 347 123 - 4567')).toEqual(['+393471234567']);
    expect(e164('cell. 335 - 123 - 4567')).toEqual(['+393351234567']);
    expect(e164('cell. 333 123 - 45 67')).toEqual(['+393331234567']);
    expect(e164('Tel. 0733 256 - 411')).toEqual(['+390733256411']);
    expect(e164('Tel. 0541 - 704 - 111')).toEqual(['+390541704111']);
    expect(e164('tel 02 - 1234 - 5678')).toEqual(['+390212345678']);
    // Second review: an hours range after a shorter fixed number.
    expect(e164('tel. 06 123456 - 8/14')).toEqual(['+3906123456']);
    expect(e164('tel. 0185 7234 - 9/13')).toEqual(['+3901857234']);
  });
  test('a numbered list’s item before the number ("2. 0782 473 120", "3) 347 …")', () => {
    expect(e164('1. Efisio Loddo, Ufficio Tecnico\n2. 0782 473 120\n3. la mattina')).toEqual([
      '+390782473120',
    ]);
    expect(e164('3) 347 123 4567')).toEqual(['+393471234567']);
    // Not at a line's start: a document's number, as before.
    expect(e164('prot. 2. 0782 473 120')).toEqual([]);
  });
});

describe('findPhones: a number the mail client broke over two lines', () => {
  test('"al 338\\n4471902" is one mobile number', () => {
    expect(e164('mi trovate la mattina al 338\n4471902 oppure in ufficio')).toEqual([
      '+393384471902',
    ]);
  });
  // ZZZZZZZZD: an Outlook signature table turned to text puts a blank line between the lines.
  test('"tel. 0835 /" and "445128" two paragraphs apart are one number', () => {
    expect(e164('COMUNE DI\n\nPISTICCI\n\ntel. 0835 /\n\n445128\n')).toEqual(['+390835445128']);
    expect(e164('tel. 0835 /\r\n\r\n445128')).toEqual(['+390835445128']);
    // Two blank lines apart, or a whole number above, they stay apart.
    expect(e164('tel. 0835 /\n\n\n445128')).toEqual([]);
    expect(e164('Tel. 0434 787131\n\n349 3162275')).toEqual(['+390434787131', '+393493162275']);
  });
  test('two whole numbers on two lines stay two', () => {
    expect(e164('Tel. 0434 787131\n349 3162275')).toEqual(['+390434787131', '+393493162275']);
  });
  test.each([['Ufficio Tributi - interno 3\n0733 256411'], ['Piano 2\n0733 256411']])(
    'a short number ending a signature line does not swallow the phone below: %j',
    (text) => {
      expect(e164(text)).toEqual(['+390733256411']);
    },
  );
  test('a number, then a year on the next line, is the number alone', () => {
    expect(e164('tel. 0721 733203\n2025 anno di riferimento')).toEqual(['+390721733203']);
  });
});

describe('findPhones: numbers that are not phone numbers', () => {
  test.each([
    'prot. n. 12345/2024',
    'protocollo 0012345 del 12/03/2025',
    'determina n. 345 del 2024',
    'determina n. 0123456',
    '€ 1.234,56',
    'importo di 333.123,00 euro',
    'in data 03/12/2025',
    'il 12.03.2025 alle 10:15',
    '2025-03-12',
    'IUV 012345678901234567',
    'IUV 0012 3456 7890 1234 56',
    'RSSMRA80A01H501U',
    'P.IVA 01234567890',
    'partita iva 00488410010',
    'fornitore 00488410010',
    'CAP 47921',
    '47921 Rimini (RN)',
    'v. 2.3.14',
    'versione 3.2.1045',
    'fattura n. 0541123456',
    'verbale 0312345678',
    'numero verde 800 123456',
    'orario 08.00 - 14.00',
    'reperibile ore 09.30-13.00',
    'dal 01.10 al 31.10',
  ])('%s', (text) => {
    expect(findPhones(text)).toEqual([]);
  });
});
