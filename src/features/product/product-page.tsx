import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useParams } from 'react-router'
import { canEdit } from '../../model/product-queries'
import { useBackend } from '../../queries/backend-context'
import { identityQuery, productQuery } from '../../queries/catalog-queries'
import { useCatalog } from '../../queries/use-catalog'
import { Markdown } from '../../ui/markdown'
import { useDocumentTitle } from '../../ui/use-document-title'
import { CompletenessPanel } from './completeness-panel'
import { DescriptionEditor } from './description-editor'
import { LineagePreview } from './lineage-preview'
import { OutputPorts } from './output-ports'
import { ProductHeader } from './product-header'
import { SloList } from './slo-list'

/** Keyed by URN so nothing of one product (an open editor, its draft) carries over to the next. */
export function ProductPage() {
  const { urn = '' } = useParams()
  return <ProductView key={urn} urn={urn} />
}

function ProductView({ urn }: { urn: string }) {
  const backend = useBackend()
  const { data: product } = useSuspenseQuery(productQuery(backend, urn))
  const catalog = useCatalog()
  const { data: identity } = useQuery(identityQuery(backend))
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const closeEditor = () => {
    setEditing(false)
    requestAnimationFrame(() => editButton.current?.focus())
  }
  useDocumentTitle(product.title)

  const editable = backend.capabilities.edit && canEdit(product, identity?.personId, catalog.catalog.people)

  return (
    <article className="stack">
      <ProductHeader product={product} catalog={catalog} />
      <div className="grid-2">
        <div className="stack">
          <section className="card" aria-labelledby="description-title">
            <div className="row" style={{ justifyContent: 'space-between' }}>
              <h2 id="description-title" className="section-title">
                Description
              </h2>
              {editable && !editing && (
                <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
                  Edit description
                </button>
              )}
            </div>
            {editing ? (
              <DescriptionEditor product={product} onDone={closeEditor} />
            ) : product.description.trim() ? (
              <Markdown>{product.description}</Markdown>
            ) : (
              <p className="muted">This product has no description yet.</p>
            )}
          </section>
          <OutputPorts ports={product.outputPorts} />
        </div>
        <div className="stack">
          <CompletenessPanel product={product} />
          <SloList product={product} />
          <LineagePreview product={product} catalog={catalog} />
        </div>
      </div>
    </article>
  )
}
