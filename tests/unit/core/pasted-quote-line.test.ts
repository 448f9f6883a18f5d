// A line pasted with ">" inside the user's own text is the user's text (issue 11, point 13): it
// starts the quoted reply only when a reply header or the end of the text says so.
import { checkTicket } from '../../../src/core/engine';
import { insertBeforeQuote } from '../../../src/core/text/insert-before-quote';
import { prepareText } from '../../../src/core/text/prepare';
import { draft, goodBody } from './helpers';

const pasted = goodBody.replace(
  'Passi:',
  'Il programma mostra:\n> Errore: rendita catastale non valida (codice 512)\nPassi:',
);

test('a complete ticket with a pasted "> Errore: …" line in the middle passes', () => {
  expect(pasted).not.toBe(goodBody);
  const report = checkTicket(draft({ bodyText: pasted }));
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(report.verdict).toBe('ok');
  expect(prepareText(pasted).quoted).toBeNull();
});

test('the signature fix lands after the user’s text, not before the pasted line', () => {
  const unsigned = pasted.slice(0, pasted.indexOf('\n\nCordiali saluti'));
  const out = insertBeforeQuote(unsigned, 'Cordiali saluti\nMario Rossi');
  expect(out).toBe(`${unsigned}\n\nCordiali saluti\nMario Rossi\n`);
});

test('"> " lines that run to the end of the mail are still the quoted reply', () => {
  const reply =
    'Grazie, confermo.\n\nMario\n\n> Gentile utente,\n> il ticket è chiuso.\n>\n> Assistenza';
  const prepared = prepareText(reply);
  expect(prepared.quoted?.text.startsWith('> Gentile utente')).toBe(true);
  expect(prepared.own.text).toBe('Grazie, confermo.\n\nMario');
});

test('"> " lines under a "… ha scritto:" line are quoted even when the user writes below them', () => {
  const reply = 'Vedi sotto.\n\nMario ha scritto:\n> primo punto\n\nrisposta in linea';
  const prepared = prepareText(reply);
  expect(prepared.quoted?.text).toBe('> primo punto');
  // The line written under the quote is the user's answer (since a51fec19).
  expect(prepared.own.text).toContain('risposta in linea');
  expect(prepared.read.slice(prepared.own.start, prepared.own.end)).not.toContain('primo punto');
});
