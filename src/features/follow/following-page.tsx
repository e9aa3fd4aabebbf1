import { Link } from 'react-router'
import { useCatalog } from '../../queries/use-catalog'
import { useDocumentTitle } from '../../ui/use-document-title'
import { ChangeFeedSection } from './change-feed-section'
import { FollowButton } from './follow-button'
import { useChangeFeed } from './use-change-feed'
import './follow.css'

/** What the visitor follows and what changed in it. */
export function FollowingPage() {
  useDocumentTitle('Following')
  const catalog = useCatalog()
  const { follows } = useChangeFeed()
  return (
    <div className="stack">
      <header className="page-header">
        <h1>Following</h1>
        <p className="muted">Follow a product or a domain from its page; schema, contract, SLO, lifecycle and owner changes show here, newest first.</p>
      </header>
      <ChangeFeedSection />
      {follows.data && follows.data.length > 0 && (
        <section className="card stack" aria-labelledby="followed-title">
          <h2 id="followed-title" className="section-title">
            You follow ({follows.data.length})
          </h2>
          <ul className="plain-list stack" aria-label="You follow">
            {follows.data.map((follow) => {
              const name = follow.kind === 'product' ? (catalog.product(follow.id)?.title ?? follow.id) : (catalog.domain(follow.id)?.name ?? follow.id)
              const to = follow.kind === 'product' ? `/products/${encodeURIComponent(follow.id)}` : `/domains/${encodeURIComponent(follow.id)}`
              return (
                <li key={`${follow.kind}:${follow.id}`} className="row">
                  <Link to={to}>{name}</Link>
                  <span className="muted">{follow.kind === 'domain' ? 'domain, with its sub-domains' : 'product'}</span>
                  <FollowButton target={follow} name={name} />
                </li>
              )
            })}
          </ul>
        </section>
      )}
    </div>
  )
}
