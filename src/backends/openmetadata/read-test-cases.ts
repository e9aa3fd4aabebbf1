import { isCatalogError } from '../errors'
import type { QualityCheck } from '../../model/types'
import { mapTestCase } from './map-test-cases'
import { segment, type OpenMetadataClient } from './openmetadata-client'
import { listPageSchema, testCaseResultSchema, testCaseSchema, type WireTestCaseResult } from './openmetadata-wire'
import { parseEach } from './parse-records'

/** How far back a test case's results are read, and how many at most: the history the Contract & quality tab draws. */
const HISTORY_DAYS = 30
const MAX_RESULTS = 30
const MAX_CASES_PER_TABLE = 100

/** A server without the data-quality API (or one refusing it) leaves the product without checks, not failed. */
async function tolerant<T>(read: () => Promise<T>, fallback: T, signal?: AbortSignal): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (signal?.aborted || !isCatalogError(error)) throw error
    return fallback
  }
}

/**
 * The data-quality test cases of some tables, table- and column-level, each with its latest result
 * and the results of the last 30 days (`/dataQuality/testCases` by `entityLink`, then
 * `/dataQuality/testCases/testCaseResults/{fqn}`), as quality checks with dated history.
 */
export async function readTestCases(client: OpenMetadataClient, tableFqns: readonly string[], now: Date = new Date(), signal?: AbortSignal): Promise<QualityCheck[]> {
  const perTable = await Promise.all(
    tableFqns.map((fqn) =>
      tolerant(
        async () =>
          parseEach(
            testCaseSchema,
            await client.list(
              '/dataQuality/testCases',
              { entityLink: `<#E::table::${fqn}>`, includeAllTests: true, fields: 'testCaseResult,testDefinition' },
              `the test cases of ${fqn}`,
              MAX_CASES_PER_TABLE,
              signal,
            ),
            'test case',
          ).items,
        [],
        signal,
      ),
    ),
  )
  const cases = perTable.flat()
  const startTs = now.getTime() - HISTORY_DAYS * 86_400_000
  return Promise.all(
    cases.map(async (testCase) => {
      const fqn = testCase.fullyQualifiedName
      const results: WireTestCaseResult[] = fqn
        ? await tolerant(
            async () => {
              const raw = await client.get(
                `/dataQuality/testCases/testCaseResults/${segment(fqn)}`,
                { startTs, endTs: now.getTime(), limit: MAX_RESULTS },
                `the results of test case ${fqn}`,
                signal,
              )
              const page = listPageSchema.safeParse(raw)
              return page.success ? parseEach(testCaseResultSchema, page.data.data, 'test case result').items : []
            },
            [],
            signal,
          )
        : []
      return mapTestCase(testCase, results)
    }),
  )
}
