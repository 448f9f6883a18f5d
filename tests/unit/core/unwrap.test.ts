// Lines wrapped by a plain-text mail client inside a sentence are read as one line; the lines a
// person breaks on purpose (short lines, a stop at the end, blank lines) stay.
import { unwrapLines, unwrapLinesInPlace } from '../../../src/core/text/unwrap';

describe('unwrapLines', () => {
  test('a sentence wrapped at about 72 characters becomes one line', () => {
    const text =
      'il programma di calcolo della sanzione per il versamento tardivo applica l’1,5% invece\n' +
      'dello 0,83% previsto.';
    expect(unwrapLines(text)).toBe(text.replace('\n', ' '));
  });

  test('format=flowed trailing blanks before the break become one space', () => {
    expect(
      unwrapLines(
        'nella settimana dal 10 al 14 febbraio il Comune sostituirà le quaranta \npostazioni.',
      ),
    ).toBe('nella settimana dal 10 al 14 febbraio il Comune sostituirà le quaranta postazioni.');
  });

  test.each([
    [
      'a line ending with a stop',
      'La stampa dei bollettini TARI per le utenze domestiche è ferma.\nGrazie',
    ],
    ['a short line', 'Buongiorno,\nla stampa non parte'],
    ['a signature', 'Anna Maria Testa\nUfficio Protocollo - Comune di Sulmona\n0864 242 215'],
    [
      'a paragraph break',
      'nel menu Emissione vedo l’opzione di ristampa ma propone tutte le rate\n\nGrazie mille',
    ],
  ])('%s stays as written', (_, text) => {
    expect(unwrapLines(text)).toBe(text);
  });
});

describe('unwrapLinesInPlace', () => {
  test('keeps every offset: same length, only wrap breaks become spaces', () => {
    const text =
      "il geometra dell'ufficio tecnico comunale mi ha chiesto di \nsegnalarvi il problema.\nGrazie\nAnna";
    const out = unwrapLinesInPlace(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe(text.replace(' \nsegnalarvi', '  segnalarvi'));
  });
});
