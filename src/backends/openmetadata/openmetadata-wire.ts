import { z } from 'zod'

/**
 * OpenMetadata's REST answers as far as Tessera reads them. Lenient where servers differ by
 * version: tables name their owner `owner` (≤ 1.4) or `owners`, their domain `domain` or `domains`.
 */

export const entityRefSchema = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string().nullish(),
  fullyQualifiedName: z.string().nullish(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  deleted: z.boolean().nullish(),
})
export type WireRef = z.infer<typeof entityRefSchema>

const refs = z.array(entityRefSchema).nullish()

export const tagLabelSchema = z.object({
  tagFQN: z.string(),
  source: z.string().nullish(),
  description: z.string().nullish(),
})
export type WireTagLabel = z.infer<typeof tagLabelSchema>

export interface WireColumn {
  name: string
  displayName?: string | null
  dataType?: string | null
  dataTypeDisplay?: string | null
  description?: string | null
  fullyQualifiedName?: string | null
  constraint?: string | null
  tags?: WireTagLabel[] | null
  children?: WireColumn[] | null
}

export const columnSchema: z.ZodType<WireColumn> = z.lazy(() =>
  z.object({
    name: z.string(),
    displayName: z.string().nullish(),
    dataType: z.string().nullish(),
    dataTypeDisplay: z.string().nullish(),
    description: z.string().nullish(),
    fullyQualifiedName: z.string().nullish(),
    constraint: z.string().nullish(),
    tags: z.array(tagLabelSchema).nullish(),
    children: z.array(columnSchema).nullish(),
  }),
)

const ownership = {
  owner: entityRefSchema.nullish(),
  owners: refs,
  domain: entityRefSchema.nullish(),
  domains: refs,
}

export const tableSchema = z.object({
  id: z.string(),
  name: z.string(),
  fullyQualifiedName: z.string(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  version: z.number().nullish(),
  updatedAt: z.number().nullish(),
  updatedBy: z.string().nullish(),
  tableType: z.string().nullish(),
  serviceType: z.string().nullish(),
  service: entityRefSchema.nullish(),
  columns: z.array(columnSchema).nullish(),
  tags: z.array(tagLabelSchema).nullish(),
  deleted: z.boolean().nullish(),
  /** The data products holding the table (OpenMetadata 1.2 and later), when asked for. */
  dataProducts: refs,
  /** Query counts from the usage workflow, when asked for and collected; a malformed one is dropped. */
  usageSummary: z
    .object({ monthlyStats: z.object({ count: z.number().int().nonnegative() }).nullish(), date: z.string().nullish() })
    .nullish()
    .catch(null),
  ...ownership,
})
export type WireTable = z.infer<typeof tableSchema>

export const LIFECYCLE_STAGES = ['IDEATION', 'DESIGN', 'DEVELOPMENT', 'TESTING', 'PRODUCTION', 'DEPRECATED', 'RETIRED'] as const

const portSchema = z.object({
  name: z.string(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  portType: z.string().nullish(),
  protocol: z.string().nullish(),
  format: z.string().nullish(),
  endpoint: z.string().nullish(),
  dataAsset: entityRefSchema.nullish(),
})
export type WirePort = z.infer<typeof portSchema>

export const dataProductSchema = z.object({
  id: z.string(),
  name: z.string(),
  fullyQualifiedName: z.string(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  version: z.number().nullish(),
  updatedAt: z.number().nullish(),
  updatedBy: z.string().nullish(),
  owners: refs,
  experts: refs,
  domains: refs,
  domain: entityRefSchema.nullish(),
  assets: refs,
  inputPorts: z.array(portSchema).nullish(),
  outputPorts: z.array(portSchema).nullish(),
  consumesFrom: refs,
  lifecycleStage: z.string().nullish(),
  sla: z
    .object({
      tier: z.string().nullish(),
      availability: z.number().nullish(),
      responseTime: z.number().nullish(),
      dataFreshness: z.number().nullish(),
      dataQuality: z.number().nullish(),
    })
    .nullish(),
  tags: z.array(tagLabelSchema).nullish(),
})
export type WireDataProduct = z.infer<typeof dataProductSchema>

export const domainSchema = z.object({
  id: z.string(),
  name: z.string(),
  fullyQualifiedName: z.string().nullish(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  domainType: z.string().nullish(),
  parent: entityRefSchema.nullish(),
  owners: refs,
  owner: entityRefSchema.nullish(),
})
export type WireDomain = z.infer<typeof domainSchema>

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  email: z.string().nullish(),
  teamType: z.string().nullish(),
  users: refs,
})
export type WireTeam = z.infer<typeof teamSchema>

export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  displayName: z.string().nullish(),
  email: z.string().nullish(),
  isBot: z.boolean().nullish(),
  teams: refs,
})
export type WireUser = z.infer<typeof userSchema>

/** A list endpoint's page: `{ data, paging: { after, total } }`. Records stay unparsed until each is checked. */
export const listPageSchema = z.object({
  data: z.array(z.unknown()),
  paging: z.object({ after: z.string().nullish(), total: z.number().nullish() }).nullish(),
})

const edgeSchema = z.object({
  fromEntity: z.string(),
  toEntity: z.string(),
  lineageDetails: z
    .object({ columnsLineage: z.array(z.object({ fromColumns: z.array(z.string()).nullish(), toColumn: z.string().nullish() })).nullish() })
    .nullish(),
})

export const lineageSchema = z.object({
  entity: entityRefSchema,
  nodes: z.array(entityRefSchema).nullish(),
  upstreamEdges: z.array(edgeSchema).nullish(),
  downstreamEdges: z.array(edgeSchema).nullish(),
})
export type WireLineage = z.infer<typeof lineageSchema>
export type WireLineageEdge = z.infer<typeof edgeSchema>

const bucketsSchema = z.object({ buckets: z.array(z.object({ key: z.union([z.string(), z.number()]), doc_count: z.number() })) })

/** `/search/query` answers in Elasticsearch's shape. */
export const searchResponseSchema = z.object({
  hits: z.object({
    total: z.union([z.number(), z.object({ value: z.number() })]),
    hits: z.array(z.object({ _source: z.unknown() })),
  }),
  aggregations: z.record(z.string(), z.unknown()).nullish(),
})
export const aggregationSchema = bucketsSchema

const fieldChangeSchema = z.object({ name: z.string(), oldValue: z.unknown().optional(), newValue: z.unknown().optional() })
export type WireFieldChange = z.infer<typeof fieldChangeSchema>

const fieldChanges = z.array(fieldChangeSchema).nullish()

/** `type/entityHistory.json#/definitions/changeDescription`: what one version changed. */
export const changeDescriptionSchema = z.object({
  fieldsAdded: fieldChanges,
  fieldsUpdated: fieldChanges,
  fieldsDeleted: fieldChanges,
  previousVersion: z.number().nullish(),
})

/** One entry of an entity's version history, as far as history needs it (the rest is the entity as it was). */
export const entityVersionSchema = z.object({
  version: z.number(),
  updatedAt: z.number(),
  updatedBy: z.string().nullish(),
  changeDescription: changeDescriptionSchema.nullish(),
})
export type WireEntityVersion = z.infer<typeof entityVersionSchema>

/** `GET /{entities}/{id}/versions`: every version, latest first; OpenMetadata sends each as a JSON string. */
export const entityHistorySchema = z.object({
  entityType: z.string().nullish(),
  versions: z.array(z.unknown()),
})

/** Just enough of an entity to address its versions. */
export const entityIdSchema = z.object({ id: z.string() })

/** One run of a data-quality test case (`tests/basic.json#/definitions/testCaseResult`); `timestamp` in epoch milliseconds. */
export const testCaseResultSchema = z.object({
  timestamp: z.number(),
  testCaseStatus: z.string().nullish(),
  result: z.string().nullish(),
  testResultValue: z.array(z.object({ name: z.string().nullish(), value: z.string().nullish() })).nullish(),
})
export type WireTestCaseResult = z.infer<typeof testCaseResultSchema>

/** A data-quality test case (`tests/testCase.json`) on a table or one of its columns, named by `entityLink`. */
export const testCaseSchema = z.object({
  id: z.string(),
  name: z.string(),
  fullyQualifiedName: z.string().nullish(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  entityLink: z.string(),
  testDefinition: entityRefSchema.nullish(),
  parameterValues: z.array(z.object({ name: z.string().nullish(), value: z.string().nullish() })).nullish(),
  testCaseResult: testCaseResultSchema.nullish(),
})
export type WireTestCase = z.infer<typeof testCaseSchema>

/** A term of an OpenMetadata glossary; products and columns carry it by its fully qualified name. */
export const glossaryTermSchema = z.object({
  name: z.string(),
  fullyQualifiedName: z.string(),
  displayName: z.string().nullish(),
  description: z.string().nullish(),
  glossary: entityRefSchema.nullish(),
  relatedTerms: refs,
})
