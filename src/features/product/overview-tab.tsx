import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { Link, useSearchParams } from 'react-router'
import type { CatalogIndex } from '../../model/catalog-index'
import { hasContract } from '../../model/completeness'
import type { DataProduct } from '../../model/types'
import { ContractBadge } from '../../ui/badges'
import { Markdown } from '../../ui/markdown'
import { holdPageLength, keepOnScreen } from '../../ui/keep-on-screen'
import { SafeLink } from '../../ui/safe-link'
import { CompletenessPanel } from './completeness-panel'
import { DESCRIPTION, DescriptionEditor } from './description-editor'
import { useEditSession } from './editing/edit-session-context'
import { GapsWalk } from './editing/gaps-walk'
import { LINKS, LinksEditor } from './editing/links-editor'
import { planGaps } from './model/gap-steps'
import { SaveStatus } from './editing/save-status'
import { tabSearch } from './product-tabs'
import { SloList } from './slo-list'

/**
 * Whether a section is being edited, and closing it without moving the page: the section's top
 * stays where it was on screen (or comes back under the header if it had been scrolled past),
 * and focus returns to its Edit button.
 */
function useEditToggle(button: RefObject<HTMLButtonElement | null>, section: RefObject<HTMLElement | null>) {
  const [editing, setEditing] = useState(false)
  const keptTop = useRef<number | null>(null)
  const release = useRef<() => void>(undefined)
  useEffect(() => () => release.current?.(), [])
  useLayoutEffect(() => {
    const was = keptTop.current
    if (editing || was === null) return
    keptTop.current = null
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0
    if (section.current) keepOnScreen(section.current, Math.max(was, header))
    button.current?.focus({ preventScroll: true })
  }, [editing, button, section])
  return {
    editing,
    open: () => setEditing(true),
    close: () => {
      keptTop.current = section.current?.getBoundingClientRect().top ?? null
      release.current?.()
      release.current = holdPageLength()
      setEditing(false)
    },
  }
}

function Description({ product }: { product: DataProduct }) {
  const session = useEditSession()
  const button = useRef<HTMLButtonElement>(null)
  const section = useRef<HTMLElement>(null)
  const toggle = useEditToggle(button, section)
  const open = () => {
    session.open(DESCRIPTION)
    toggle.open()
  }
  return (
    <section ref={section} className={`card${toggle.editing ? ' card-editing' : ''}`} aria-labelledby="description-title">
      <div className="row section-head">
        <h2 id="description-title" className="section-title">
          Description
        </h2>
        {session.canEditField(DESCRIPTION) && !toggle.editing && (
          <button ref={button} type="button" className="button button-small" onClick={open}>
            Edit description
          </button>
        )}
      </div>
      {toggle.editing ? (
        <DescriptionEditor onClose={toggle.close} />
      ) : (
        <>
          {product.description.trim() ? (
            <Markdown className="description">{product.description}</Markdown>
          ) : (
            <p className="muted">This product has no description yet. Ask its owners what it holds before relying on it.</p>
          )}
          <SaveStatus refs={[DESCRIPTION]} onEditDraft={session.canEditField(DESCRIPTION) ? open : undefined} />
        </>
      )}
    </section>
  )
}

function Links({ product }: { product: DataProduct }) {
  const session = useEditSession()
  const button = useRef<HTMLButtonElement>(null)
  const section = useRef<HTMLElement>(null)
  const toggle = useEditToggle(button, section)
  if (product.links.length === 0 && !session.canEditField(LINKS) && !session.draftOf(LINKS)) return null
  return (
    <section ref={section} className="card" aria-labelledby="links-title">
      <div className="row section-head">
        <h2 id="links-title" className="section-title">
          Links
        </h2>
        {session.canEditField(LINKS) && !toggle.editing && (
          <button ref={button} type="button" className="button button-small" onClick={() => (session.open(LINKS), toggle.open())}>
            Edit links
          </button>
        )}
      </div>
      {toggle.editing ? (
        <LinksEditor onClose={toggle.close} />
      ) : (
        <>
          {product.links.length === 0 ? (
            <p className="muted" style={{ margin: 0 }}>
              No links yet.
            </p>
          ) : (
            <ul className="plain-list stack" style={{ gap: 6 }}>
              {product.links.map((link, i) => (
                <li key={`${link.url}-${i}`}>
                  <SafeLink href={link.url}>{link.label || link.url}</SafeLink>
                </li>
              ))}
            </ul>
          )}
          <SaveStatus refs={[LINKS]} onEditDraft={session.canEditField(LINKS) ? () => toggle.open() : undefined} />
        </>
      )}
    </section>
  )
}

/** What a reader needs first: what the product holds, how complete its documentation is, whether it keeps its promises. */
export function OverviewTab({ product, catalog }: { product: DataProduct; catalog: CatalogIndex }) {
  const session = useEditSession()
  const [params, setParams] = useSearchParams()
  const walking = session.canEdit && params.get('gaps') === '1'
  const setWalking = (on: boolean) => setParams(on ? { gaps: '1' } : {}, { preventScrollReset: true })
  const walkable = planGaps(product, session.canEditField).steps.length > 0
  if (walking) return <GapsWalk catalog={catalog} onClose={() => setWalking(false)} />
  return (
    <div className="grid-2 overview">
      <div className="stack">
        <Description product={product} />
        <Links product={product} />
      </div>
      <div className="stack">
        <CompletenessPanel product={product} onDocumentGaps={session.canEdit && walkable ? () => setWalking(true) : undefined} />
        <section className="card" aria-labelledby="trust-title">
          <h2 id="trust-title" className="section-title">
            Service levels
          </h2>
          <p className="row" style={{ marginTop: 0 }}>
            <ContractBadge hasContract={hasContract(product)} />
            {product.contract && (
              <span className="muted">
                {product.contract.id} v{product.contract.version}
              </span>
            )}
          </p>
          <SloList slos={product.slos} compact />
          <p style={{ marginBottom: 0 }}>
            <Link to={tabSearch('contract')} preventScrollReset>
              Contract and quality details
            </Link>
          </p>
        </section>
      </div>
    </div>
  )
}
