import type { SourceProblem } from '../catalog-backend'
import { hasScheme } from '../file-sources/app-base'
import { resolveUrl, type FetchText } from '../file-sources/fetch-file'
import { parseContractDocument } from './parse-document'
import { record, type Json } from './read-values'

const MAX_FILES = 20

/** Every `$ref` value under `value` that points outside the document (`#/…` is the document's own). */
export function externalRefs(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) externalRefs(item, found)
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && !child.startsWith('#')) found.add(child)
      else externalRefs(child, found)
    }
  }
  return found
}

/** `#/definitions/order_id` or `#/shipped_at` in `doc`. */
export function atPointer(doc: unknown, pointer: string): Json | undefined {
  let node: unknown = doc
  for (const part of pointer.replace(/^#?\/?/, '').split('/').filter(Boolean)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')
    node = record(node)?.[key]
  }
  return record(node)
}

const sameOrigin = (a: string, b: string) => {
  try {
    return new URL(a).origin === new URL(b).origin
  } catch {
    return false
  }
}

/**
 * Reads the definitions a contract's fields `$ref` in other files of the repository (relative
 * paths, or addresses on the same server). Others stay unresolved: the mapper marks those fields
 * "defined elsewhere" with their reference.
 */
export async function resolveExternalRefs(doc: Json, href: string, fetchText: FetchText, problems: SourceProblem[]): Promise<Map<string, Json>> {
  const resolved = new Map<string, Json>()
  const refs = [...externalRefs(doc.models)]
  const byFile = new Map<string, string[]>()
  for (const ref of refs) {
    const [file = ''] = ref.split('#')
    if (!file) continue
    const address = resolveUrl(file, href)
    if (hasScheme(file) && !sameOrigin(address, href)) continue
    byFile.set(address, [...(byFile.get(address) ?? []), ref])
  }
  await Promise.all(
    [...byFile].slice(0, MAX_FILES).map(async ([address, wanted]) => {
      const file = await fetchText(address)
      const parsed = file.ok ? parseContractDocument(file.text).document?.data : undefined
      if (parsed === undefined) {
        problems.push({ severity: 'warning', message: `The definitions in ${wanted[0]?.split('#')[0]} could not be read (${file.ok ? 'not valid YAML or JSON' : file.message}); those fields are marked as defined elsewhere.` })
        return
      }
      for (const ref of wanted) {
        const target = atPointer(parsed, ref.includes('#') ? (ref.split('#')[1] ?? '') : '')
        if (target) resolved.set(ref, target)
        else problems.push({ severity: 'warning', message: `${ref}: the file has nothing at this reference.` })
      }
    }),
  )
  return resolved
}

