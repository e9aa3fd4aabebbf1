import { queryOptions } from '@tanstack/react-query'
import type { CatalogBackend } from '../backends/catalog-backend'
import type { Urn } from '../model/types'

/** One key factory for everything read from a backend: general to specific, backend id first. */
export const catalogKeys = {
  all: (b: string) => ['catalog', b] as const,
  snapshot: (b: string) => [...catalogKeys.all(b), 'snapshot'] as const,
  products: (b: string) => [...catalogKeys.all(b), 'products'] as const,
  product: (b: string, urn: Urn) => [...catalogKeys.products(b), 'detail', urn] as const,
  history: (b: string, urn: Urn) => [...catalogKeys.products(b), 'history', urn] as const,
  directory: (b: string) => [...catalogKeys.all(b), 'directory'] as const,
  identity: (b: string) => ['identity', b, 'current'] as const,
  identities: (b: string) => ['identity', b, 'choices'] as const,
}

/** The whole catalogue (domains, teams, people, products) for client-side views. */
export const catalogQuery = (backend: CatalogBackend) =>
  queryOptions({
    queryKey: catalogKeys.snapshot(backend.id),
    queryFn: ({ signal }) => backend.getCatalog({ signal }),
    staleTime: 60_000,
  })

export const productQuery = (backend: CatalogBackend, urn: Urn) =>
  queryOptions({
    queryKey: catalogKeys.product(backend.id, urn),
    queryFn: ({ signal }) => backend.getProduct(urn, { signal }),
  })

export const identityQuery = (backend: CatalogBackend) =>
  queryOptions({
    queryKey: catalogKeys.identity(backend.id),
    queryFn: ({ signal }) => backend.getIdentity?.({ signal }) ?? Promise.resolve(null),
    staleTime: Infinity,
  })

export const identitiesQuery = (backend: CatalogBackend) =>
  queryOptions({
    queryKey: catalogKeys.identities(backend.id),
    queryFn: ({ signal }) => backend.listIdentities?.({ signal }) ?? Promise.resolve([]),
    staleTime: Infinity,
  })

/** Domains and teams, for jumping to them by name. */
export const directoryQuery = (backend: CatalogBackend) =>
  queryOptions({
    queryKey: catalogKeys.directory(backend.id),
    queryFn: async ({ signal }) => {
      const [domains, teams] = await Promise.all([backend.listDomains({ signal }), backend.listTeams({ signal })])
      return { domains: domains.items, teams: teams.items }
    },
    staleTime: 5 * 60_000,
  })
