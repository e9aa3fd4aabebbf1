/**
 * Everything the lineage view shows, read from and written to the URL, so any view can be
 * shared by link and comes back the same after a reload. Untrusted: every value is checked
 * and anything unreadable falls back to its default.
 */
import { PRODUCT_KINDS, type ProductKind, type Urn } from '../../../model/types'

export type ExpandDirection = 'up' | 'down'
export type PathDirection = 'both' | 'up' | 'down'
export type EngineChoice = 'auto' | 'elk' | 'lanes'

/** A node whose next level was loaded on demand, in the order the user asked. */
export interface Expansion {
  urn: Urn
  direction: ExpandDirection
}

export interface ColumnRef {
  urn: Urn
  port: string
  column: string
}

export interface LineageViewState {
  mode: 'focus' | 'mesh'
  focus?: Urn
  /** Hops shown upstream and downstream of the focus; `Infinity` for all. */
  up: number
  down: number
  expansions: Expansion[]
  /** Whole-mesh view: domains shown as their products rather than one node. */
  open: string[] | 'all'
  grouped: boolean
  domains: string[]
  kinds: ProductKind[]
  /** Node id: a product URN, or `domain:ID` for a collapsed domain. */
  selected?: string
  path: PathDirection
  /** Products showing their columns. */
  columns: Urn[]
  column?: ColumnRef
  engine: EngineChoice
}

export const DEFAULT_DEPTH = 2
export const MAX_DEPTH = 10
const MAX_LIST = 200

export const defaultViewState: LineageViewState = {
  mode: 'focus',
  up: DEFAULT_DEPTH,
  down: DEFAULT_DEPTH,
  expansions: [],
  open: [],
  grouped: false,
  domains: [],
  kinds: [],
  path: 'both',
  columns: [],
  engine: 'auto',
}

export function parseDepth(value: string | null): number {
  if (value === null) return DEFAULT_DEPTH
  if (value === 'all') return Infinity
  if (!/^\d{1,6}$/.test(value)) return DEFAULT_DEPTH
  return Math.min(Number(value), MAX_DEPTH)
}

const formatDepth = (depth: number) => (depth === Infinity ? 'all' : String(depth))

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v.length > 0 && v.length <= 1000))].slice(0, MAX_LIST)
}

export function parseViewState(params: URLSearchParams): LineageViewState {
  const expansions: Expansion[] = []
  const seen = new Set<string>()
  for (const raw of params.getAll('expand')) {
    const match = /^(up|down):(.+)$/s.exec(raw)
    if (!match || seen.has(raw) || expansions.length >= MAX_LIST) continue
    seen.add(raw)
    expansions.push({ direction: match[1] as ExpandDirection, urn: match[2]! })
  }
  const open = params.getAll('open')
  const path = params.get('path')
  const engine = params.get('layout')
  const colUrn = params.get('colUrn')
  const colName = params.get('colName')
  const state: LineageViewState = {
    mode: params.get('mode') === 'mesh' ? 'mesh' : 'focus',
    up: parseDepth(params.get('up')),
    down: parseDepth(params.get('down')),
    expansions,
    open: open.includes('*') ? 'all' : distinct(open),
    grouped: params.get('group') === 'domain',
    domains: distinct(params.getAll('domain')),
    kinds: PRODUCT_KINDS.filter((k) => params.getAll('kind').includes(k)),
    path: path === 'up' || path === 'down' ? path : 'both',
    columns: distinct(params.getAll('cols')),
    engine: engine === 'elk' || engine === 'lanes' ? engine : 'auto',
  }
  const focus = params.get('focus')
  if (focus) state.focus = focus
  const selected = params.get('sel')
  if (selected) state.selected = selected
  if (colUrn && colName) state.column = { urn: colUrn, port: params.get('colPort') ?? '', column: colName }
  return state
}

/** The URL query for a state, leaving out defaults so links stay short. */
export function writeViewState(state: LineageViewState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.mode === 'mesh') params.set('mode', 'mesh')
  if (state.focus) params.set('focus', state.focus)
  if (state.mode === 'focus') {
    if (state.up !== DEFAULT_DEPTH) params.set('up', formatDepth(state.up))
    if (state.down !== DEFAULT_DEPTH) params.set('down', formatDepth(state.down))
    for (const e of state.expansions) params.append('expand', `${e.direction}:${e.urn}`)
  }
  if (state.mode === 'mesh') {
    if (state.open === 'all') params.append('open', '*')
    else for (const id of state.open) params.append('open', id)
  }
  if (state.grouped) params.set('group', 'domain')
  for (const id of state.domains) params.append('domain', id)
  for (const kind of state.kinds) params.append('kind', kind)
  if (state.selected) params.set('sel', state.selected)
  if (state.path !== 'both') params.set('path', state.path)
  for (const urn of state.columns) params.append('cols', urn)
  if (state.column) {
    params.set('colUrn', state.column.urn)
    if (state.column.port) params.set('colPort', state.column.port)
    params.set('colName', state.column.column)
  }
  if (state.engine !== 'auto') params.set('layout', state.engine)
  return params
}

/** Link to the lineage of one product (what product pages and search link to). */
export function lineageHref(urn: Urn, extra: Partial<LineageViewState> = {}): string {
  return `/lineage?${writeViewState({ ...defaultViewState, ...extra, focus: urn }).toString()}`
}

/** Adds an expansion, or removes it (and keeps the rest in order) when it is already there. */
export function toggleExpansion(expansions: readonly Expansion[], next: Expansion): Expansion[] {
  const present = expansions.some((e) => e.urn === next.urn && e.direction === next.direction)
  return present
    ? expansions.filter((e) => !(e.urn === next.urn && e.direction === next.direction))
    : [...expansions, next]
}
