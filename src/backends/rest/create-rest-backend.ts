import type { BackendCapabilities, CatalogBackend, ProductPatch, RequestOptions } from '../catalog-backend'
import { InvalidDataError } from '../errors'
import type { Catalog, Urn } from '../../model/types'
import { createHttp, type HttpOptions } from './http'
import { parseListing, parseRecord } from './parse'
import { accessRequestSchema, changeSchema, followSchema, domainSchema, glossaryTermSchema, savedSearchSchema, identitySchema, personSchema, productSchema, teamSchema } from './wire-schemas'
import { byLatestActivity } from '../../model/access-requests'
import { z } from 'zod'

export interface RestBackendConfig extends HttpOptions {
  id: string
  label: string
  capabilities?: Partial<BackendCapabilities>
}

const catalogEnvelope = z.object({
  domains: z.unknown(),
  teams: z.unknown(),
  people: z.unknown(),
  products: z.unknown(),
})

const byId = (record: { id: string }) => record.id
const requestPath = (id: string) => `/access-requests/${encodeURIComponent(id)}`
const savedSearchPath = (id: string) => `/me/saved-searches/${encodeURIComponent(id)}`
const productPath = (urn: Urn) => `/products/${encodeURIComponent(urn)}`

/** Client of Tessera's own catalogue REST API (docs/api/catalog-api.openapi.yaml). */
export function createRestBackend(config: RestBackendConfig): CatalogBackend {
  const request = createHttp(config)
  const capabilities: BackendCapabilities = {
    search: 'client',
    edit: true,
    history: true,
    columnLineage: true,
    switchIdentity: false,
    accessRequests: { kind: 'api' },
    ...config.capabilities,
  }

  return {
    id: config.id,
    label: config.label,
    capabilities,

    async getCatalog({ signal }: RequestOptions = {}): Promise<Catalog> {
      const raw = await request({ path: '/catalog', signal, what: 'the catalogue' })
      const envelope = parseRecord(catalogEnvelope, raw, 'catalogue')
      const domains = parseListing(domainSchema, envelope.domains, 'domain', byId)
      const teams = parseListing(teamSchema, envelope.teams, 'team', byId)
      const people = parseListing(personSchema, envelope.people, 'person', byId)
      const products = parseListing(productSchema, envelope.products, 'product', (p) => p.urn)
      return {
        domains: domains.items,
        teams: teams.items,
        people: people.items,
        products: products.items,
        issues: [...domains.issues, ...teams.issues, ...people.issues, ...products.issues],
      }
    },

    async getProduct(urn, { signal } = {}) {
      const raw = await request({ path: productPath(urn), signal, what: `product ${urn}` })
      return parseRecord(productSchema, raw, 'product')
    },

    async listDomains({ signal } = {}) {
      return parseListing(domainSchema, await request({ path: '/domains', signal, what: 'the domains' }), 'domain', byId)
    },
    async listTeams({ signal } = {}) {
      return parseListing(teamSchema, await request({ path: '/teams', signal, what: 'the teams' }), 'team', byId)
    },
    async listPeople({ signal } = {}) {
      return parseListing(personSchema, await request({ path: '/people', signal, what: 'the people' }), 'person', byId)
    },

    async updateProduct(urn: Urn, patch: ProductPatch, { signal }: RequestOptions = {}) {
      const raw = await request({
        method: 'PATCH',
        path: productPath(urn),
        body: patch.changes,
        headers: { 'If-Match': `"${patch.baseRevision}"` },
        signal,
        what: `product ${urn}`,
      })
      return parseRecord(productSchema, raw, 'product')
    },

    async getHistory(urn, { signal } = {}) {
      const raw = await request({ path: `${productPath(urn)}/history`, signal, what: `the history of ${urn}` })
      const listing = parseListing(changeSchema, raw, 'change')
      if (listing.issues.length && !listing.items.length) throw new InvalidDataError('The history is malformed.')
      return listing.items
    },

    async requestAccess(input, { signal } = {}) {
      const raw = await request({ method: 'POST', path: '/access-requests', body: input, signal, what: 'an access request' })
      return parseRecord(accessRequestSchema, raw, 'access request')
    },

    async listAccessRequests({ productUrn }, { signal } = {}) {
      const query = productUrn ? `?product=${encodeURIComponent(productUrn)}` : ''
      const raw = await request({ path: `/access-requests${query}`, signal, what: 'the access requests' })
      return parseListing(accessRequestSchema, raw, 'access request', byId).items.sort(byLatestActivity)
    },

    async decideAccessRequest(id, decision, { signal } = {}) {
      const raw = await request({ method: 'POST', path: `${requestPath(id)}/decision`, body: decision, signal, what: `access request ${id}` })
      return parseRecord(accessRequestSchema, raw, 'access request')
    },

    async withdrawAccessRequest(id, { signal } = {}) {
      const raw = await request({ method: 'POST', path: `${requestPath(id)}/withdrawal`, signal, what: `access request ${id}` })
      return parseRecord(accessRequestSchema, raw, 'access request')
    },

    async listFollows({ signal } = {}) {
      return parseListing(followSchema, await request({ path: '/me/follows', signal, what: 'what you follow' }), 'follow').items
    },

    async setFollow(target, following, { signal } = {}) {
      const raw = await request({ method: 'POST', path: '/me/follows', body: { kind: target.kind, id: target.id, following }, signal, what: 'what you follow' })
      return parseListing(followSchema, raw, 'follow').items
    },

    async listSavedSearches({ signal } = {}) {
      return parseListing(savedSearchSchema, await request({ path: '/me/saved-searches', signal, what: 'your saved searches' }), 'saved search', byId).items
    },

    async putSavedSearch(search, { signal } = {}) {
      const raw = await request({ method: 'PUT', path: savedSearchPath(search.id), body: search, signal, what: 'your saved searches' })
      return parseListing(savedSearchSchema, raw, 'saved search', byId).items
    },

    async deleteSavedSearch(id, { signal } = {}) {
      const raw = await request({ method: 'DELETE', path: savedSearchPath(id), signal, what: 'your saved searches' })
      return parseListing(savedSearchSchema, raw, 'saved search', byId).items
    },

    async listGlossary({ signal } = {}) {
      return parseListing(glossaryTermSchema, await request({ path: '/glossary', signal, what: 'the glossary' }), 'glossary term').items
    },

    async getIdentity({ signal } = {}) {
      return parseRecord(identitySchema, await request({ path: '/me', signal, what: 'your identity' }), 'identity')
    },
  }
}
