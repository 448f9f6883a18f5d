// Readable plain text from an HTML-only mail body, as a person would see it in the mail client.
import { convert } from 'html-to-text';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
  selector,
  // Upper-cased headings would read as shouting to the `insistence` rule.
  options: { uppercase: false },
}));

export function htmlBodyToText(html: string): string {
  return convert(html, {
    // No wrapping: a phone number or a sentence must not be split over two lines.
    wordwrap: false,
    selectors: [
      ...headings,
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'table', options: { uppercaseHeaderCells: false } },
    ],
  });
}
