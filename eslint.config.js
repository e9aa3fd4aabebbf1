import { readdirSync, existsSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import importX from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import globals from 'globals'

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : []

// STYLE.md: app -> features -> (ui, model, backend interface) -> model; features never import each other.
const boundaryZones = [
  { target: './src/model', from: ['./src/app', './src/features', './src/ui', './src/queries', './src/backends', './src/mocks', './src/workers'], message: 'model/ is pure: it imports nothing else of the app.' },
  { target: './src/backends', from: ['./src/app', './src/features', './src/ui', './src/queries', './src/mocks'], message: 'backends/ depend on model/ only.' },
  { target: './src/ui', from: ['./src/app', './src/features', './src/mocks'], message: 'ui/ is shared and knows no feature.' },
  { target: './src/queries', from: ['./src/app', './src/features', './src/mocks'], message: 'queries/ serve features; they know none.' },
  {
    target: ['./src/features', './src/ui', './src/queries', './src/model', './src/backends', './src/mocks', './src/workers'],
    from: './src/app',
    message: 'Nothing imports app/.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features do not import each other; compose them in app/.',
  })),
]

function withoutMocks(zones) {
  return zones.map((zone) => ({
    ...zone,
    from: Array.isArray(zone.from) ? zone.from.filter((f) => f !== './src/mocks') : zone.from,
  }))
}

const noUiFrameworks = {
  patterns: [
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'No React here.' },
    { group: ['@tanstack/*'], message: 'No TanStack here.' },
    { group: ['react-router', 'react-router/*', 'react-router-dom'], message: 'No router here.' },
    { group: ['@xyflow/*', 'reactflow'], message: 'No graph library here.' },
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
    },
  },
  // Tests may use the shared MSW server and demo mesh from mocks/, whatever layer they test.
  {
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: withoutMocks(boundaryZones) }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/lineage/**', 'src/features/coverage/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@xyflow/*', 'reactflow'], message: 'Only features/lineage and features/coverage draw graphs.' }] }],
    },
  },
  // after the src/** block: flat config lets the later, stricter rule win here
  {
    files: ['src/model/**', 'src/backends/**'],
    rules: { 'no-restricted-imports': ['error', noUiFrameworks] },
  },
  {
    files: ['e2e/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
)
