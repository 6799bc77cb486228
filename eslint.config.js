import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// zod is imported through src/lib/zod.ts only: its mini API, configured for the CSP (jitless).
const onlyOneZod = ['zod', 'zod/mini', 'zod/v4', 'zod/v4-mini'].map((name) => ({
  name,
  message: "Import { z } from '@/lib/zod'.",
}));

// Features never import each other: each feature's folder may import any folder but its siblings.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; the app layer (src/app) composes them.',
  })),
  {
    target: ['./src/components', './src/lib', './src/api', './src/config'],
    from: ['./src/features', './src/app'],
    message: 'Shared code never imports features or the app.',
  },
  {
    // The API layer sits below the shared helpers and components (zod's one configured import aside).
    target: './src/api',
    from: './src/lib',
    except: ['./zod.ts'],
    message: 'The API layer sits below the shared helpers; they import it.',
  },
  {
    target: './src/api',
    from: './src/components',
    message: 'The API layer sits below the shared components; they import it.',
  },
];

const demoBackendZone = {
  target: './src',
  from: './mocks',
  message:
    'The app reaches the demo backend only where demo mode is wired (src/app/start-demo-backend.ts, src/lib/demo-api.ts).',
};
const demoWiring = ['src/app/start-demo-backend.ts', 'src/lib/demo-api.ts'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-server',
      '.react-router',
      'coverage',
      'playwright-report',
      'test-results',
      'bench-results',
      'public/mockServiceWorker.js',
      'src/api/schema.gen.ts',
      // Code the linter must refuse, linted on purpose by tests/lint/boundaries.test.ts.
      'tests/lint/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
    },
  },
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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: onlyOneZod }] },
  },
  {
    // The page reaches the demo backend only where demo mode is wired; tests may set it up.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...demoWiring, 'src/**/*.test.{ts,tsx}', 'src/**/test/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...boundaries, demoBackendZone] }],
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
