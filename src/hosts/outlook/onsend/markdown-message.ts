// The Smart Alerts dialog text in Markdown (Mailbox 1.15): the heading, a blank line and one
// list item per finding, within Outlook's 500-character limit. The plain-text errorMessage is
// still sent for clients without Markdown.

/** Characters that would start Markdown formatting inside a finding's text. */
const markdownSyntax = /[\\`*_[\]<>#|]/g;

function escapeMarkdown(text: string): string {
  return text.replace(markdownSyntax, (c) => `\\${c}`);
}

export function markdownMessage(heading: string, items: string[], maxLength = 500): string {
  const more = '\n- …';
  let text = escapeMarkdown(heading);
  for (let i = 0; i < items.length; i++) {
    const line = `${i === 0 ? '\n' : ''}\n- ${escapeMarkdown(items[i]!)}`;
    const room = i === items.length - 1 ? maxLength : maxLength - more.length;
    if (text.length + line.length > room) return text + more;
    text += line;
  }
  return text;
}
