import { defineConfig } from 'vitest/config'
import { loadEnv } from 'vite'
import react from '@vitejs/plugin-react'

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

export default defineConfig(({ mode }) => ({
  plugins: [react()],
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
