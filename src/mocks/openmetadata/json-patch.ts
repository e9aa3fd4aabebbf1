/** A small RFC 6902 JSON Patch for the emulated OpenMetadata: add, replace, remove and test. */
export type Operation = { op: string; path: string; value?: unknown }

export class PatchTestFailed extends Error {}

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~')

export function applyPatch<T extends object>(document: T, operations: readonly Operation[]): T {
  const result = structuredClone(document) as Record<string, unknown>
  for (const { op, path, value } of operations) {
    const tokens = path.split('/').slice(1).map(unescape)
    const last = tokens.pop()
    if (last === undefined) throw new Error(`Invalid path ${path}`)
    let parent: unknown = result
    for (const token of tokens) {
      parent = (parent as Record<string, unknown> | null)?.[token]
      if (parent === undefined || parent === null || typeof parent !== 'object') throw new Error(`Path ${path} does not exist`)
    }
    const target = parent as Record<string, unknown> & unknown[]
    if (op === 'test') {
      if (JSON.stringify(target[last as never]) !== JSON.stringify(value)) throw new PatchTestFailed(`Test failed at ${path}: expected ${JSON.stringify(value)}`)
    } else if (op === 'add' || op === 'replace') {
      if (Array.isArray(target) && op === 'add') target.splice(last === '-' ? target.length : Number(last), 0, value)
      else target[last as never] = value as never
    } else if (op === 'remove') {
      if (Array.isArray(target)) target.splice(Number(last), 1)
      else delete target[last]
    } else throw new Error(`Unsupported operation ${op}`)
  }
  return result as T
}
