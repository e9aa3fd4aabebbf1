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

/** A dataset as an output port; `withSchema` adds its columns. */
const dataset = (withSchema: boolean) => `
fragment tesseraDataset on Dataset {
  urn
  name
  lastIngested
  platform { name properties { displayName } }
  properties { name qualifiedName description }
  editableProperties { description }
  subTypes { typeNames }
  deprecation { deprecated note }
  ${
    withSchema
      ? `schemaMetadata(version: 0) {
    fields { fieldPath nativeDataType description nullable tags { ...tesseraTags } glossaryTerms { ...tesseraTerms } }
  }
  editableSchemaMetadata { editableSchemaFieldInfo { fieldPath description tags { ...tesseraTags } } }`
      : ''
  }
}`

/** A data product with its assets; the catalogue reads it without columns, a product page with them. */
const dataProduct = (withSchema: boolean, assets: number) => `
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
${dataset(withSchema)}`

const ASSETS_PER_PRODUCT = 100

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
${dataProduct(false, ASSETS_PER_PRODUCT)}
${OWNERSHIP}
${TAGS}
${TERMS}`

export const DATA_PRODUCT_QUERY = `
query tesseraDataProduct($urn: String!) {
  dataProduct(urn: $urn) { ...tesseraDataProduct }
}
${dataProduct(true, ASSETS_PER_PRODUCT)}
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
${dataProduct(false, 20)}
${OWNERSHIP}
${TAGS}
${TERMS}`

export const UPDATE_DESCRIPTION_MUTATION = `
mutation tesseraUpdateDescription($input: DescriptionUpdateInput!) {
  updateDescription(input: $input)
}`

export const ME_QUERY = `
query tesseraMe {
  me { corpUser { urn username properties { displayName fullName } } }
}`

/** Every operation, by name, for the schema test. */
export const DATAHUB_OPERATIONS = {
  DOMAINS_QUERY,
  DATA_PRODUCTS_QUERY,
  DATA_PRODUCT_QUERY,
  SEARCH_QUERY,
  UPDATE_DESCRIPTION_MUTATION,
  ME_QUERY,
}
