/**
 * The catalogue's vocabulary. Every backend maps its own shapes onto these types;
 * the rest of the app sees nothing else.
 */

/** Stable, addressable identifier of a data product, e.g. `urn:tessera:product:playback.sessions`. */
export type Urn = string

export const PRODUCT_KINDS = ['source-aligned', 'aggregate', 'consumer-aligned'] as const
/** Where a product sits in the mesh: native to an operational system, combined, or fit for a use case. */
export type ProductKind = (typeof PRODUCT_KINDS)[number]

export const LIFECYCLES = ['draft', 'active', 'deprecated', 'retired'] as const
export type Lifecycle = (typeof LIFECYCLES)[number]

export const OWNER_ROLES = ['product-owner', 'technical-owner', 'steward'] as const
export type OwnerRole = (typeof OWNER_ROLES)[number]

/** `dashboard`: a BI report or Look; `other`: a kind of port Tessera has no word for (the descriptor's own word is in `format` or the name). */
export const PORT_TYPES = ['table', 'view', 'topic', 'api', 'file', 'dashboard', 'other'] as const
export type PortType = (typeof PORT_TYPES)[number]

export const CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const
export type Classification = (typeof CLASSIFICATIONS)[number]

export const SLO_STATUSES = ['met', 'breached', 'unknown'] as const
export type SloStatus = (typeof SLO_STATUSES)[number]

export interface ContactLink {
  kind: 'email' | 'chat' | 'phone' | 'web'
  label?: string
  href: string
}

export interface Person {
  id: string
  name: string
  email?: string
  title?: string
  contacts: ContactLink[]
  /** Teams the person belongs to. */
  teamIds: string[]
}

export interface TeamMember {
  personId: string
  role: string
}

export interface Team {
  id: string
  name: string
  description?: string
  members: TeamMember[]
  contacts: ContactLink[]
}

export interface Domain {
  id: string
  name: string
  description?: string
  /** Parent domain for nested sub-domains; absent at the top level. */
  parentId?: string
  ownerTeamId?: string
}

/** Who answers for a product. Either a team or a person (or both, e.g. a person acting for a team). */
export interface Owner {
  role: OwnerRole
  teamId?: string
  personId?: string
}

export interface Column {
  name: string
  type: string
  description?: string
  required?: boolean
  classification?: Classification
  /** Personally identifiable information: handle under privacy rules. */
  pii?: boolean
  tags?: string[]
  /** Nested fields of a struct/record/array-of-struct column. */
  fields?: Column[]
}

export interface OutputPort {
  id: string
  name: string
  type: PortType
  /** Address a consumer reads from: table name, topic, URL, bucket path. */
  location: string
  format?: string
  /** Markdown: how to get access (request flow, grants, credentials). */
  accessInstructions?: string
  description?: string
  columns: Column[]
  /** The backend's listing left the columns out (they are read with the product): `columns` is empty, not known to be. */
  columnsUnread?: true
  contractId?: string
}

/** What a product reads: another product of the mesh, or something outside it. */
export type InputPort =
  | { kind: 'product'; productUrn: Urn; outputPortId?: string; description?: string }
  | { kind: 'external'; name: string; system?: string; description?: string }

export const RUN_OUTCOMES = ['pass', 'warn', 'fail', 'error', 'skipped'] as const
/** How one run of a check, or one measurement of an SLO, came out. */
export type RunOutcome = (typeof RUN_OUTCOMES)[number]

/** One dated result of a check or measurement of an SLO. */
export interface Run {
  /** ISO 8601 instant the run finished or the value was measured. */
  at: string
  outcome: RunOutcome
  /** The observed value as text, e.g. "3 failing rows", "07:31 UTC". */
  value?: string
  durationMs?: number
  message?: string
}

/** An incident the backend recorded against a check or SLO. */
export interface Incident {
  title: string
  /** ISO 8601 instants. */
  startedAt: string
  resolvedAt?: string
  url?: string
}

/**
 * What a status is worth depends on when it was observed: these fields say so. A status
 * without `observedAt` is not trusted (shown as unknown); one older than its maximum age is stale.
 */
export interface Observed {
  /** ISO 8601 instant the status and value were last observed. */
  observedAt?: string
  /** How old an observation may be before it is stale; the model's default applies when absent. */
  maxAgeHours?: number
  /** Recent runs, newest first. */
  history?: Run[]
  incidents?: Incident[]
}

export interface Slo extends Observed {
  name: string
  /** The promise, as a person reads it: "updated by 06:00 UTC", "99.5% availability". */
  objective: string
  /** Last observed value, as text, if known. */
  current?: string
  status: SloStatus
  /** Freshness: when data last landed (ISO 8601), if known. */
  lastLandedAt?: string
}

export const QUALITY_CHECK_STATUSES = ['passing', 'warning', 'failing', 'unknown'] as const
export type QualityCheckStatus = (typeof QUALITY_CHECK_STATUSES)[number]

/** A data-quality rule a contract promises, and its last known result. */
export interface QualityCheck extends Observed {
  name: string
  description?: string
  /** e.g. completeness, validity, freshness, uniqueness. */
  dimension?: string
  /** The column the rule checks, if it checks one. */
  column?: string
  status: QualityCheckStatus
  /** The kind of test as its tool names it, e.g. `not_null`, `dbt_utils.expression_is_true`. */
  type?: string
  /** `warn`: a failure warns and does not fail the run. */
  severity?: 'error' | 'warn'
  /** The test's settings as written, e.g. `values: a, b`, `where: …`. */
  config?: { key: string; value: string }[]
  /** The last run's message (e.g. "Got 3 results, configured to fail if != 0"). */
  message?: string
}

export interface ContractSupport {
  label: string
  /** e-mail, chat or web address. */
  href?: string
}

/** What a data contract promises, as a person reads it. Every part is optional: contracts vary. */
export interface ContractTerms {
  /** Contract status in its own standard, e.g. `active`, `draft`. */
  status?: string
  /** The schema promise in words, e.g. "columns are only added; removals get a major version". */
  schemaPromise?: string
  qualityChecks?: QualityCheck[]
  support?: ContractSupport[]
  /** Markdown: usage, limitations, billing, retention. */
  termsOfUse?: string
}

export interface ContractRef {
  id: string
  version: string
  /** Standard the contract is written in, e.g. `odcs` or `datacontract-specification`. */
  standard?: string
  url?: string
  outputPortId?: string
  terms?: ContractTerms
  /** The contract document as written (YAML or JSON), for readers who want the source. */
  raw?: string
}

export interface Link {
  label: string
  url: string
}

/** One column-to-column edge: this product's `column` is derived from `from`. */
export interface ColumnLineage {
  outputPortId: string
  column: string
  from: { productUrn: Urn; outputPortId?: string; column: string }[]
}

/** How much a product is read, as the backend counts it (queries against its output ports). */
export interface ProductUsage {
  /** Queries over the last 30 days. */
  queries: number
  /** Distinct people or accounts that queried it over the last 30 days, when known. */
  users?: number
  /** Queries over the 30 days before those, when known: the trend. */
  previousQueries?: number
  /** Queries per day over the last 30 days, oldest first, when known. */
  daily?: number[]
  /** When the backend computed the figures. */
  asOf?: string
}

export interface DataProduct {
  urn: Urn
  /** What the product's source also calls it, e.g. a descriptor's `id` or a dbt model's `unique_id`; found by search and by address. */
  ids?: string[]
  /** Short technical name, unique within its domain, e.g. `playback_sessions`. */
  name: string
  title: string
  domainId: string
  kind: ProductKind
  lifecycle: Lifecycle
  /** For deprecated or retired products: what replaces it. */
  replacedBy?: Urn
  /** Markdown. */
  description: string
  tags: string[]
  glossaryTerms: string[]
  owners: Owner[]
  outputPorts: OutputPort[]
  inputPorts: InputPort[]
  contract?: ContractRef
  /** Every contract of the product, `contract` first, when it has more than one. */
  contracts?: ContractRef[]
  slos: Slo[]
  /** Quality checks run on the product's data that no contract promises (monitoring in the catalogue). */
  monitoredChecks?: QualityCheck[]
  links: Link[]
  columnLineage?: ColumnLineage[]
  version?: string
  /** Optimistic-concurrency token; a write carries the revision it started from. */
  revision: number
  updatedAt: string
  updatedBy?: string
  /** Label of the backend the product came from, when several backends are shown as one mesh. */
  source?: string
  /** Absent where the backend keeps no usage statistics. */
  usage?: ProductUsage
}

/** The fields a product owner may change through a backend that supports editing. */
export type EditableProductFields = Pick<DataProduct, 'description' | 'tags' | 'glossaryTerms' | 'owners' | 'links'> & {
  columnDescriptions: { outputPortId: string; column: string; description: string }[]
  /** Replaces a column's tags; `column` is a dotted path for nested fields. */
  columnTags: { outputPortId: string; column: string; tags: string[] }[]
  /** Sets a column's classification; `null` removes it. */
  columnClassifications: { outputPortId: string; column: string; classification: Classification | null }[]
}

export interface ProductChange {
  revision: number
  at: string
  by: string
  fields: string[]
  /** Per field, the value before and after, as displayed text. */
  diff: { field: string; before: string; after: string }[]
}

/** A record a backend received but could not use: shown to users as an explained gap. */
export interface RecordIssue {
  /** What kind of record: product, domain, team, person. */
  entity: string
  /** Identifier if one could be read, otherwise the record's position. */
  ref: string
  message: string
}

/** A list a backend read, with the records it had to skip. */
export interface Listing<T> {
  items: T[]
  issues: RecordIssue[]
}

/** Everything a client-side index needs in one piece. */
export interface Catalog {
  domains: Domain[]
  teams: Team[]
  people: Person[]
  products: DataProduct[]
  issues: RecordIssue[]
  /** What users should know about how the backend shaped this catalogue (datasets shown as products, a cap reached), one sentence each. */
  notices?: string[]
}
