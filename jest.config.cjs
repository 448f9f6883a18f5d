// Two projects: fast unit/component tests, and end-to-end tests that need a build, Chromium or
// Thunderbird (run in band, after `npm run build`).
const tsJest = [
  'ts-jest',
  { tsconfig: { jsx: 'react-jsx', module: 'commonjs', isolatedModules: true } },
];
const common = {
  transform: { '^.+\\.(ts|tsx)$': tsJest },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'mjs', 'json'],
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/tests/stubs/office-addin-manifest.cjs',
    '\\.(css)$': '<rootDir>/tests/stubs/style.cjs',
  },
};

module.exports = {
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.cjs'],
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.tsx'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
};
