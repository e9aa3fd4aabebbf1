/**
 * Every operation the DataHub adapter sends, as plain strings (no GraphQL library at run time).
 * Modelled on DataHub's own UI operations (datahub-web-react/src/graphql); a unit test validates
 * each against DataHub's server schema, so a field the server would reject fails the build.
 */

const OWNERSHIP = `
fragment tesseraOwnership on Ownership {
  owners {
    owner {
      ... on CorpUser { urn username properties { displayName fullName email title } }
      ... on CorpGroup { urn name properties { displayName email } }
    }
    ownershipType { urn info { name } }
  }
}`

const TAGS = `
fragment tesseraTags on GlobalTags {
  tags { tag { urn name properties { name } } }
}`

const TERMS = `
fragment tesseraTerms on GlossaryTerms {
  terms { term { urn name properties { name } } }
}`

const DOMAIN = `
fragment tesseraDomain on Domain {
  urn
  id
  properties { name description }
  parentDomains { domains { urn } }
  ownership { ...tesseraOwnership }
}`

const LINEAGE_PER_DATASET = 100

/**
 * A dataset another one reads, with the data product it belongs to: DataHub's UI asks the
 * same way (`entityDataProduct` in fragments.graphql), as an asset sits in at most one product.
 */
const UPSTREAM_DATASET = `
fragment tesseraUpstreamDataset on Dataset {
  urn
  name
  platform { name properties { displayName } }
  properties { name qualifiedName }
  dataProduct: relationships(input: { types: ["DataProductContains"], direction: INCOMING, start: 0, count: 1 }) {
    relationships { entity { urn } }
  }
}`

/**
 * A dataset's direct upstream: datasets it is derived from, and the jobs (Airflow tasks,
 * dbt runs) that produce it with the datasets those jobs read, one hop further.
 */
const UPSTREAM = `
upstream: lineage(input: { direction: UPSTREAM, start: 0, count: ${LINEAGE_PER_DATASET} }) {
    total
    relationships {
      type
      entity {
        urn
        type
        ... on Dataset { ...tesseraUpstreamDataset }
        ... on DataJob {
          jobId
          properties { name }
          dataFlow { orchestrator properties { name } }
          upstream: lineage(input: { direction: UPSTREAM, start: 0, count: ${LINEAGE_PER_DATASET} }) {
            relationships { entity { urn type ... on Dataset { ...tesseraUpstreamDataset } } }
          }
        }
      }
    }
  }`

const ASSERTIONS_PER_DATASET = 100

const ASSERTION_PARAMETERS = `
fragment tesseraAssertionParameters on AssertionStdParameters {
  value { value }
  minValue { value }
  maxValue { value }
}`

/** An assertion's recent completed runs, newest first (DataHub's UI asks `runEvents(status: COMPLETE, limit: …)`). */
const LATEST_RUN = `runEvents(status: COMPLETE, limit: 30) { runEvents { timestampMillis result { type error { type } } } }`

/** What an assertion checks, whatever its kind, and how its latest run ended. */
const ASSERTION = `
fragment tesseraAssertion on Assertion {
  urn
  info {
    type
    description
    datasetAssertion { fields { path } aggregation operator parameters { ...tesseraAssertionParameters } nativeType }
    freshnessAssertion { type schedule { type cron { cron timezone } fixedInterval { unit multiple } } }
    volumeAssertion {
      type
      rowCountTotal { operator parameters { ...tesseraAssertionParameters } }
      rowCountChange { type operator parameters { ...tesseraAssertionParameters } }
      incrementingSegmentRowCountTotal { segment { field { path } } operator parameters { ...tesseraAssertionParameters } }
      incrementingSegmentRowCountChange { segment { field { path } } type operator parameters { ...tesseraAssertionParameters } }
    }
    sqlAssertion { type statement changeType operator parameters { ...tesseraAssertionParameters } }
    fieldAssertion {
      type
      fieldValuesAssertion { field { path } operator parameters { ...tesseraAssertionParameters } }
      fieldMetricAssertion { field { path } metric operator parameters { ...tesseraAssertionParameters } }
    }
    schemaAssertion { compatibility fields { path } }
    customAssertion { type field { path } }
  }
  ${LATEST_RUN}
}
${ASSERTION_PARAMETERS}`

/** A freshness assertion only: enough for an SLO and its status. */
const FRESHNESS_ASSERTION = `
fragment tesseraFreshnessAssertion on Assertion {
  urn
  info { type description freshnessAssertion { type schedule { type cron { cron timezone } fixedInterval { unit multiple } } } }
  ${LATEST_RUN}
}`

/**
 * A dataset's data contract and assertions. `full` (a product page): the contract names its
 * assertions by URN, and the dataset's assertions, contract or not, come once with their latest
 * run. `summary` (catalogue, search, lineage): the contract's state and its freshness part only,
 * enough for "under contract" and an SLO status without a query per assertion.
 */
const quality = (full: boolean) =>
  full
    ? `contract {
    urn
    status { state }
    properties { freshness { assertion { urn } } schema { assertion { urn } } dataQuality { assertion { urn } } }
  }
  assertions(start: 0, count: ${ASSERTIONS_PER_DATASET}, includeSoftDeleted: false) { total assertions { ...tesseraAssertion } }`
    : `contract { urn status { state } properties { freshness { assertion { ...tesseraFreshnessAssertion } } } }`

interface DatasetReading {
  /** Its columns. */
  schema: boolean
  /** What it reads. */
  lineage: boolean
  /** Its contract and every assertion, not only the contract's freshness. */
  fullQuality: boolean
}

/** A dataset as an output port. */
const dataset = ({ schema, lineage, fullQuality }: DatasetReading) => `
fragment tesseraDataset on Dataset {
  urn
  name
  lastIngested
  platform { name properties { displayName } }
  properties { name qualifiedName description }
  editableProperties { description }
  subTypes { typeNames }
  deprecation { deprecated note }
  statsSummary { queryCountLast30Days uniqueUserCountLast30Days }
  ${
    schema
      ? `schemaMetadata(version: 0) {
    fields { fieldPath nativeDataType description nullable tags { ...tesseraTags } glossaryTerms { ...tesseraTerms } }
  }
  editableSchemaMetadata { editableSchemaFieldInfo { fieldPath description tags { ...tesseraTags } } }`
      : ''
  }
  ${lineage ? UPSTREAM : ''}
  ${quality(fullQuality)}
}${lineage ? UPSTREAM_DATASET : ''}
${fullQuality ? ASSERTION : FRESHNESS_ASSERTION}`

/**
 * A data product with its assets; the catalogue reads it without columns, a product page with
 * them and every assertion; both read lineage (product inputs), search results neither.
 */
const dataProduct = (reading: DatasetReading, assets: number) => `
fragment tesseraDataProduct on DataProduct {
  urn
  properties { name description externalUrl customProperties { key value } }
  ownership { ...tesseraOwnership }
  tags { ...tesseraTags }
  glossaryTerms { ...tesseraTerms }
  domain { domain { urn properties { name } } }
  institutionalMemory { elements { url label description } }
  entities(input: { query: "*", start: 0, count: ${assets} }) {
    total
    searchResults { entity { ... on Dataset { ...tesseraDataset } } }
  }
}
${dataset(reading)}`

const ASSETS_PER_PRODUCT = 100

/**
 * What a dataset carries when it stands as a product itself (an instance with no data products):
 * its owners, labels, domain, and the container (schema, database) holding it.
 */
const DATASET_AS_PRODUCT = `
fragment tesseraDatasetAsProduct on Dataset {
  ...tesseraDataset
  properties { customProperties { key value } }
  ownership { ...tesseraOwnership }
  tags { ...tesseraTags }
  glossaryTerms { ...tesseraTerms }
  domain { domain { urn properties { name } } }
  container { urn properties { name } }
  institutionalMemory { elements { url label description } }
}`

/** How many data products the instance holds: `auto` reads datasets as products when there are none. */
export const DATA_PRODUCT_COUNT_QUERY = `
query tesseraDataProductCount {
  searchAcrossEntities(input: { types: [DATA_PRODUCT], query: "*", start: 0, count: 1 }) { start count total searchResults { entity { urn } } }
}`

export const DATASETS_QUERY = `
query tesseraDatasets($start: Int!, $count: Int!) {
  searchAcrossEntities(input: { types: [DATASET], query: "*", start: $start, count: $count }) {
    start
    count
    total
    searchResults { entity { ... on Dataset { ...tesseraDatasetAsProduct } } }
  }
}
${DATASET_AS_PRODUCT}
${dataset({ schema: false, lineage: true, fullQuality: false })}
${OWNERSHIP}
${TAGS}
${TERMS}`

export const DATASET_QUERY = `
query tesseraDatasetProduct($urn: String!) {
  dataset(urn: $urn) { ...tesseraDatasetAsProduct }
}
${DATASET_AS_PRODUCT}
${dataset({ schema: true, lineage: true, fullQuality: true })}
${OWNERSHIP}
${TAGS}
${TERMS}`

/** Datasets by URN, as products (no columns, no lineage): the datasets a lineage traversal reached. */
export const DATASETS_BY_URN_QUERY = `
query tesseraDatasetsByUrn($urns: [String!]!) {
  entities(urns: $urns) { urn ... on Dataset { ...tesseraDatasetAsProduct } }
}
${DATASET_AS_PRODUCT}
${dataset({ schema: false, lineage: false, fullQuality: false })}
${OWNERSHIP}
${TAGS}
${TERMS}`

/** A search over datasets standing as products; columns come along so a column match can be named. */
export const SEARCH_DATASETS_QUERY = `
query tesseraSearchDatasets($input: SearchAcrossEntitiesInput!) {
  searchAcrossEntities(input: $input) {
    start
    count
    total
    searchResults {
      entity { ... on Dataset { ...tesseraDatasetAsProduct } }
      matchedFields { name value }
    }
    facets { field displayName aggregations { value count entity { urn ... on Domain { properties { name } } ... on CorpGroup { name properties { displayName } } ... on CorpUser { username properties { displayName } } ... on Container { properties { name } } } } }
  }
}
${DATASET_AS_PRODUCT}
${dataset({ schema: true, lineage: false, fullQuality: false })}
${OWNERSHIP}
${TAGS}
${TERMS}`

export const DOMAINS_QUERY = `
query tesseraDomains($start: Int!, $count: Int!) {
  searchAcrossEntities(input: { types: [DOMAIN], query: "*", start: $start, count: $count }) {
    start
    count
    total
    searchResults { entity { ... on Domain { ...tesseraDomain } } }
  }
}
${DOMAIN}
${OWNERSHIP}`

export const DATA_PRODUCTS_QUERY = `
query tesseraDataProducts($start: Int!, $count: Int!) {
  searchAcrossEntities(input: { types: [DATA_PRODUCT], query: "*", start: $start, count: $count }) {
    start
    count
    total
    searchResults { entity { ... on DataProduct { ...tesseraDataProduct } } }
  }
}
${dataProduct({ schema: false, lineage: true, fullQuality: false }, ASSETS_PER_PRODUCT)}
${OWNERSHIP}
${TAGS}
${TERMS}`

export const DATA_PRODUCT_QUERY = `
query tesseraDataProduct($urn: String!) {
  dataProduct(urn: $urn) { ...tesseraDataProduct }
}
${dataProduct({ schema: true, lineage: true, fullQuality: true }, ASSETS_PER_PRODUCT)}
${OWNERSHIP}
${TAGS}
${TERMS}`

export const SEARCH_QUERY = `
query tesseraSearch($input: SearchAcrossEntitiesInput!) {
  searchAcrossEntities(input: $input) {
    start
    count
    total
    searchResults {
      entity { ... on DataProduct { ...tesseraDataProduct } }
      matchedFields { name value }
    }
    facets { field displayName aggregations { value count entity { urn ... on Domain { properties { name } } ... on CorpGroup { name properties { displayName } } ... on CorpUser { username properties { displayName } } } } }
  }
}
${dataProduct({ schema: false, lineage: false, fullQuality: false }, 20)}
${OWNERSHIP}
${TAGS}
${TERMS}`

export const UPDATE_DESCRIPTION_MUTATION = `
mutation tesseraUpdateDescription($input: DescriptionUpdateInput!) {
  updateDescription(input: $input)
}`

/** What a tag or owner change is computed against: the product's tags and owners as DataHub has them now. */
export const PRODUCT_LABELS_QUERY = `
query tesseraProductLabels($urn: String!) {
  dataProduct(urn: $urn) {
    urn
    ownership { ...tesseraOwnership }
    tags { ...tesseraTags }
  }
}
${OWNERSHIP}
${TAGS}`

/** A tag by name (search) and by the id Tessera would give it (`urn:li:tag:<name>`), in one round trip. */
export const FIND_TAG_QUERY = `
query tesseraFindTag($name: String!, $urn: String!) {
  entityExists(urn: $urn)
  searchAcrossEntities(input: { types: [TAG], query: $name, start: 0, count: 20 }) {
    searchResults { entity { ... on Tag { urn name properties { name } } } }
  }
}`

export const CREATE_TAG_MUTATION = `
mutation tesseraCreateTag($input: CreateTagInput!) {
  createTag(input: $input)
}`

export const ADD_TAGS_MUTATION = `
mutation tesseraAddTags($input: AddTagsInput!) {
  addTags(input: $input)
}`

export const REMOVE_TAGS_MUTATION = `
mutation tesseraRemoveTags($input: BatchRemoveTagsInput!) {
  batchRemoveTags(input: $input)
}`

export const ADD_OWNERS_MUTATION = `
mutation tesseraAddOwners($input: AddOwnersInput!) {
  addOwners(input: $input)
}`

export const REMOVE_OWNER_MUTATION = `
mutation tesseraRemoveOwner($input: RemoveOwnerInput!) {
  removeOwner(input: $input)
}`

export const ME_QUERY = `
query tesseraMe {
  me { corpUser { urn username properties { displayName fullName } } }
}`

/** Data products by URN, with their datasets (no columns, no lineage): the products a lineage traversal reached. */
export const PRODUCTS_BY_URN_QUERY = `
query tesseraProductsByUrn($urns: [String!]!) {
  entities(urns: $urns) { urn ... on DataProduct { ...tesseraDataProduct } }
}
${dataProduct({ schema: false, lineage: false, fullQuality: false }, ASSETS_PER_PRODUCT)}
${OWNERSHIP}
${TAGS}
${TERMS}`

/**
 * Datasets up- or downstream of one dataset, as many hops as the `degree` filter lets through
 * ("1", "2", "3+"), each with the data product holding it and the paths that reach it (jobs on
 * the way included), as DataHub's own lineage search asks (`searchAcrossRelationshipResults`).
 */
export const LINEAGE_QUERY = `
query tesseraLineage($input: ScrollAcrossLineageInput!) {
  scrollAcrossLineage(input: $input) {
    nextScrollId
    count
    total
    searchResults {
      degree
      entity { urn type ... on Dataset { ...tesseraUpstreamDataset } }
      paths {
        path {
          urn
          type
          ... on DataJob { jobId properties { name } dataFlow { orchestrator properties { name } } }
        }
      }
    }
  }
}
${UPSTREAM_DATASET}`

/** Every operation, by name, for the schema test. */
export const DATAHUB_OPERATIONS = {
  DOMAINS_QUERY,
  DATA_PRODUCTS_QUERY,
  DATA_PRODUCT_QUERY,
  SEARCH_QUERY,
  UPDATE_DESCRIPTION_MUTATION,
  PRODUCTS_BY_URN_QUERY,
  LINEAGE_QUERY,
  PRODUCT_LABELS_QUERY,
  FIND_TAG_QUERY,
  CREATE_TAG_MUTATION,
  ADD_TAGS_MUTATION,
  REMOVE_TAGS_MUTATION,
  ADD_OWNERS_MUTATION,
  REMOVE_OWNER_MUTATION,
  ME_QUERY,
  DATA_PRODUCT_COUNT_QUERY,
  DATASETS_QUERY,
  DATASET_QUERY,
  DATASETS_BY_URN_QUERY,
  SEARCH_DATASETS_QUERY,
}

/** Every glossary term with its definition, its term group and the terms it is related to ("IsRelatedTo"). */
export const GLOSSARY_QUERY = `
query tesseraGlossary($start: Int!, $count: Int!) {
  searchAcrossEntities(input: { types: [GLOSSARY_TERM], query: "*", start: $start, count: $count }) {
    start
    count
    total
    searchResults {
      entity {
        ... on GlossaryTerm {
          urn
          name
          properties { name description }
          parentNodes { nodes { properties { name } } }
          related: relationships(input: { types: ["IsRelatedTo"], direction: OUTGOING, start: 0, count: 100 }) {
            relationships { entity { ... on GlossaryTerm { urn name properties { name } } } }
          }
        }
      }
    }
  }
}`
