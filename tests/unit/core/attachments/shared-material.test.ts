// A ticket "has an attachment" for the helpdesk when it carries a file or a pasted picture; the
// Ente's logo in the signature is an inline image too, but it is no material for the ticket.
import { bodyImages, sharesMaterial } from '../../../../src/core/attachments/shared-material';
import type { AttachmentInfo, TicketDraft } from '../../../../src/core/types';

const draft = (attachments: AttachmentInfo[], bodyHtml?: string): TicketDraft => ({
  subject: 'Stampa cartellini',
  bodyText: 'La stampa si blocca.',
  to: [],
  cc: [],
  attachments,
  ...(bodyHtml !== undefined ? { bodyHtml } : {}),
});

const logo: AttachmentInfo = {
  name: 'image001.png',
  contentType: 'image/png',
  size: 4_200,
  inline: true,
  contentId: 'image001.png@01DC4CF9.2391C8E0',
};
const logoHtml =
  '<p>Mario Rossi</p><img width=60 height=72 src="cid:image001.png@01DC4CF9.2391C8E0" alt="stemma">';

test('a file attached the usual way counts', () => {
  expect(sharesMaterial(draft([{ name: 'stampa.pdf', size: 80_000 }]))).toBe(true);
});

test('no attachment and no picture: nothing', () => {
  expect(sharesMaterial(draft([], '<p>La stampa si blocca.</p>'))).toBe(false);
});

test("the signature's logo alone is no material", () => {
  expect(sharesMaterial(draft([logo], logoHtml))).toBe(false);
});

test('a screenshot pasted in the body counts (Outlook: width and height in inches)', () => {
  const shot: AttachmentInfo = { ...logo, name: 'image002.png', contentId: 'image002.png@01DB' };
  const html = `<p>Ecco il messaggio:</p><img style="width:6.6666in;height:3.75in" src="cid:image002.png@01DB">${logoHtml}`;
  expect(sharesMaterial(draft([logo, shot], html))).toBe(true);
});

test('a wide, flat banner in the signature is no screenshot', () => {
  const html = '<img width="600" height="110" src="cid:image001.png@01DC4CF9.2391C8E0">';
  expect(sharesMaterial(draft([logo], html))).toBe(false);
});

test('a webmail that writes one side only: shown 640 px wide is a picture, 120 px a logo', () => {
  const shot: AttachmentInfo = { ...logo, size: 2_000, contentId: 'shot@x' };
  expect(sharesMaterial(draft([shot], '<p><img src="cid:shot@x" width="640"></p>'))).toBe(true);
  expect(sharesMaterial(draft([shot], '<img src="cid:shot@x" style="height:5in">'))).toBe(true);
  expect(sharesMaterial(draft([shot], '<img src="cid:shot@x" width="120">'))).toBe(false);
});

test('a phone pastes the screenshot across the text: width 100% is a picture, 20% a logo', () => {
  const shot: AttachmentInfo = { ...logo, size: 2_000, contentId: 'shot@x' };
  expect(
    sharesMaterial(draft([shot], '<div><img src="cid:shot@x" style="width:100%"></div>')),
  ).toBe(true);
  expect(sharesMaterial(draft([shot], '<img src="cid:shot@x" width="60%">'))).toBe(true);
  expect(sharesMaterial(draft([shot], '<img src="cid:shot@x" style="width: 20%">'))).toBe(false);
});

test('Outlook lists no Content-ID: the picture is found by the name that starts the cid', () => {
  const shot: AttachmentInfo = { name: 'image002.png', size: 3_000, inline: true };
  const html = '<img width="640" height="360" src="cid:image002.png@01DB58EF.5E8B3D10">';
  expect(sharesMaterial(draft([shot], html))).toBe(true);
  expect(sharesMaterial(draft([{ ...shot, name: 'image001.png' }], logoHtml))).toBe(false);
});

test('a picture pasted as data (Thunderbird) counts by its size on screen or its weight', () => {
  const big = `data:image/png;base64,${'A'.repeat(40_000)}`;
  expect(sharesMaterial(draft([], `<img src="${big}">`))).toBe(true);
  expect(
    sharesMaterial(draft([], '<img width="800" height="450" src="data:image/png;base64,AAAA">')),
  ).toBe(true);
  expect(sharesMaterial(draft([], '<img src="data:image/png;base64,AAAA">'))).toBe(false);
});

test('an inline part the body does not show counts by its weight', () => {
  expect(sharesMaterial(draft([{ ...logo, size: 150_000 }], '<p>testo</p>'))).toBe(true);
  expect(sharesMaterial(draft([logo], '<p>testo</p>'))).toBe(false);
});

test('bodyImages reads sizes from the style (inches) before the attributes', () => {
  const [img] = bodyImages('<IMG WIDTH="9" height=9 style="width:.5in;height:1in" src="cid:x">');
  expect(img).toEqual({ src: 'cid:x', width: 48, height: 96 });
  expect(bodyImages('<img src="a.png" width="auto">')).toEqual([{ src: 'a.png' }]);
  expect(bodyImages(undefined)).toEqual([]);
});

describe('reading the images of an HTML body', () => {
  test('attributes in any quoting and case, with entities in the address', () => {
    const html =
      `<IMG SRC='cid:a&amp;b' WIDTH=640 height="480"><img alt="x > y" src=cid:c style="height: 2in; width:3in">` +
      '<img/src="cid:d">';
    expect(bodyImages(html)).toEqual([
      { src: 'cid:a&b', width: 640, height: 480 },
      { src: 'cid:c', width: 288, height: 192 },
      { src: 'cid:d' },
    ]);
  });

  test('pictures inside HTML comments are not shown, so they are not read', () => {
    const html =
      '<!--[if gte vml 1]><img src="cid:vml" width=900 height=900><![endif]--><p>testo</p><imgx src="no">';
    expect(bodyImages(html)).toEqual([]);
  });

  test('an unclosed tag at the end is read up to the end', () => {
    expect(bodyImages('<p>x</p><img src="cid:e" width=10')).toEqual([{ src: 'cid:e', width: 10 }]);
  });
});

describe("a signature's logo sent as an ordinary attachment", () => {
  test.each([
    ['image001.png', 3_900],
    ['logo_comune.png', 6_100],
    ['stemma-unione.jpg', 11_000],
  ])('%s of %d bytes is no material', (name, size) => {
    expect(sharesMaterial(draft([{ name, size, contentType: 'image/png' }]))).toBe(false);
  });

  test.each([
    // A screenshot pasted in Outlook is called image001.png too, but weighs more.
    ['image001.png', 184_000],
    // "riepilogo" holds the letters of "logo": a print, not a logo.
    ['riepilogo_ritenute.png', 3_000],
    ['schermata.png', 2_000],
    // Without a size nothing says it is small.
    ['image002.png', undefined],
  ])('%s of %s bytes counts', (name, size) => {
    expect(sharesMaterial(draft([{ name, ...(size !== undefined ? { size } : {}) }]))).toBe(true);
  });
});

describe('a picture pasted between the text parts of a phone or Mac mail (no HTML shows it)', () => {
  const pasted = (name: string, size: number): AttachmentInfo => ({
    name,
    contentType: 'image/png',
    size,
    inline: true,
  });
  test.each([
    'IMG_4412.PNG',
    'Schermata 2025-11-18 alle 10.32.15.png',
    'Screenshot_20251118-103215.png',
    'Screen Shot 2025-11-18 at 10.32.15.png',
  ])('%s counts however little it weighs', (name) => {
    expect(sharesMaterial(draft([pasted(name, 900)]))).toBe(true);
  });
  test.each(['image001.png', 'logo_comune.png', 'firma.png'])(
    'a small %s not shown is no material',
    (name) => {
      expect(sharesMaterial(draft([pasted(name, 900)]))).toBe(false);
    },
  );
});
