import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const browserOnly = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch']
const timers = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame']

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'public', '**/node_modules', 'bench/.build', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  {
    // The core is pure: no React, no DOM, no network, no timers, no wall clock.
    // Time enters on events; side effects live in hooks.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*', 'react-hook-form', 'msw', 'msw/*'], message: 'src/core is framework-free.' },
            { group: ['../api/*', '../hooks/*', '../components/*', '../i18n/*', '../api', '../hooks', '../components'], message: 'Imports point one way: core <- api <- hooks <- components.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[...browserOnly, ...timers].map((name) => ({ name, message: `src/core is pure: no ${name}. Pass values in from a hook.` })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core takes `now` on events; it never reads the clock.' },
        { object: 'globalThis', property: 'fetch', message: 'src/core makes no requests.' },
        { object: 'globalThis', property: 'setTimeout', message: 'src/core has no timers.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core never reads the clock: use the `now` on the event.' },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react/*', 'react-dom', '../hooks/*', '../components/*', 'libphonenumber-js', 'libphonenumber-js/*'], message: 'src/api sits below React and phone metadata.' }] },
      ],
    },
  },
  {
    files: ['src/hooks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../components/*', 'libphonenumber-js', 'libphonenumber-js/*'], message: 'Hooks sit below components and never load phone metadata.' }] },
      ],
    },
  },
)
