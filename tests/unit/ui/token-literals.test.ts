// The build-time rewrite of Fluent's `tokens.name` into the string it holds
// (build/webpack/token-literals.cjs), for the Outlook pane and the preview.
import { tokens } from '@fluentui/react-components';

const { tokenLiterals } = require('../../../build/webpack/token-literals.cjs') as {
  tokenLiterals: (code: string) => string;
};

describe("Fluent's tokens read at run time become their strings at build time", () => {
  const head = "import { tokens } from '@fluentui/react-components';\n";

  it('replaces tokens.name with the string Fluent holds for it', () => {
    expect(tokenLiterals(`${head}const a = tokens.colorNeutralForeground1;`)).toBe(
      `${head}const a = ${JSON.stringify(tokens.colorNeutralForeground1)};`,
    );
    expect(
      tokenLiterals(
        'import { tokens as t } from "@fluentui/react-theme";\n' +
          'const b = `calc(${t.strokeWidthThin} + 1px)`, z = t.zIndexPopup;',
      ),
    ).toBe(
      'import { tokens as t } from "@fluentui/react-theme";\n' +
        'const b = `calc(${"var(--strokeWidthThin)"} + 1px)`, z = "var(--zIndexPopup, 2000)";',
    );
  });

  it.each([
    ['read by key', `${head}const a = tokens.colorNeutralForeground1, b = tokens[key];`],
    ['passed on', `${head}const a = tokens.colorNeutralForeground1; use(tokens);`],
    ['exported again', `${head}const a = tokens.colorNeutralForeground1; export { tokens };`],
    ['declared again', `${head}const a = tokens.colorNeutralForeground1; function f(tokens) {}`],
    ['a name it does not have', `${head}const a = tokens.notAToken;`],
    [
      'imported from elsewhere',
      "import { tokens } from './tokens';\nconst a = tokens.colorNeutralForeground1;",
    ],
  ])('leaves a module alone when the object is %s', (_, code) => {
    expect(tokenLiterals(code)).toBe(code);
  });
});
