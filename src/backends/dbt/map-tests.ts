import type { QualityCheck } from '../../model/types'
import type { TestNode } from './manifest-schema'
import { observedTest } from './map-run-results'
import type { NodeResult } from './read-run-results'

const REFERENCE = /\b(ref|source)\(\s*(['"][^'"]*['"](?:\s*,\s*['"][^'"]*['"])*)/

/** `{{ get_where_subquery(ref('orders')) }}` → `orders`; `source('shop', 'orders')` → `orders`. */
export function referencedName(expression: unknown): string | undefined {
  if (typeof expression !== 'string') return undefined
  const match = REFERENCE.exec(expression)
  if (!match) return undefined
  const names = [...(match[2] ?? '').matchAll(/['"]([^'"]*)['"]/g)].map((m) => m[1])
  return names[names.length - 1]
}

const nameOfId = (id: string) => id.replace(/\.v\d+$/, '').split('.').pop()

/** The model (or snapshot, seed) a test checks: dbt 1.5+ says so; older manifests need its `model` argument. */
export function testedNodeId(test: TestNode): string | undefined {
  if (test.attached_node) return test.attached_node
  const candidates = (test.depends_on?.nodes ?? []).filter((id) => !id.startsWith('macro.'))
  const name = referencedName(test.test_metadata?.kwargs?.model)
  return (name && candidates.find((id) => nameOfId(id) === name)) || candidates[0]
}

function dimensionOf(testName: string): string | undefined {
  const name = testName.toLowerCase()
  if (name.includes('unique')) return 'uniqueness'
  if (name.includes('not_null') || name.includes('null')) return 'completeness'
  if (name === 'relationships' || name.includes('relationship')) return 'consistency'
  if (name.includes('recency') || name.includes('fresh')) return 'freshness'
  if (/accepted|range|between|expression|regex|match|values/.test(name)) return 'validity'
  return undefined
}

const listValues = (values: unknown): string | undefined => {
  if (!Array.isArray(values)) return undefined
  const shown = values.slice(0, 8).map(String)
  return shown.join(', ') + (values.length > shown.length ? ', …' : '')
}

function describeTest(kind: string, column: string | undefined, kwargs: Record<string, unknown>): string {
  const subject = column ? `\`${column}\`` : 'Each row'
  switch (kind) {
    case 'not_null':
      return `${subject} is never null.`
    case 'unique':
      return `${subject} has no duplicates.`
    case 'accepted_values': {
      const values = listValues(kwargs.values)
      return values ? `${subject} is one of: ${values}.` : `${subject} holds only accepted values.`
    }
    case 'relationships': {
      const to = referencedName(kwargs.to)
      const field = typeof kwargs.field === 'string' ? kwargs.field : undefined
      return to ? `${subject} matches ${field ? `\`${field}\` in ` : ''}\`${to}\`.` : `${subject} refers to existing rows.`
    }
    default:
      return column ? `dbt test ${kind} on \`${column}\`.` : `dbt test ${kind}.`
  }
}

const settingText = (value: unknown): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (Array.isArray(value)) return listValues(value)
  if (typeof value === 'string') return referencedName(value) ?? value.slice(0, 200)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value).slice(0, 200)
}

const DEFAULTS: Record<string, string> = { warn_if: '!= 0', error_if: '!= 0' }

/** The test's arguments and non-default settings, as written; the tested model and column are shown apart. */
function settingsOf(test: TestNode, kwargs: Record<string, unknown>): { key: string; value: string }[] {
  const settings: { key: string; value: string }[] = []
  for (const [key, raw] of Object.entries(kwargs)) {
    if (key === 'model' || key === 'column_name') continue
    const value = settingText(raw)
    if (value) settings.push({ key, value })
  }
  for (const key of ['where', 'warn_if', 'error_if', 'limit'] as const) {
    const value = settingText(test.config?.[key])
    if (value && DEFAULTS[key] !== value) settings.push({ key, value })
  }
  return settings.slice(0, 12)
}

/** A dbt test as the quality check it promises, with its last result when run_results.json has one (unknown otherwise). */
export function testToCheck(test: TestNode, result?: NodeResult): QualityCheck {
  const meta = test.test_metadata
  const kind = meta?.name ?? test.name
  const kwargs = meta?.kwargs ?? {}
  const column = test.column_name ?? (typeof kwargs.column_name === 'string' ? kwargs.column_name : undefined)
  const warnsOnly = test.config?.severity?.toLowerCase() === 'warn'
  const description = test.description?.trim() || describeTest(kind, column ?? undefined, kwargs)
  const dimension = dimensionOf(kind)
  const config = settingsOf(test, kwargs)
  return {
    name: meta ? `${meta.namespace ? `${meta.namespace}.` : ''}${meta.name}` : test.name,
    description: warnsOnly ? `${description} (warns, does not fail the build)` : description,
    ...(dimension ? { dimension } : {}),
    ...(column ? { column } : {}),
    type: meta ? `${meta.namespace ? `${meta.namespace}.` : ''}${meta.name}` : 'singular test',
    severity: warnsOnly ? 'warn' : 'error',
    ...(config.length ? { config } : {}),
    ...observedTest(result),
  }
}

export interface NodeChecks {
  checks: QualityCheck[]
  /** Lower-cased names of columns a `not_null` test guards. */
  required: Set<string>
}

/** Groups the project's tests by the node they check, each with its result from `results` (by test unique_id). */
export function checksByNode(tests: readonly TestNode[], results: ReadonlyMap<string, NodeResult> = new Map()): Map<string, NodeChecks> {
  const byNode = new Map<string, NodeChecks>()
  for (const test of tests) {
    const nodeId = testedNodeId(test)
    if (!nodeId) continue
    let entry = byNode.get(nodeId)
    if (!entry) byNode.set(nodeId, (entry = { checks: [], required: new Set() }))
    const check = testToCheck(test, results.get(test.unique_id))
    entry.checks.push(check)
    if (test.test_metadata?.name === 'not_null' && check.column) entry.required.add(check.column.toLowerCase())
  }
  return byNode
}
