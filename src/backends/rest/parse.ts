import type { z } from 'zod'
import type { Listing, RecordIssue } from '../../model/types'
import { InvalidDataError } from '../errors'

const describeIssues = (error: z.ZodError): string[] =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))

const recordRef = (raw: unknown, index: number): string => {
  if (raw && typeof raw === 'object') {
    const { urn, id } = raw as { urn?: unknown; id?: unknown }
    if (typeof urn === 'string' && urn) return urn
    if (typeof id === 'string' && id) return id
  }
  return `#${index + 1}`
}

/** Parses one record or rejects with InvalidDataError naming what was wrong. */
export function parseRecord<T>(schema: z.ZodType<T>, raw: unknown, entity: string): T {
  const result = schema.safeParse(raw)
  if (!result.success) {
    throw new InvalidDataError(`The ${entity} sent by the catalogue is malformed.`, describeIssues(result.error))
  }
  return result.data
}

/**
 * Parses a list record by record: malformed records are reported as issues and skipped, and so
 * is a record whose key (`keyOf`) repeats an earlier one, since ids must address one thing.
 */
export function parseListing<T>(schema: z.ZodType<T>, raw: unknown, entity: string, keyOf?: (item: T) => string): Listing<T> {
  if (!Array.isArray(raw)) {
    throw new InvalidDataError(`The catalogue sent something other than a list of ${entity} records.`)
  }
  const items: T[] = []
  const issues: RecordIssue[] = []
  const seen = new Set<string>()
  raw.forEach((record, index) => {
    const result = schema.safeParse(record)
    if (result.success) {
      const key = keyOf?.(result.data)
      if (key !== undefined && seen.has(key)) {
        issues.push({ entity, ref: key, message: 'appears more than once; the first record was kept' })
        return
      }
      if (key !== undefined) seen.add(key)
      items.push(result.data)
    } else issues.push({ entity, ref: recordRef(record, index), message: describeIssues(result.error).slice(0, 3).join('; ') })
  })
  return { items, issues }
}
