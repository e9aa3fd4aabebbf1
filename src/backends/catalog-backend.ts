import type {
  Catalog,
  DataProduct,
  Domain,
  EditableProductFields,
  Listing,
  Person,
  ProductChange,
  Team,
  Urn,
} from '../model/types'

export interface RequestOptions {
  /** Cancels the request when a query is superseded or unmounted. */
  signal?: AbortSignal
}

/** What a backend can do; the UI adapts to these, never to the backend's type. */
export interface BackendCapabilities {
  /** `client`: the backend hands over the whole catalogue and Tessera indexes it; `server`: queries go to the backend. */
  search: 'client' | 'server'
  /** Owners can change documentation through `updateProduct`. */
  edit: boolean
  /** `getHistory` returns who changed what. */
  history: boolean
  /** Products carry column-to-column lineage. */
  columnLineage: boolean
  /** Visitors may pick who they act as (`listIdentities` / `setIdentity`); the demo does this. */
  switchIdentity: boolean
}

export interface Identity {
  /** Person id, or `null` for an anonymous visitor. */
  personId: string | null
  name: string
  /** What the identity can do, shown in the switcher: "Analyst", "Owner of Playback sessions". */
  description: string
}

export interface ProductPatch {
  /** Revision the edit started from; a newer one on the server makes the save a conflict. */
  baseRevision: number
  changes: Partial<EditableProductFields>
}

/**
 * A source of catalogue metadata. The core (`getCatalog`, `getProduct`, lists) is required;
 * writes, history and identity are optional and announced through `capabilities`.
 * Every method rejects with a `CatalogError`, never with a raw network or parse error.
 */
export interface CatalogBackend {
  /** Stable id from config; part of every query key. */
  readonly id: string
  /** Name shown to users, e.g. "Demo mesh" or "Acme DataHub". */
  readonly label: string
  readonly capabilities: BackendCapabilities

  /** The whole catalogue, for client-side indexing; malformed records are listed in `issues`, not thrown. */
  getCatalog(options?: RequestOptions): Promise<Catalog>
  /** One product by URN; rejects with `NotFoundError` when absent. */
  getProduct(urn: Urn, options?: RequestOptions): Promise<DataProduct>
  listDomains(options?: RequestOptions): Promise<Listing<Domain>>
  listTeams(options?: RequestOptions): Promise<Listing<Team>>
  listPeople(options?: RequestOptions): Promise<Listing<Person>>

  /** Saves documentation; rejects with `ForbiddenError` for non-owners and `ConflictError` when someone saved first. */
  updateProduct?(urn: Urn, patch: ProductPatch, options?: RequestOptions): Promise<DataProduct>
  /** Changes to a product, newest first. */
  getHistory?(urn: Urn, options?: RequestOptions): Promise<ProductChange[]>
  /** Who the visitor acts as now. */
  getIdentity?(options?: RequestOptions): Promise<Identity>
  /** Identities a visitor may switch to (demo only). */
  listIdentities?(options?: RequestOptions): Promise<Identity[]>
  setIdentity?(personId: string | null): void
}
