import { useRef, useState } from 'react'
import { Link } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { glossaryPath } from '../../model/glossary'
import { UsageFact } from './usage-fact'
import type { DataProduct } from '../../model/types'
import { KindBadge, LifecycleBadge } from '../../ui/badges'
import { CopyButton } from '../../ui/copy-button'
import { TimeAgo } from '../../ui/time-ago'
import { productPath } from '../../ui/product-row'
import { productField, type FieldRef } from '../../model/product-edits'
import { useEditSession } from './editing/edit-session-context'
import { ListFieldEditor } from './editing/list-field-editor'
import { OWNERS, OwnersEditor } from './editing/owners-editor'
import { SaveStatus } from './editing/save-status'
import { OwnersList } from './owners-list'
import { lineageGraphPath, tabSearch } from './product-tabs'
import { TrustLine } from './trust-line'
import { searchPath } from '../../model/search/search-params'
import { termUsage, type TermUsage } from '../../model/term-usage'
import { productOwners } from '../../model/product-queries'
import { FollowSlot } from '../../ui/slots'
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query'

const TAGS = productField('tags')
const GLOSSARY = productField('glossaryTerms')

function LifecycleNotice({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  if (product.lifecycle === 'draft') {
    return <p className="notice notice-warning">This product is a draft: its schema and promises may still change.</p>
  }
  if (product.lifecycle !== 'deprecated' && product.lifecycle !== 'retired') return null
  const replacement = product.replacedBy ? catalog.product(product.replacedBy) : undefined
  return (
    <p className="notice notice-warning">
      This product is {product.lifecycle}.{' '}
      {product.replacedBy ? (
        <>
          Use <Link to={productPath(product.replacedBy)}>{replacement?.title ?? product.replacedBy}</Link> instead.
        </>
      ) : (
        'No replacement is named.'
      )}
    </p>
  )
}

function TermLinks({ items, to }: { items: string[]; to: (item: string) => string }) {
  if (items.length === 0) return <span className="muted">none</span>
  return (
    <>
      {items.map((item, i) => (
        <Link key={`${item}-${i}`} className="tag" to={to(item)}>
          {item}
        </Link>
      ))}
    </>
  )
}

function Terms({ field, label, noun, items, to, usage }: { field: FieldRef; label: string; noun: string; items: string[]; to: (item: string) => string; usage: () => TermUsage[] }) {
  const session = useEditSession()
  const [editing, setEditing] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setEditing(false)
    requestAnimationFrame(() => button.current?.focus())
  }
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {editing ? (
          <ListFieldEditor field={field} label={label} noun={noun} usage={usage()} onClose={close} />
        ) : (
          <>
            <span className="row" style={{ gap: 6 }}>
              <TermLinks items={items} to={to} />
              {session.canEditField(field) && (
                <button ref={button} type="button" className="button button-small button-ghost" onClick={() => (session.open(field), setEditing(true))}>
                  Edit <span className="visually-hidden">{label.toLowerCase()}</span>
                </button>
              )}
            </span>
            <SaveStatus refs={[field]} compact onEditDraft={session.canEditField(field) ? () => setEditing(true) : undefined} />
          </>
        )}
      </dd>
    </>
  )
}

function Owners({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const session = useEditSession()
  const [editing, setEditing] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setEditing(false)
    requestAnimationFrame(() => button.current?.focus())
  }
  const narrow = useMediaQuery(NARROW_SCREEN)
  const content = (
    <>
      <div className="row section-head">
        <h2 id="owners-title" className="subsection-title">
          Owners
        </h2>
        {session.canEditField(OWNERS) && !editing && (
          <button ref={button} type="button" className="button button-small button-ghost" onClick={() => (session.open(OWNERS), setEditing(true))}>
            Edit owners
          </button>
        )}
      </div>
      {editing ? (
        <OwnersEditor catalog={catalog} onClose={close} />
      ) : (
        <>
          <OwnersList product={product} catalog={catalog} />
          <SaveStatus refs={[OWNERS]} compact onEditDraft={session.canEditField(OWNERS) ? () => setEditing(true) : undefined} />
        </>
      )}
    </>
  )
  // A phone shows who owns it in one line; the roles and contacts open on request, so the tabs stay near the top.
  if (narrow && !editing) {
    const names = [...new Set(productOwners(product, catalog.catalog.teams, catalog.catalog.people).map((o) => o.person?.name ?? o.team?.name ?? o.personId ?? o.teamId))]
    return (
      <section className="product-header-owners" aria-labelledby="owners-title">
        <details className="owners-details">
          <summary>
            <span className="owners-summary-title">Owners</span>
            <span className="owners-summary-names">{names.filter(Boolean).join(', ') || 'none recorded'}</span>
          </summary>
          {content}
        </details>
      </section>
    )
  }
  return (
    <section className="product-header-owners" aria-labelledby="owners-title">
      {content}
    </section>
  )
}

/** Who the product is, who answers for it, and whether it can be trusted, before any tab. */
export function ProductHeader({ product, catalog, hasHistory }: { product: DataProduct; catalog: CatalogIndex; hasHistory: boolean }) {
  const domain = catalog.domain(product.domainId)
  const editor = product.updatedBy ? catalog.person(product.updatedBy) : undefined
  return (
    <header className="card product-header">
      <div className="product-header-main">
        <p className="eyebrow">
          Data product ·{' '}
          {domain ? <Link to={`/domains/${encodeURIComponent(domain.id)}`}>{domain.name}</Link> : <span>Unknown domain “{product.domainId}”</span>}
        </p>
        <h1>{product.title}</h1>
        <p className="urn-line">
          <code className="urn">{product.urn}</code>
          <CopyButton text={product.urn} what="URN" />
        </p>
        <div className="row">
          <KindBadge kind={product.kind} />
          {product.lifecycle === 'active' ? <span className="badge badge-ok">Active</span> : <LifecycleBadge lifecycle={product.lifecycle} />}
          {product.version && <span className="badge">Version {product.version}</span>}
        </div>
        <TrustLine product={product} />
        <LifecycleNotice product={product} catalog={catalog} />
        <dl className="facts header-facts">
          <Terms
            field={TAGS}
            label="Tags"
            noun="tag"
            items={product.tags}
            to={(tag) => searchPath({ filters: { tag: [tag] } })}
            usage={() => termUsage(catalog.catalog.products.map((p) => p.tags))}
          />
          <Terms
            field={GLOSSARY}
            label="Glossary terms"
            noun="term"
            items={product.glossaryTerms}
            to={glossaryPath}
            usage={() => termUsage(catalog.catalog.products.map((p) => p.glossaryTerms))}
          />
          {product.usage && <UsageFact usage={product.usage} />}
          <dt>Updated</dt>
          <dd>
            <TimeAgo iso={product.updatedAt} />
            {product.updatedBy && (
              <>
                {' by '}
                {editor ? <Link to={`/people/${encodeURIComponent(editor.id)}`}>{editor.name}</Link> : product.updatedBy}
              </>
            )}
            <span className="muted"> · revision {product.revision}</span>
            {hasHistory && (
              <>
                {' · '}
                <Link to={tabSearch('history')} preventScrollReset>
                  History
                </Link>
              </>
            )}
          </dd>
        </dl>
        <p className="row" style={{ margin: '12px 0 0' }}>
          <Link className="button" to={lineageGraphPath(product.urn)}>
            Open lineage graph
          </Link>
          <FollowSlot target={{ kind: 'product', id: product.urn }} name={product.title} />
        </p>
      </div>
      <Owners product={product} catalog={catalog} />
    </header>
  )
}
