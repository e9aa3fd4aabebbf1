import { useQuery } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { productsOwnedByPerson } from '../../model/product-queries'
import { useBackend } from '../../queries/backend-context'
import { identityQuery } from '../../queries/catalog-queries'
import { useCatalog } from '../../queries/use-catalog'
import { HomeSectionsSlot } from '../../ui/slots'
import { useDocumentTitle } from '../../ui/use-document-title'
import { FindData } from './find-data'
import type { HomeContext } from './home-section'
import { MeshGlance } from './mesh-glance'
import { MostDependedOn } from './most-depended-on'
import { MostUsed } from './most-used'
import { MyDomains } from './my-domains'
import { MyProducts } from './my-products'
import { RecentChanges } from './recent-changes'
import { SavedSearches } from './saved-searches'
import './home.css'

/**
 * The sections of the home page, in reading order (the side column follows the main one on a
 * phone). Each renders nothing when the backend or the visitor gives it nothing to show; a new
 * section is one component and one entry here. Other features' sections (access requests, the
 * change feed: what waits for the visitor) come first, through the home-sections slot.
 */
const MAIN: ComponentType<HomeContext>[] = [HomeSectionsSlot, MyProducts, SavedSearches, FindData, RecentChanges]
const SIDE: ComponentType<HomeContext>[] = [MyDomains, MeshGlance, MostUsed, MostDependedOn]

/** `/`: where each visitor's day starts: what they own and what it lacks, ways into the data, the mesh at a glance. */
export function HomePage() {
  const backend = useBackend()
  const catalog = useCatalog()
  const { data: identity } = useQuery(identityQuery(backend))
  const person = identity?.personId ? catalog.person(identity.personId) : undefined
  useDocumentTitle('Home')
  const context: HomeContext = { backend, catalog, person }
  const owns = person !== undefined && productsOwnedByPerson(catalog.catalog.products, person.id, catalog.catalog.teams).length > 0
  const lead = owns
    ? 'What you own and what it lacks, and the way into the rest of the mesh.'
    : person
      ? 'What waits for you, and the way into the mesh.'
      : 'Find data products, see who owns them and how far they can be trusted.'
  return (
    <article className="home-page">
      <header className="page-header">
        <h1>{person ? `Welcome, ${person.name}` : `Welcome to ${backend.label}`}</h1>
        <p className="muted">{lead}</p>
      </header>
      <div className="home-columns">
        <div className="home-column">
          {MAIN.map((Section, i) => (
            <Section key={i} {...context} />
          ))}
        </div>
        <div className="home-column">
          {SIDE.map((Section, i) => (
            <Section key={i} {...context} />
          ))}
        </div>
      </div>
    </article>
  )
}
