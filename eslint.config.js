import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// zod is imported through src/lib/zod.ts only: its mini API, configured for the CSP (jitless).
const onlyOneZod = ['zod', 'zod/mini', 'zod/v4', 'zod/v4-mini'].map((name) => ({
  name,
  message: "Import { z } from '@/lib/zod'.",
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      'coverage',
      'playwright-report',
      'test-results',
      'bench-results',
      'public/mockServiceWorker.js',
      'src/api/schema.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Shared code never imports features; features never import each other (the app composes them).
    files: ['src/components/**', 'src/lib/**', 'src/api/**', 'src/config/**'],
    ignores: ['src/lib/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@/features/*', '@/app/*'], paths: onlyOneZod },
      ],
    },
  },
  {
    files: ['src/features/**'],
    ignores: ['src/features/**/*.test.{ts,tsx}', 'src/features/**/test/**'],
    rules: {
      // A feature's code never reaches into the demo backend; its tests may set it up.
      'no-restricted-imports': ['error', { patterns: ['@/app/*', '@mocks/*'], paths: onlyOneZod }],
    },
  },
  {
    // Playwright fixtures call `use(...)`, which is not a React hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
