// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.data/',
      '.builds/',
      'node_modules/',
      'sanity/',
      'bench/work/',
      'bench/results/',
      'content/',
      'coverage/',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // tsconfig's noPropertyAccessFromIndexSignature asks for env['NAME']; the two rules disagree.
      '@typescript-eslint/dot-notation': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      globals: { ...globals.browser },
      // astro-eslint-parser takes a project, not the project service.
      parserOptions: { projectService: false, project: './tsconfig.json' },
    },
    rules: {
      // Astro's JSX expressions in templates are typed loosely by the parser: not a real unsafe return.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/islands/**', '**/*.client.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
