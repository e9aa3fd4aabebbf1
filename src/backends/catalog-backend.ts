import type {
  Catalog,
  DataProduct,
  Domain,
  EditableProductFields,
  Listing,
  OwnerRole,
  Person,
  ProductChange,
  Team,
  Urn,
} from '../model/types'
import type { FacetKey, SearchRequest, SearchResponse, SearchSort } from '../model/search/search-types'
import type { AccessDecision, AccessRequest, NewAccessRequest } from '../model/access-requests'
import type { Follow, FollowTarget } from '../model/follows'
import type { SavedSearch } from '../model/saved-searches'
import type { GlossaryTerm } from '../model/glossary'

export interface RequestOptions {
  /** Cancels the request when a query is superseded or unmounted. */
  signal?: AbortSignal
}

/** What a backend can do; the UI adapts to these, never to the backend's type. */
export interface BackendCapabilities {
  /** What a saved change becomes, when saves are proposed to a git host (GitHub's pull request, GitLab's merge request). */
  proposals?: 'pull request' | 'merge request'
  /** `client`: the backend hands over the whole catalogue and Tessera indexes it; `server`: queries go to the backend. */
  search: 'client' | 'server'
  /** Facets a server search can filter by; absent means all of them. */
  searchFilters?: readonly FacetKey[]
  /** Orders a server search can sort by; absent means all of them. Another is refused and said, not silently ignored. */
  searchSorts?: readonly SearchSort[]
  /** Owners can change documentation through `updateProduct`. */
  edit: boolean
  /** The fields `updateProduct` can write, when not all of them; the UI offers no editor for the others. */
  editableFields?: readonly (keyof EditableProductFields)[]
  /** The owner roles the backend can record, when not all of them; the owners editor offers only these. */
  ownerRoles?: readonly OwnerRole[]
  /** `getHistory` returns who changed what. */
  history: boolean
  /** Products carry column-to-column lineage. */
  columnLineage: boolean
  /** Visitors may pick who they act as (`listIdentities` / `setIdentity`); the demo does this. */
  switchIdentity: boolean
  /** How access to an output port is asked for; absent when Tessera cannot help (the port's own instructions stand). */
  accessRequests?: AccessRequestCapability
}

/**
 * `api`: requests are sent, listed and decided through `requestAccess`, `listAccessRequests` and
 * `decideAccessRequest`; `link`: a configured address (ticket system, form, `mailto:`) filled with
 * the request's fields (see `fillAccessLink`), which the user opens.
 */
export type AccessRequestCapability = { kind: 'api' } | { kind: 'link'; url: string; label?: string }

export interface Identity {
  /** Person id, or `null` for an anonymous visitor. */
  personId: string | null
  name: string
  /** What the identity can do, shown in the switcher: "Analyst", "Owner of Playback sessions". */
  description: string
}

/** One problem found in a source file: what is wrong and, when known, where. */
export interface SourceProblem {
  severity: 'error' | 'warning'
  message: string
  /** 1-based line in the file, when the problem points at one. */
  line?: number
  column?: number
  /** Path inside the document, e.g. `schema/0/properties/2/logicalType`. */
  path?: string
}

/** What a file-based backend made of one file it was configured to read. */
export interface SourceStatus {
  /** The address it was read from, as configured (relative to the app). */
  url: string
  /** What the file is, in words: "dbt manifest (schema v12, dbt 1.10.5)", "ODCS v3.0.2 contract". */
  format: string
  /** `loaded`: used as is; `partial`: used with warnings or skipped records; `failed`: not used. */
  state: 'loaded' | 'partial' | 'failed'
  /** What it contributed, e.g. "3 products, 5 output ports". */
  summary?: string
  problems: SourceProblem[]
  /** What kind of trouble the file had, when it had some: each needs a different fix. */
  failure?: SourceFailure
}

/**
 * `not-found`: nothing at the address (a configuration mistake); `fetch`: the server failed or did
 * not answer; `parse`: not valid YAML/JSON; `schema`: read, but breaks its standard's schema;
 * `unknown-format`: valid, but not a format Tessera reads.
 */
export type SourceFailure = 'not-found' | 'fetch' | 'parse' | 'schema' | 'unknown-format'

export interface ProductPatch {
  /** Revision the edit started from; a newer one on the server makes the save a conflict. */
  baseRevision: number
  changes: Partial<EditableProductFields>
}

/** One field a proposal changes, as text: what is published and what is proposed. */
export interface ProposedChange {
  /** Identifies the field, so a later save replaces its earlier proposal: `description`, `column:<port>:<name>`. */
  field: string
  label: string
  published: string
  proposed: string
}

/** A pull or merge request holding an owner's documentation changes to a product's files. */
export interface ProductProposal {
  /** `#12` (GitHub) or `!12` (GitLab). */
  reference: string
  url: string
  state: 'open' | 'closed' | 'merged'
  /** The repository, as `acme/analytics`. */
  repository: string
  changes: ProposedChange[]
}

/** A way to sign in to a backend with an access token the user enters. */
export interface TokenAuth {
  /** The backend whose requests carry the token: this one, or a member of a federation. */
  backendId: string
  /** Sent as `Authorization: Bearer <token>`. */
  kind: 'bearer'
  /** The backend's name, as in "Access token for Acme DataHub". */
  label: string
  /** Where in that product a user creates such a token. */
  help: string
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
  /** Backends here that accept an access token entered by the user; absent or empty when none does (or one is configured). */
  readonly auth?: readonly TokenAuth[]
  /** What can be done with one product, where that differs per product (several backends shown as one). */
  capabilitiesFor?(urn: Urn): BackendCapabilities

  /** The whole catalogue, for client-side indexing; malformed records are listed in `issues`, not thrown. */
  getCatalog(options?: RequestOptions): Promise<Catalog>
  /** Ranked, faceted, paged search; present when `capabilities.search` is `server`. */
  search?(request: SearchRequest, options?: RequestOptions): Promise<SearchResponse>
  /** One product by URN; rejects with `NotFoundError` when absent. */
  getProduct(urn: Urn, options?: RequestOptions): Promise<DataProduct>
  /**
   * The lineage around one product, traversed by the server: as a small catalogue holding the product
   * and every product within `depth` hops each way, each with the input ports (and, where the backend
   * knows it, column lineage) linking it to products of the answer or to sources outside the catalogue,
   * and the domains, teams and people that label them. Present when `getCatalog` may not hold the whole
   * lineage (it is capped, or carries none); the UI lays the answer over the catalogue. A backend may
   * answer fewer hops than asked (OpenMetadata follows at most 3). Rejects with `NotFoundError` for an
   * unknown product.
   */
  getLineage?(urn: Urn, depth: { upstream: number; downstream: number }, options?: RequestOptions): Promise<Catalog>
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
  /** The proposal holding this product's saved changes, when saves become pull requests (file backends with a repository); null when there is none. */
  getProposal?(urn: Urn, options?: RequestOptions): Promise<ProductProposal | null>
  /** Closes the product's open proposal. */
  withdrawProposal?(urn: Urn): Promise<void>
  /** The changes as a patch `git apply` accepts at the repository's root, without proposing them. */
  diffFor?(urn: Urn, changes: Partial<EditableProductFields>): Promise<string>
  /** Asks the owners of a product for access to one output port; rejects with `ForbiddenError` for a visitor nobody knows. */
  requestAccess?(request: NewAccessRequest, options?: RequestOptions): Promise<AccessRequest>
  /** Requests the caller may see (their own, and those on products they own or steward), optionally for one product, newest first. */
  listAccessRequests?(filter: { productUrn?: Urn }, options?: RequestOptions): Promise<AccessRequest[]>
  /** Approves or rejects a pending request; rejects with `ForbiddenError` for anyone but the product's owners and stewards. */
  decideAccessRequest?(id: string, decision: AccessDecision, options?: RequestOptions): Promise<AccessRequest>
  /** The requester takes back a pending request. */
  withdrawAccessRequest?(id: string, options?: RequestOptions): Promise<AccessRequest>
  /** What the signed-in caller follows; absent where the backend keeps no follows (Tessera keeps them on the device). */
  listFollows?(options?: RequestOptions): Promise<Follow[]>
  /** Starts or stops following a product or domain; answers the caller's follows as they are now. */
  setFollow?(target: FollowTarget, following: boolean, options?: RequestOptions): Promise<Follow[]>
  /** The business glossary's terms with their definitions and related terms; absent where the backend keeps no glossary. */
  listGlossary?(options?: RequestOptions): Promise<GlossaryTerm[]>
  /** The caller's saved searches, newest first; absent where the backend keeps none (Tessera keeps them on the device). */
  listSavedSearches?(options?: RequestOptions): Promise<SavedSearch[]>
  /** Saves a search (a new one, a rename, or what it matched when opened); answers the caller's saved searches as they are now. */
  putSavedSearch?(search: SavedSearch, options?: RequestOptions): Promise<SavedSearch[]>
  deleteSavedSearch?(id: string, options?: RequestOptions): Promise<SavedSearch[]>
  /** Per-file status of a backend that reads files (dbt artifacts, contracts), for the Sources page. */
  getSources?(options?: RequestOptions): Promise<SourceStatus[]>
}
