import { InvalidDataError, NotFoundError } from '../errors'
import type { ProductChange, Urn } from '../../model/types'
import { mapVersions } from './map-history'
import { parseProductUrn } from './map-products'
import { segment, type OpenMetadataClient } from './openmetadata-client'
import { entityHistorySchema, entityIdSchema, entityVersionSchema, type WireEntityVersion } from './openmetadata-wire'
import { parseOne } from './parse-records'

const COLLECTION = { dataProduct: 'dataProducts', table: 'tables' } as const

/** A version as sent: OpenMetadata serialises each as a JSON string; an object is taken as it is. */
function readVersion(raw: unknown): WireEntityVersion | undefined {
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw) as unknown
    } catch {
      return undefined
    }
  }
  const parsed = entityVersionSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/**
 * The change history of the entity behind a product, from `GET /{entities}/{id}/versions`.
 * A data product's history is the data product's own: its tables are versioned apart.
 * Unreadable versions are left out; an answer with none readable is an error, not an empty history.
 */
export function createOpenMetadataHistory(client: OpenMetadataClient) {
  return async function getHistory(urn: Urn, signal?: AbortSignal): Promise<ProductChange[]> {
    const id = parseProductUrn(urn)
    if (!id) throw new NotFoundError(`Product ${urn}`)
    const collection = COLLECTION[id.source]
    const what = `${id.source === 'table' ? 'table' : 'data product'} ${id.fqn}`
    const entity = parseOne(entityIdSchema, await client.get(`/${collection}/name/${segment(id.fqn)}`, {}, what, signal), what)
    const raw = await client.get(`/${collection}/${segment(entity.id)}/versions`, {}, `the versions of ${what}`, signal)
    const history = entityHistorySchema.safeParse(raw)
    if (!history.success) {
      throw new InvalidDataError(`OpenMetadata’s answer for the versions of ${what} is not a version history.`, history.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
    }
    const versions = history.data.versions.map(readVersion)
    const readable = versions.filter((v): v is WireEntityVersion => v !== undefined)
    if (readable.length === 0 && versions.length > 0) {
      throw new InvalidDataError(`None of the versions OpenMetadata sent for ${what} could be read (${versions.length.toLocaleString()} received).`, [
        'Each version should be an entity with a numeric `version` and `updatedAt`.',
      ])
    }
    return mapVersions(readable)
  }
}
