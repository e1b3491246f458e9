// ESLint 9 flat config. The import zones enforce the module boundaries of
// ../shared/design/ARCHITECTURE.md: the engine (model/, trials/) stays pure so it runs in Node,
// in golden tests and in scripts; views never reach past components and state.
import js from '@eslint/js'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const APP_LAYERS = ['@/state/*', '@/components/*', '@/views/*', '@/app/*', '@/i18n/*']
const UI_LIBRARIES = ['react', 'react/*', 'react-dom', 'react-dom/*', 'i18next', 'react-i18next', 'i18next-*', 'zustand', 'zustand/*', 'recharts']

export const ENGINE_RULE = {
  patterns: [
    {
      group: [...UI_LIBRARIES, ...APP_LAYERS, '../state/*', '../components/*', '../views/*', '../app/*', '../i18n/*'],
      message: 'The engine is pure: it must run in Node and in golden tests (ARCHITECTURE.md).',
    },
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  // Classic scripts the page loads before the app (prerendered first screen, language choice).
  { files: ['public/**/*.js'], languageOptions: { sourceType: 'script', globals: { ...globals.browser } } },
  { files: ['src/model/**/*.ts', 'src/trials/**/*.ts'], rules: { 'no-restricted-imports': ['error', ENGINE_RULE] } },
  {
    files: ['src/trials/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...ENGINE_RULE.patterns, { group: ['@/model/*', '!@/model/index', '!@/model/input', '!@/model/types'], message: 'trials/ may use only the public face of model/.' }] },
      ],
    },
  },
  {
    files: ['src/views/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/app/*', '../app/*'], message: 'Views compose components; only app/ composes views.' }] }],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/views/*', '@/app/*', '../views/*', '../app/*'], message: 'Components never import views or the app.' }] }],
    },
  },
)
