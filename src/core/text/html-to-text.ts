// HTML body to plain text, linear time, no DOM (the engine runs in DOM-less hosts).
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}
