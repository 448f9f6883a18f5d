import { isBlankBody } from '../../../src/core/text/blank-body';
import { checkTicket } from '../../../src/core';

describe('isBlankBody', () => {
  it.each([
    ['', undefined],
    ['  \n ', undefined],
    ['', '<html><head><style>p { margin: 0 }</style></head><body><p><br></p></body></html>'],
    ['', '<div>&nbsp;</div><!-- x -->'],
  ])('%j / %j is blank', (text, html) => {
    expect(isBlankBody(text, html)).toBe(true);
  });

  it.each([
    ['Buongiorno', undefined],
    ['', '<p>Buongiorno</p>'],
    ['', '<body><p><img src="cid:screenshot.png"></p></body>'],
    ['', '<body><table><tr><td></td></tr></table></body>'],
  ])('%j / %j holds something of the user', (text, html) => {
    expect(isBlankBody(text, html)).toBe(false);
  });
});

describe('one blank-body test for the engine and the hosts', () => {
  it.each([
    '<img src="cid:a.png">',
    '<table><tr><td></td></tr></table>',
    '<picture></picture>',
    '<hr>',
  ])(
    'the template fix goes beside %s instead of replacing the body, as the hosts decide',
    (html) => {
      const report = checkTicket({
        subject: '',
        bodyText: '',
        bodyHtml: `<html><body>${html}</body></html>`,
        to: [],
        cc: [],
        attachments: [],
      });
      const fix = report.findings.find((f) => f.rule === 'body-too-vague')?.fix;
      expect(isBlankBody('', `<html><body>${html}</body></html>`)).toBe(false);
      expect(fix?.edits[0]?.kind).toBe('append-to-body');
    },
  );
});
