// The Outlook pane's trimmed theme (build/webpack/pane-theme.cjs): webLightTheme's own values for
// a subset of its tokens. That the subset covers every token the built pane reads is checked by
// the build itself, on the built files.
import { webLightTheme } from '@fluentui/react-components';
import storedTokens from '../../../src/ui/generated/pane-theme-tokens.json';
import { paneTheme as trimmed } from '../../../src/ui/pane-theme-trimmed';
import { paneTheme } from '../../../src/ui/pane-theme';

const { problems } = require('../../../build/webpack/pane-theme.cjs') as {
  problems: (used: Set<string>, stored: Record<string, unknown>) => string[];
};

describe('the pane theme', () => {
  it('is webLightTheme in the sources and in tests', () => {
    expect(paneTheme).toBe(webLightTheme);
  });

  it("trimmed, has webLightTheme's values for a subset of its tokens", () => {
    expect(trimmed).toEqual(storedTokens);
    const entries = Object.entries(storedTokens);
    expect(entries.length).toBeGreaterThan(50);
    for (const [name, value] of entries) {
      expect([name, value]).toEqual([name, webLightTheme[name as keyof typeof webLightTheme]]);
    }
  });

  it('the build names what is missing, changed or unused', () => {
    const stored = { colorNeutralForeground1: '#242424', spacingVerticalS: '99px' };
    expect(
      problems(new Set(['colorNeutralForeground1', 'colorNeutralBackground1']), stored),
    ).toEqual([
      'the pane reads tokens it does not define: colorNeutralBackground1',
      "values differ from webLightTheme's: spacingVerticalS",
      'tokens defined and read by nothing: spacingVerticalS',
    ]);
    expect(
      problems(new Set(['colorNeutralForeground1']), { colorNeutralForeground1: '#242424' }),
    ).toEqual([]);
  });
});
