import { formatPatch, structuredPatch, type StructuredPatch } from 'diff'

/** One file a proposal changes: its path in the repository and its text before (absent for a new file) and after. */
export interface FileChange {
  path: string
  before?: string
  after: string
}

/** The changes as one patch in git's format, which `git apply` (and `patch -p1`) accept at the repository's root. */
export function unifiedDiff(files: readonly FileChange[]): string {
  const patches: StructuredPatch[] = files
    .filter((f) => f.before !== f.after)
    .map((f) => {
      const patch = structuredPatch(`a/${f.path}`, `b/${f.path}`, f.before ?? '', f.after, undefined, undefined, { context: 3 })
      return f.before === undefined ? { ...patch, oldFileName: '/dev/null', isGit: true, isCreate: true, newMode: '100644' } : { ...patch, isGit: true }
    })
  return patches.length ? formatPatch(patches) : ''
}
