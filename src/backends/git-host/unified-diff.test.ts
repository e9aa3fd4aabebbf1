/// <reference types="node" />
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { unifiedDiff } from './unified-diff'

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'])
    return true
  } catch {
    return false
  }
})()

let repo: string | undefined
afterEach(() => {
  if (repo) rmSync(repo, { recursive: true, force: true })
  repo = undefined
})

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-diff-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' })
  git('init', '-q')
  git('add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base')
  return dir
}

const SCHEMA = 'version: 2\nmodels:\n  - name: orders # keep\n    description: Old\n    columns:\n      - name: id\n        description: "The id"\n'

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff([{ path: 'a.yml', before: 'x\n', after: 'x\n' }])).toBe('')
  })

  it('writes git headers, and /dev/null for a new file', () => {
    const patch = unifiedDiff([{ path: 'models/new.yml', after: 'version: 2\n' }])
    expect(patch).toContain('diff --git a/models/new.yml b/models/new.yml\nnew file mode 100644\n--- /dev/null\n+++ b/models/new.yml\n@@ -0,0 +1,1 @@\n+version: 2\n')
  })

  it.skipIf(!hasGit)('applies with git apply: a changed file, a new file and one without a final newline', () => {
    const files = { 'project/models/schema.yml': SCHEMA, 'contracts/orders.yaml': 'id: orders\ndescription: x' }
    repo = repoWith(files)
    const changes = [
      { path: 'project/models/schema.yml', before: SCHEMA, after: SCHEMA.replace('Old', 'New words').replace('"The id"', '"The order id"') },
      { path: 'project/models/staging/stg.yml', after: 'version: 2\nmodels:\n  - name: stg\n    description: Staged\n' },
      { path: 'contracts/orders.yaml', before: files['contracts/orders.yaml'], after: 'id: orders\ndescription: y' },
    ]
    writeFileSync(join(repo, 'change.patch'), unifiedDiff(changes))
    execFileSync('git', ['apply', '--check', 'change.patch'], { cwd: repo, stdio: 'pipe' })
    execFileSync('git', ['apply', 'change.patch'], { cwd: repo, stdio: 'pipe' })
    for (const change of changes) expect(readFileSync(join(repo, change.path), 'utf8')).toBe(change.after)
  })
})
