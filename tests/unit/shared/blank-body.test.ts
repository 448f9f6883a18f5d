import { isBlankBody } from '../../../src/core/text/blank-body';

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
