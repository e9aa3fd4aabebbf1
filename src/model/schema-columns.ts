/**
 * A port's schema as the rows of a table: nested fields under their parent, expandable,
 * filterable by name and by whether they are documented.
 */
import { hasText } from './completeness'
import type { Column } from './types'

/** One visible row of a schema table. */
export interface SchemaRow {
  /** Dotted path through nested fields, unique within the port: `device.os`. */
  path: string
  /** What the row shows as its name: the column name, or the whole path for a filter match shown on its own. */
  label: string
  column: Column
  /** Indentation, 0 for a top-level row (a filter match shown on its own is top level). */
  depth: number
  /** The column has nested fields. */
  expandable: boolean
  expanded: boolean
  documented: boolean
  /** The row is one a filter asked for (always false without a filter). */
  match: boolean
  /** Documented since "only undocumented" was set, and kept in view for that. */
  justDocumented?: boolean
}

export interface SchemaViewOptions {
  /** Paths whose nested fields are shown. */
  expanded: ReadonlySet<string>
  /** Case-insensitive part of a column name; with a dot in it, part of the dotted path. */
  filter?: string
  undocumentedOnly?: boolean
  /**
   * With `undocumentedOnly`: paths that were undocumented when the filter was set, kept in the
   * view once documented (marked `justDocumented`) so the owner can review what they wrote.
   */
  keep?: ReadonlySet<string>
}

export interface SchemaView {
  rows: SchemaRow[]
  /** Columns in the schema, nested fields included. */
  total: number
  undocumented: number
  /** Columns the filter asked for; equals `total` without a filter. */
  matches: number
}

interface SchemaNode {
  path: string
  column: Column
  depth: number
  /** Index of the parent in preorder, -1 at the top. */
  parent: number
}

/** Every column, nested fields included, depth-first in schema order; iterative, so deep schemas cannot overflow the stack. */
export function flattenSchema(columns: readonly Column[]): SchemaNode[] {
  const nodes: SchemaNode[] = []
  const stack: { column: Column; path: string; depth: number; parent: number }[] = columns
    .map((column) => ({ column, path: column.name, depth: 0, parent: -1 }))
    .reverse()
  for (let next = stack.pop(); next; next = stack.pop()) {
    const index = nodes.length
    nodes.push({ path: next.path, column: next.column, depth: next.depth, parent: next.parent })
    const fields = next.column.fields ?? []
    for (let i = fields.length - 1; i >= 0; i--) {
      const field = fields[i]!
      stack.push({ column: field, path: `${next.path}.${field.name}`, depth: next.depth + 1, parent: index })
    }
  }
  return nodes
}

/** Total and undocumented column counts, nested fields included. */
export function countColumns(columns: readonly Column[]): { total: number; undocumented: number } {
  const nodes = flattenSchema(columns)
  return { total: nodes.length, undocumented: nodes.filter((n) => !hasText(n.column.description)).length }
}

/**
 * The rows to show. Without a filter: the tree, nested fields shown under expanded parents.
 * With one: each matching column as a top-level row named by its full path (so `device.os`
 * keeps its context), its nested fields shown when expanded; a match already shown inside an
 * expanded match is not repeated.
 */
export function schemaView(columns: readonly Column[], options: SchemaViewOptions): SchemaView {
  const nodes = flattenSchema(columns)
  const query = options.filter?.trim().toLowerCase() ?? ''
  const filtering = query !== '' || options.undocumentedOnly === true
  const documented = nodes.map((n) => hasText(n.column.description))
  const selected = nodes.map((node, i) => {
    if (options.undocumentedOnly && documented[i] && !options.keep?.has(node.path)) return false
    if (!query) return true
    return (query.includes('.') ? node.path : node.column.name).toLowerCase().includes(query)
  })

  const rows: SchemaRow[] = []
  // shown: the row is visible; rootDepth: depth of the top of the region it is shown in
  const shown = new Array<boolean>(nodes.length).fill(false)
  const rootDepth = new Array<number>(nodes.length).fill(0)
  const isOpen = (i: number) => shown[i] === true && options.expanded.has(nodes[i]!.path)

  // A column under a shown parent follows that parent: listed when it is open, hidden when it is closed.
  const underShown = new Array<boolean>(nodes.length).fill(false)
  nodes.forEach((node, i) => {
    underShown[i] = node.parent >= 0 && (shown[node.parent] === true || underShown[node.parent] === true)
    const insideOpenParent = node.parent >= 0 && isOpen(node.parent)
    const standalone = filtering ? !underShown[i] && selected[i] === true : node.parent < 0
    if (!insideOpenParent && !standalone) return
    shown[i] = true
    rootDepth[i] = insideOpenParent ? rootDepth[node.parent]! : node.depth
    const expandable = (node.column.fields?.length ?? 0) > 0
    rows.push({
      path: node.path,
      label: standalone && node.depth > 0 ? node.path : node.column.name,
      column: node.column,
      depth: node.depth - rootDepth[i]!,
      expandable,
      expanded: expandable && options.expanded.has(node.path),
      documented: documented[i]!,
      match: filtering && selected[i] === true,
      ...(options.undocumentedOnly && documented[i] && options.keep?.has(node.path) ? { justDocumented: true } : {}),
    })
  })

  return {
    rows,
    total: nodes.length,
    undocumented: documented.filter((d) => !d).length,
    matches: filtering ? selected.filter(Boolean).length : nodes.length,
  }
}

/** Every path that has nested fields: what "expand all" opens. */
export function expandablePaths(columns: readonly Column[]): string[] {
  return flattenSchema(columns)
    .filter((n) => (n.column.fields?.length ?? 0) > 0)
    .map((n) => n.path)
}

/** Paths of the columns without a description, nested fields included. */
export function undocumentedPaths(columns: readonly Column[]): Set<string> {
  return new Set(flattenSchema(columns).filter((n) => !hasText(n.column.description)).map((n) => n.path))
}

/** A type string cut into pieces that may end a line: after `<`, `,` and `:`, so `struct<a:int,b:string>` never breaks inside a name. */
export function typeBreaks(type: string): string[] {
  return type.split(/(?<=[<,:(])/)
}
