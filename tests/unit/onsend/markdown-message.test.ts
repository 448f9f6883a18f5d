import { markdownMessage } from '../../../src/hosts/outlook/onsend/markdown-message';

describe('Smart Alerts Markdown message', () => {
  it('puts each finding on its own list item under the heading', () => {
    expect(markdownMessage('Prima di inviare, verifica:', ['Primo punto.', 'Secondo punto.'])).toBe(
      'Prima di inviare, verifica:\n\n- Primo punto.\n- Secondo punto.',
    );
  });

  it('shows characters such as * _ [ ] literally instead of formatting', () => {
    expect(markdownMessage('Attenzione:', ['Il file *report_2025* [bozza] è citato'])).toBe(
      'Attenzione:\n\n- Il file \\*report\\_2025\\* \\[bozza\\] è citato',
    );
  });

  it('stays within 500 characters and ends with … when findings are left out', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) => `Problema numero ${i + 1}: ${'x'.repeat(40)}`,
    );
    const text = markdownMessage('Il ticket non verrebbe preso in carico:', items);
    expect(text.length).toBeLessThanOrEqual(500);
    expect(text.endsWith('\n- …')).toBe(true);
    expect(text).toContain('- Problema numero 1:');
    expect(text).not.toContain('Problema numero 12:');
  });
});
