import { defineConfig } from 'vitest/config'
import { loadEnv } from 'vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * `npm run dev` forwards /datahub, /openmetadata and /backstage to the servers named in
 * VITE_DATAHUB_PROXY etc. (e.g. in .env.local), so a real catalogue can be used without CORS.
 */
function catalogueProxies(mode: string) {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const targets = { '/datahub': env.VITE_DATAHUB_PROXY, '/openmetadata': env.VITE_OPENMETADATA_PROXY, '/backstage': env.VITE_BACKSTAGE_PROXY }
  return Object.fromEntries(
    Object.entries(targets)
      .filter((entry): entry is [string, string] => Boolean(entry[1]))
      .map(([prefix, target]) => [prefix, { target, changeOrigin: true, rewrite: (path: string) => path.slice(prefix.length) || '/' }]),
  )
}

/**
 * The development server prepares its dependencies on its first start, which takes seconds:
 * the page's skeleton says so after a moment (only there; the production build has no such wait).
 */
function devStartMessage(): Plugin {
  return {
    name: 'tessera-dev-start-message',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(
        '<p class="boot-message">Loading the catalogue…</p>',
        '<p class="boot-message">Loading the catalogue…</p><p class="boot-message boot-slow">The development server prepares its dependencies on its first start: this can take a few seconds. <code>npm run build &amp;&amp; npm run preview</code> serves the built app at once.</p>',
      ),
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), devStartMessage()],
  server: { proxy: catalogueProxies(mode) },
  // The benchmark serves the build cross-origin isolated to read worker memory (measureUserAgentSpecificMemory).
  preview: process.env.TESSERA_CROSS_ORIGIN_ISOLATED
    ? { headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } }
    : {},
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 600 },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    pool: 'threads',
    testTimeout: 20_000,
  },
}))
