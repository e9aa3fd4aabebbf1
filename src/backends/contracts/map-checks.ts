import type { QualityCheck } from '../../model/types'
import { entries, list, record, text, type Json } from './read-values'

const THRESHOLDS: [key: string, words: string][] = [
  ['mustBe', 'must be'],
  ['mustNotBe', 'must not be'],
  ['mustBeGreaterThan', 'must be greater than'],
  ['mustBeGreaterOrEqualTo', 'must be at least'],
  ['mustBeGreaterThanOrEqualTo', 'must be at least'],
  ['mustBeLessThan', 'must be less than'],
  ['mustBeLessOrEqualTo', 'must be at most'],
  ['mustBeLessThanOrEqualTo', 'must be at most'],
  ['mustBeBetween', 'must be between'],
  ['mustNotBeBetween', 'must not be between'],
]

/** "must be 0", "must be between 1 and 10": the threshold a check states, in words. */
function thresholdOf(q: Json): string | undefined {
  for (const [key, words] of THRESHOLDS) {
    const value = q[key]
    if (Array.isArray(value)) return `${words} ${value.map(String).join(' and ')}`
    if (text(value) !== undefined) return `${words} ${text(value)}`
  }
  return undefined
}

/** The rule as written: the SQL query, the library metric and its arguments, or the custom engine's implementation, with its threshold. */
export function ruleOf(q: Json): string | undefined {
  const type = text(q.type)?.toLowerCase()
  const threshold = thresholdOf(q)
  const args = record(q.arguments)
  const argText = args ? Object.entries(args).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join('; ') : undefined
  const body =
    text(q.query) ??
    (text(q.metric) || text(q.rule) ? [text(q.metric) ?? text(q.rule), argText && `(${argText})`].filter(Boolean).join(' ') : undefined) ??
    (type === 'custom' ? [text(q.engine), typeof q.implementation === 'string' ? q.implementation : q.implementation ? JSON.stringify(q.implementation) : undefined].filter(Boolean).join(': ') : undefined) ??
    text(q.specification)
  const parts = [body, threshold].filter(Boolean)
  return parts.length ? parts.join(' — ') : undefined
}

const withRule = (description: string | undefined, rule: string | undefined): string | undefined =>
  [description, rule && `Rule: ${rule}`].filter(Boolean).join('\n') || undefined

/** One check of a list of quality rules (ODCS `quality`, DCS `quality: [...]`): its own row, with its rule. */
export function listedCheck(q: Json, index: number, column?: string): QualityCheck {
  const type = text(q.type)
  const description = text(q.description)
  const rule = ruleOf(q)
  const args = record(q.arguments)
  const checked = column ?? text(args?.field) ?? text(args?.column)
  const name = text(q.name) ?? text(q.metric) ?? text(q.rule) ?? (description && description.length <= 80 ? description : undefined) ?? `${type ?? 'Quality'} check ${index + 1}`
  return {
    name,
    ...(withRule(description === name ? undefined : description, rule) ? { description: withRule(description === name ? undefined : description, rule) } : {}),
    ...(text(q.dimension) ? { dimension: text(q.dimension) } : {}),
    ...(checked ? { column: checked } : {}),
    status: 'unknown',
  }
}

/** SodaCL `checks for <table>: [...]`: every line its own check, named by its `name:` when it has one. */
export function sodaChecks(specification: unknown): QualityCheck[] {
  const spec = typeof specification === 'string' ? undefined : record(specification)
  if (!spec) return []
  return Object.entries(spec).flatMap(([section, checks]) => {
    const table = /^checks for (.+)$/i.exec(section)?.[1]?.trim()
    return list(checks).map((check, i): QualityCheck => {
      const [line, settings] = typeof check === 'string' ? [check, undefined] : (entries(check)[0] ?? [text(check) ?? `check ${i + 1}`, undefined])
      const name = text(settings?.name) ?? line
      const column = /\(([A-Za-z_][\w.]*)\)/.exec(line)?.[1]
      return {
        name,
        description: withRule(table ? `SodaCL check on ${table}` : 'SodaCL check', `${line}`) as string,
        ...(column ? { column } : {}),
        status: 'unknown',
      }
    })
  })
}
