/** A Backstage entity reference, `kind:namespace/name`, lowercased as Backstage compares them. */
export type EntityRef = string

export interface EntityName {
  kind: string
  namespace: string
  name: string
}

/**
 * Reads a reference as Backstage writes it in `spec` fields: `[kind:][namespace/]name`,
 * taking the kind and namespace from context when left out. Returns undefined when unreadable.
 */
export function parseEntityRef(ref: string, defaults: { kind: string; namespace?: string }): EntityName | undefined {
  const trimmed = ref.trim()
  const colon = trimmed.indexOf(':')
  const kind = colon > 0 ? trimmed.slice(0, colon) : defaults.kind
  const rest = colon > 0 ? trimmed.slice(colon + 1) : trimmed
  const slash = rest.indexOf('/')
  const namespace = slash > 0 ? rest.slice(0, slash) : (defaults.namespace ?? 'default')
  const name = slash > 0 ? rest.slice(slash + 1) : rest
  if (!kind || !namespace || !name || name.includes('/') || name.includes(':')) return undefined
  return { kind: kind.toLowerCase(), namespace: namespace.toLowerCase(), name: name.toLowerCase() }
}

export const formatEntityRef = ({ kind, namespace, name }: EntityName): EntityRef => `${kind}:${namespace}/${name}`.toLowerCase()

/** The canonical reference for a spec value, or undefined when it cannot be read. */
export function toEntityRef(ref: string, defaults: { kind: string; namespace?: string }): EntityRef | undefined {
  const parsed = parseEntityRef(ref, defaults)
  return parsed && formatEntityRef(parsed)
}

export const kindOf = (ref: EntityRef) => ref.slice(0, ref.indexOf(':'))
export const nameOf = (ref: EntityRef) => ref.slice(ref.indexOf('/') + 1)
