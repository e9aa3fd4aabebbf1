// `npm run bench`: builds the production app, serves it, and drives it in Chromium against synthetic meshes.
// Prints one JSON line per metric: {"metric": "...", "value": N, "unit": "ms", "n": PRODUCTS} (bundle sizes: n = files).
// BENCH_SIZES=10000,100000 picks the mesh sizes; BENCH_ONLY=search,coverage picks metric files; BENCH_SKIP_BUILD=1 reuses the build.
import { execFileSync, spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { launchChromium } from './support.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const outDir = '.cache/bench-dist'
const port = Number(process.env.BENCH_PORT ?? 4181)
const baseURL = `http://localhost:${port}`
const sizes = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)
const only = process.env.BENCH_ONLY?.split(',')

if (!process.env.BENCH_SKIP_BUILD) {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { cwd: root, stdio: 'inherit' })
}
// Cross-origin isolated, so the page can measure its workers' memory.
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
  env: { ...process.env, TESSERA_CROSS_ORIGIN_ISOLATED: '1' },
})
const report = (metric, value, unit, n) =>
  console.log(JSON.stringify({ metric, value: Math.round(value * 10) / 10, unit, n }))

try {
  for (let i = 0; i < 100; i++) {
    if (await fetch(baseURL).then(() => true, () => false)) break
    await new Promise((r) => setTimeout(r, 200))
  }
  const browser = await launchChromium()
  const files = readdirSync(join(here, 'metrics'))
    .filter((f) => f.endsWith('.mjs'))
    .filter((f) => !only || only.includes(f.replace(/\.mjs$/, '')))
    .sort()
  for (const file of files) {
    const metrics = await import(pathToFileURL(join(here, 'metrics', file)).href)
    await metrics.run({ browser, baseURL, sizes, report, outDir: join(root, outDir) })
  }
  await browser.close()
} finally {
  try {
    process.kill(-server.pid)
  } catch {
    // already gone
  }
}
