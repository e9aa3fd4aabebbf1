import { readdirSync, existsSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'

const features = existsSync('src/features')
  ? readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : []

// STYLE.md: app -> features -> (queries, ui, model, backend interface) -> model.
// Imports are relative, so a forbidden layer shows up as `../<layer>/` (or `../../<layer>/`…).
const escapeTo = (folders, message) => ({ regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message })

const layers = {
  model: ['app', 'features', 'ui', 'queries', 'backends', 'mocks', 'workers'],
  backends: ['app', 'features', 'ui', 'queries', 'mocks'],
  ui: ['app', 'features', 'queries', 'mocks'],
  queries: ['app', 'features', 'ui', 'mocks'],
  features: ['app', 'mocks', 'features'],
  mocks: ['app', 'features', 'ui', 'queries'],
  workers: ['app', 'features', 'ui', 'queries', 'mocks'],
}

const uiFrameworks = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'No React here: model/ and backends/ stay framework-free.' },
  { group: ['@tanstack/*'], message: 'No TanStack here: model/ and backends/ stay framework-free.' },
  { group: ['react-router', 'react-router/*', 'react-router-dom'], message: 'No router here.' },
]
const graphLibraries = { group: ['@xyflow/*', 'reactflow'], message: 'Only features/lineage and features/coverage draw graphs.' }
const graphFolders = new Set(['lineage', 'coverage'])

function restrictions(layer, { feature, test }) {
  const forbidden = layers[layer].filter((f) => !(test && f === 'mocks'))
  const patterns = [escapeTo(forbidden, `${layer}/ may not import ${forbidden.join(', ')} (see STYLE.md).`)]
  if (layer === 'features') {
    const others = features.filter((f) => f !== feature)
    if (others.length) patterns.push(escapeTo(others, 'Features do not import each other; compose them in app/.'))
  }
  if (layer === 'model' || layer === 'backends') patterns.push(...uiFrameworks)
  if (!(layer === 'features' && graphFolders.has(feature))) patterns.push(graphLibraries)
  return ['error', { patterns }]
}

const boundaryConfigs = Object.keys(layers).flatMap((layer) => {
  const scopes = layer === 'features' ? features.map((feature) => ({ feature, dir: `src/features/${feature}` })) : [{ dir: `src/${layer}` }]
  return scopes.flatMap(({ feature, dir }) => [
    { files: [`${dir}/**/*.{ts,tsx}`], rules: { 'no-restricted-imports': restrictions(layer, { feature, test: false }) } },
    // Tests may use the shared MSW server and demo mesh from mocks/, whatever layer they test.
    { files: [`${dir}/**/*.test.{ts,tsx}`], rules: { 'no-restricted-imports': restrictions(layer, { feature, test: true }) } },
  ])
})

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [graphLibraries] }] },
  },
  ...boundaryConfigs,
  {
    // Playwright scripts run code in the page too, hence browser globals beside Node's.
    files: ['e2e/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
)
