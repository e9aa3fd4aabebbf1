import type { ProductPatch } from '../catalog-backend'
import { ConflictError, InvalidDataError, isCatalogError, NotFoundError, UnsupportedError } from '../errors'
import type { DataProduct, Owner, Urn } from '../../model/types'
import { ownersOf, toRevision, toVersion } from './map-openmetadata'
import { ownerDirectory, ownerOperations, ownersToResolve, type OwnedEntity, type OwnerType } from './map-owners-patch'
import { parseProductUrn } from './map-products'
import { segment, type OpenMetadataClient, type PatchOperation } from './openmetadata-client'
import { teamSchema, userSchema, type WireColumn, type WireRef, type WireTable, type WireTagLabel } from './openmetadata-wire'
import { parseOne } from './parse-records'
import type { OpenMetadataReader } from './read-openmetadata'

/** What Tessera can write to OpenMetadata; links stay read-only. */
export const EDITABLE_FIELDS = ['description', 'tags', 'owners', 'columnDescriptions'] as const
const SUPPORTED = new Set<string>(EDITABLE_FIELDS)

interface ColumnEdit {
  column: string
  description: string
}

/** JSON Pointer to a column's description; `column` is a dotted path for nested fields. */
export function columnPointer(columns: readonly WireColumn[], column: string): string | undefined {
  let level: readonly WireColumn[] | null | undefined = columns
  let pointer = ''
  for (const name of column.split('.')) {
    const index: number = level?.findIndex((c) => c.name === name) ?? -1
    if (index < 0) return undefined
    pointer += `${pointer ? '/children' : '/columns'}/${index}`
    level = level?.[index]?.children
  }
  return `${pointer}/description`
}

function columnOperations(table: WireTable, edits: readonly ColumnEdit[]): PatchOperation[] {
  return edits.map(({ column, description }) => {
    const path = columnPointer(table.columns ?? [], column)
    if (!path) throw new NotFoundError(`Column ${column} of ${table.fullyQualifiedName}`)
    return { op: 'add', path, value: description }
  })
}

/** Replaces the classification tags and keeps the glossary terms OpenMetadata stores in the same list. */
function tagOperation(current: readonly WireTagLabel[] | null | undefined, tags: readonly string[]): PatchOperation {
  const glossary = (current ?? []).filter((t) => t.source === 'Glossary')
  const kept = new Map((current ?? []).filter((t) => t.source !== 'Glossary').map((t) => [t.tagFQN, t]))
  const labels = tags.map((tagFQN) => kept.get(tagFQN) ?? { tagFQN, source: 'Classification', labelType: 'Manual', state: 'Confirmed' })
  return { op: 'add', path: '/tags', value: [...labels, ...glossary] }
}

/** The version check that makes a save fail when someone saved first. */
const versionTest = (version: number): PatchOperation => ({ op: 'test', path: '/version', value: version })

/**
 * Writes documentation and owners as JSON Patch. Every patch starts with a `test` of the entity's version,
 * so OpenMetadata applies it only to the version the edit started from; a refusal is reported
 * as a conflict carrying the product as it is now.
 */
export function createOpenMetadataWriter(client: OpenMetadataClient, reader: OpenMetadataReader) {
  /** A user or team by name, as a reference; `undefined` when OpenMetadata has none by that name. */
  async function lookUp(type: OwnerType, name: string, signal?: AbortSignal): Promise<WireRef | undefined> {
    const what = `${type} ${name}`
    const raw = await client.get(`/${type === 'user' ? 'users' : 'teams'}/name/${segment(name)}`, {}, what, signal).catch((error: unknown) => {
      if (isCatalogError(error) && error.kind === 'not-found') return undefined
      throw error
    })
    if (raw === undefined) return undefined
    const found = parseOne(type === 'user' ? userSchema : teamSchema, raw, what)
    return { id: found.id, type, name: found.name, displayName: found.displayName }
  }

  /** The operations for an owners change, with every user and team it names looked up first. */
  async function ownersPatch(entity: OwnedEntity, entityType: 'dataProduct' | 'table', owners: readonly Owner[], signal?: AbortSignal) {
    const carried = [...ownersOf(entity), ...(entity.experts ?? [])]
    const known = ownerDirectory(carried)
    const found = await Promise.all(ownersToResolve(owners).filter((w) => !known(w.type, w.key)).map((w) => lookUp(w.type, w.key, signal)))
    return ownerOperations(entity, entityType, owners, ownerDirectory([...carried, ...found.filter((r) => r !== undefined)]))
  }

  async function patchTableColumns(fqn: string, edits: readonly ColumnEdit[], signal?: AbortSignal) {
    const table = await reader.readTable(fqn, signal)
    await client.patch(`/tables/${table.id}`, [versionTest(table.version ?? 0.1), ...columnOperations(table, edits)], `table ${fqn}`, signal)
  }

  async function apply(urn: Urn, patch: ProductPatch, signal?: AbortSignal): Promise<void> {
    const id = parseProductUrn(urn)
    if (!id) throw new NotFoundError(`Product ${urn}`)
    const unsupported = Object.keys(patch.changes).filter((k) => !SUPPORTED.has(k) && patch.changes[k as keyof typeof patch.changes] !== undefined)
    if (unsupported.length) throw new UnsupportedError(`changing ${unsupported.join(', ')} through Tessera`)
    const { description, tags, owners, columnDescriptions = [] } = patch.changes
    const baseVersion = toVersion(patch.baseRevision)

    const table = id.source === 'table' ? await reader.readTable(id.fqn, signal) : undefined
    const entity = table ?? (await reader.readDataProduct(id.fqn, signal))
    if (toRevision(entity.version) !== patch.baseRevision) throw new ConflictError(undefined, await reader.product(urn, signal))
    const operations: PatchOperation[] = [
      ...(description !== undefined ? [{ op: 'add' as const, path: '/description', value: description }] : []),
      ...(tags !== undefined ? [tagOperation(entity.tags, tags)] : []),
      ...(owners !== undefined ? await ownersPatch(entity, table ? 'table' : 'dataProduct', owners, signal) : []),
    ]
    const byTable = new Map<string, ColumnEdit[]>()
    for (const edit of columnDescriptions) byTable.set(edit.outputPortId, [...(byTable.get(edit.outputPortId) ?? []), edit])

    if (table) {
      const own = byTable.get(id.fqn) ?? []
      if (byTable.size > (own.length ? 1 : 0)) throw new InvalidDataError('A table product has one output port: the table itself.')
      const all = [...operations, ...columnOperations(table, own)]
      if (all.length) await client.patch(`/tables/${table.id}`, [versionTest(baseVersion), ...all], `table ${id.fqn}`, signal)
      return
    }
    if (operations.length) await client.patch(`/dataProducts/${entity.id}`, [versionTest(baseVersion), ...operations], `data product ${id.fqn}`, signal)
    // A column lives on the asset table, versioned on its own: its edit is checked against the table as just read.
    for (const [fqn, edits] of byTable) await patchTableColumns(fqn, edits, signal)
  }

  return async function updateProduct(urn: Urn, patch: ProductPatch, signal?: AbortSignal): Promise<DataProduct> {
    try {
      await apply(urn, patch, signal)
    } catch (error) {
      if (!isCatalogError(error) || !['conflict', 'invalid-data'].includes(error.kind) || (error instanceof ConflictError && error.current)) throw error
      const current = await reader.product(urn, signal)
      if (current.revision !== patch.baseRevision) throw new ConflictError(undefined, current)
      throw error
    }
    return reader.product(urn, signal)
  }
}
