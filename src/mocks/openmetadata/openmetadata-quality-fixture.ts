/**
 * Data-quality test cases on the fixture's tables, in the shapes of OpenMetadata's `tests/testCase.json`
 * and `tests/basic.json#/definitions/testCaseResult`, with a month of daily results dated back from
 * `now`, so the emulated server never reports a run months old as the latest.
 */
const uuid = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`
const definition = (n: number, name: string) => ({ id: uuid(n), type: 'testDefinition', name, fullyQualifiedName: name, deleted: false })

const ORDERS = 'snowflake_prod.acme.orders.orders'
const LINES = 'snowflake_prod.acme.orders.order_lines'
const RETURNS = 'snowflake_prod.acme.marketing.ad_spend_returns'

type Status = 'Success' | 'Failed' | 'Aborted'
interface CaseSpec {
  id: number
  table: string
  column?: string
  name: string
  displayName: string
  description: string
  definition: ReturnType<typeof definition>
  parameterValues?: { name: string; value: string }[]
  /** The status of the run `daysAgo` days back (0: the latest), and the values it measured. */
  run: (daysAgo: number) => { status: Status; result: string; values: { name: string; value: string }[] } | undefined
}

const specs: CaseSpec[] = [
  {
    id: 801,
    table: ORDERS,
    column: 'order_id',
    name: 'order_id_not_null',
    displayName: 'Order id is never null',
    description: 'Every order has a key.',
    definition: definition(901, 'columnValuesToBeNotNull'),
    run: () => ({ status: 'Success', result: 'Found nullCount=0 vs. the expected nullCount=0.', values: [{ name: 'nullCount', value: '0' }] }),
  },
  {
    id: 802,
    table: ORDERS,
    name: 'orders_row_count',
    displayName: 'Orders row count in range',
    description: 'Between a thousand and half a million orders.',
    definition: definition(902, 'tableRowCountToBeBetween'),
    parameterValues: [
      { name: 'minValue', value: '1000' },
      { name: 'maxValue', value: '500000' },
    ],
    run: (daysAgo) =>
      daysAgo === 6
        ? { status: 'Failed', result: 'Found 612 rows vs. the expected range [1000, 500000].', values: [{ name: 'rowCount', value: '612' }] }
        : { status: 'Success', result: `Found ${41_200 + (daysAgo % 7) * 130} rows vs. the expected range [1000, 500000].`, values: [{ name: 'rowCount', value: String(41_200 + (daysAgo % 7) * 130) }] },
  },
  {
    id: 803,
    table: LINES,
    column: 'sku',
    name: 'sku_in_catalogue',
    displayName: 'SKU matches the product catalogue',
    description: 'Every line names a product the shop sells.',
    definition: definition(903, 'columnValuesToMatchRegex'),
    parameterValues: [{ name: 'regex', value: '^[A-Z]{3}-\\d{5}$' }],
    run: (daysAgo) =>
      daysAgo < 2
        ? { status: 'Failed', result: 'Found 3 values not matching the pattern.', values: [{ name: 'notLikeCount', value: '3' }] }
        : { status: 'Success', result: 'Found 0 values not matching the pattern.', values: [{ name: 'notLikeCount', value: '0' }] },
  },
  {
    id: 804,
    table: RETURNS,
    column: 'week',
    name: 'week_not_null',
    displayName: 'Week is never null',
    description: 'Each row names its week.',
    definition: definition(901, 'columnValuesToBeNotNull'),
    run: (daysAgo) => (daysAgo === 0 ? { status: 'Aborted', result: 'The query timed out.', values: [] } : { status: 'Success', result: 'Found nullCount=0.', values: [{ name: 'nullCount', value: '0' }] }),
  },
]

const HOUR = 3_600_000
const DAYS = 30

export interface FixtureTestCaseResult {
  timestamp: number
  testCaseStatus: Status
  result: string
  testResultValue: { name: string; value: string }[]
}

/** The test cases and each one's results, newest first, a day apart, the latest two hours before `now`. */
export function qualityFixture(now: number) {
  const results = new Map<string, FixtureTestCaseResult[]>()
  const testCases = specs.map((spec) => {
    const fullyQualifiedName = spec.column ? `${spec.table}.${spec.column}.${spec.name}` : `${spec.table}.${spec.name}`
    const runs: FixtureTestCaseResult[] = []
    for (let daysAgo = 0; daysAgo < DAYS; daysAgo++) {
      const run = spec.run(daysAgo)
      if (run) runs.push({ timestamp: now - 2 * HOUR - daysAgo * 24 * HOUR, testCaseStatus: run.status, result: run.result, testResultValue: run.values })
    }
    results.set(fullyQualifiedName, runs)
    return {
      id: uuid(spec.id),
      name: spec.name,
      fullyQualifiedName,
      displayName: spec.displayName,
      description: spec.description,
      entityLink: spec.column ? `<#E::table::${spec.table}::columns::${spec.column}>` : `<#E::table::${spec.table}>`,
      entityFQN: spec.column ? `${spec.table}.${spec.column}` : spec.table,
      testDefinition: spec.definition,
      parameterValues: spec.parameterValues ?? [],
      testCaseResult: runs[0],
      version: 0.1,
      updatedAt: now - 40 * 24 * HOUR,
      deleted: false,
    }
  })
  return { testCases, results }
}
