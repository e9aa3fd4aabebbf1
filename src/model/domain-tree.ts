/**
 * The domain hierarchy, made safe: every domain appears exactly once, whatever the parent
 * references say (missing parents, self-parents, cycles).
 */
import type { Domain } from './types'

export interface DomainNode {
  domain: Domain
  /** Sub-domains, sorted by name. */
  children: DomainNode[]
  /** 0 for roots. */
  depth: number
}

/**
 * Each domain's effective parent id (undefined for a root). A parent that does not exist
 * or is the domain itself makes a root. A cycle is broken by making the member with the
 * lowest name (then id) a root, so the result does not depend on input order.
 * Duplicate ids: the first domain with an id wins.
 */
export function effectiveParents(domains: readonly Domain[]): Map<string, string | undefined> {
  const byId = uniqueById(domains)
  const parent = new Map<string, string | undefined>()
  for (const d of byId.values()) {
    parent.set(d.id, d.parentId !== undefined && d.parentId !== d.id && byId.has(d.parentId) ? d.parentId : undefined)
  }
  // 1 = on the current walk, 2 = known to reach a root
  const state = new Map<string, 1 | 2>()
  for (const start of byId.keys()) {
    const path: string[] = []
    let current: string | undefined = start
    while (current !== undefined && state.get(current) === undefined) {
      state.set(current, 1)
      path.push(current)
      current = parent.get(current)
    }
    if (current !== undefined && state.get(current) === 1) {
      let root: Domain | undefined
      for (const id of path.slice(path.indexOf(current))) {
        const member = byId.get(id)
        if (member && (!root || compareDomains(member, root) < 0)) root = member
      }
      if (root) parent.set(root.id, undefined)
    }
    for (const id of path) state.set(id, 2)
  }
  return parent
}

/** The domain forest: roots and every level of children sorted by name (then id). */
export function buildDomainTree(domains: readonly Domain[]): DomainNode[] {
  const byId = uniqueById(domains)
  const parents = effectiveParents(domains)
  const nodes = new Map<string, DomainNode>()
  for (const d of byId.values()) nodes.set(d.id, { domain: d, children: [], depth: 0 })
  const roots: DomainNode[] = []
  for (const node of nodes.values()) {
    const parentId = parents.get(node.domain.id)
    const parent = parentId === undefined ? undefined : nodes.get(parentId)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sortLevel = (level: DomainNode[]) => level.sort((a, b) => compareDomains(a.domain, b.domain))
  sortLevel(roots)
  const stack = [...roots]
  for (let node = stack.pop(); node; node = stack.pop()) {
    sortLevel(node.children)
    for (const child of node.children) {
      child.depth = node.depth + 1
      stack.push(child)
    }
  }
  return roots
}

/** Ancestors of a domain from its root down to the domain itself (for breadcrumbs); `[]` if unknown. */
export function domainPath(domains: readonly Domain[], id: string): Domain[] {
  const byId = uniqueById(domains)
  const parents = effectiveParents(domains)
  const path: Domain[] = []
  for (let current: string | undefined = id; current !== undefined; current = parents.get(current)) {
    const domain = byId.get(current)
    if (!domain) break
    path.push(domain)
  }
  return path.reverse()
}

/**
 * Ids of all sub-domains of `id`, at any depth, not including `id` itself, in tree order
 * (depth-first, children by name). Accepts the tree from {@link buildDomainTree} or the flat list.
 */
export function descendantIds(treeOrDomains: readonly DomainNode[] | readonly Domain[], id: string): string[] {
  const tree = isTree(treeOrDomains) ? treeOrDomains : buildDomainTree(treeOrDomains)
  const found = findNode(tree, id)
  if (!found) return []
  const ids: string[] = []
  const stack = [...found.children].reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    ids.push(node.domain.id)
    stack.push(...[...node.children].reverse())
  }
  return ids
}

/** Pre-order walk of the forest: parents before children, siblings by name. */
export function flattenDomainTree(tree: readonly DomainNode[]): DomainNode[] {
  const result: DomainNode[] = []
  const stack = [...tree].reverse()
  for (let node = stack.pop(); node; node = stack.pop()) {
    result.push(node)
    stack.push(...[...node.children].reverse())
  }
  return result
}

function findNode(tree: readonly DomainNode[], id: string): DomainNode | undefined {
  return flattenDomainTree(tree).find((n) => n.domain.id === id)
}

function isTree(value: readonly DomainNode[] | readonly Domain[]): value is readonly DomainNode[] {
  const first = value[0]
  return first !== undefined && 'children' in first
}

function uniqueById(domains: readonly Domain[]): Map<string, Domain> {
  const byId = new Map<string, Domain>()
  for (const d of domains) if (!byId.has(d.id)) byId.set(d.id, d)
  return byId
}

function compareDomains(a: Domain, b: Domain): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}
