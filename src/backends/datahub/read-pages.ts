import type { z } from 'zod'
import { InvalidDataError } from '../errors'
import type { RecordIssue } from '../../model/types'
import type { DataHubGraphql } from './datahub-client'
import { searchResultsSchema } from './datahub-wire'

const PAGE = 100

/** Reads records of one kind, keeping the good ones and listing the rest as issues. */
export function parseEach<T>(schema: z.ZodType<T>, entities: unknown[], entity: string): { items: T[]; issues: RecordIssue[] } {
  const items: T[] = []
  const issues: RecordIssue[] = []
  entities.forEach((raw, i) => {
    const parsed = schema.safeParse(raw)
    if (parsed.success) items.push(parsed.data)
    else {
      const urn = (raw as { urn?: unknown } | null)?.urn
      issues.push({ entity, ref: typeof urn === 'string' ? urn : `#${i + 1}`, message: parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ') })
    }
  })
  return { items, issues }
}

export function searchResults(data: Record<string, unknown>, what: string) {
  const parsed = searchResultsSchema.safeParse(data.searchAcrossEntities)
  if (!parsed.success) throw new InvalidDataError(`DataHub’s answer for ${what} is not a search result.`, parsed.error.issues.map((i) => i.message))
  return parsed.data
}

/** Reads every page of a `searchAcrossEntities` query, up to `max` entities; `total` is how many DataHub holds. */
export async function readAll(graphql: DataHubGraphql, query: string, what: string, max: number, signal?: AbortSignal): Promise<{ entities: unknown[]; total: number }> {
  const entities: unknown[] = []
  let total = 0
  for (let start = 0; start < max; start += PAGE) {
    const page = searchResults(await graphql(query, { start, count: Math.min(PAGE, max - start) }, what, signal), what)
    total = page.total
    entities.push(...page.searchResults.map((r) => r.entity))
    if (page.searchResults.length === 0 || start + page.searchResults.length >= page.total) break
  }
  return { entities, total }
}
