import { Kind, parse, validate, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql'
import { DATAHUB_SDL_DIR, loadDataHubSchema } from '../../mocks/datahub/load-datahub-schema'
import { existsSync } from 'node:fs'
import { DATAHUB_OPERATIONS } from './datahub-queries'

describe.skipIf(!existsSync(DATAHUB_SDL_DIR))('DataHub operations against DataHub’s own GraphQL schema', () => {
  const schema = loadDataHubSchema()!

  it.each(Object.entries(DATAHUB_OPERATIONS))('%s is valid', (_name, operation) => {
    expect(validate(schema, parse(operation)).map((e) => e.message)).toEqual([])
  })

  it('rejects a field DataHub does not have, so the check can fail', () => {
    expect(validate(schema, parse('query { dataProduct(urn: "x") { urn kindOfProduct } }'))).not.toEqual([])
  })
})

/**
 * Fields and depth as DataHub's server counts them before running a query (graphql-java's
 * MaxQueryComplexity/MaxQueryDepth instrumentations: every field selected counts 1, fragments
 * expanded where spread), against GMS's defaults GRAPHQL_QUERY_COMPLEXITY_LIMIT=2000 and
 * GRAPHQL_QUERY_DEPTH_LIMIT=50.
 */
function cost(document: DocumentNode): { fields: number; depth: number } {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f.selectionSet]),
  )
  const walk = (set: SelectionSetNode | undefined, depth: number): { fields: number; depth: number } => {
    let fields = 0
    let deepest = depth
    for (const selection of set?.selections ?? []) {
      const inner =
        selection.kind === Kind.FIELD
          ? walk(selection.selectionSet, depth + 1)
          : walk(selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value), depth)
      fields += inner.fields + (selection.kind === Kind.FIELD ? 1 : 0)
      deepest = Math.max(deepest, inner.depth)
    }
    return { fields, depth: deepest }
  }
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!
  return walk(operation.selectionSet, 0)
}

describe('DataHub operations within the server’s query limits', () => {
  it.each(Object.entries(DATAHUB_OPERATIONS))('%s stays well under 2,000 fields and 50 levels', (_name, operation) => {
    const { fields, depth } = cost(parse(operation))
    expect(fields).toBeLessThanOrEqual(1_000)
    expect(depth).toBeLessThanOrEqual(25)
  })

  it('keeps the catalogue’s query light: the product page asks for more than the catalogue', () => {
    const catalogue = cost(parse(DATAHUB_OPERATIONS.DATA_PRODUCTS_QUERY)).fields
    const page = cost(parse(DATAHUB_OPERATIONS.DATA_PRODUCT_QUERY)).fields
    expect(catalogue).toBeLessThanOrEqual(200)
    expect(page).toBeGreaterThan(catalogue)
  })

  it('counts fields spread through fragments, so the budget can fail', () => {
    expect(cost(parse('query { a { ...f ...f } } fragment f on A { b c { d } }'))).toEqual({ fields: 7, depth: 3 })
  })
})
