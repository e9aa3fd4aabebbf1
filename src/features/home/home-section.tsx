import { useId, type ReactNode } from 'react'
import type { CatalogBackend } from '../../backends/catalog-backend'
import type { CatalogIndex } from '../../model/catalog-index'
import type { Person } from '../../model/types'

/** What every home section is given; a section that has nothing to show for it renders nothing. */
export interface HomeContext {
  backend: CatalogBackend
  catalog: CatalogIndex
  /** Who the visitor is (or acts as), when the backend knows and the catalogue has the person. */
  person?: Person
}

/** A titled card on the home page, with an optional link or button beside the title. */
export function HomeSection({ title, action, className, children }: { title: string; action?: ReactNode; className?: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className={`card home-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <div className="home-section-head">
        <h2 id={id} className="section-title">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  )
}
