import type { z } from 'zod'
import { InvalidDataError } from '../errors'
import type { RecordIssue } from '../../model/types'

const describe = (error: z.ZodError) => error.issues.map((x) => `${x.path.join('.') || '(record)'}: ${x.message}`).join('; ')

/** Keeps the records that fit the schema; each one that does not becomes a RecordIssue. */
export function parseEach<T>(schema: z.ZodType<T>, records: readonly unknown[], entity: string): { items: T[]; issues: RecordIssue[] } {
  const items: T[] = []
  const issues: RecordIssue[] = []
  records.forEach((raw, i) => {
    const parsed = schema.safeParse(raw)
    if (parsed.success) items.push(parsed.data)
    else {
      const record = raw as { fullyQualifiedName?: unknown; name?: unknown } | null
      const ref = typeof record?.fullyQualifiedName === 'string' ? record.fullyQualifiedName : typeof record?.name === 'string' ? record.name : `#${i + 1}`
      issues.push({ entity, ref, message: describe(parsed.error) })
    }
  })
  return { items, issues }
}

/** One record that must fit, or the request fails with an explanation. */
export function parseOne<T>(schema: z.ZodType<T>, raw: unknown, what: string): T {
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new InvalidDataError(`OpenMetadata sent ${what} in a shape Tessera cannot read.`, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
  return parsed.data
}
