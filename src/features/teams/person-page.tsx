import { useParams } from 'react-router'
import { NotFoundError } from '../../backends/errors'
import { productsOwnedByPerson, roleLabel } from '../../model/product-queries'
import { useCatalog } from '../../queries/use-catalog'
import { LinkList } from '../../ui/link-list'
import { ProductRow } from '../../ui/product-row'
import { useDocumentTitle } from '../../ui/use-document-title'
import { ContactLinks } from './contact-links'

export function PersonPage() {
  const { id = '' } = useParams()
  const catalog = useCatalog()
  const person = catalog.person(id)
  useDocumentTitle(person?.name ?? 'Person not found')
  if (!person) throw new NotFoundError(`Person “${id}”`)
  const held = productsOwnedByPerson(catalog.catalog.products, person.id, catalog.catalog.teams)

  return (
    <article className="stack">
      <header className="page-header card">
        <p className="eyebrow">Person</p>
        <h1>{person.name}</h1>
        {person.title && <p>{person.title}</p>}
        {person.email && <p><a href={`mailto:${person.email}`}>{person.email}</a></p>}
        <ContactLinks contacts={person.contacts.filter((c) => c.href.toLowerCase() !== `mailto:${person.email ?? ''}`.toLowerCase())} />
        <p>
          Teams:{' '}
          {person.teamIds.length === 0
            ? 'none'
            : <LinkList items={person.teamIds.map((id) => ({ key: id, to: `/teams/${encodeURIComponent(id)}`, label: catalog.team(id)?.name ?? id }))} />}
        </p>
      </header>
      <section className="card" aria-labelledby="person-products">
        <h2 id="person-products" className="section-title">
          Products with a role ({held.length})
        </h2>
        {held.length === 0 ? (
          <p className="muted">{person.name} holds no role on any data product.</p>
        ) : (
          <ul className="plain-list result-list">
            {held.map(({ product, roles, direct }) => (
              <ProductRow
                key={product.urn}
                product={product}
                domainName={catalog.domain(product.domainId)?.name}
                extra={<span>· {roles.map(roleLabel).join(', ')}{direct ? '' : ' (through a team)'}</span>}
              />
            ))}
          </ul>
        )}
      </section>
    </article>
  )
}
